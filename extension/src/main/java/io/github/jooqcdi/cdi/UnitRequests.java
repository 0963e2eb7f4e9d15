package io.github.jooqcdi.cdi;

import io.github.jooqcdi.provider.PersistenceApi;
import io.github.jooqcdi.tables.ClosestNames;
import io.github.jooqcdi.unit.PersistenceUnitInfo;
import io.github.jooqcdi.unit.UnitSettings;
import jakarta.enterprise.context.Dependent;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the deployment asks of jooq-cdi (the injection points of its beans, by unit) checked against what it declares
 * (its persistence units and {@code EntityManager} producers). Plain class: the extension feeds it, then reports
 * {@link #problems()} all at once.
 */
final class UnitRequests {

    private final Map<String, PersistenceUnitInfo> units = new LinkedHashMap<>();
    private final Map<String, UnitSettings> settings = new LinkedHashMap<>();
    private final Map<String, List<String>> settingProblems = new LinkedHashMap<>();
    /** unit name, or null for unqualified → where it is injected */
    private final Map<String, String> requests = new LinkedHashMap<>();
    private final Set<String> producers = new TreeSet<>();
    private final List<String> producerProblems = new ArrayList<>();

    UnitRequests(List<PersistenceUnitInfo> declared) {
        this(declared, Map.of());
    }

    /** @param microProfile each unit's MicroProfile Config values ({@link UnitSettings#of(String, Map, Map, java.util.function.Consumer)}) */
    UnitRequests(List<PersistenceUnitInfo> declared, Map<String, Map<String, String>> microProfile) {
        for (PersistenceUnitInfo unit : declared) {
            units.put(unit.name(), unit);
            List<String> problems = new ArrayList<>();
            settings.put(unit.name(), UnitSettings.of(unit.name(), unit.properties(),
                    microProfile.getOrDefault(unit.name(), Map.of()), problems::add));
            settingProblems.put(unit.name(), problems);
        }
    }

    /** An injection point of a jooq-cdi bean: {@code unit} is null when it is unqualified. */
    void requested(String unit, String injectionPoint) {
        requests.putIfAbsent(unit, injectionPoint);
    }

    /** The application produces an {@code @PersistenceUnitName(unit) EntityManager}. */
    void producer(String unit) {
        producers.add(unit);
    }

    /** The same, with the producer's scope: a new entity manager per injection cannot share a local transaction. */
    void producer(String unit, Class<? extends Annotation> scope, String producer) {
        producer(unit);
        PersistenceUnitInfo info = units.get(unit);
        if (info != null && !info.isJta() && scope == Dependent.class) {
            producerProblems.add("Persistence unit '" + unit + "' is RESOURCE_LOCAL and its EntityManager producer "
                    + producer + " is @Dependent: every injection gets another entity manager, so jOOQ would not run "
                    + "in the application's EntityTransaction. Make the producer @RequestScoped and close the entity "
                    + "manager in a @Disposes method");
        }
    }

    Map<String, PersistenceUnitInfo> units() {
        return units;
    }

    UnitSettings settings(String unit) {
        return settings.get(unit);
    }

    boolean hasProducer(String unit) {
        return producers.contains(unit);
    }

    /** The unit unqualified injection means: the only unit, or the one with {@code jooq.default=true}. */
    Optional<String> defaultUnit() {
        if (units.size() == 1) {
            return Optional.of(units.keySet().iterator().next());
        }
        List<String> defaults = markedDefault();
        return defaults.size() == 1 ? Optional.of(defaults.get(0)) : Optional.empty();
    }

    /** The units whose persistence.xml sets {@code jooq.default=true}. */
    private List<String> markedDefault() {
        return units.keySet().stream().filter(u -> settings.get(u).isDefault()).toList();
    }

    /** The units that something injects (qualified or as the default unit). */
    Set<String> requestedUnits() {
        Set<String> used = new TreeSet<>();
        requests.keySet().forEach(u -> {
            if (u == null) {
                defaultUnit().ifPresent(used::add);
            } else if (units.containsKey(u)) {
                used.add(u);
            }
        });
        return used;
    }

    /**
     * Every problem of what the deployment uses, each naming what was wrong and what would be right. Units that
     * nothing injects and no producer names are not checked: a deployment may have units it does not use jOOQ with.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>(producerProblems);
        requests.forEach((unit, where) -> {
            if (unit != null && !units.containsKey(unit)) {
                problems.add("@PersistenceUnitName(\"" + unit + "\") at " + where + " names no persistence unit of "
                        + "this deployment; its units are " + units.keySet()
                        + (units.isEmpty() ? "" : " (closest: " + ClosestNames.toWhole(unit, units.keySet(), 1) + ")"));
            }
        });
        if (requests.containsKey(null)) {
            String where = requests.get(null);
            List<String> defaults = markedDefault();
            if (units.isEmpty()) {
                problems.add(where + " injects a jooq-cdi bean, but the deployment has no META-INF/persistence.xml "
                        + "with a persistence unit");
            } else if (units.size() > 1 && defaults.size() != 1) {
                problems.add(where + " injects a jooq-cdi bean without @PersistenceUnitName, but the deployment has "
                        + "several persistence units " + units.keySet() + " and "
                        + (defaults.isEmpty() ? "none" : defaults.size() + " (" + defaults + ")")
                        + " with jooq.default=true: add @PersistenceUnitName(\"<unit>\") to the injection point, or "
                        + "<property name=\"jooq.default\" value=\"true\"/> to exactly one unit");
            }
        }
        Set<String> used = new TreeSet<>(requestedUnits());
        producers.stream().filter(units::containsKey).forEach(used::add);
        for (String unit : used) {
            problems.addAll(settingProblems.get(unit));
        }
        if (!PersistenceApi.UNIT_BEANS) { // else the container's unit beans are known only after discovery
            problems.addAll(missingEntityManagers());
        }
        return problems;
    }

    /**
     * The container's {@code EntityManager} bean for {@code unit} (Jakarta EE 11), found after bean discovery: stands
     * for a producer. Returns the problem of its scope, if any.
     */
    List<String> unitBean(String unit, Class<? extends Annotation> scope, String bean) {
        int before = producerProblems.size();
        producer(unit, scope, bean);
        return List.copyOf(producerProblems.subList(before, producerProblems.size()));
    }

    /** The units something injects that have no {@code EntityManager} bean, each with the line that would fix it. */
    List<String> missingEntityManagers() {
        List<String> problems = new ArrayList<>();
        for (String unit : requestedUnits()) {
            if (!producers.contains(unit)) {
                problems.add(missingProducer(unit, requests.getOrDefault(unit, requests.get(null))));
            }
        }
        return problems;
    }

    static String missingProducer(String unit, String where) {
        String producer = "@Produces @PersistenceUnitName(\"" + unit + "\") @PersistenceContext(unitName = \"" + unit
                + "\")\n    EntityManager " + javaName(unit) + ";\n"
                + "(io.github.jooqcdi.PersistenceUnitName, jakarta.enterprise.inject.Produces, "
                + "jakarta.persistence.PersistenceContext)";
        String used = "Persistence unit '" + unit + "' is used by jooq-cdi" + (where == null ? "" : " (at " + where + ")");
        if (!PersistenceApi.UNIT_BEANS) {
            return used + " but the application produces no EntityManager for it. Add to an application class:\n    "
                    + producer;
        }
        return used + " but no EntityManager bean for it was found: the container adds one per unit, with the unit's "
                + "persistence.xml <qualifier>s (Persistence 3.2; none: @Default), and jooq-cdi takes it when the unit "
                + "declares a <qualifier> or is the only unit without one. Add to the unit in persistence.xml:\n"
                + "    <qualifier>com.example.YourQualifier</qualifier>\n(an annotation without members, annotated "
                + "@jakarta.inject.Qualifier), or produce the EntityManager in an application class:"
                + "\n    " + producer;
    }

    private static String javaName(String unit) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : unit.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = b.length() > 0;
            }
        }
        String name = b.length() == 0 || !Character.isJavaIdentifierStart(b.charAt(0)) ? "unit" + b : b.toString();
        return name + "EntityManager";
    }
}
