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

/**
 * A provider jooq-cdi does not know: no mapping, no cache; every query runs on a connection of the data source that
 * persistence.xml names (inside a JTA transaction the container hands out the transaction's connection).
 */
public final class UnknownProviderAdapter implements JpaProviderAdapter {

    private final PersistenceUnitInfo unit;

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
        try {
            return dataSource().getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void releaseTransactionConnection(EntityManager em, Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
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

    private DataSource dataSource() {
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
