package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.eclipselink.model.ElAnimal;
import io.github.jooqcdi.eclipselink.model.ElCar;
import io.github.jooqcdi.eclipselink.model.ElDog;
import io.github.jooqcdi.eclipselink.model.ElOrder;
import io.github.jooqcdi.eclipselink.model.ElVehicle;
import io.github.jooqcdi.tables.EntityTablesBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * EclipseLink builds entities from a native query that selects the entity's read columns ({@code entityFields}),
 * as {@code fetchEntities} runs it: JOINED hierarchies (subclass tables outer-joined), SINGLE_TABLE hierarchies and
 * secondary tables, with the shared cache emptied so that every attribute comes from the row.
 */
class EclipseLinkNativeEntityReadTest {

    private static EntityManagerFactory emf;
    private static EntityTables tables;
    private static final DSLContext RENDER = DSL.using(SQLDialect.H2);

    @BeforeAll
    static void boot() {
        emf = ElAdapterUnit.create("el-native");
        tables = EntityTablesBuilder.build(ElAdapterUnit.NAME, SQLDialect.H2,
                new EclipseLinkAdapter().readMapping(emf));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void joinedHierarchyFromTheRootWithSubclassTablesOuterJoined() {
        long[] ids = inTransaction(em -> {
            ElCar car = new ElCar();
            car.make = "VW";
            car.doors = 3;
            ElVehicle bike = new ElVehicle();
            bike.make = "Bike";
            em.persist(car);
            em.persist(bike);
            em.flush();
            return new long[] {car.id, bike.id};
        });
        emf.getCache().evictAll();
        Table<Record> vehicle = tables.table(ElVehicle.class);
        Table<Record> car = tables.table(ElCar.class);
        String sql = RENDER.renderInlined(DSL.select(tables.entityFields(ElVehicle.class)).from(vehicle).leftJoin(car)
                .on(car.field("ID", Long.class).eq(vehicle.field("ID", Long.class))));
        Map<Long, ElVehicle> read = byId(native_(sql, ElVehicle.class), v -> v.id);
        assertEquals(3, assertInstanceOf(ElCar.class, read.get(ids[0])).doors);
        assertEquals("VW", read.get(ids[0]).make);
        assertEquals(ElVehicle.class, read.get(ids[1]).getClass());
        assertEquals("Bike", read.get(ids[1]).make);
    }

    @Test
    void joinedSubclass() {
        long id = inTransaction(em -> {
            ElCar car = new ElCar();
            car.make = "Fiat";
            car.doors = 5;
            em.persist(car);
            em.flush();
            return car.id;
        });
        emf.getCache().evictAll();
        Table<Record> vehicle = tables.table(ElVehicle.class);
        Table<Record> car = tables.table(ElCar.class);
        String sql = RENDER.renderInlined(DSL.select(tables.entityFields(ElCar.class)).from(car).join(vehicle)
                .on(car.field("ID", Long.class).eq(vehicle.field("ID", Long.class)))
                .where(vehicle.field("ID", Long.class).eq(id)));
        ElCar read = native_(sql, ElCar.class).get(0);
        assertEquals(5, read.doors);
        assertEquals("Fiat", read.make);
    }

    @Test
    void singleTableHierarchy() {
        inTransaction(em -> {
            ElAnimal cat = new ElAnimal();
            cat.id = 501L;
            cat.name = "cat";
            ElDog dog = new ElDog();
            dog.id = 502L;
            dog.name = "rex";
            dog.goodBoy = true;
            em.persist(cat);
            em.persist(dog);
            return null;
        });
        emf.getCache().evictAll();
        String sql = RENDER.renderInlined(DSL.select(tables.entityFields(ElAnimal.class))
                .from(tables.table(ElAnimal.class))
                .where(tables.table(ElAnimal.class).field("ID", Long.class).in(501L, 502L)));
        Map<Long, ElAnimal> read = byId(native_(sql, ElAnimal.class), a -> a.id);
        assertEquals(ElAnimal.class, read.get(501L).getClass());
        assertEquals(true, assertInstanceOf(ElDog.class, read.get(502L)).goodBoy);
    }

    @Test
    void secondaryTable() {
        long id = inTransaction(em -> {
            ElOrder order = new ElOrder();
            order.code = "native";
            order.note = "from the secondary table";
            em.persist(order);
            em.flush();
            return order.id;
        });
        emf.getCache().evictAll();
        Table<Record> orders = tables.table(ElOrder.class);
        Table<Record> notes = tables.table("EL_ORDER_NOTES");
        List<Field<?>> fields = tables.entityFields(ElOrder.class);
        String sql = RENDER.renderInlined(DSL.select(fields).from(orders).join(notes)
                .on(notes.field("ID", Long.class).eq(orders.field("ID", Long.class)))
                .where(orders.field("ID", Long.class).eq(id)));
        ElOrder read = native_(sql, ElOrder.class).get(0);
        assertEquals("native", read.code);
        assertEquals("from the secondary table", read.note);
    }

    @SuppressWarnings("unchecked")
    private static <E> List<E> native_(String sql, Class<E> type) {
        EntityManager em = emf.createEntityManager();
        try {
            // the unit has a @Multitenant entity, for which EclipseLink disables native queries unless asked
            return em.createNativeQuery(sql, type).setHint("eclipselink.jdbc.allow-native-sql-query", true)
                    .getResultList();
        } finally {
            em.close();
        }
    }

    private static <E> Map<Long, E> byId(List<E> entities, Function<E, Long> id) {
        return entities.stream().collect(Collectors.toMap(id, e -> e));
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }
}
