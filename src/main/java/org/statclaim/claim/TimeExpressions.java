package org.statclaim.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.statclaim.quantity.NumeralParser;
import org.statclaim.text.RegexRules;

/**
 * Finds time expressions (time.txt): years, months, quarters, spans, dates. They give claims
 * their {@code time} and are never claims themselves.
 */
public final class TimeExpressions {

    /** A time expression: [start,end) in the document and its normalized value ("" when it has no year). */
    /** {@code year}: the relative year a month, quarter or half names (去年 in 去年1月至9月), else null. */
    public record TimeMention(int start, int end, String value, String rule, String year) {
        public TimeMention(int start, int end, String value, String rule) {
            this(start, end, value, rule, null);
        }

        public boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    private static final List<RegexRules.Rule> RULES = RegexRules.load(TimeExpressions.class, "time.txt");
    private static final org.statclaim.text.Lexicon WORDS = org.statclaim.text.Lexicon.load(TimeExpressions.class, "time-words.txt");
    static final List<RegexRules.Rule> RELATIVE = RegexRules.load(TimeExpressions.class, "relative-time.txt");
    private static final org.statclaim.text.StartChars STARTS = new org.statclaim.text.StartChars(
            java.util.stream.Stream.concat(RULES.stream(), RELATIVE.stream()).map(RegexRules.Rule::pattern).toList());

    private TimeExpressions() {
    }

    public static List<RegexRules.Rule> rules() {
        return RULES;
    }

    public static List<TimeMention> find(CharSequence text, int from, int to) {
        return find(text, from, to, null);
    }

    /** Absolute and relative times of {@code text[from,to)}; relative ones resolved against {@code docDate} (may be null). */
    public static List<TimeMention> find(CharSequence text, int from, int to, java.time.LocalDate docDate) {
        return find(text, from, to, docDate, null);
    }

    /**
     * As {@link #find(CharSequence, int, int, java.time.LocalDate)}; with a {@code reported} year
     * the date gives only a year (one the document's explicit years fix, DocumentYearStep):
     * relative years (今年, 去年) resolve against it, a rule marked {@code reported} (全年) against
     * the reported year, relative months, quarters and halves against nothing unless they name
     * their relative year (去年1月至9月, 今年上半年: that year fixes them).
     */
    public static List<TimeMention> find(CharSequence text, int from, int to, java.time.LocalDate docDate, Integer reported) {
        boolean yearOnly = reported != null;
        List<TimeMention> all = new ArrayList<>();
        long[][] starts = STARTS.at(text, from, to); // each character's start bits, looked up once for all rules
        for (int i = 0; i < RULES.size(); i++) {
            RegexRules.Rule r = RULES.get(i);
            if (!contextAllows(r, text, from, to)) {
                continue;
            }
            Matcher m = r.pattern().matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            // what find() would return, tried only where a match can begin (StartChars.next)
            for (int p = STARTS.next(i, starts, from, from, to); p < to; p = STARTS.next(i, starts, from, p, to)) {
                m.region(p, to);
                if (m.lookingAt() && m.end() > m.start()) {
                    all.add(new TimeMention(m.start(), m.end(), value(r, m), r.name()));
                    p = m.end();
                } else {
                    p++;
                }
            }
        }
        List<TimeMention> absolute = new ArrayList<>(all);
        for (int i = 0; i < RELATIVE.size(); i++) {
            RegexRules.Rule r = RELATIVE.get(i);
            Matcher m = r.pattern().matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            for (int p = STARTS.next(RULES.size() + i, starts, from, from, to); p < to;
                 p = STARTS.next(RULES.size() + i, starts, from, p, to)) {
                m.region(p, to);
                if (m.lookingAt() && m.end() > m.start()) {
                    // 去年1月至9月, 今年上半年: a month, quarter or half that names its relative year is
                    // fixed by that year alone
                    String named = isYear(r) || group(m, "y") == null || group(m, "y").isEmpty() ? null : group(m, "y");
                    all.add(new TimeMention(m.start(), m.end(), relative(r, m, !yearOnly ? docDate : !isYear(r) && named == null ? null
                            : r.field("reported") != null ? java.time.LocalDate.of(reported, 12, 31) : docDate, yearBefore(absolute, m.start())), r.name(), named));
                    p = m.end();
                } else {
                    p++;
                }
            }
        }
        all.sort(Comparator.comparingInt((TimeMention t) -> t.end() - t.start()).reversed().thenComparingInt(TimeMention::start));
        List<TimeMention> kept = new ArrayList<>();
        for (TimeMention t : all) {
            if (kept.stream().noneMatch(k -> k.overlaps(t.start(), t.end()))) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(TimeMention::start));
        return kept;
    }

