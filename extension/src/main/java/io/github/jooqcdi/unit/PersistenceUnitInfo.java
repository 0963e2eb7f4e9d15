package io.github.jooqcdi.unit;

import java.util.List;
import java.util.Map;

/**
 * A persistence unit as its persistence.xml declares it.
 *
 * @param name            the unit's name
 * @param transactionType {@code JTA} or {@code RESOURCE_LOCAL} (JTA when persistence.xml does not say)
 * @param provider        the {@code <provider>} class, or {@code null}
 * @param jtaDataSource   the {@code <jta-data-source>} JNDI name, or {@code null}
 * @param nonJtaDataSource the {@code <non-jta-data-source>} JNDI name, or {@code null}
 * @param properties      the unit's {@code <properties>}
 * @param source          where it was declared, for messages
 * @param qualifiers      the class names of its {@code <qualifier>}s (Persistence 3.2: the qualifiers of the
 *                        {@code EntityManager} bean a Jakarta EE 11 container adds for the unit), in order
 */
public record PersistenceUnitInfo(String name, String transactionType, String provider, String jtaDataSource,
                                  String nonJtaDataSource, Map<String, String> properties, String source,
                                  List<String> qualifiers) {

    public PersistenceUnitInfo {
        properties = Map.copyOf(properties);
        qualifiers = List.copyOf(qualifiers);
    }

    /** A unit without {@code <qualifier>}. */
    public PersistenceUnitInfo(String name, String transactionType, String provider, String jtaDataSource,
                               String nonJtaDataSource, Map<String, String> properties, String source) {
        this(name, transactionType, provider, jtaDataSource, nonJtaDataSource, properties, source, List.of());
    }

    public boolean isJta() {
        return !"RESOURCE_LOCAL".equals(transactionType);
    }
}
