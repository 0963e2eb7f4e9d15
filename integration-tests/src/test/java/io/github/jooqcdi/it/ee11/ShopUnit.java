package io.github.jooqcdi.it.ee11;

import jakarta.inject.Qualifier;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shop unit's qualifier on the Jakarta EE 11 line: its persistence.xml {@code <qualifier>}, which the container
 * gives the {@code EntityManager} bean it adds for the unit (Persistence 3.2), and by which jooq-cdi finds that bean.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface ShopUnit {
}
