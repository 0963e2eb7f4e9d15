package io.github.jooqcdi.tables;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** Picks the known names closest to a name that was not found, for error messages. */
public final class ClosestNames {

    /** Longer names (user input) get no suggestion: comparing them would cost more than it helps. */
    static final int MAX_LENGTH = 128;

    private ClosestNames() {
    }

    /** Up to {@code max} known names closest to {@code asked} (edit distance, case-insensitive), comma-separated. */
    public static String to(String asked, Collection<String> known, int max) {
        if (asked.length() > MAX_LENGTH) {
            return "(none: the name is longer than " + MAX_LENGTH + " characters)";
        }
        String a = asked.toLowerCase(Locale.ROOT);
        return known.stream()
                .distinct()
                .sorted(Comparator.<String>comparingInt(k -> distance(a, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(max)
                .reduce((x, y) -> x + ", " + y)
                .orElse("(none)");
    }

    /** A name as asked, for a message: user input is cut to {@link #MAX_LENGTH} characters. */
    public static String quote(String asked) {
        return "'" + (asked.length() > MAX_LENGTH ? asked.substring(0, MAX_LENGTH) + "…" : asked) + "'";
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
