package io.github.jooqcdi.benchmarks;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import javax.sql.DataSource;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Properties;

/**
 * A {@code RESOURCE_LOCAL} unit of generated entities on an in-memory H2 database, described the way a container
 * describes a unit to {@code PersistenceProvider.createContainerEntityManagerFactory}: the listed classes only, the
 * generated classes' loader, connections from the {@code jakarta.persistence.jdbc.*} properties.
 */
record GeneratedUnit(String name, String providerClass, GeneratedEntities entities, Properties properties)
        implements PersistenceUnitInfo {

    /**
     * @param schemaAction {@code jakarta.persistence.schema-generation.database.action}: {@code none} or
     *                     {@code drop-and-create}
     */
    static GeneratedUnit of(String name, StartupBenchmark.Jpa provider, GeneratedEntities entities,
                            String schemaAction) {
        Properties p = new Properties();
        p.setProperty("jakarta.persistence.jdbc.driver", "org.h2.Driver");
        // MODE=LEGACY: EclipseLink's IDENTITY DDL on H2 2.x (as in the extension's test units)
        p.setProperty("jakarta.persistence.jdbc.url", "jdbc:h2:mem:" + name + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        p.setProperty("jakarta.persistence.jdbc.user", "sa");
        p.setProperty("jakarta.persistence.jdbc.password", "");
        p.setProperty("jakarta.persistence.schema-generation.database.action", schemaAction);
        p.setProperty("eclipselink.weaving", "false");
        p.setProperty("eclipselink.logging.level", "SEVERE");
        return new GeneratedUnit(name, provider.providerClass, entities, p);
    }

    @Override
    public String getPersistenceUnitName() {
        return name;
    }

    // Persistence 3.2 (the Jakarta EE 11 line): no @Override, so that the class compiles against 3.1 too
    public String getScopeAnnotationName() {
        return null;
    }

    public List<String> getQualifierAnnotationNames() {
        return List.of();
    }

    @Override
    public String getPersistenceProviderClassName() {
        return providerClass;
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return null;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        try {
            return entities.directory().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<String> getManagedClassNames() {
        return entities.classes();
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.UNSPECIFIED;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return entities.loader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // no weaving: the classes are loaded as compiled
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return entities.newTempLoader();
    }
}
