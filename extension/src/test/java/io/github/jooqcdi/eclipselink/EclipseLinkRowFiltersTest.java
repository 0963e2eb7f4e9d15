package io.github.jooqcdi.eclipselink;

import java.util.Map;

/** EclipseLink's row filters in jOOQ queries, on H2 in memory. */
class EclipseLinkRowFiltersTest extends EclipseLinkRowFiltersContract {
    @Override
    Map<String, Object> database() {
        return Map.of();
    }
}
