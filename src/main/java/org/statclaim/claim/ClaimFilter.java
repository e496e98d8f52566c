package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.statclaim.nlp.Token;
import org.statclaim.quantity.ClaimUse;
import org.statclaim.quantity.Kind;
import org.statclaim.quantity.Quantity;
import org.statclaim.quantity.Qualifier;
import org.statclaim.text.Lexicon;
import org.statclaim.text.ResourceText;

/**
 * Decides what is a quantity at all (not inside an idiom, a name or a code) and which
 * quantities are claims (a quantity asserted about the world, not a time, an ordinal, an
 * indefinite 一 or a restating determiner). Each decision returns the name of the rule that
 * dropped the quantity, or null when it stays.
 */
final class ClaimFilter {

    private static final List<String> IDIOMS = ResourceText.lines(ClaimFilter.class, "idioms.txt")
            .stream().map(String::strip).toList();
    private static final List<String> CUES_BEFORE = new ArrayList<>();
    private static final List<String> CUES_AFTER = new ArrayList<>();

    static {
        for (String[] r : ResourceText.tsv(ClaimFilter.class, "cues.txt")) {
            (r[1].equals("after") ? CUES_AFTER : CUES_BEFORE).add(r[0]);
        }
    }

    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[\\w./?%&=#:~+-]+|[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern CODE_BEFORE = Pattern.compile("(?:[A-Za-z][-‐–_]?|[0-9][-/_.]|[A-Za-z0-9]\\.)$");
    // ×: the first side of a size (1920×1080像素) is no amount of its own
    private static final Pattern CODE_AFTER = Pattern.compile("^(?:[A-Za-z0-9_]|[-‐–/_×][A-Za-z0-9]|\\.[A-Za-z])");
    private static final Pattern PHONE_OR_ID = Pattern.compile("0[0-9]{6,}|1[3-9][0-9]{9}|[0-9]{12,}");
    private static final Lexicon WORDS = Lexicon.load(ClaimFilter.class, "claim-filter.txt");
    private static final Pattern DEMONSTRATIVE = WORDS.pattern("demonstrative_before");
    private static final Pattern CHINESE_DIGITS = WORDS.pattern("chinese_digits");
    private static final Pattern AGE_BRACKET = WORDS.pattern("age_bracket_after");

    private ClaimFilter() {
    }

    /** Spans of URLs and e-mail addresses in {@code text[from,to)}: numbers there are not quantities. */
    static List<int[]> urlSpans(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        var m = URL.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** Why {@code q} is not a quantity at all, judged on the characters alone; null if it is one. */
    static String notAQuantity(String text, Quantity q) {
        String before = text.substring(Math.max(0, q.start() - 3), q.start());
        // GDP约三千亿元, iPhone约8000元: a qualifier word between the letters and the number parts them
        boolean qualifierFirst = q.numStart() > q.start()
                && Character.UnicodeScript.of(text.codePointAt(q.start())) == Character.UnicodeScript.HAN;
        if (!qualifierFirst && CODE_BEFORE.matcher(before).find() && !acronymThenAmount(text, q) || gluedAfter(text, q)) {
            return "code";
        }
        if (q.claimUse() == ClaimUse.BARE && PHONE_OR_ID.matcher(text.substring(q.numStart(), q.numEnd())).matches()) {
            return "code"; // 13912345678, 010…, long ID numbers
        }
        for (String idiom : IDIOMS) {
            // an idiom that overlaps the number and is not merely a part of a longer mention
            // searched near the number only: indexOf to the end of a long document costs quadratic time
            for (int idx = Math.max(0, q.numStart() - idiom.length() + 1); idx < q.numEnd(); idx++) {
                if (text.startsWith(idiom, idx) && !coversQuantity(q, idx, idiom)) {
                    return "idiom";
                }
            }
        }
        return null;
    }

    private static final Pattern ACRONYM_BEFORE = Pattern.compile("(?<![A-Za-z])[A-Z]{2,6}$");
    private static final Pattern MAGNITUDE = WORDS.pattern("magnitude");
    private static final Pattern UPPER_LETTERS = Pattern.compile("[A-Z]+");

    /**
     * 人均GDP1.2万美元, CPI2.1%: an upper-case acronym (a metric's name) glued to money, a percent or
     * a number with 万/亿 is no code; a number, count or measure after letters still is (GPT4,
     * A320, RTX4090, PM2.5年均浓度).
     */
    private static boolean acronymThenAmount(String text, Quantity q) {
        boolean amount = q.kind() == Kind.MONEY || q.kind() == Kind.PERCENT
                || MAGNITUDE.matcher(text).region(q.numStart(), q.numEnd()).find();
        return amount && q.numStart() == q.start()
                && ACRONYM_BEFORE.matcher(text.substring(Math.max(0, q.start() - 7), q.start())).find();
    }

    /** 翻了一番 and 十分钟 hold an idiom (一番, 十分) but say more than it: they stay. */
    private static boolean coversQuantity(Quantity q, int idx, String idiom) {
        return q.start() <= idx && q.end() >= idx + idiom.length() && q.length() > idiom.length();
    }

    /**
     * GPT-4o, 5G, R1-Zero: letters or a code separator glued to the number. A Latin unit
     * inside the mention (30kg) is fine, unless more letters follow it (30kgX).
     */
    private static boolean gluedAfter(String text, Quantity q) {
        int at = q.numEnd() < q.end() && isAsciiLetter(text.charAt(q.numEnd())) ? q.end() : q.numEnd() == q.end() ? q.end() : -1;
        return at >= 0 && CODE_AFTER.matcher(text.substring(at, Math.min(text.length(), at + 3))).find();
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    /**
     * Why the segmenter says {@code q} is not a quantity: its number starts, or its mention
     * ends, inside a word that holds other characters (零一萬物, 一刀切, 七成为), or null.
     * {@code quantityBefore} / {@code quantityAfter} say that another quantity of the sentence ends right
     * where this one starts / starts right where it ends: a word the segmenter made across the two
     * (五块五一斤 segmented 五/块/五一/斤) splits neither.
     */
    static String splitsAWord(String text, Quantity q, List<Token> tokens, boolean quantityBefore, boolean quantityAfter) {
        if (seriesName(text, q, tokens)) {
            return "series_name";
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // 一看就笑, 一到晚上: a bare 一 before a verb means "once", not the number one
            if (q.claimUse() == ClaimUse.BARE && t.start() == q.numStart() && t.end() == q.numEnd()
                    && WORDS.has("adverbial_one", t.word()) && i + 1 < tokens.size() && tokens.get(i + 1).isVerb()) {
                return "adverbial_yi";
            }
        }
        for (Token t : tokens) {
            if (t.start() == q.start() && t.end() == q.end() && t.pos().equals("VV") && q.numEnd() - q.numStart() == 1 && q.length() <= 2) {
                return "verb"; // 拾起, 一统: the whole mention is one verb
            }
        }
        for (Token t : tokens) {
            // the number must start a word, or sit inside one whose start is part of the mention (第二大, 约40%)
            if (t.start() < q.numStart() && q.numStart() < t.end() && t.start() < q.start() && !quantityBefore
                    && hasWordChars(text, t.start(), q.numStart())
                    && !(acronymThenAmount(text, q) && UPPER_LETTERS.matcher(text).region(t.start(), q.numStart()).matches())) {
                return "segmenter";
            }
            if (t.start() < q.end() && q.end() < t.end() && !quantityAfter && hasWordChars(text, q.end(), t.end())) {
                return "segmenter";
            }
        }
        return null;
    }


    /**
     * 淡水泉1期, 新同方1~2期, 宇晴軒2期: digits and a series word (claim-filter.txt series_units) glued
     * to the noun before them name a fund, a product or a building phase; they count nothing.
     */
    private static boolean seriesName(String text, Quantity q, List<Token> tokens) {
        if (q.kind() != Kind.COUNT || !WORDS.has("series_units", q.unit()) || q.numStart() != q.start()
                || !WORDS.pattern("series_number").matcher(text).region(q.numStart(), q.numEnd()).matches()) {
            return false;
        }
        for (Token t : tokens) {
            if (t.end() == q.start()) {
                return t.pos().equals("NR") || t.pos().equals("NN");
            }
        }
        return false;
    }

    private static boolean hasWordChars(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && WORDS.chars("mention_chars").indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** 總生育率為0.885, 基尼系数为0.465, 得分86: a bare number that is the value of a rate, index or score. */
    private static final Pattern RATIO_VALUE = WORDS.pattern("ratio_value");

    /** Why {@code q} is a quantity but not a claim; null when it is a claim. */
    static String notAClaim(String text, Quantity q, int sentenceStart) {
        String num = text.substring(q.numStart(), q.numEnd());
        String before = text.substring(Math.max(sentenceStart, q.start() - 4), q.start());
        if (q.claimUse() == ClaimUse.BARE && (!hasMagnitude(num) || WORDS.chars("bare_magnitude_start").indexOf(num.charAt(0)) >= 0)
                && !RATIO_VALUE.matcher(text.substring(Math.max(sentenceStart, q.start() - 8), q.start())).find()) {
            return "bare_number"; // 百万富翁, 千万不要: a bare magnitude word
        }
        if (q.claimUse() == ClaimUse.ORDINAL) { // rules.txt: claim ordinal
            return "ordinal";
        }
        if (q.kind() == Kind.MEASURE && q.value() == null && WORDS.has("time_units", q.unit())) {
            return "vague_duration";
        }
        if (q.kind() == Kind.MEASURE && WORDS.has("age_units", q.unit())
                && AGE_BRACKET.matcher(text.substring(q.numEnd(), Math.min(text.length(), q.end() + 4))).find()) {
            return "age_bracket"; // 65岁以上人口 names a group, it does not assert a number
        }
        boolean chinese = CHINESE_DIGITS.matcher(num).matches();
        boolean timeSpan = q.kind() == Kind.MEASURE && WORDS.has("time_units", q.unit());
        if ((q.kind() == Kind.COUNT || timeSpan) && chinese && q.qualifier() == Qualifier.EXACT) {
            if (DEMONSTRATIVE.matcher(before).find()) {
                return "anaphoric";
            }
            boolean cue = hasCue(text, q, sentenceStart);
            if (!cue && q.value() != null && q.value().intValue() == 1 && q.max() == null) {
                return "indefinite";
            }
            if (!cue && q.value() != null && q.value().compareTo(java.math.BigDecimal.TEN) <= 0) {
                return "determiner";
            }
        }
        return null;
    }

    private static boolean hasMagnitude(String num) {
        return WORDS.pattern("magnitude_or_trillion").matcher(num).find();
    }

    private static boolean hasCue(String text, Quantity q, int sentenceStart) {
        String before = text.substring(Math.max(sentenceStart, q.start() - 3), q.start());
        for (String c : CUES_BEFORE) {
            if (before.endsWith(c)) {
                return true;
            }
            for (String particle : WORDS.list("cue_particles")) {
                if (before.endsWith(c + particle)) {
                    return true;
                }
            }
        }
        String after = text.substring(q.end(), Math.min(text.length(), q.end() + 8));
        for (String c : CUES_AFTER) {
            int i = after.indexOf(c);
            if (i >= 0 && i <= 4) {
                return true;
            }
        }
        return false;
    }
}
