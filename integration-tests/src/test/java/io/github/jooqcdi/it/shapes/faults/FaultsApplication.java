package io.github.jooqcdi.it.shapes.faults;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The faults WAR's REST endpoints, under {@code /api}. */
@ApplicationPath("api")
public class FaultsApplication extends Application {
}
