package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.MappingModelBuilder;
import io.github.jooqcdi.metadata.TableModel;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

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

    private final Session session;

    EclipseLinkMappingReader(Session session) {
        this.session = session;
    }

    MappingModel read() {
        List<ClassDescriptor> entities = entityDescriptors(session);
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
    static List<ClassDescriptor> entityDescriptors(Session session) {
        return session.getProject().getOrderedDescriptors().stream()
                .filter(d -> !d.isDescriptorTypeAggregate() && !d.isDescriptorForInterface())
                .filter(d -> !d.isXMLDescriptor() && !d.isEISDescriptor() && !d.isObjectRelationalDataTypeDescriptor())
                .toList();
    }

    /**
     * {@code @Multitenant(SINGLE_TABLE)} and {@code @AdditionalCriteria} of a hierarchy's root and of its {@code JOINED}
     * subclasses are row filters of jOOQ queries ({@link EclipseLinkRowFilters}); other multitenancy and a
     * {@code SINGLE_TABLE} subclass's own criteria are not.
     */
    private static void warnings(ClassDescriptor descriptor, MappingModelBuilder builder) {
        String entity = name(descriptor);
        if (descriptor.hasMultitenantPolicy() && !descriptor.getMultitenantPolicy().isSingleTableMultitenantPolicy()) {
            builder.warning("Entity " + entity + " is @Multitenant with a table or schema per tenant: jOOQ queries "
                    + "name the table of the mapping, not the tenant's");
        }
        // a JOINED subclass's criteria restrict its own table (EclipseLinkRowFilters); a SINGLE_TABLE subclass shares
        // the root's table, which jOOQ queries filter as JPQL filters the root
        if (descriptor.isChildDescriptor() && !descriptor.getInheritancePolicy().isJoinedStrategy()
                && descriptor.getJavaClass().isAnnotationPresent(AdditionalCriteria.class)) {
            builder.warning("Entity " + entity + " (a SINGLE_TABLE subclass) has @AdditionalCriteria of its own: jOOQ"
                    + " queries of the hierarchy's table apply only the criteria of the hierarchy's root");
        }
    }

    private static String name(ClassDescriptor descriptor) {
        return descriptor.getAlias() + " (" + descriptor.getJavaClass().getName() + ")";
    }

}
