package org.statclaim.quantity;

import org.statclaim.text.StartChars;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statclaim.text.RegexRules;
import org.statclaim.text.ResourceText;

/**
 * The quantity engine: runs every rule of rules.txt over a text (only near the ANCHOR characters,
 * only where a rule's needed characters are, only at the positions {@link StartChars} allows),
 * lets {@link Productions} turn each match into a {@link Quantity}, and keeps the longest
 * non-overlapping ones. It knows no Chinese words: those live in rules.txt and the lexicons.
 *
 * <p>Thread-safe once built.
 */
public final class QuantityRecognizer {

    private final List<QuantityRule> rules;
    private final Productions productions;
    private final Pattern anchor;
    private final StartChars startChars;

    private QuantityRecognizer(List<QuantityRule> rules, Productions productions, String anchorRegex) {
        this.anchor = Pattern.compile(anchorRegex);
        this.rules = List.copyOf(rules);
        this.startChars = new StartChars(this.rules.stream().map(r -> r.pattern).toList());
        this.productions = productions;
        // the rules' needed characters (rules.txt: needs), one bit per distinct set
        List<String> distinct = this.rules.stream().map(r -> r.needs).filter(n -> n != null).distinct().toList();
        this.needBit = new long[this.rules.size()];
        this.needMask = distinct.size() <= Long.SIZE ? new long[Character.MAX_VALUE + 1] : null;
        if (needMask != null) {
            for (int r = 0; r < this.rules.size(); r++) {
                String needs = this.rules.get(r).needs;
                if (needs != null) {
                    long bit = 1L << distinct.indexOf(needs);
                    needBit[r] = bit;
                    for (int i = 0; i < needs.length(); i++) {
                        needMask[needs.charAt(i)] |= bit;
                    }
                }
            }
        }
    }

    /** Per character, the bits of the distinct needs sets that hold it (null: more sets than bits); per rule, its set's bit (0: none). */
    private final long[] needMask;
    private final long[] needBit;

    /** The built-in rules and lexicons. */
    public static QuantityRecognizer standard() {
        Lexicons lex = Lexicons.load();
        RegexRules.File file = RegexRules.read(ResourceText.rawLines(QuantityRecognizer.class, "rules.txt"), lex.macros());
        return new QuantityRecognizer(QuantityRule.of(file, lex), new Productions(lex, file), file.define("ANCHOR"));
    }

    public List<QuantityRule> rules() {
        return rules;
    }

    /** Recognizes the quantities of {@code text}; bare 元 is read as {@code defaultCurrency}. */
    public List<Quantity> recognize(CharSequence text, String defaultCurrency) {
        return recognize(text, 0, text.length(), defaultCurrency);
    }

    /** Recognizes quantities inside {@code [from,to)} of {@code text}; offsets refer to {@code text}. */
    public List<Quantity> recognize(CharSequence text, int from, int to, String defaultCurrency) {
        return resolve(matches(text, from, to, defaultCurrency, true));
    }

    /**
     * Every match of every rule that starts inside a region (overlapping ones too: the longest
     * of all rules wins in {@link #resolve}). With {@code skipStarts} a rule is tried only in the
     * regions that hold one of the characters it needs (rules.txt: needs), and there only at the
     * positions whose character can begin one of its matches ({@link StartChars}); without, at
     * every position: the same matches, found more slowly (kept for the tests that prove it).
     */
    List<Quantity> matches(CharSequence text, int from, int to, String defaultCurrency, boolean skipStarts) {
        List<Quantity> all = new ArrayList<>();
        List<int[]> regions = windows(anchorRegions(text, from, to));
        if (regions.isEmpty()) {
            return all;
        }
        // the start bits of each character the regions cover, looked up once for all rules
        int base = regions.get(0)[0];
        long[][] starts = skipStarts ? startChars.at(text, base, regions.get(regions.size() - 1)[1]) : null;
        long[] present = null; // per region, the bits of the needs sets one of whose characters it holds
        if (skipStarts && needMask != null) {
            present = new long[regions.size()];
            for (int g = 0; g < regions.size(); g++) {
                long bits = 0;
                for (int i = regions.get(g)[0]; i < regions.get(g)[1]; i++) {
                    bits |= needMask[text.charAt(i)];
                }
                present[g] = bits;
            }
        }
        for (int r = 0; r < rules.size(); r++) {
            QuantityRule rule = rules.get(r);
            Matcher m = null; // made for the first region the rule is tried in
            for (int g = 0; g < regions.size(); g++) {
                int[] region = regions.get(g);
                if (skipStarts && rule.needs != null
                        && (present != null ? (present[g] & needBit[r]) == 0 : !containsAny(text, region[0], region[1], rule.needs))) {
                    continue; // no match of this rule can lie here (rules.txt: needs)
                }
                if (m == null) {
                    m = rule.pattern.matcher(text);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                }
                if (skipStarts && startChars.filters(r)) {
                    // a match at s is what find() would have tried at s: lookingAt from s
                    for (int s = startChars.next(r, starts, base, region[0], region[1]); s < region[1];
                         s = startChars.next(r, starts, base, s + 1, region[1])) {
                        matchAt(rule, m, text, s, region[1], defaultCurrency, all);
                    }
                    continue;
                }
                int pos = region[0];
                while (pos < region[1]) {
                    m.region(pos, region[1]);
                    if (!m.find()) {
                        break;
                    }
                    int start = m.start();
                    if (m.end() > start) {
                        matchAt(rule, m, text, start, region[1], defaultCurrency, all);
                    }
                    pos = start + 1; // overlapping matches too: the longest of all rules wins below
                }
            }
        }
        return all;
    }

