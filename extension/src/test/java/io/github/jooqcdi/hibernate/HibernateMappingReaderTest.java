package io.github.jooqcdi.hibernate;

import io.github.jooqcdi.metadata.ColumnModel;
import io.github.jooqcdi.metadata.ColumnRef;
import io.github.jooqcdi.metadata.EntityModel;
import io.github.jooqcdi.metadata.ForeignKeyModel;
import io.github.jooqcdi.metadata.KeyModel;
import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.metadata.TableModel;
import jakarta.persistence.EntityManager;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableOptions;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model the Hibernate adapter reads, against the schema Hibernate itself generated for the same unit. */
class HibernateMappingReaderTest {

    private static MappingModel model;
    private static Map<String, Table<?>> schema;

    @BeforeAll
    static void readBoth() throws Exception {
        model = new HibernateAdapter().readMapping(HbAdapterUnit.factory());
        try (Connection connection = HbAdapterUnit.dataSource().getConnection()) {
            DSLContext dsl = DSL.using(connection, SQLDialect.H2);
            // Hibernate's own temporary tables for multi-table bulk statements (HT_/HTE_) are not mapped tables
            schema = HbSchemaAssertions.tables(dsl.meta().snapshot().getSchemas("PUBLIC").get(0));
        }
    }

    @Test
    void everyTableHibernateCreatesAndNoOther() {
        HbSchemaAssertions.sameTables(model, schema);
        assertTrue(schema.containsKey("HIBERNATE_SEQUENCES"), "the GenerationType.TABLE table");
    }

    @Test
    void columnsAsCreated() {
        HbSchemaAssertions.sameColumns(model, schema);
    }

    @Test
    void keysAsCreated() {
        HbSchemaAssertions.sameKeys(model, schema);
    }

    @Test
    void attributePaths() {
        EntityModel product = entity(HbProduct.class);
        assertEquals(List.of(new ColumnRef("hb_product", "price")), product.attributes().get("price"));
        assertEquals(List.of(new ColumnRef("hb_product", "origin_city")), product.attributes().get("origin.city"));
        assertEquals(List.of(new ColumnRef("hb_product", "street")), product.attributes().get("origin.street"));
        assertEquals(List.of(new ColumnRef("hb_product", "category_id")), product.attributes().get("category"));
        assertEquals(List.of(new ColumnRef("hb_product_detail", "description")),
                product.attributes().get("description"));
        assertEquals(List.of(new ColumnRef("hb_product", "id")), product.attributes().get("id"));
        assertEquals("hb_product", product.primaryTable());
        assertEquals(Set.of("hb_product", "hb_product_detail", "hb_product_labels", "hb_product_related"),
                Set.copyOf(product.tables()));

        EntityModel person = entity(HbPerson.class);
        assertEquals("HbPerson", person.primaryTable());
        assertEquals(List.of(new ColumnRef("HbParty", "displayName")), person.attributes().get("displayName"));
        assertEquals(List.of(new ColumnRef("HbPerson", "firstName")), person.attributes().get("firstName"));
        assertEquals(Set.of("HbPerson", "HbParty"), Set.copyOf(person.tables()));
    }

    @Test
    void fieldTypesFollowTheAttributes() {
        assertEquals(BigDecimal.class, column("hb_product", "price").fieldType());
        assertEquals(HbStatus.class, column("hb_product", "status").fieldType());
        assertEquals(String.class, column("hb_product", "status").databaseType());
        assertEquals(HbStatus.class, column("hb_product", "previousStatus").fieldType());
        assertEquals(Integer.class, column("hb_product", "previousStatus").databaseType());
        assertEquals(List.class, column("hb_product", "tags").fieldType());
        assertEquals(String.class, column("hb_product", "tags").databaseType());
        assertEquals(Date.class, column("hb_product", "launched").fieldType());
        assertEquals(java.sql.Date.class, column("hb_product", "launched").databaseType());
        assertEquals(Date.class, column("hb_product", "updatedAt").fieldType());
        assertEquals(java.sql.Timestamp.class, column("hb_product", "updatedAt").databaseType());
        assertEquals(UUID.class, column("hb_product", "uuid").fieldType());
        assertEquals(Boolean.class, column("hb_product", "active").fieldType());
        assertEquals(LocalDate.class, column("hb_product", "available").fieldType());
        assertEquals(byte[].class, column("hb_product", "image").fieldType());
        assertTrue(column("hb_product", "image").lob());
        assertTrue(column("hb_product_detail", "description").lob());
        assertEquals(Long.class, column("hb_product", "category_id").fieldType());
        assertTrue(column("hb_product", "id").identity());
    }

