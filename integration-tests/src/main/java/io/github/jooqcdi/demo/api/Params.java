package io.github.jooqcdi.demo.api;

import jakarta.ws.rs.BadRequestException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Request parameters read as the demo's resources need them: a bad value is a 400 that says what is allowed. */
final class Params {

    private Params() {
    }

    /** {@code value} as a whole number from {@code min} to {@code max}; {@code fallback} when absent. */
    static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is allowed
        }
        throw new BadRequestException(name + " must be a whole number from " + min + " to " + max + ", not "
                + shown(value));
    }

    /** {@code value} as an ISO date ({@code 2025-05-01}); {@code fallback} when absent. */
    static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date like 2025-05-01, not " + shown(value));
        }
    }

    /** User input in a message: quoted, and cut short. */
    static String shown(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
