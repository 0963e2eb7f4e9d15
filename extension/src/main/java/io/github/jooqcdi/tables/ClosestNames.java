package io.github.jooqcdi.tables;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/**
 * Picks the known names closest to a name that was not found, for error messages. The name usually comes from user
 * input, so it may be anything: a typo, SQL, an empty string, a megabyte of garbage.
 *
 * <p>Only its <b>identifier-like part</b> is compared with the known names: the first run of letters, digits,
 * {@code _} and {@code $} in it, with the runs joined to it by single dots ({@code address.city},
 * {@code sales.orders}). {@code "nmae; drop table customer"} is compared as {@code nmae}, {@code "`pirce`"} as
 * {@code pirce}. A name without letters or digits is compared as it is. The comparison is the edit distance,
 * case-insensitive; ties go to the alphabetically first name, ignoring case (so that the
 * order does not depend on how a provider spells default names).
 */
public final class ClosestNames {

    /** A longer identifier-like part (user input) gets no suggestion; messages quote at most this many characters. */
    static final int MAX_LENGTH = 128;

    private ClosestNames() {
    }

    /** Up to {@code max} known names closest to the identifier-like part of {@code asked}, comma-separated. */
    public static String to(String asked, Collection<String> known, int max) {
        return closest(identifierPart(asked), known, max);
    }

    /**
     * Up to {@code max} known names closest to the whole of {@code asked}: for names that are not SQL names, such as
     * persistence unit names ({@code hb-exce} → {@code hb-exec}).
     */
    public static String toWhole(String asked, Collection<String> known, int max) {
        return closest(asked, known, max);
    }

    private static String closest(String compared, Collection<String> known, int max) {
        if (compared.length() > MAX_LENGTH) {
            return "(none: the name is longer than " + MAX_LENGTH + " characters)";
        }
        String a = compared.toLowerCase(Locale.ROOT);
        return known.stream()
                .distinct()
                .sorted(Comparator.<String>comparingInt(k -> distance(a, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(String.CASE_INSENSITIVE_ORDER).thenComparing(Comparator.naturalOrder()))
                .limit(max)
                .reduce((x, y) -> x + ", " + y)
                .orElse("(none)");
    }

    /**
     * A name as asked, for a message: cut to {@link #MAX_LENGTH} characters, with control and invisible formatting
     * characters (line breaks, NUL, bidirectional overrides) written as {@code \}{@code uXXXX}, so that user input
     * cannot forge lines in a log.
     */
    public static String quote(String asked) {
        int end = Math.min(asked.length(), MAX_LENGTH);
        if (end < asked.length() && Character.isHighSurrogate(asked.charAt(end - 1))) {
            end--;
        }
        StringBuilder quoted = new StringBuilder(end + 8).append('\'');
        for (int i = 0; i < end; i++) {
            char c = asked.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append(end < asked.length() ? "…'" : "'").toString();
    }

    /** The part of {@code asked} that {@link #to} compares (see the class comment). */
    static String identifierPart(String asked) {
        int start = 0;
        while (start < asked.length() && !isIdentifierChar(asked.codePointAt(start))) {
            start += Character.charCount(asked.codePointAt(start));
        }
        if (start == asked.length()) {
            return asked;
        }
        int end = start;
        while (end < asked.length()) {
            int c = asked.codePointAt(end);
            if (isIdentifierChar(c)) {
                end += Character.charCount(c);
            } else if (c == '.' && end + 1 < asked.length() && isIdentifierChar(asked.codePointAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return asked.substring(start, end);
    }

    private static boolean isIdentifierChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '_' || codePoint == '$';
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