    private static boolean containsAny(CharSequence text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** How many times a match that gives no quantity is tried again, each time a character shorter. */
    static final int MAX_SHORTER = 8;

    /**
     * The match of {@code rule} that begins at {@code s}, if it gives a quantity. A match whose
     * numeral does not parse (七十百 in 百分之七十百分位, 1000 2000, 五十千) is tried again ending
     * before its last character (and the spaces before it), so that the longest shorter match
     * that parses is kept (七十, 1000, 五十) instead of nothing: the regex part NUM is greedy, and
     * only the parser knows where a numeral really ends. A shorter match never ends right before
     * a digit (五一, 四七 give nothing, as before).
     */
    private void matchAt(QuantityRule rule, Matcher m, CharSequence text, int s, int end, String defaultCurrency,
                         List<Quantity> all) {
        int limit = end;
        for (int tries = 0; tries <= MAX_SHORTER; tries++) {
            m.region(s, limit);
            if (!m.lookingAt() || m.end() <= m.start()) {
                return;
            }
            // a shorter match may not end inside a run of digits: 五一 is no 五, 四七 no 四
            boolean cutsDigits = tries > 0 && m.end() < text.length() && NumeralParser.digitValue(text.charAt(m.end())) >= 0;
            Optional<Quantity> q = cutsDigits ? Optional.empty() : productions.produce(rule, m, text, defaultCurrency);
            if (q.isPresent()) {
                all.add(q.get());
                return;
            }
            limit = m.end() - 1;
            while (limit > s && Character.isWhitespace(text.charAt(limit - 1))) {
                limit--;
            }
            if (limit <= s) {
                return;
            }
        }
    }

    /** How far a match may reach before its first anchor (百分之, 大于等于, 排名低近) and after its last (个百分点, 平方公里以上). */
    private static final int BEFORE_ANCHOR = 12;
    private static final int AFTER_ANCHOR = 16;
    /**
     * A longer run of numeral characters is a digit dump or a line of 一, not a quantity (the
     * longest real ones, 一万二千三百四十五亿六千七百八十九万…, stay far below): the rules skip it,
     * which spares them a cost that grows with the square of the run.
     */
    static final int MAX_ANCHOR_RUN = 64;

    /**
     * The parts of {@code text[from,to)} where a quantity can be: around the characters every
     * quantity contains (the ANCHOR part of rules.txt: digits, numerals, 半, 番, 倍...), merged.
     * The rules run only there, which spares them most of the text. A run of more than
     * {@link #MAX_ANCHOR_RUN} anchor characters gives no region.
     */
    List<int[]> anchorRegions(CharSequence text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher a = anchor.matcher(text);
        a.region(from, to);
        int runStart = -1;
        int runEnd = -1;
        int skippedEnd = from;
        while (true) {
            boolean found = a.find();
            if (found && a.start() == runEnd) { // the run of anchor characters goes on
                runEnd = a.end();
                continue;
            }
            if (runStart >= 0 && runEnd - runStart > MAX_ANCHOR_RUN) { // no region reaches into it
                skippedEnd = runEnd;
                if (!out.isEmpty()) {
                    int[] last = out.get(out.size() - 1);
                    last[1] = Math.min(last[1], runStart);
                }
            } else if (runStart >= 0) {
                int s = Math.max(Math.max(from, skippedEnd), runStart - BEFORE_ANCHOR);
                int e = Math.min(to, runEnd + AFTER_ANCHOR);
                if (!out.isEmpty() && s <= out.get(out.size() - 1)[1]) {
                    out.get(out.size() - 1)[1] = e;
                } else {
                    out.add(new int[] {s, e});
                }
            }
            if (!found) {
                return out;
            }
            runStart = a.start();
            runEnd = a.end();
        }
    }

    /** Longest a region the rules run on at once, and how much two such windows overlap. */
    static final int WINDOW = 400;
    static final int OVERLAP = 100;

    /**
     * The regions, a long one (hundreds of numerals in a row, a dense table) cut into windows of
     * {@link #WINDOW} characters that overlap by {@link #OVERLAP}: a quantity no longer than the
     * overlap lies wholly inside one window, and the longest match wins in {@link #resolve}. Java's
     * regex engine recurses per repeated group: a run of a thousand 一 overflowed its stack.
     */
    static List<int[]> windows(List<int[]> regions) {
        List<int[]> out = new ArrayList<>(regions.size());
        for (int[] r : regions) {
            int s = r[0];
            while (r[1] - s > WINDOW) {
                out.add(new int[] {s, s + WINDOW});
                s += WINDOW - OVERLAP;
            }
            out.add(new int[] {s, r[1]});
        }
        return out;
    }

    /** Longest first, then the rule listed first; overlapping matches lose. */
    static List<Quantity> resolve(List<Quantity> all) {
        List<Quantity> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Quantity::length).reversed()
                .thenComparingInt(Quantity::start));
        List<Quantity> kept = new ArrayList<>();
        for (Quantity q : sorted) {
            boolean free = true;
            for (Quantity k : kept) {
                if (k.overlaps(q.start(), q.end())) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(q);
            }
        }
        kept.sort(Comparator.comparingInt(Quantity::start));
        return kept;
    }

}
