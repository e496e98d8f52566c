package org.statclaim.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.statclaim.text.ResourceText;

/** The word lists of the quantity rules: qualifiers, currencies, measure words and units. */
public final class Lexicons {

    /** Marks the document's default currency in currencies.tsv (元, 块). */
    public static final String DEFAULT_CURRENCY = "*";

    private final Map<String, Qualifier> preQualifiers = new HashMap<>();
    private final Map<String, Qualifier> postQualifiers = new HashMap<>();
    private final Map<String, String> currencies = new HashMap<>();
    private final List<String> currencyPre = new ArrayList<>();
    private final List<String> currencyPost = new ArrayList<>();
    private final Map<String, Kind> units = new LinkedHashMap<>();
    private final Map<String, String> guards = new HashMap<>();

    public static Lexicons load() {
        Lexicons l = new Lexicons();
        for (String[] r : ResourceText.tsv(Lexicons.class, "qualifiers.tsv")) {
            (r[2].equals("pre") ? l.preQualifiers : l.postQualifiers).put(r[0], Qualifier.fromCode(r[1]));
        }
        for (String[] r : ResourceText.tsv(Lexicons.class, "currencies.tsv")) {
            l.currencies.put(r[0], r[1]);
            (r[2].equals("pre") ? l.currencyPre : l.currencyPost).add(r[0]);
        }
        for (String[] r : ResourceText.tsv(Lexicons.class, "units.tsv")) {
            l.units.put(r[0], Kind.fromCode(r[1]));
            if (r.length > 2 && !r[2].isEmpty()) {
                Pattern.compile(r[2]); // a broken guard fails at load, naming itself
                l.guards.put(r[0], r[2]);
            }
        }
        return l;
    }

    public Qualifier qualifier(String word) {
        if (word == null) {
            return null;
        }
        Qualifier q = preQualifiers.get(word);
        return q != null ? q : postQualifiers.get(word);
    }

    /** The ISO code of a currency word, {@link #DEFAULT_CURRENCY} for 元/块, or null. */
    public String currency(String word) {
        return currencies.get(word);
    }

    /** Whether {@code code} is the ISO code of a currency of currencies.tsv. */
    public boolean isCurrencyCode(String code) {
        return currencies.containsValue(code);
    }

    /** The macros that rules.txt uses: {QPRE} {QPOST} {CURPRE} {CURPOST} {COUNTWORD} {MEASUREWORD}. */
    public Map<String, String> macros() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("QPRE", alternation(preQualifiers.keySet()));
        m.put("QPOST", alternation(postQualifiers.keySet()));
        m.put("CURPRE", alternation(currencyPre));
        m.put("CURPOST", alternation(currencyPost));
        List<String> count = new ArrayList<>();
        List<String> measure = new ArrayList<>();
        units.forEach((w, k) -> (k == Kind.COUNT ? count : measure).add(w));
        m.put("COUNTWORD", alternation(count, guards));
        m.put("MEASUREWORD", alternation(measure, guards));
        return m;
    }

    /** Longest first, so that 平方公里 wins over 公里 and 超过 over 超. */
    static String alternation(Iterable<String> words) {
        return alternation(words, Map.of());
    }

    /**
     * Longest first; a word ending in a Latin letter must not run on into another one (9m, not
     * the m of 9min), and a word with a guard in its lexicon (units.tsv, third column) is
     * followed by that lookaround.
     */
    static String alternation(Iterable<String> words, Map<String, String> guards) {
        List<String> list = new ArrayList<>();
        words.forEach(list::add);
        list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        // Words are grouped by their first character (平(?:方公里|方米|米)), longest first within a group: the same
        // matches in the same order (words of different groups never match at one place), but a place where no
        // word starts costs one read per group instead of one per word (units.tsv holds some 300 words).
        Map<Integer, List<String>> byFirst = new LinkedHashMap<>();
        for (String w : list) {
            byFirst.computeIfAbsent(w.codePointAt(0), k -> new ArrayList<>()).add(w);
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> group : byFirst.values()) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            if (group.size() == 1) {
                sb.append(word(group.get(0), 0, guards));
                continue;
            }
            String first = group.get(0).substring(0, Character.charCount(group.get(0).codePointAt(0)));
            sb.append(Pattern.quote(first)).append("(?:");
            for (int i = 0; i < group.size(); i++) {
                sb.append(i > 0 ? "|" : "").append(word(group.get(i), first.length(), guards));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** The rest of {@code w} from {@code from}, quoted, with its guards. */
    private static String word(String w, int from, Map<String, String> guards) {
        StringBuilder sb = new StringBuilder();
        if (from < w.length()) {
            sb.append(Pattern.quote(w.substring(from)));
        }
        char last = w.charAt(w.length() - 1);
        if (last < 128 && Character.isLetter(last)) {
            sb.append("(?![A-Za-z])");
        }
        sb.append(guards.getOrDefault(w, ""));
        return sb.toString();
    }
}