    private static final java.util.Map<String, java.util.regex.Pattern> REQUIRES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CONTEXT_BEFORE = 2000;

    /** A rule with a {@code requires} field applies only where its context pattern occurs nearby. */
    private static boolean contextAllows(RegexRules.Rule r, CharSequence text, int from, int to) {
        String req = r.field("requires");
        if (req == null) {
            return true;
        }
        // a match of the required pattern inside [from - CONTEXT_BEFORE, to): the document's matches
        // are found once per document and thread, not once per sentence
        int[][] found = ContextIndex.of(text).matches(req);
        int a = Math.max(0, from - CONTEXT_BEFORE);
        int lo = 0;
        int hi = found[0].length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (found[0][mid] < a) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < found[0].length && found[1][lo] <= to;
    }

    /** The matches (starts, ends) of the `requires` patterns in the last document a thread read. */
    private record ContextIndex(CharSequence text, java.util.Map<String, int[][]> byPattern) {
        private static final ThreadLocal<ContextIndex> LAST = new ThreadLocal<>();

        static ContextIndex of(CharSequence text) {
            ContextIndex idx = LAST.get();
            if (idx == null || idx.text != text) {
                idx = new ContextIndex(text, new java.util.HashMap<>());
                LAST.set(idx);
            }
            return idx;
        }

        int[][] matches(String req) {
            return byPattern.computeIfAbsent(req, k -> {
                Matcher m = REQUIRES.computeIfAbsent(k, java.util.regex.Pattern::compile).matcher(text);
                List<Integer> starts = new ArrayList<>();
                List<Integer> ends = new ArrayList<>();
                while (m.find()) {
                    starts.add(m.start());
                    ends.add(m.end());
                }
                return new int[][] {starts.stream().mapToInt(Integer::intValue).toArray(), ends.stream().mapToInt(Integer::intValue).toArray()};
            });
        }
    }

    private static boolean isYear(RegexRules.Rule r) {
        return r.field("value").startsWith("year:");
    }

    /**
     * Whether a relative mention counts only from the year its sentence states (上年, 前一年), never
     * from the document's own year (as 全年 may: its rule says reported).
     */
    static boolean anchored(TimeMention t) {
        for (RegexRules.Rule r : RELATIVE) {
            if (r.name().equals(t.rule())) {
                return r.field("anchor") != null && r.field("reported") == null;
            }
        }
        return false;
    }

    /**
     * Whether a mention is a relative year (今年, 去年, 全年, or a month range, quarter or half that
     * names the year before: 去年1月至9月, which ties the document's year as 去年 does; 今年十一月
     * alone does not) and, with {@code back}, one before the document's year (去年).
     */
    static boolean relativeYear(TimeMention t, boolean back) {
        if (t.year() != null) {
            return WORDS.chars("year_before").indexOf(t.year().charAt(0)) >= 0;
        }
        for (RegexRules.Rule r : RELATIVE) {
            if (r.name().equals(t.rule())) {
                return isYear(r) && (!back || r.field("value").startsWith("year:-") && r.field("anchor") == null);
            }
        }
        return false;
    }

    /** The year of the last absolute time with a year that ends before {@code pos}, or null. */
    private static Integer yearBefore(List<TimeMention> absolute, int pos) {
        TimeMention best = null;
        for (TimeMention t : absolute) {
            if (t.end() <= pos && t.value().length() >= 4 && Character.isDigit(t.value().charAt(0))
                    && (best == null || t.end() > best.end())) {
                best = t;
            }
        }
        return best == null ? null : Integer.valueOf(best.value().substring(0, 4));
    }

