package io.github.jooqcdi;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Picks the persistence unit of a {@link QueryExecutor}, {@link EntityTables} or {@code DSLContext}, and names the
 * unit of the application's {@code EntityManager} producer:
 * <pre>{@code
 * @Produces @PersistenceUnitName("lending") @PersistenceContext(unitName = "lending") EntityManager lending;
 *
 * @Inject @PersistenceUnitName("lending") QueryExecutor lendingQueries;
 * }</pre>
 * Without it, injection means the deployment's only unit, or the unit whose persistence.xml sets
 * {@code jooq.default=true}.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE})
public @interface PersistenceUnitName {

    /** The unit's name, as in persistence.xml. */
    String value();

    /** Creates the qualifier for programmatic lookup ({@code Instance.select(PersistenceUnitName.Literal.of("x"))}). */
    final class Literal extends AnnotationLiteral<PersistenceUnitName> implements PersistenceUnitName {
        private static final long serialVersionUID = 1L;
        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        /** The qualifier naming {@code unitName}. */
        public static Literal of(String unitName) {
            return new Literal(unitName);
        }

        /** The unit's name. */
        @Override
        public String value() {
            return value;
        }
    }
}
