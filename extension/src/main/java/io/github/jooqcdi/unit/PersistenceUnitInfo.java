package io.github.jooqcdi.unit;

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
 */
public record PersistenceUnitInfo(String name, String transactionType, String provider, String jtaDataSource,
                                  String nonJtaDataSource, Map<String, String> properties, String source) {

    public PersistenceUnitInfo {
        properties = Map.copyOf(properties);
    }

    public boolean isJta() {
        return !"RESOURCE_LOCAL".equals(transactionType);
    }
}
