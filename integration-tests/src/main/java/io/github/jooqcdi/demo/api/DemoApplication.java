package io.github.jooqcdi.demo.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The demo's REST endpoints, under {@code /api}. */
@ApplicationPath("api")
public class DemoApplication extends Application {
}
