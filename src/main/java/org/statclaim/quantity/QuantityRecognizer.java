package org.statclaim.quantity;

import org.statclaim.text.StartChars;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statclaim.text.ResourceText;

/**
 * The quantity engine: runs every rule of rules.txt over a text, turns each match into a
 * {@link Quantity} with the rule's production, and keeps the longest non-overlapping ones.
 * It knows no Chinese words: those live in rules.txt and the lexicons.
 *
 * <p>Thread-safe once built.
 */
public final class QuantityRecognizer {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<QuantityRule> rules;
    private final Lexicons lexicons;
    private final Pattern contextQualifier;
    private final Pattern anchor;
    private final StartChars startChars;

    public QuantityRecognizer(List<QuantityRule> rules, Lexicons lexicons, String anchorRegex) {
        this.anchor = Pattern.compile(anchorRegex);
        this.rules = List.copyOf(rules);
        this.startChars = new StartChars(this.rules.stream().map(r -> r.pattern).toList());
        this.lexicons = lexicons;
        // a qualifier word a little before the mention: 至少有1400名, 约有80%, 超过了30%
        this.contextQualifier = Pattern.compile("(?:(" + lexicons.macros().get("QPRE") + ")(?:有|达|達|达到|達到|为|為|是|了)"
                + "|(几乎|幾乎|约|約|大约|大約|将近|將近|接近|差不多)(?:是|为|為|有|达|達|达到|達到)[^，,。；;0-9０-９%％]{0,8})$");
    }

