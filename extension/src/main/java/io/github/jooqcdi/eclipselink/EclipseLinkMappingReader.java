package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.MappingModelBuilder;
import io.github.jooqcdi.metadata.TableModel;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.sessions.AbstractSession;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.jooqcdi.metadata.MappingModelBuilder.key;

/**
 * Reads the runtime mapping of an EclipseLink session (after {@code orm.xml} and defaults were applied) into the
 * neutral {@link MappingModel}: the tables EclipseLink's schema generation creates, and one entity model per entity
 * descriptor. Embeddables are read as part of the entities that embed them.
 */
final class EclipseLinkMappingReader {

    private final AbstractSession session;

    EclipseLinkMappingReader(AbstractSession session) {
        this.session = session;
    }

    MappingModel read() {
        List<ClassDescriptor> entities = entityDescriptors();
        MappingModelBuilder builder = new MappingModelBuilder();
        new EclipseLinkSchemaTables(session, new EclipseLinkColumnTypes(entities)).addTo(builder);

        Set<String> tableNames = builder.build().tables().stream().map(TableModel::qualifiedName)
                .map(MappingModelBuilder::key).collect(Collectors.toSet());
        EclipseLinkEntityReader entityReader = new EclipseLinkEntityReader(t -> tableNames.contains(key(t)));
        for (ClassDescriptor descriptor : entities) {
            if (descriptor.hasTablePerClassPolicy() && descriptor.isAbstract()) {
                // an abstract TABLE_PER_CLASS root has no table of its own: only its concrete subclasses are queryable
                continue;
            }
            warnings(descriptor, builder);
            if (descriptor.getDefaultTable() == null || !tableNames.contains(
                    key(EclipseLinkEntityReader.qualifiedName(descriptor.getDefaultTable())))) {
                builder.warning("Entity " + name(descriptor) + " has no table in the schema EclipseLink generates"
                        + " (table-per-tenant multitenancy?): it has no jOOQ table");
                continue;
            }
            builder.entity(entityReader.read(descriptor));
        }
        return builder.build();
    }

    /** The descriptors of entities, in EclipseLink's own order; no embeddables, interfaces or non-relational ones. */
    private List<ClassDescriptor> entityDescriptors() {
        return session.getProject().getOrderedDescriptors().stream()
                .filter(d -> !d.isDescriptorTypeAggregate() && !d.isDescriptorForInterface())
                .filter(d -> !d.isXMLDescriptor() && !d.isEISDescriptor() && !d.isObjectRelationalDataTypeDescriptor())
                .toList();
    }

    private static void warnings(ClassDescriptor descriptor, MappingModelBuilder builder) {
        String entity = name(descriptor);
        if (descriptor.hasMultitenantPolicy()) {
            builder.warning("Entity " + entity + " is @Multitenant: jOOQ queries on its tables are not filtered by"
                    + " tenant; add the tenant condition yourself. EclipseLink also disables native queries (and so"
                    + " fetchEntities) in a unit with multitenant entities, unless a query has the hint"
                    + " eclipselink.jdbc.allow-native-sql-query=true or the unit sets"
                    + " eclipselink.jdbc.allow-native-sql-queries=true");
        }
        if (descriptor.getQueryManager() != null && descriptor.getQueryManager().hasAdditionalCriteria()) {
            builder.warning("Entity " + entity + " has @AdditionalCriteria: jOOQ queries on its tables do not apply"
                    + " it; add the condition yourself");
        }
    }

    private static String name(ClassDescriptor descriptor) {
        return descriptor.getAlias() + " (" + descriptor.getJavaClass().getName() + ")";
    }

}
