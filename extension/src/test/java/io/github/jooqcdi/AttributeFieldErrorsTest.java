package io.github.jooqcdi;

import io.github.jooqcdi.provider.JpaProviderAdapters;
import io.github.jooqcdi.tables.EntityTablesBuilder;
import io.github.jooqcdi.testmodel.Customer;
import io.github.jooqcdi.testmodel.Customer_;
import io.github.jooqcdi.testmodel.DailySales_;
import io.github.jooqcdi.testmodel.Product;
import io.github.jooqcdi.testmodel.Product_;
import io.github.jooqcdi.testmodel.TestUnits;
import jakarta.persistence.EntityManagerFactory;
import org.jooq.SQLDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DESIGN §8: attributes that are not one basic column point to the method that resolves them. */
class AttributeFieldErrorsTest {

    static EntityTables tables(String unit) {
        EntityManagerFactory emf = TestUnits.emf(unit);
        return EntityTablesBuilder.build(unit, SQLDialect.H2,
                JpaProviderAdapters.detect(emf).orElseThrow().readMapping(emf));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestUnits.EL, TestUnits.HB})
    void toOneEmbeddedAndCompositeIdAttributesPointToFieldByPath(String unit) {
        EntityTables tables = tables(unit);
        IllegalArgumentException toOne = assertThrows(IllegalArgumentException.class,
                () -> tables.field(Product_.category));
        assertTrue(toOne.getMessage().contains("Product.category") && toOne.getMessage().contains("MANY_TO_ONE")
                && toOne.getMessage().contains("field(Product.class, \"category\")"), toOne.getMessage());
        IllegalArgumentException embedded = assertThrows(IllegalArgumentException.class,
                () -> tables.field(Customer_.homeAddress));
        assertTrue(embedded.getMessage().contains("field(Customer.class, \"homeAddress.<attribute>\")"),
                embedded.getMessage());
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> tables.field(DailySales_.id));
        assertTrue(id.getMessage().contains("EMBEDDED"), id.getMessage());

        assertEquals("CATEGORY_ID", tables.field(Product.class, "category").getName().toUpperCase());
        IllegalArgumentException several = assertThrows(IllegalArgumentException.class,
                () -> tables.field(Customer.class, "homeAddress"));
        assertTrue(several.getMessage().contains("homeAddress.city"), several.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> tables.field(Product.class, "pirce"));
        assertTrue(unknown.getMessage().contains("'pirce'") && unknown.getMessage().contains("closest: price"),
                unknown.getMessage());
    }
}
