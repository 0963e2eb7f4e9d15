package io.github.jooqcdi.it.shapes.filters;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The filters WAR's REST endpoints, under {@code /api}. */
@ApplicationPath("api")
public class FiltersApplication extends Application {
}
