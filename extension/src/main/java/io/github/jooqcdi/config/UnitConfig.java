package io.github.jooqcdi.config;

import io.github.jooqcdi.unit.UnitSettings;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;

/**
 * The {@code jooq.<unit>.<setting>} keys of MicroProfile Config, read when the application sees the MicroProfile
 * Config API and has an implementation of it; without them every unit has none, and persistence.xml alone applies.
 * The unit's name is used as it is, dots included ({@code jooq.my.unit.flush} is {@code jooq.flush} of unit
 * {@code my.unit}): the setting names are known, so the key is never ambiguous.
 */
public final class UnitConfig {

    private static final System.Logger LOG = System.getLogger(UnitConfig.class.getName());
    private static final String API = "org.eclipse.microprofile.config.ConfigProvider";

    private UnitConfig() {
    }

    /**
     * The MicroProfile Config values of each unit, keyed by unit and then by the persistence.xml name of the setting
     * ({@code jooq.flush}). Empty when the application has no MicroProfile Config.
     *
     * @param loader the application's class loader (MicroProfile Config's configuration is per class loader)
     */
    public static Map<String, Map<String, String>> read(ClassLoader loader, Collection<String> units) {
        if (!available()) {
            return Map.of();
        }
        try {
            Map<String, Map<String, String>> values = new LinkedHashMap<>();
            List<String> unmatched = MicroProfileConfigReader.read(loader, units, UnitSettings.KEYS, values);
            for (String key : unmatched) {
                LOG.log(System.Logger.Level.WARNING, "jooq-cdi: MicroProfile Config key " + key + " is not the "
                        + "setting of a persistence unit, so it is ignored; the keys are jooq.<unit>.<setting> with "
                        + "the units " + units + " and the settings "
                        + UnitSettings.KEYS.stream().map(k -> k.substring("jooq.".length())).toList());
            }
            return values;
        } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "jooq-cdi: the MicroProfile Config API is present but no "
                    + "configuration could be had from it (" + e + "); the jooq.* settings come from persistence.xml "
                    + "only");
            return Map.of();
        }
    }

    /** Whether this jar can link against the MicroProfile Config API. */
    static boolean available() {
        try {
            Class.forName(API, false, UnitConfig.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