    /** The built-in rules and lexicons. */
    public static QuantityRecognizer standard() {
        Lexicons lex = Lexicons.load();
        List<String> lines = ResourceText.rawLines(QuantityRecognizer.class, "rules.txt");
        return new QuantityRecognizer(RuleFile.parse(lines, lex.macros()), lex, RuleFile.definition(lines, "ANCHOR"));
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
        for (int r = 0; r < rules.size(); r++) {
            QuantityRule rule = rules.get(r);
            Matcher m = rule.pattern.matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            for (int[] region : regions) {
                if (skipStarts && rule.needs != null && !containsAny(text, region[0], region[1], rule.needs)) {
                    continue; // no match of this rule can lie here (rules.txt: needs)
                }
                if (skipStarts && startChars.filters(r)) {
                    // a match at s is what find() would have tried at s: lookingAt from s
                    for (int s = startChars.next(r, text, region[0], region[1]); s < region[1]; s = startChars.next(r, text, s + 1, region[1])) {
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
            Optional<Quantity> q = cutsDigits ? Optional.empty() : produce(rule, m, text, defaultCurrency);
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

    private Optional<Quantity> produce(QuantityRule rule, Matcher m, CharSequence text, String defaultCurrency) {
        String numText = group(m, "num");
        String unitText = group(m, "unit");
        Numeral n;
        switch (rule.production.contains(":") ? rule.production.substring(0, rule.production.indexOf(':')) : rule.production) {
            case "fixed" -> n = Numeral.exact(new BigDecimal(rule.production.substring(rule.production.indexOf(':') + 1)));
            case "fraction" -> {
                Optional<Numeral> num = NumeralParser.parse(numText);
                Optional<BigDecimal> den = denominator(group(m, "den"));
                if (num.isEmpty() || den.isEmpty() || num.get().value() == null || den.get().signum() == 0) {
                    return Optional.empty();
                }
                n = Numeral.exact(Decimals.divide(num.get().value().multiply(HUNDRED), den.get()));
            }
            case "cheng" -> {
                // 三成 = 30%, 七成六 = 76%, 三成半 = 35%, 9.5成 = 95%, 半成 = 5%, 六七成 = 60..70% approx
                Numeral said = numText.equals("半") ? Numeral.exact(new BigDecimal("0.5"))
                        : NumeralParser.parse(numText).orElse(null);
                BigDecimal tens = said == null ? null : said.value();
                if (tens == null) {
                    return Optional.empty();
                }
                BigDecimal v = tens.multiply(BigDecimal.TEN);
                String add = group(m, "add");
                if (add != null) {
                    v = v.add(BigDecimal.valueOf(NumeralParser.digitValue(add.codePointAt(0))));
                }
                if (group(m, "half") != null) {
                    v = v.add(BigDecimal.valueOf(5));
                }
                n = said.max() == null ? Numeral.exact(Decimals.clean(v))
                        : new Numeral(Decimals.clean(v), Decimals.clean(said.max().multiply(BigDecimal.TEN)), said.qualifier());
                String hi = group(m, "hi");
                if (hi != null) { // 兩成至三成 = 20..30%
                    BigDecimal top = NumeralParser.parse(hi).map(Numeral::value).orElse(null);
                    if (top == null || top.multiply(BigDecimal.TEN).compareTo(v) <= 0) {
                        return Optional.empty();
                    }
                    n = new Numeral(Decimals.clean(v), Decimals.clean(top.multiply(BigDecimal.TEN)), Qualifier.EXACT);
                }
            }
            case "zhe" -> {
                // 八折 = 80%, 七五折 / 75折 = 75%, 八点五折 = 85%: tenths of the price paid
                String digitsOnly = numText.replaceAll("\\s", "");
                BigDecimal v;
                if (digitsOnly.length() == 2 && digitsOnly.codePoints().allMatch(c -> NumeralParser.digitValue(c) >= 0)) {
                    int first = NumeralParser.digitValue(digitsOnly.codePointAt(0));
                    int second = NumeralParser.digitValue(digitsOnly.codePointAt(1));
                    if (second == first + 1 && !Character.isDigit(digitsOnly.charAt(0))) {
                        // 七八折 = 70..80 % approx: two neighbouring Chinese digits say a range (七五折 is 75 %)
                        n = new Numeral(BigDecimal.valueOf(first * 10L), BigDecimal.valueOf(second * 10L), Qualifier.APPROX);
                        break;
                    }
                    v = BigDecimal.valueOf(first * 10L + second);
                } else {
                    BigDecimal p = NumeralParser.parse(numText).map(Numeral::value).orElse(null);
                    if (p == null || p.signum() <= 0 || p.compareTo(BigDecimal.TEN) >= 0) { // 十折 is no discount
                        return Optional.empty();
                    }
                    v = p.multiply(BigDecimal.TEN);
                }
                n = Numeral.exact(Decimals.clean(v));
            }
            case "pow2" -> {
                Optional<Numeral> e = NumeralParser.parse(numText);
                if (e.isEmpty() || e.get().value() == null) {
                    return Optional.empty();
                }
                n = Numeral.exact(BigDecimal.valueOf(2).pow(e.get().value().intValueExact()));
            }
            case "mixed" -> {
                Optional<Numeral> whole = NumeralParser.parse(group(m, "whole"));
                Optional<Numeral> num = NumeralParser.parse(numText);
                Optional<BigDecimal> den = denominator(group(m, "den"));
                if (whole.isEmpty() || num.isEmpty() || den.isEmpty() || whole.get().value() == null
                        || num.get().value() == null || den.get().signum() == 0) {
                    return Optional.empty();
                }
                BigDecimal w = whole.get().value();
                BigDecimal f = Decimals.divide(num.get().value(), den.get());
                n = Numeral.exact(Decimals.clean((w.signum() < 0 ? w.subtract(f) : w.add(f)).round(Decimals.DIVISION)));
            }
            case "subunits" -> {
                BigDecimal v = subunits(numText, group(m, "jiao"), group(m, "fen"));
                if (v == null) {
                    return Optional.empty();
                }
                n = Numeral.exact(v);
            }
            case "clock" -> {
                // 兩小時十分 = 130 分, 一小時零十五秒 = 3615 秒, 五分三十秒 = 330 秒: the sum in the smallest unit written
                BigDecimal seconds = BigDecimal.ZERO;
                long smallest = 0;
                for (String[] part : CLOCK_PARTS) {
                    String t = group(m, part[0]);
                    if (t == null) {
                        continue;
                    }
                    BigDecimal v = NumeralParser.parse(t).map(Numeral::value).orElse(null);
                    if (v == null || smallest != 0 && seconds.remainder(BigDecimal.valueOf(smallest)).signum() != 0) {
                        return Optional.empty(); // only the last part may have a fraction (10点5分30秒 is a time of day)
                    }
                    smallest = Long.parseLong(part[1]);
                    seconds = seconds.add(v.multiply(BigDecimal.valueOf(smallest)));
                }
                if (smallest == 0) {
                    return Optional.empty();
                }
                n = Numeral.exact(Decimals.clean(seconds.divide(BigDecimal.valueOf(smallest))));
                unitText = group(m, smallest == 1 ? "su" : "miu");
            }
            case "one" -> { // a magnitude word said alone is one of it: 上万 = 一万, 千余万 = 一千万 (group mag)
                String mag = group(m, "mag");
                Optional<Numeral> p = NumeralParser.parse("一" + numText + (mag == null ? "" : mag));
                if (p.isEmpty()) {
                    return Optional.empty();
                }
                n = p.get();
            }
            case "num" -> {
                Optional<Numeral> p = NumeralParser.parse(numText);
                if (p.isEmpty()) {
                    return Optional.empty();
                }
                n = p.get();
            }
            default -> throw new IllegalStateException("rule " + rule.name + ": unknown value production " + rule.production);
        }
        String num2 = group(m, "num2");
        if (num2 != null || group(m, "jiao2") != null) {
            Optional<Numeral> hi = NumeralParser.parse(num2 == null ? "一" : num2);
            if (hi.isEmpty() || hi.get().value() == null || n.value() == null) {
                return Optional.empty();
            }
            Numeral h = hi.get();
            BigDecimal lo = n.value();
            BigDecimal magnitude = num2 == null ? null : trailingMagnitude(num2);
            if (magnitude != null && trailingMagnitude(numText) == null) {
                lo = lo.multiply(magnitude); // 三至五万 = 30000..50000
            }
            // 十到二十 and 三至五万: a bare lower end borrows the magnitude of the upper one
            BigDecimal top = h.max() != null ? h.max() : h.value();
            if (group(m, "jiao2") != null || group(m, "fen2") != null) { // 五块六到五块七毛八 = 5.6..5.78
                top = subunits(num2, group(m, "jiao2"), group(m, "fen2"));
                if (top == null) {
                    return Optional.empty();
                }
            }
            if (lo.compareTo(top) >= 0) {
                return Optional.empty();
            }
            n = new Numeral(lo, top, n.qualifier() == Qualifier.VAGUE ? Qualifier.VAGUE : Qualifier.EXACT);
        }
        String add = group(m, "add");
        if (add != null && rule.production.equals("num") && add.equals("半")) {
            n = n.plus(HALF);
        }
        if (rule.scale != null) {
            n = n.times(rule.scale);
        }
        if (group(m, "neg") != null) { // 负百分之五 = -5 %
            n = n.times(BigDecimal.ONE.negate());
        }
        Qualifier q = n.qualifier();
        Qualifier word = lexicons.qualifier(group(m, "pre"));
        Qualifier postWord = lexicons.qualifier(group(m, "post"));
        if (postWord == null && group(m, "post") != null) {
            postWord = group(m, "post").matches("多|余|餘|以上") ? Qualifier.MORE_THAN : Qualifier.APPROX;
        }
        q = q.combine(word).combine(postWord);
        if (group(m, "more") != null) { // 三个多月
            q = q.combine(Qualifier.MORE_THAN);
        }
        if (q == Qualifier.EXACT && rule.impliedQualifier != null) {
            q = rule.impliedQualifier;
        }
        int start = m.start();
        if (word == null && postWord == null && q == n.qualifier()) {
            Matcher cq = contextQualifier.matcher(text);
            cq.region(Math.max(0, start - 14), start);
            cq.useTransparentBounds(true);
            if (cq.find()) {
                q = q.combine(lexicons.qualifier(cq.group(1) != null ? cq.group(1) : cq.group(2)));
            }
        }
        String unit = unit(rule, unitText, defaultCurrency);
        if (unit == null) {
            return Optional.empty();
        }
        if (unit.endsWith("/100")) { // 5美分 = 0.05 USD (currencies.tsv: a hundredth of the currency)
            unit = unit.substring(0, unit.length() - 4);
            n = n.times(new BigDecimal("0.01"));
        }
        int[] span = numberSpan(m);
        int numStart = span[0];
        int numEnd = span[1];
        return Optional.of(new Quantity(start, m.end(), numStart, numEnd, n.value(), n.max(), rule.kind, unit, q, rule.name));
    }

    /** The parts of a duration said in hours, minutes and seconds, with their length in seconds. */
    private static final String[][] CLOCK_PARTS = {{"h", "3600"}, {"mi", "60"}, {"s", "1"}};

    /**
     * A whole plus tenths and hundredths written after its unit: 三块五 = 3.5, 五块七毛八 = 5.78,
     * 三米九 = 3.9. A missing whole is one (米九 = 一米九: speakers drop the 一), an empty one zero
     * (五毛钱: the rule writes {@code (?<num>)}). Null when a part is no number.
     */
    private static BigDecimal subunits(String whole, String tenths, String hundredths) {
        BigDecimal v = whole == null ? BigDecimal.ONE
                : whole.isEmpty() ? BigDecimal.ZERO : NumeralParser.parse(whole).map(Numeral::value).orElse(null);
        if (v == null) {
            return null;
        }
        if (tenths != null) {
            v = v.add(BigDecimal.valueOf(NumeralParser.digitValue(tenths.codePointAt(0))).movePointLeft(1));
        }
        if (hundredths != null) {
            BigDecimal cents = NumeralParser.parse(hundredths).map(Numeral::value).orElse(null);
            if (cents == null) {
                return null;
            }
            v = v.add(cents.movePointLeft(2));
        }
        return Decimals.clean(v);
    }

    /**
     * Where the number of a match is written: num (to num2 in a range); in a match without num
     * (米九, 五分三十秒) from its first numeral group to its last.
     */
    private static int[] numberSpan(Matcher m) {
        if (group(m, "num") != null) {
            return new int[] {m.start("num"), group(m, "num2") != null ? m.end("num2") : m.end("num")};
        }
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String g : NUMBER_GROUPS) {
            if (group(m, g) != null) {
                start = Math.min(start, m.start(g));
                end = Math.max(end, m.end(g));
            }
        }
        return end < 0 ? new int[] {m.start(), m.end()} : new int[] {start, end};
    }

    private static final String[] NUMBER_GROUPS = {"num", "num2", "jiao", "fen", "jiao2", "fen2", "h", "mi", "s"};

    private String unit(QuantityRule rule, String unitText, String defaultCurrency) {
        String spec = rule.unitSpec;
        if (spec.isEmpty()) {
            return unitText == null || rule.kind == Kind.RANK ? (unitText == null ? "" : unitText) : unitText;
        }
        if (spec.startsWith("=unit")) { // "=unit度": the unit's text and a suffix (华氏 + 度)
            // 半 and 多 inside a unit belong to the number: 两个半月 is 2.5 个月, 三个多月 3 个月
            return unitText == null ? "" : unitText.replace("半", "").replace("多", "") + spec.substring(5);
        }
        if (spec.equals("@default")) { // the document's currency of 元 (五毛钱 is 0.5 of it)
            return defaultCurrency;
        }
        if (spec.equals("@currency")) {
            String iso = unitText == null ? null : lexicons.currency(unitText);
            if (iso == null) {
                return null;
            }
            return iso.equals(Lexicons.DEFAULT_CURRENCY) ? defaultCurrency : iso;
        }
        return spec;
    }

    private static BigDecimal trailingMagnitude(String numText) {
        for (int i = numText.length() - 1; i >= 0; i--) {
            BigDecimal big = NumeralParser.bigUnit(numText.charAt(i));
            if (big != null) {
                return big;
            }
            if (NumeralParser.digitValue(numText.charAt(i)) >= 0 || NumeralParser.smallUnit(numText.charAt(i)) > 0) {
                return null;
            }
        }
        return null;
    }

    /**
     * The denominator of 五分之一, where magnitudes alone stand for their product: 百 100, 万
     * 10000, 万万 100000000 (万万分之七), 十万 100000.
     */
    private static Optional<BigDecimal> denominator(String den) {
        if (den == null) {
            return Optional.empty();
        }
        BigDecimal product = BigDecimal.ONE;
        for (int i = 0; i < den.length() && product != null; i++) {
            int small = NumeralParser.smallUnit(den.charAt(i));
            BigDecimal big = NumeralParser.bigUnit(den.charAt(i));
            product = small > 0 ? product.multiply(BigDecimal.valueOf(small)) : big != null ? product.multiply(big) : null;
        }
        if (product != null && !den.isEmpty()) {
            return Optional.of(product);
        }
        return NumeralParser.parse(den).map(Numeral::value);
    }

    /** The named groups of each rule's pattern, read once from its source (Java 17 cannot list them). */
    private static final Map<Pattern, Set<String>> GROUP_NAMES = new ConcurrentHashMap<>();
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /** The text of group {@code name}, or null when it did not take part or the rule has no such group. */
    private static String group(Matcher m, String name) {
        Set<String> names = GROUP_NAMES.computeIfAbsent(m.pattern(), p -> {
            Set<String> found = new HashSet<>();
            Matcher g = GROUP_NAME.matcher(p.pattern());
            while (g.find()) {
                found.add(g.group(1));
            }
            return found;
        });
        return names.contains(name) ? m.group(name) : null;
    }
}
