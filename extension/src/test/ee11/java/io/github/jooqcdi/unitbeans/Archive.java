package io.github.jooqcdi.unitbeans;

import jakarta.inject.Qualifier;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A persistence.xml {@code <qualifier>} of UnitBeansTest's units. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
public @interface Archive {
}
