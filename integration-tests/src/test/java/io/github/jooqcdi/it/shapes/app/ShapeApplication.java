package io.github.jooqcdi.it.shapes.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The shape WARs' REST endpoints, under {@code /api}. */
@ApplicationPath("api")
public class ShapeApplication extends Application {
}
