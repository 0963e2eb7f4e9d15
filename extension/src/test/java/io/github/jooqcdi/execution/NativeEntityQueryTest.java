package io.github.jooqcdi.execution;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.eclipselink.EclipseLinkAdapter;
import io.github.jooqcdi.eclipselink.model.ElCar;
import io.github.jooqcdi.eclipselink.model.ElVehicle;
import io.github.jooqcdi.tables.EntityTablesBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import io.github.jooqcdi.eclipselink.EclipseLinkAdapter;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code fetchEntities} on the {@code el-adapter} unit, which has a {@code JOINED} hierarchy (its entity fields share
 * the column name {@code ID}) and a {@code @Multitenant} entity (EclipseLink disables native queries unless asked).
 */
class NativeEntityQueryTest {

    @Test
    void joinedSubclassFromItsEntityFieldsInAUnitWithMultitenantEntities() {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("el-adapter",
                Map.of("jakarta.persistence.jdbc.url", "jdbc:h2:mem:el-native-entity-query;DB_CLOSE_DELAY=-1;MODE=LEGACY"));
        EntityManager em = emf.createEntityManager();
        try {
            EntityTables tables = EntityTablesBuilder.build("el-adapter", SQLDialect.H2,
                    new EclipseLinkAdapter().readMapping(emf));
            em.getTransaction().begin();
            ElCar car = new ElCar();
            car.make = "Fiat";
            car.doors = 5;
            em.persist(car);
            em.flush();
            Table<Record> vehicle = tables.table(ElVehicle.class);
            Table<Record> cars = tables.table(ElCar.class);
            List<ElCar> read = NativeEntityQuery.fetch(em, NativeEntityQuery.renderer(DSL.using(SQLDialect.H2)
                    .configuration()), new EclipseLinkAdapter().nativeQueryHints(), tables, DSL.select(tables.entityFields(ElCar.class)).from(cars).join(vehicle)
                    .on(cars.field("ID", Long.class).eq(vehicle.field("ID", Long.class))), ElCar.class);
            assertEquals(List.of(car), read);
            em.getTransaction().rollback();
        } finally {
            em.close();
            emf.close();
        }
    }
}
