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
 * The one-character run cannot see what a real text has before c, so it is made on the pattern
 * with its positive lookbehinds taken out: that pattern matches wherever the rule does (a
 * lookbehind only adds a condition), so the characters found can begin at least every match of
 * the rule. Inside a negative lookaround the whole outermost negative lookaround is taken out
 * (taking out a lookbehind there would make it a stronger condition). Nothing is taken out of an
 * atomic group or a possessive group (there a weaker condition could change the outcome): such a
 * pattern is not filtered, nor one with a word boundary or supplementary
 * characters (their matcher steps over surrogate pairs). Surrogates themselves can always
 * begin a match. Thread-safe.
 */
public final class StartChars {

    /** Per rule, the pattern without its positive lookbehinds that the first characters are found with; null: not filtered. */
    private final Pattern[] patterns;
    private final boolean[] filters;
    private final long[] unfiltered;
    /** Per character, the bit set of rules that can start with it; null until first seen. */
    private final AtomicReferenceArray<long[]> byChar = new AtomicReferenceArray<>(Character.MAX_VALUE + 1);

    public StartChars(List<Pattern> patterns) {
        this.patterns = new Pattern[patterns.size()];
        this.filters = new boolean[this.patterns.length];
        this.unfiltered = new long[(this.patterns.length + 63) / 64];
        for (int r = 0; r < this.patterns.length; r++) {
            this.patterns[r] = probe(patterns.get(r));
            filters[r] = this.patterns[r] != null;
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

    /**
     * The start bits of each character of {@code text[from,to)}, looked up once for all rules:
     * for {@link #next(int, long[][], int, int, int)} with {@code base} = {@code from}.
     */
    public long[][] at(CharSequence text, int from, int to) {
        long[][] out = new long[Math.max(0, to - from)][];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            long[] bits = byChar.get(c);
            if (bits == null) {
                bits = compute(c);
                byChar.set(c, bits);
            }
            out[i - from] = bits;
        }
        return out;
    }

    /** As {@link #next(int, CharSequence, int, int)}, over the bits {@link #at} gave for the text from {@code base}. */
    public int next(int r, long[][] at, int base, int p, int to) {
        if (!filters[r]) {
            return p;
        }
        int word = r >>> 6;
        long mask = 1L << r;
        while (p < to && (at[p - base][word] & mask) == 0) {
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
        return probe(Pattern.compile(regex)) != null;
    }

    /** The pattern the first characters of {@code p} are found with, or null when they cannot be (see the class comment). */
    private static Pattern probe(Pattern p) {
        String regex = p.pattern();
        if (regex.contains("\\b") || regex.contains("\\B") || (p.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0
                || regex.matches("(?s).*\\(\\?[a-zA-Z-]*x.*") // comments may hold parentheses
                || regex.codePoints().anyMatch(cp -> Character.isSupplementaryCodePoint(cp) || Character.isSurrogate((char) cp))) {
            return null;
        }
        String relaxed = withoutLookbehinds(regex);
        if (relaxed == null) {
            return null;
        }
        try {
            return relaxed.equals(regex) ? p : Pattern.compile(relaxed, p.flags());
        } catch (java.util.regex.PatternSyntaxException e) {
            return null; // a quantified lookbehind, say: not filtered
        }
    }

    private enum Group { PLAIN, LOOKBEHIND, NEGATIVE_LOOKAROUND, LOOKAHEAD, ATOMIC }

    /**
     * {@code regex} without its positive lookbehinds (one inside a negative lookaround: without
     * the outermost such lookaround), or null when what would be taken out lies inside an atomic
     * group or a group with a possessive quantifier, or when the regex cannot be read here (a
     * back-reference, whose group numbers would shift).
     */
    public static String withoutLookbehinds(String regex) {
        List<int[]> groups = new java.util.ArrayList<>(); // open, close, kind, possessive
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                char e = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
                if (e == 'k' || e >= '1' && e <= '9') {
                    return null; // a back-reference: its group's number would shift
                }
                if (e == 'Q') { // quoted up to \E: literal characters
                    int q = regex.indexOf("\\E", i + 2);
                    if (q < 0) {
                        return null;
                    }
                    i = q + 1;
                    continue;
                }
                i++;
            } else if (classDepth > 0) {
                if (c == '[') {
                    classDepth++;
                } else if (c == ']') {
                    classDepth--;
                }
            } else if (c == '[') {
                classDepth = 1;
                if (regex.startsWith("[^]", i) || regex.startsWith("[]", i)) {
                    return null; // a literal ] first in a class: not read here
                }
            } else if (c == '(') {
                Group kind = regex.startsWith("(?<=", i) ? Group.LOOKBEHIND
                        : regex.startsWith("(?<!", i) || regex.startsWith("(?!", i) ? Group.NEGATIVE_LOOKAROUND
                        : regex.startsWith("(?=", i) ? Group.LOOKAHEAD
                        : regex.startsWith("(?>", i) ? Group.ATOMIC : Group.PLAIN;
                int[] g = {i, -1, kind.ordinal(), 0};
                groups.add(g);
                open.push(g);
            } else if (c == ')') {
                if (open.isEmpty()) {
                    return null;
                }
                int[] g = open.pop();
                g[1] = i;
                g[3] = possessiveAfter(regex, i + 1) ? 1 : 0;
            }
        }
        if (!open.isEmpty() || classDepth != 0) {
            return null;
        }
        // what is taken out: each positive lookbehind, or the outermost negative lookaround that
        // holds it (taking out a negative lookaround is also taking out a condition)
        java.util.TreeMap<Integer, Integer> cut = new java.util.TreeMap<>();
        for (int[] lb : groups) {
            if (lb[2] != Group.LOOKBEHIND.ordinal()) {
                continue;
            }
            int[] out = lb;
            for (int[] g : groups) {
                if (g[2] == Group.NEGATIVE_LOOKAROUND.ordinal() && g[0] < out[0] && g[1] > out[1]) {
                    out = g;
                }
            }
            for (int[] g : groups) {
                boolean encloses = g[0] < out[0] && g[1] > out[1];
                if ((encloses || g == out) && g[3] == 1 || encloses && g[2] == Group.ATOMIC.ordinal()) {
                    return null;
                }
            }
            cut.put(out[0], out[1]);
        }
        StringBuilder out = new StringBuilder(regex.length());
        int copied = 0;
        for (java.util.Map.Entry<Integer, Integer> c : cut.entrySet()) {
            if (c.getKey() < copied) {
                continue; // inside a part already taken out
            }
            out.append(regex, copied, c.getKey());
            copied = c.getValue() + 1;
        }
        return out.append(regex, copied, regex.length()).toString();
    }

    /** Whether a possessive quantifier (*+, ++, ?+, {n,m}+) begins at {@code i}. */
    private static boolean possessiveAfter(String regex, int i) {
        if (i >= regex.length()) {
            return false;
        }
        char q = regex.charAt(i);
        int end;
        if (q == '*' || q == '+' || q == '?') {
            end = i + 1;
        } else if (q == '{') {
            end = regex.indexOf('}', i) + 1;
            if (end == 0) {
                return false;
            }
        } else {
            return false;
        }
        return end < regex.length() && regex.charAt(end) == '+';
    }
}
