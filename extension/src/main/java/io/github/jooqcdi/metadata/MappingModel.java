package io.github.jooqcdi.metadata;

import java.util.List;

/**
 * The neutral model of one persistence unit's runtime mapping, between a provider's mapping reader and jOOQ.
 *
 * @param tables   every table the unit maps, each once (a table mapped by several entities is merged)
 * @param entities every entity class of the unit
 * @param warnings mapping features jOOQ cannot apply (provider filters, multitenancy): reported at deployment
 */
public record MappingModel(List<TableModel> tables, List<EntityModel> entities, List<String> warnings) {
    public MappingModel {
        tables = List.copyOf(tables);
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
    }
}
