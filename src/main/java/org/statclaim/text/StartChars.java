package org.statclaim.text;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters can begin a match of each rule, so that an engine tries a rule only where
 * it can match: a quantity rule starting with {PRE}{NUM} cannot match at 的 or 了, and trying it
 * there (every alternative of {QPRE} included) was most of the quantity engine's time; time rules
 * start at digits, numerals and a few words.
 *
 * <p>A character c can begin a match when the pattern, run on the one-character text "c",
 * either matches or reads past the end ({@link Matcher#hitEnd()}): whatever follows c in a real
 * text is then what decides. Found lazily, once per character seen, for all rules at once.
 * The answer is exact except where the one-character run cannot see what a real text has
 * before c; those patterns are never filtered: a positive lookbehind or a word boundary
 * anywhere, and supplementary characters (their matcher steps over surrogate pairs).
 * Surrogates themselves can always begin a match. Thread-safe.
 */
public final class StartChars {

    private final Pattern[] patterns;
    private final boolean[] filters;
    private final long[] unfiltered;
    /** Per character, the bit set of rules that can start with it; null until first seen. */
    private final AtomicReferenceArray<long[]> byChar = new AtomicReferenceArray<>(Character.MAX_VALUE + 1);

    public StartChars(List<Pattern> patterns) {
        this.patterns = patterns.toArray(new Pattern[0]);
        this.filters = new boolean[this.patterns.length];
        this.unfiltered = new long[(this.patterns.length + 63) / 64];
        for (int r = 0; r < this.patterns.length; r++) {
            filters[r] = filterable(this.patterns[r].pattern());
            if (!filters[r]) {
                unfiltered[r / 64] |= 1L << r;
            }
        }
    }

    /** Whether rule {@code r} is tried only at its start characters. */
    public boolean filters(int r) {
        return filters[r];
    }

    /** Whether a match of rule {@code r} can begin with {@code c}. */
    public boolean canStart(int r, char c) {
        long[] bits = byChar.get(c);
        if (bits == null) {
            bits = compute(c);
            byChar.set(c, bits); // idempotent: racing threads compute the same bits
        }
        return (bits[r / 64] & 1L << r) != 0;
    }

    /**
     * The first position at or after {@code p} (and before {@code to}) where a match of rule
     * {@code r} can begin, or {@code to}. Trying lookingAt() at each such position in turn finds
     * what find() from {@code p} finds: find() tries the positions in the same order.
     */
    public int next(int r, CharSequence text, int p, int to) {
        if (!filters[r]) {
            return p;
        }
        while (p < to && !canStart(r, text.charAt(p))) {
            p++;
        }
        return p;
    }

    private long[] compute(char c) {
        long[] bits = unfiltered.clone();
        String one = String.valueOf(c);
        for (int r = 0; r < patterns.length; r++) {
            if (!filters[r]) {
                continue;
            }
            Matcher m = patterns[r].matcher(one);
            if (Character.isSurrogate(c) || m.lookingAt() || m.hitEnd()) {
                bits[r / 64] |= 1L << r;
            }
        }
        return bits;
    }

    /** Patterns whose first character can be judged alone (see the class comment). */
    public static boolean filterable(String regex) {
        if (regex.contains("(?<=") || regex.contains("\\b") || regex.contains("\\B")) {
            return false;
        }
        return regex.codePoints().noneMatch(cp -> Character.isSupplementaryCodePoint(cp) || Character.isSurrogate((char) cp));
    }
}
