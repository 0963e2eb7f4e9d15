package io.github.jooqcdi.provider;

import io.github.jooqcdi.metadata.MappingModel;
import io.github.jooqcdi.unit.PersistenceUnitInfo;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jooq.SQLDialect;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A provider jooq-cdi does not know: no mapping, no cache. A JTA unit's queries run on connections of the data source
 * persistence.xml names (inside a JTA transaction the container hands out the transaction's connection); a
 * {@code RESOURCE_LOCAL} unit's, inside its transaction, on {@code em.unwrap(Connection.class)} where the provider
 * supports it, else they fail rather than run outside the transaction.
 */
public final class UnknownProviderAdapter implements JpaProviderAdapter {

    private final PersistenceUnitInfo unit;
    private volatile DataSource dataSource;

    public UnknownProviderAdapter(PersistenceUnitInfo unit) {
        this.unit = unit;
    }

    @Override
    public String name() {
        return "unknown provider";
    }

    @Override
    public MappingModel readMapping(EntityManagerFactory emf) {
        return new MappingModel(List.of(), List.of(), List.of("its JPA provider (" + emf.getClass().getName()
                + ") is not one jooq-cdi knows " + JpaProviderAdapters.knownProviders()
                + ": no entity tables; use jOOQ's plain-SQL tables"));
    }

    @Override
    public Optional<SQLDialect> dialect(EntityManagerFactory emf) {
        return Optional.empty();
    }

    @Override
    public Connection transactionConnection(EntityManager em) {
        if (!unit.isJta()) {
            Connection connection = unwrap(em);
            if (connection == null) {
                throw new IllegalStateException("Persistence unit '" + unit.name() + "': its JPA provider gives no "
                        + "JDBC connection of its transaction (em.unwrap(Connection.class)); jooq-cdi supports "
                        + "RESOURCE_LOCAL units only on " + JpaProviderAdapters.knownProviders());
            }
            return connection;
        }
        try {
            return dataSource().getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("Persistence unit '" + unit.name() + "': no connection from its data "
                    + "source: " + e.getMessage(), e);
        }
    }

    /** Cannot look into an unknown provider's persistence context: always flush. */
    @Override
    public boolean holdsEntity(EntityManager em, Predicate<Class<?>> type) {
        return true;
    }

    @Override
    public void releaseTransactionConnection(EntityManager em, Connection connection) {
        if (!unit.isJta()) {
            return; // the provider's own connection
        }
        try {
            connection.close(); // hands the JTA-enlisted handle back to the container
        } catch (SQLException e) {
            throw new IllegalStateException("Persistence unit '" + unit.name() + "': cannot return a connection: "
                    + e.getMessage(), e);
        }
    }

    private static Connection unwrap(EntityManager em) {
        try {
            return em.unwrap(Connection.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public UnitConnections unitConnections(EntityManagerFactory emf) {
        return new UnitConnections() {
            @Override
            public Connection acquire() throws SQLException {
                return dataSource().getConnection();
            }

            @Override
            public void release(Connection connection) throws SQLException {
                connection.close();
            }
        };
    }

    @Override
    public void evict(EntityManagerFactory emf, EntityManager em, Set<String> tables, Set<Class<?>> entities,
                      boolean everything) {
        emf.getCache().evictAll();
    }

    @Override
    public boolean evictAgainAfterCompletion() {
        return true;
    }

    /** Standard JPA has no completion callback for an {@code EntityTransaction}. */
    @Override
    public boolean afterResourceLocalCompletion(EntityManager em, Runnable callback) {
        return false;
    }

    private DataSource dataSource() {
        DataSource found = dataSource;
        if (found == null) {
            found = lookUpDataSource();
            dataSource = found;
        }
        return found;
    }

    private DataSource lookUpDataSource() {
        String name = unit.isJta() || unit.nonJtaDataSource() == null ? unit.jtaDataSource() : unit.nonJtaDataSource();
        if (name == null) {
            throw new IllegalStateException("Persistence unit '" + unit.name() + "' names no data source in "
                    + "persistence.xml, and its provider is not one jooq-cdi knows "
                    + JpaProviderAdapters.knownProviders());
        }
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("Persistence unit '" + unit.name() + "': cannot look up its data source "
                    + name + ": " + e.getMessage(), e);
        }
    }
}
