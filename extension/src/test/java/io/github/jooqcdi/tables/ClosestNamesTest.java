package io.github.jooqcdi.tables;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The identifier-like part of user input chooses the suggestions; messages quote input without control characters. */
class ClosestNamesTest {

    private static final List<String> NAMES = List.of("address.city", "email", "id", "name", "status");

    @Test
    void theFirstIdentifierRunWithItsDottedPartsIsCompared() {
        assertEquals("nmae", ClosestNames.identifierPart("nmae; drop table customer"));
        assertEquals("pirce", ClosestNames.identifierPart("`pirce`"));
        assertEquals("address.cty", ClosestNames.identifierPart("  'address.cty'--"));
        assertEquals("sales.orders", ClosestNames.identifierPart("sales.orders."));
        assertEquals("nаme", ClosestNames.identifierPart("\"nаme\"")); // a Cyrillic а is a letter
        assertEquals("'; --", ClosestNames.identifierPart("'; --"));
        assertEquals("", ClosestNames.identifierPart(""));
    }

    @Test
    void suggestionsComeFromTheIdentifierPart() {
        assertEquals("name, email", ClosestNames.to("nmae; drop table member", NAMES, 2));
        assertEquals("address.city", ClosestNames.to("address.cty /* */", NAMES, 1));
        assertEquals("(none: the name is longer than 128 characters)",
                ClosestNames.to("x".repeat(129) + "; drop", NAMES, 2));
        assertEquals("name", ClosestNames.to("name" + " ".repeat(200), NAMES, 1));
    }

    @Test
    void quotesCutLongInputAndEscapeControlCharacters() {
        assertEquals("'a\\u000ab\\u0000\\u202e'", ClosestNames.quote("a\nb\u0000\u202e"));
        assertEquals("'" + "x".repeat(128) + "…'", ClosestNames.quote("x".repeat(1000)));
    }
}