    @Test
    @SuppressWarnings("unchecked")
    void convertersDelegateToTheMapping() {
        Converter<String, List<String>> tags = (Converter<String, List<String>>) column("hb_product", "tags").converter();
        assertEquals(List.of("a", "b"), tags.from("a,b"));
        assertEquals("x,y", tags.to(List.of("x", "y")));
        Converter<Integer, HbStatus> ordinal =
                (Converter<Integer, HbStatus>) column("hb_product", "previousStatus").converter();
        assertEquals(HbStatus.RETIRED, ordinal.from(2));
        Converter<String, HbStatus> named = (Converter<String, HbStatus>) column("hb_product", "status").converter();
        assertEquals("ACTIVE", named.to(HbStatus.ACTIVE));
        Converter<java.sql.Date, Date> date = (Converter<java.sql.Date, Date>) column("hb_product", "launched").converter();
        assertInstanceOf(java.sql.Date.class, date.to(new Date()));
    }

    /** The read columns are enough for Hibernate to build the entity from a native query (what fetchEntities runs). */
    @Test
    void readColumnsBuildTheEntity() {
        EntityManager em = HbAdapterUnit.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            HbCategory category = new HbCategory();
            category.name = "tools";
            em.persist(category);
            HbProduct product = new HbProduct();
            product.sku = "rc-1";
            product.price = new BigDecimal("12.50");
            product.status = HbStatus.ACTIVE;
            product.description = "long text";
            product.origin = new HbAddress("Main St", "Springfield");
            product.category = category;
            product.tags = List.of("a", "b");
            em.persist(product);
            HbPerson person = new HbPerson();
            person.displayName = "Ada L.";
            person.firstName = "Ada";
            em.persist(person);
            em.flush();
            em.clear();

            HbProduct read = (HbProduct) em.createNativeQuery(select(entity(HbProduct.class)) + " where t0.id = ?1",
                    HbProduct.class).setParameter(1, product.id).getSingleResult();
            assertEquals("long text", read.description);
            assertEquals("Springfield", read.origin.city);
            assertEquals(category.id, read.category.id);
            assertEquals(List.of("a", "b"), read.tags);
            HbPerson readPerson = (HbPerson) em.createNativeQuery(select(entity(HbPerson.class))
                    + " where t0.id = ?1", HbPerson.class).setParameter(1, person.id).getSingleResult();
            assertEquals("Ada", readPerson.firstName);
            assertEquals("Ada L.", readPerson.displayName);
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }

    @Test
    void filtersOfAnEntityAreRowFiltersNotWarnings() {
        assertEquals(List.of(), model.warnings());
        List<String> filters = new HibernateAdapter().rowFilters(HbAdapterUnit.factory()).stream()
                .filter(f -> f.entity() == HbFiltered.class).map(f -> f.description()).toList();
        assertEquals(2, filters.size(), filters.toString());
        assertTrue(filters.stream().anyMatch(w -> w.contains("@SQLRestriction") && w.contains("active = true")));
        assertTrue(filters.stream().anyMatch(w -> w.contains("@Filter") && w.contains("byName")));
    }

    @Test
    void dialect() {
        assertEquals(SQLDialect.H2, new HibernateAdapter().dialect(HbAdapterUnit.factory()).orElseThrow());
    }

    /** {@code select <read columns> from <primary> t0 join <other tables> on their foreign key to the primary}. */
    private static String select(EntityModel entity) {
        List<String> tables = entity.readColumns().stream().map(ColumnRef::table).distinct()
                .sorted((a, b) -> a.equals(entity.primaryTable()) ? -1 : b.equals(entity.primaryTable()) ? 1 : 0)
                .toList();
        String root = tables.get(0);
        StringBuilder sql = new StringBuilder("select ");
        sql.append(entity.readColumns().stream().map(c -> "t" + tables.indexOf(c.table()) + "." + c.column())
                .collect(Collectors.joining(", ")));
        sql.append(" from ").append(root).append(" t0");
        for (int i = 1; i < tables.size(); i++) {
            String other = tables.get(i);
            ForeignKeyModel key = foreignKey(other, root);
            boolean fromOther = key != null;
            if (key == null) {
                key = foreignKey(root, other);
            }
            assertNotNull(key, other + " ↔ " + root);
            List<String> left = fromOther ? key.targetColumns() : key.columns();
            List<String> right = fromOther ? key.columns() : key.targetColumns();
            sql.append(" left join ").append(other).append(" t").append(i).append(" on ");
            for (int c = 0; c < left.size(); c++) {
                sql.append(c > 0 ? " and " : "").append("t0.").append(left.get(c)).append(" = t").append(i)
                        .append('.').append(right.get(c));
            }
        }
        return sql.toString();
    }

    private static ForeignKeyModel foreignKey(String from, String to) {
        return table(from).foreignKeys().stream().filter(k -> k.targetTable().equals(to)).findFirst().orElse(null);
    }

    private static EntityModel entity(Class<?> type) {
        return model.entities().stream().filter(e -> e.javaType() == type).findFirst().orElseThrow();
    }

    private static TableModel table(String name) {
        return model.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static ColumnModel column(String table, String name) {
        return table(table).columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }


}
