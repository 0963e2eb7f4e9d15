package io.github.jooqcdi;

import io.github.jooqcdi.provider.JpaProviderAdapters;
import io.github.jooqcdi.testmodel.Customer;
import io.github.jooqcdi.testmodel.DailySales;
import io.github.jooqcdi.testmodel.Product;
import io.github.jooqcdi.testmodel.TestUnits;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The names an unknown-name message suggests come from the identifier-like part of the input and are the same on
 * EclipseLink and Hibernate: both offer the attribute paths a user can pass (basic attributes, embedded basics as
 * {@code homeAddress.city}, to-one associations), never an embedded attribute itself.
 */
class ClosestNamesAcrossProvidersTest {

    @Test
    void bothProvidersMapTheSameAttributePaths() {
        Map<String, TreeSet<String>> el = attributePaths(TestUnits.EL);
        Map<String, TreeSet<String>> hb = attributePaths(TestUnits.HB);
        // Hibernate also lists the abstract TABLE_PER_CLASS root Notification, without attributes; EclipseLink does not
        assertEquals(Map.of("Notification", new TreeSet<String>()), Map.of("Notification", hb.remove("Notification")));
        assertEquals(hb, el);
    }

    @Test
    void unknownAttributesSuggestTheSameNamesOnBothProviders() {
        for (String input : List.of("nmae; drop table customer", "nmae", "`nmae`", "' or 1=1 --", "homeAdress",
                "homeAddress.cty", "  emial\u0000", "")) {
            String el = closest(TestUnits.EL, t -> () -> t.field(Customer.class, input));
            String hb = closest(TestUnits.HB, t -> () -> t.field(Customer.class, input));
            assertEquals(hb, el, input);
        }
        for (String input : List.of("pirce/**/", "skuu\"")) {
            assertEquals(closest(TestUnits.HB, t -> () -> t.field(Product.class, input)),
                    closest(TestUnits.EL, t -> () -> t.field(Product.class, input)), input);
        }
        assertEquals(closest(TestUnits.HB, t -> () -> t.field(DailySales.class, "idd")),
                closest(TestUnits.EL, t -> () -> t.field(DailySales.class, "idd")));
    }

    @Test
    void theIdentifierLikePartOfTheInputChoosesTheClosestNames() {
        for (String unit : List.of(TestUnits.EL, TestUnits.HB)) {
            assertTrue(closest(unit, t -> () -> t.field(Customer.class, "nmae; drop table customer"))
                    .startsWith("name,"), unit);
            assertTrue(closest(unit, t -> () -> t.field(Customer.class, "homeAdress.city--"))
                    .startsWith("homeAddress.city,"), unit);
            assertTrue(closest(unit, t -> () -> t.field(Product.class, "'pirce' /* x */")).startsWith("price,"),
                    unit);
            assertTrue(closest(unit, t -> () -> t.table("custmer; drop table customer")).toUpperCase()
                    .startsWith("CUSTOMER,"), unit);
        }
    }

    /** The closest names of the message {@code call} fails with. */
    private static String closest(String unit, Function<EntityTables, Executable> call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                call.apply(AttributeFieldErrorsTest.tables(unit)));
        String message = e.getMessage();
        assertTrue(message.contains("; closest: "), message);
        return message.substring(message.indexOf("; closest: ") + "; closest: ".length());
    }

    /** Every entity's attribute paths, by entity name. */
    private static Map<String, TreeSet<String>> attributePaths(String unit) {
        EntityManagerFactory emf = TestUnits.emf(unit);
        Map<String, TreeSet<String>> paths = new TreeMap<>();
        JpaProviderAdapters.detect(emf).orElseThrow().readMapping(emf).entities()
                .forEach(e -> paths.put(e.entityName(), new TreeSet<>(e.attributes().keySet())));
        return paths;
    }
}
