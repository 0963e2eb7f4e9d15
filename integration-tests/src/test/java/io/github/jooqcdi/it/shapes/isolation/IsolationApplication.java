package io.github.jooqcdi.it.shapes.isolation;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The isolation WAR's REST endpoints, under {@code /api}. */
@ApplicationPath("api")
public class IsolationApplication extends Application {
}
