package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.provider.RowFilter;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.SingleTableMultitenantPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.ReportQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.sessions.Session;
import org.jooq.Condition;
import org.jooq.Context;
import org.jooq.Name;
import org.jooq.impl.CustomCondition;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * EclipseLink's row filters of a unit: {@code @Multitenant(SINGLE_TABLE)} and {@code @AdditionalCriteria}, which
 * EclipseLink joins into one additional expression of the entity's descriptor. EclipseLink itself writes the SQL:
 * the query {@code select <primary key> from <entity>} as EclipseLink prepares it, with its tenant and criteria
 * predicates; a jOOQ query restricts the table to {@code (<primary key>) in (<that SQL>)}, its parameters bound with
 * the entity manager's properties ({@code eclipselink.tenant-id}, the criteria's parameters) for each query.
 */
final class EclipseLinkRowFilters {

    private EclipseLinkRowFilters() {
    }

    static List<RowFilter> read(Session session) {
        List<RowFilter> filters = new ArrayList<>();
        for (ClassDescriptor descriptor : EclipseLinkMappingReader.entityDescriptors(session)) {
            boolean tenants = descriptor.hasMultitenantPolicy()
                    && descriptor.getMultitenantPolicy().isSingleTableMultitenantPolicy();
            boolean criteria = descriptor.getQueryManager() != null && descriptor.getQueryManager().hasAdditionalCriteria();
            // a TABLE_PER_CLASS subclass has a table of its own, which EclipseLink restricts with the root's criteria;
            // a JOINED subclass too, which EclipseLink restricts with the criteria of its own descriptor (the root's
            // tenant, its own criteria: not the root's @AdditionalCriteria)
            boolean ownTable = (!descriptor.isChildDescriptor() || descriptor.hasTablePerClassPolicy()
                    || joinedSubclass(descriptor)) && !(descriptor.hasTablePerClassPolicy() && descriptor.isAbstract());
            // a JOINED subclass of a filtered parent: EclipseLink's SQL for it, whatever of the parent's it keeps
            boolean filteredParent = joinedSubclass(descriptor) && filteredParent(descriptor);
            if (!ownTable || !tenants && !criteria && !filteredParent) {
                continue; // (the additional join expression also joins secondary tables: not a filter)
            }
            filters.add(filter(session, descriptor));
        }
        return filters;
    }

    private static RowFilter filter(Session session, ClassDescriptor descriptor) {
        Class<?> type = descriptor.getJavaClass();
        String description = description(descriptor);
        ReportQuery keys = new ReportQuery(type, new org.eclipse.persistence.expressions.ExpressionBuilder());
        List<Name> keyColumns = new ArrayList<>();
        try {
            for (DatabaseField key : descriptor.getPrimaryKeyFields()) {
                // a JOINED subclass's id is its root table's: select the key of the subclass's own table
                DatabaseField own = ownTableKey(descriptor, key);
                keys.addAttribute(own.getName(), keys.getExpressionBuilder().getField(own));
                keyColumns.add(name(own));
            }
            keys.setShouldMaintainCache(false);
            keys.prepareCall(session, new DatabaseRecord());
        } catch (RuntimeException e) {
            String problem = "EclipseLink cannot write the SQL of its criteria for it (" + e.getMessage() + ")";
            return new RowFilter(type, description, (em, table) -> {
                throw new IllegalStateException(problem);
            }, true);
        }
        EclipseLinkInternals.PreparedCall call = EclipseLinkInternals.preparedCall(keys);
        String sql = call.sql();
        String unsupported = null;
        for (EclipseLinkInternals.CallParameter p : call.parameters()) {
            if (p instanceof EclipseLinkInternals.OtherParameter other) {
                unsupported = "EclipseLink's SQL for it (" + sql + ") has a parameter " + other.description()
                        + ", which jooq-cdi does not bind";
            }
        }
        String problem = unsupported;
        List<EclipseLinkInternals.CallParameter> parameters = call.parameters();
        return new RowFilter(type, description, (em, table) -> {
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
            Session active = em.unwrap(JpaEntityManager.class).getActiveSession();
            List<Object> values = new ArrayList<>(parameters.size());
            for (EclipseLinkInternals.CallParameter p : parameters) {
                values.add(p instanceof EclipseLinkInternals.LiteralParameter literal ? literal.value()
                        : property(em, active, ((EclipseLinkInternals.PropertyParameter) p).property()));
            }
            return in(table, keyColumns, sql, values);
        }, true);
    }

