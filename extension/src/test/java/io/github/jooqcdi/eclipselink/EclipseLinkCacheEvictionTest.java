package io.github.jooqcdi.eclipselink;

import io.github.jooqcdi.eclipselink.model.ElCar;
import io.github.jooqcdi.eclipselink.model.ElProduct;
import io.github.jooqcdi.eclipselink.model.ElVehicle;
import io.github.jooqcdi.provider.UnitConnections;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Eviction from EclipseLink's shared cache after DML that bypassed it. */
class EclipseLinkCacheEvictionTest {

    private static EntityManagerFactory emf;
    private final EclipseLinkAdapter adapter = new EclipseLinkAdapter();

    @BeforeAll
    static void boot() {
        emf = ElAdapterUnit.create("el-eviction");
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void evictingAClassMakesAStaleCachedEntityReload() throws SQLException {
        long id = persist(em -> {
            ElProduct p = new ElProduct();
            p.title = "old";
            em.persist(p);
            return p;
        }).id;
        assertEquals("old", find(ElProduct.class, id).title);
        jdbc("update ELPRODUCT set TITLE = 'new' where ID = ?", id);
        assertEquals("old", find(ElProduct.class, id).title, "the shared cache still holds the old row");

        adapter.evict(emf, null, Set.of("ELPRODUCT"), Set.of(ElProduct.class), false);

        assertEquals("new", find(ElProduct.class, id).title);
    }

    @Test
    void evictingASubclassEvictsTheWholeHierarchy() throws SQLException {
        long carId = persist(em -> {
            ElCar car = new ElCar();
            car.make = "old";
            em.persist(car);
            return car;
        }).id;
        long vehicleId = persist(em -> {
            ElVehicle vehicle = new ElVehicle();
            vehicle.make = "old";
            em.persist(vehicle);
            return vehicle;
        }).id;
        assertEquals("old", find(ElVehicle.class, carId).make);
        assertEquals("old", find(ElVehicle.class, vehicleId).make);
        jdbc("update ELVEHICLE set MAKE = 'new' where ID = ?", carId);
        jdbc("update ELVEHICLE set MAKE = 'new' where ID = ?", vehicleId);

        adapter.evict(emf, null, Set.of("ELCAR"), Set.of(ElCar.class), false);

        assertEquals("new", find(ElCar.class, carId).make);
        assertEquals("new", find(ElVehicle.class, vehicleId).make);
    }

    @Test
    void evictingEverything() throws SQLException {
        long id = persist(em -> {
            ElProduct p = new ElProduct();
            p.title = "before";
            em.persist(p);
            return p;
        }).id;
        assertEquals("before", find(ElProduct.class, id).title);
        jdbc("update ELPRODUCT set TITLE = 'after' where ID = ?", id);

        adapter.evict(emf, null, Set.of(), Set.of(), true);

        assertEquals("after", find(ElProduct.class, id).title);
    }

    @Test
    void evictsAgainAfterCompletion() {
        assertTrue(adapter.evictAgainAfterCompletion());
    }

    @Test
    void resourceLocalCompletionCallbackRunsOnceAfterTheCommitOrRollback() {
        List<String> ran = new ArrayList<>();
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            em.unwrap(Connection.class); // begins the database transaction, as a jOOQ query does
            assertTrue(adapter.afterResourceLocalCompletion(em, () -> ran.add("first")));
            ElProduct p = new ElProduct();
            p.title = "flushed";
            em.persist(p);
            em.flush();
            assertEquals(List.of(), ran, "not before the transaction completes");
            em.getTransaction().commit();
            assertEquals(List.of("first"), ran);

            em.getTransaction().begin();
            em.unwrap(Connection.class);
            adapter.afterResourceLocalCompletion(em, () -> ran.add("second"));
            em.getTransaction().rollback();
            assertEquals(List.of("first", "second"), ran, "each callback once, after its own transaction");
        } finally {
            em.close();
        }
        assertEquals(List.of("first", "second"), ran);
    }

    private static <T> T persist(Function<EntityManager, T> work) {
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

    private static <T> T find(Class<T> type, long id) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.find(type, id);
        } finally {
            em.close();
        }
    }

    private void jdbc(String sql, long id) throws SQLException {
        UnitConnections connections = adapter.unitConnections(emf);
        Connection connection = connections.acquire();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            assertEquals(1, statement.executeUpdate());
        } finally {
            connections.release(connection);
        }
    }
}
