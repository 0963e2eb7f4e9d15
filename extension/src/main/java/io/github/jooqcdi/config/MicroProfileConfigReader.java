package io.github.jooqcdi.config;

import io.github.jooqcdi.unit.UnitSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads MicroProfile Config; loaded only when its API is there ({@link UnitConfig#available()}). */
final class MicroProfileConfigReader {

    private MicroProfileConfigReader() {
    }

    /**
     * Puts into {@code values} the value of {@code jooq.<unit>.<setting>} of each unit and setting that MicroProfile
     * Config has. Returns the {@code jooq.*} property names it knows that are no such key (a unit's name mistyped).
     */
    static List<String> read(ClassLoader loader, Collection<String> units, List<String> settings,
                             Map<String, Map<String, String>> values) {
        Config config = ConfigProvider.getConfig(loader);
        Set<String> keys = new HashSet<>();
        for (String unit : units) {
            for (String setting : settings) {
                String key = UnitSettings.microProfileKey(unit, setting);
                keys.add(environmentName(key));
                Optional<String> value = config.getOptionalValue(key, String.class);
                value.ifPresent(v -> values.computeIfAbsent(unit, u -> new LinkedHashMap<>()).put(setting, v));
            }
        }
        List<String> unmatched = new ArrayList<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("jooq.") && !keys.contains(environmentName(name))) {
                unmatched.add(name);
            }
        }
        unmatched.sort(null);
        return unmatched;
    }

    /**
     * A property name as MicroProfile Config looks it up among environment variables (each character other than a
     * letter or digit an underscore, upper case): the names an environment variable may stand for compare equal.
     */
    private static String environmentName(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