    /**
     * 去年 in a document dated 2024-11-08 -> 2023; no document date -> "". A quarter or half
     * without its own year (第二季 after 2024年第一季), and a rule marked {@code anchor sentence}
     * (上年同期, 前一年), count from the year the sentence stated before them instead.
     */
    static String relative(RegexRules.Rule r, Matcher m, java.time.LocalDate docDate, Integer sentenceYear) {
        String[] spec = r.field("value").split(":");
        String y = group(m, "y");
        boolean fromSentence = sentenceYear != null && ("sentence".equals(r.field("anchor"))
                || y == null && (spec[0].equals("quarter") || spec[0].equals("half") || spec[0].equals("named_month")));
        if (docDate == null && !fromSentence) {
            return "";
        }
        int offset = Integer.parseInt(spec[1]);
        if (y != null) {
            offset += y.isEmpty() ? 0 : WORDS.chars("year_before").indexOf(y.charAt(0)) >= 0 ? -1 : WORDS.chars("year_after").indexOf(y.charAt(0)) >= 0 ? 1 : 0;
        }
        int year = (fromSentence ? sentenceYear : docDate.getYear()) + offset;
        if (fromSentence && spec[0].equals("month")) {
            return "";
        }
        switch (spec[0]) {
            case "year":
                return String.valueOf(year);
            case "month":
                java.time.YearMonth ym = java.time.YearMonth.from(docDate).plusMonths(offset);
                return String.format("%d-%02d", ym.getYear(), ym.getMonthValue());
            case "quarter":
                return year + "-Q" + (WORDS.has("first", group(m, "q")) ? 1 : number(group(m, "q"))); // 首季: the first
            case "half":
                return year + "-H" + (WORDS.has("first_half", group(m, "h")) ? 1 : 2);
            case "named_month": {
                // 5月份 -> the document's year (the year before when the month is still to come:
                // 11月 in a January article); 1至5月, 前10月 -> a range of months
                int last = number(group(m, "mo"));
                String firstGroup = group(m, "mo1");
                int first = firstGroup != null ? number(firstGroup) : group(m, "upto") != null ? 1 : last;
                if (last < 1 || last > 12 || first < 1 || first > last) {
                    return "";
                }
                if (!fromSentence && y == null && docDate != null && first > docDate.getMonthValue()) {
                    year--;
                }
                String end = String.format("%d-%02d", year, last);
                return first == last ? end : String.format("%d-%02d/%s", year, first, end);
            }
            default:
                throw new IllegalStateException("rule " + r.name() + ": unknown relative value " + r.field("value"));
        }
    }

    private static String value(RegexRules.Rule r, Matcher m) {
        String template = r.field("value");
        if (template == null || template.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i);
                String g = template.substring(i + 1, close);
                String v = group(m, g);
                if (v == null) {
                    return "";
                }
                if (g.equals("yy")) { // the two-digit second year of a season: the century of y, after y
                    int first = number(group(m, "y"));
                    int second = first / 100 * 100 + number(v);
                    sb.append(second < first ? second + 100 : second);
                } else {
                    sb.append(normalize(g, v));
                }
                i = close;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String normalize(String group, String v) {
        switch (group) {
            case "h":
                return WORDS.has("first_half", v) ? "1" : "2";
            case "y":
            case "y2":
                return String.valueOf(number(v));
            case "r":
            case "r2":
                return String.valueOf(number(v) + 1911); // 民國 1 = 1912
            case "q":
                return String.valueOf(number(v));
            default:
                return String.format("%02d", number(v));
        }
    }

    /** 2016, 二〇二四, 十二, 08 -> their integer value. */
    static int number(String v) {
        boolean allDigits = v.codePoints().allMatch(c -> NumeralParser.digitValue(c) >= 0);
        if (allDigits) {
            int n = 0;
            for (int c : v.codePoints().toArray()) {
                n = n * 10 + NumeralParser.digitValue(c);
            }
            return n;
        }
        return NumeralParser.parse(v).map(x -> x.value().intValue()).orElse(0);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