    private static boolean filteredParent(ClassDescriptor descriptor) {
        for (ClassDescriptor d = descriptor.getInheritancePolicy().getParentDescriptor(); d != null;
             d = d.isChildDescriptor() ? d.getInheritancePolicy().getParentDescriptor() : null) {
            if (d.hasMultitenantPolicy() && d.getMultitenantPolicy().isSingleTableMultitenantPolicy()
                    || d.getQueryManager() != null && d.getQueryManager().hasAdditionalCriteria()) {
                return true;
            }
        }
        return false;
    }

    private static boolean joinedSubclass(ClassDescriptor descriptor) {
        return descriptor.isChildDescriptor() && descriptor.getInheritancePolicy().isJoinedStrategy()
                && !descriptor.getDefaultTable().equals(descriptor.getInheritancePolicy().getParentDescriptor()
                .getDefaultTable());
    }

    /** The column of the descriptor's own (default) table that joins the id column {@code key} of its root table. */
    private static DatabaseField ownTableKey(ClassDescriptor descriptor, DatabaseField key) {
        DatabaseTable own = descriptor.getDefaultTable();
        if (own == null || own.equals(key.getTable())) {
            return key;
        }
        Map<DatabaseField, DatabaseField> pairs = descriptor.getAdditionalTablePrimaryKeyFields() == null ? null
                : descriptor.getAdditionalTablePrimaryKeyFields().get(own);
        if (pairs != null) {
            for (Map.Entry<DatabaseField, DatabaseField> pair : pairs.entrySet()) {
                if (pair.getKey().equals(key) && own.equals(pair.getValue().getTable())) {
                    return pair.getValue();
                }
                if (pair.getValue().equals(key) && own.equals(pair.getKey().getTable())) {
                    return pair.getKey();
                }
            }
        }
        throw new IllegalStateException("EclipseLink's descriptor " + descriptor.getAlias() + " names no column of "
                + own.getName() + " joining " + key.getQualifiedName());
    }

    private static Object property(EntityManager em, Session active, String name) {
        Object value = active.getProperty(name);
        if (value == null) {
            value = em.getProperties().get(name);
        }
        if (value == null) {
            throw new IllegalStateException("the entity manager has no property '" + name + "' (EclipseLink needs it "
                    + "too: set it on the EntityManagerFactory or the EntityManager)");
        }
        return value;
    }

    /** {@code (t.k1, t.k2) in (<sql>)}, each {@code ?} of {@code sql} bound to the next value. */
    private static Condition in(Name table, List<Name> keys, String sql, List<Object> values) {
        return CustomCondition.of(ctx -> {
            ctx.sql('(');
            for (int i = 0; i < keys.size(); i++) {
                ctx.sql(i == 0 ? "" : ", ").visit(DSL.name(table, keys.get(i)));
            }
            ctx.sql(") in (");
            appendWithBinds(ctx, sql, values);
            ctx.sql(')');
        });
    }

    private static void appendWithBinds(Context<?> ctx, String sql, List<Object> values) {
        int next = 0;
        boolean quoted = false;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == '?' && !quoted) {
                ctx.sql(text.toString()).visit(DSL.val(values.get(next++)));
                text.setLength(0);
            } else {
                text.append(c);
            }
        }
        ctx.sql(text.toString());
    }

    private static Name name(DatabaseField field) {
        return field.shouldUseDelimiters() ? DSL.quotedName(field.getName()) : DSL.unquotedName(field.getName());
    }

    private static String description(ClassDescriptor descriptor) {
        List<String> parts = new ArrayList<>();
        if (descriptor.getMultitenantPolicy() instanceof SingleTableMultitenantPolicy tenants) {
            parts.add("EclipseLink @Multitenant of entity " + descriptor.getAlias() + " ("
                    + tenants.getTenantDiscriminatorFields().entrySet().stream()
                    .map(EclipseLinkRowFilters::discriminator).collect(Collectors.joining(" and ")) + ")");
        }
        AdditionalCriteria criteria = descriptor.getJavaClass().getAnnotation(AdditionalCriteria.class);
        if (criteria != null || descriptor.getMultitenantPolicy() == null) {
            parts.add("EclipseLink @AdditionalCriteria of entity " + descriptor.getAlias()
                    + (criteria == null ? "" : " (" + criteria.value() + ")"));
        }
        return String.join("; ", parts);
    }

    private static String discriminator(Map.Entry<DatabaseField, String> field) {
        return field.getKey().getName() + " = property " + field.getValue();
    }
}
