package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.provider.FilterSql;
import io.github.jooqcdi.provider.RowFilter;
import org.hibernate.Filter;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.FilterDefinition;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.mapping.JoinedSubclass;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Subclass;
import org.hibernate.mapping.UnionSubclass;
import org.hibernate.metamodel.mapping.SoftDeleteMapping;
import org.jooq.impl.CustomCondition;

import java.util.ArrayList;
import java.util.List;

/**
 * Hibernate's row filters of a unit, from its boot mapping and its runtime persisters: {@code @SoftDelete} (the
 * column and the condition Hibernate puts on it), {@code @SQLRestriction} (its text, with column names qualified
 * the way Hibernate qualifies them), {@code @TenantId} (Hibernate's own {@code _tenantId} filter) and {@code @Filter}
 * (applied while the session has it enabled, with the session's parameter values).
 * <p>
 * Filters of an entity hierarchy's root apply to the root's table (and to each table of a {@code TABLE_PER_CLASS}
 * hierarchy; the tables of {@code JOINED} subclasses and secondary tables through their keys). A {@code JOINED}
 * subclass's own restrictions refuse queries of its tables while they are in effect; a {@code SINGLE_TABLE}
 * subclass's stay deployment warnings.
 */
final class HibernateRowFilters {

    private HibernateRowFilters() {
    }

    static List<RowFilter> read(SessionFactoryImplementor factory, Metadata metadata) {
        List<RowFilter> filters = new ArrayList<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity instanceof RootClass root && entity.getMappedClass() != null) {
                read(factory, root, filters);
            }
        }
        return filters;
    }

    private static void read(SessionFactoryImplementor factory, RootClass root, List<RowFilter> filters) {
        read(factory, root, root.getMappedClass(), filters);
        // a TABLE_PER_CLASS subclass has a table of its own, with the root's columns: the root's filters apply to it
        for (Subclass subclass : root.getSubclasses()) {
            if (subclass instanceof UnionSubclass && subclass.getMappedClass() != null) {
                read(factory, root, subclass.getMappedClass(), filters);
            } else if (subclass instanceof JoinedSubclass joined && joined.getMappedClass() != null) {
                refuseOwnFilters(root, joined, filters);
            }
        }
    }

    /**
     * A {@code JOINED} subclass's own {@code @SQLRestriction} or {@code @Filter}: Hibernate adds it to queries of the
     * subclass, jooq-cdi does not write it; its table (and its secondary tables) are refused while it is in effect.
     */
    private static void refuseOwnFilters(RootClass root, JoinedSubclass subclass, List<RowFilter> filters) {
        String name = subclass.getEntityName();
        String where = subclass.getWhere();
        if (where != null && !where.isBlank() && !where.equals(root.getWhere())) {
            filters.add(new RowFilter(subclass.getMappedClass(), "Hibernate @SQLRestriction of subclass entity " + name
                    + " (" + where + ")", (em, table) -> {
                throw new IllegalStateException("jooq-cdi applies the restrictions of a hierarchy's root only");
            }));
        }
        List<String> rootFilters = HibernateInternals.filters(root).stream().map(FilterMapping::name).toList();
        for (FilterMapping filter : HibernateInternals.filters(subclass)) {
            String filterName = filter.name();
            if (rootFilters.contains(filterName)) {
                continue;
            }
            filters.add(new RowFilter(subclass.getMappedClass(), "Hibernate @Filter '" + filterName
                    + "' of subclass entity " + name, (em, table) -> {
                if (HibernateSessions.of(em).getLoadQueryInfluencers().getEnabledFilter(filterName) == null) {
                    return null;
                }
                throw new IllegalStateException("the session has it enabled, and jooq-cdi applies the filters of a "
                        + "hierarchy's root only");
            }));
        }
    }

    private static void read(SessionFactoryImplementor factory, RootClass entity, Class<?> type,
                             List<RowFilter> filters) {
        String name = entity.getEntityName();
        if (entity.getSoftDeleteColumn() != null) {
            SoftDeleteMapping softDelete = factory.getMappingMetamodel().getEntityDescriptor(name).getSoftDeleteMapping();
            String column = softDelete.getColumnName();
            String notDeleted = HibernateInternals.notDeletedCondition(softDelete);
            filters.add(new RowFilter(type, "Hibernate @SoftDelete of entity " + name + " (" + column + " "
                    + notDeleted + ")", (em, table) -> CustomCondition.of(ctx -> ctx
                    .visit(org.jooq.impl.DSL.name(table, org.jooq.impl.DSL.name(column))).sql(' ').sql(notDeleted))));
        }
        String where = entity.getWhere();
        if (where != null && !where.isBlank()) {
            String template = HibernateInternals.whereTemplate(factory, where);
            String placeholder = HibernateInternals.templatePlaceholder();
            filters.add(new RowFilter(type, "Hibernate @SQLRestriction of entity " + name + " (" + where + ")",
                    (em, table) -> FilterSql.condition(template, placeholder, table, parameter -> {
                        throw new IllegalStateException("the @SQLRestriction of entity " + name
                                + " has a parameter :" + parameter + ", which Hibernate does not bind either");
                    })));
        }
        for (FilterMapping filter : HibernateInternals.filters(entity)) {
            filters.add(filter(factory, name, type, filter));
        }
    }

    private static RowFilter filter(SessionFactoryImplementor factory, String entity, Class<?> type,
                                    FilterMapping mapping) {
        String filterName = mapping.name();
        FilterDefinition definition = factory.getFilterDefinition(filterName);
        String condition = mapping.condition() != null && !mapping.condition().isBlank()
                ? mapping.condition() : definition.getDefaultFilterCondition();
        boolean tenant = HibernateInternals.isTenantIdFilter(filterName);
        String description = tenant ? "Hibernate @TenantId of entity " + entity + " (" + condition + ")"
                : "Hibernate @Filter '" + filterName + "' of entity " + entity + " (" + condition + ")";
        String text;
        String placeholder;
        if (mapping.autoAliasInjection()) {
            text = HibernateInternals.whereTemplate(factory, condition);
            placeholder = HibernateInternals.templatePlaceholder();
        } else {
            text = condition;
            placeholder = "{alias}";
        }
        return new RowFilter(type, description, (em, table) -> {
            Filter enabled = HibernateSessions.of(em).getLoadQueryInfluencers().getEnabledFilter(filterName);
            if (enabled == null) {
                return null;
            }
            if (!mapping.autoAliasInjection() && text.replace(placeholder, "").contains("{")) {
                throw new IllegalStateException("the filter names tables by alias ({…}) other than the entity's own");
            }
            return FilterSql.condition(text, placeholder, table, parameter -> value(enabled, filterName, parameter));
        });
    }

    private static Object value(Filter filter, String filterName, String parameter) {
        // Hibernate writes a filter's parameters as :name or :filterName.name
        String name = parameter.startsWith(filterName + ".") ? parameter.substring(filterName.length() + 1)
                : parameter;
        Object value = HibernateInternals.parameterValue(filter, name);
        if (value == null) {
            throw new IllegalStateException("the enabled filter '" + filterName + "' has no value for its parameter '"
                    + name + "' in this session");
        }
        return value;
    }
}
