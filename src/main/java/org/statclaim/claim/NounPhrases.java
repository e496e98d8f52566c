package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import org.statclaim.nlp.Token;
import org.statclaim.quantity.Quantity;
import org.statclaim.text.Clauses;
import org.statclaim.text.Lexicon;

/**
 * The noun-phrase toolkit of the metric rules, over the words and parts of speech the tagger
 * gave (Penn Chinese Treebank tags): the subject a clause fragment ends with, the noun phrase
 * right after a number, and the phrase's text copied verbatim. Its words are in metric.txt.
 */
final class NounPhrases {

    private static final Lexicon WORDS = MetricFinder.LEXICON;

    private NounPhrases() {
    }

    /** The words of {@code tokens} inside {@code [from,to)}. */
    static List<Token> in(List<Token> tokens, int from, int to) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Where the phrase before {@code pos} starts: after the last clause break, list comma or
     * bracket, but a short gloss in brackets stays with the phrase (消費者物價指數（CPI）平均年增).
     */
    static int phraseStart(String text, int pos, int sentenceStart) {
        int i = pos - 1;
        while (i >= sentenceStart && !Clauses.isBreak(text.charAt(i), Clauses.Scope.PHRASE)) {
            i--;
            if (i >= sentenceStart && WORDS.chars("close_bracket").indexOf(text.charAt(i)) >= 0) {
                int open = -1;
                for (char o : WORDS.chars("open_bracket").toCharArray()) {
                    open = Math.max(open, text.lastIndexOf(o, i));
                }
                if (open >= sentenceStart && i - open <= 12 && !Clauses.hasBreak(text, open + 1, i, Clauses.Scope.CLAUSE)) {
                    i = open - 1;
                }
            }
        }
        return i + 1;
    }

    /** The noun phrase a clause fragment ends with, after its last predicate verb. */
    static String subject(String text, List<Token> toks) {
        List<Token> t = nominalHeads(afterGap(text, toks));
        // 毛利率从2018年的…: what changes stands before 从
        for (int i = 0; i < t.size(); i++) {
            // 從 is sometimes tagged VV; 从美国大学毕业的 is not a starting value: a time or number must follow
            if (WORDS.has("from_prepositions", t.get(i).word()) && i > 0 && (i + 1 == t.size()
                    || t.get(i + 1).pos().equals("NT") || t.get(i + 1).pos().equals("CD") || startsWithEra(t.get(i + 1).word()))) {
                t = new ArrayList<>(t.subList(0, i));
                break;
            }
        }
        // 联邦基金利率即商业银行间隔夜拆借利率: after 即 the same thing is named again; the first name stays
        for (int i = 1; i + 1 < t.size(); i++) {
            if (WORDS.has("apposition", t.get(i).word()) && isNounish(t.get(i - 1)) && !t.get(i + 1).isVerb() && !t.get(i + 1).isPunct()) {
                t = new ArrayList<>(t.subList(0, i));
                break;
            }
        }
        // X是Y的两倍: the subject stands before 是; 为 only when its 的 ends the phrase (以粮食为原料的加工业产值 is one noun)
        for (int i = t.size() - 1; i > 0; i--) {
            if (t.get(i).pos().equals("VC") && hasAfter(t, i, "DEG", "DEC") || WORDS.has("copula", t.get(i).word()) && endsWithPossessive(t, i)) {
                t = new ArrayList<>(t.subList(0, i));
                break;
            }
        }
        while (!t.isEmpty() && !closesGloss(t) && (!isNounish(t.get(t.size() - 1)) || t.get(t.size() - 1).pos().equals("NT")
                || MetricFinder.isTime(t.get(t.size() - 1).word()) || WORDS.pattern("time_unit").matcher(t.get(t.size() - 1).word()).matches())) {
            List<Token> without = withoutAside(t);
            if (without.size() < t.size()) {
                t = new ArrayList<>(without); // 全省国税收入（含海关代征）: the aside goes whole
                continue;
            }
            t.remove(t.size() - 1); // 台積電去年[營收], 一個單位上月: a time word is not what is measured
        }
        // 手机芯片出货量在全球排名第5: a place after 在 says where, the subject stands before it
        for (int i = t.size() - 1; i > 0; i--) {
            Token x = t.get(i);
            if (x.pos().equals("P") && WORDS.has("place_prepositions", x.word())) {
                boolean placeOnly = true;
                for (int j = i + 1; j < t.size(); j++) {
                    placeOnly &= t.get(j).isNoun() || t.get(j).pos().equals("LC") || t.get(j).pos().equals("DT");
                }
                if (placeOnly && isNounish(t.get(i - 1))) {
                    t = new ArrayList<>(t.subList(0, i));
                } else if (placeOnly && t.get(i - 1).isVerb() && i > 1 && isNounish(t.get(i - 2))) {
                    t = new ArrayList<>(t.subList(0, i - 1)); // 最大降雨量出现在某县: the verb of place goes too
                }
                break;
            }
        }
        int start = 0;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            // 將美國短期利率: what 将/把 takes is acted on; it is the subject of the change after it
            int next = i + 1;
            while (next < t.size() && t.get(next).pos().equals("AD")) {
                next++; // 将/AD 再/AD 贴现率
            }
            boolean disposal = (x.pos().equals("BA") || x.pos().equals("AD") && WORDS.has("disposal", x.word())) && next < t.size() && isNounish(t.get(next));
            // 毕业所需费用: 所 makes the verb after it and the one before it part of the noun phrase
            boolean nominalized = x.isVerb() && (i > 0 && t.get(i - 1).pos().equals("MSP") || i + 1 < t.size() && t.get(i + 1).pos().equals("MSP"));
            if ((x.isVerb() && !modifierVerb(t, i) && !nominalized || x.pos().equals("P") && i > 0 && !modifierVerb(t, i) || disposal)
                    && !hasAfter(t, i, "DEC", "DEG")) {
                start = i + 1;
            }
        }
        if (start >= 2 && start < t.size() && WORDS.has("support_verbs", t.get(start - 1).word()) && isNounish(t.get(start - 2))
                && !t.get(start - 2).pos().equals("NT")) {
            // 全市规模以上工业实现总产值: a support verb between a holder and a bare head; both belong to the metric
            int holder = start - 2;
            while (holder > 0 && (isNounish(t.get(holder - 1)) || t.get(holder - 1).pos().equals("JJ") || t.get(holder - 1).pos().equals("LC") || t.get(holder - 1).pos().equals("DT")
                    || t.get(holder - 1).pos().equals("PU") && WORDS.has("list_marks", t.get(holder - 1).word()))
                    && !t.get(holder - 1).pos().equals("NT")) {
                holder--;
            }
            start = holder;
        }
        if (start >= 2 && start < t.size() && t.get(start - 1).isVerb()
                && WORDS.pattern("level_phrase").matcher(text(text, t.subList(start, t.size()))).matches()) {
            // 全省粮食产量达到历史最高水平: a record level says how high; what reached it is the subject
            String holder = subject(text, t.subList(0, start - 1));
            if (!holder.isEmpty()) {
                return holder;
            }
        }
        List<Token> np = new ArrayList<>(t.subList(Math.min(start, t.size()), t.size()));
        for (int i = np.size() - 2; i > 0; i--) {
            if (np.get(i).pos().equals("NT") && isNounish(np.get(np.size() - 1)) && WORDS.has("nominal_heads", np.get(np.size() - 1).word())) {
                np = new ArrayList<>(np.subList(i + 1, np.size())); // 智驰科技2024年研发投入: what follows the time
                break;
            }
        }
        if (np.size() == 1 && start > 0 && WORDS.has("generic_heads", np.get(0).word())) {
            // 参保者看病自付比例: a bare 比例 after verbs takes the words that say whose and of what
            int from = start;
            while (from > 0 && (isNounish(t.get(from - 1)) && !t.get(from - 1).pos().equals("NT") || t.get(from - 1).pos().startsWith("VV"))
                    && t.get(from - 1).end() == t.get(from).start()) {
                from--;
            }
            if (from < start && isNounish(t.get(from))) {
                np = new ArrayList<>(t.subList(from, t.size()));
            }
        }
        while (!np.isEmpty() && (np.get(0).pos().equals("NT") || np.get(0).pos().equals("AD") && !superlative(np) && !adjectival(np)
                || np.get(0).pos().equals("AS")
                || np.get(0).pos().equals("CC") || np.get(0).pos().equals("CS") || np.get(0).pos().equals("PU") || np.get(0).pos().equals("DEG")
                || np.get(0).pos().equals("DEC") || np.get(0).pos().equals("CD") || np.get(0).pos().equals("M") || np.get(0).pos().equals("LC")
                || np.get(0).pos().equals("P") && !WORDS.has("keep_leading", np.get(0).word()))) {
            np.remove(0);
        }
        while (!np.isEmpty() && WORDS.has("leading_connectives", np.get(0).word())) {
            np.remove(0); // 其中65岁以上人口 -> 65岁以上人口
        }
        while (!np.isEmpty() && WORDS.has("trailing_comparison", np.get(np.size() - 1).word())
                || np.size() > 1 && WORDS.has("trailing_change", np.get(np.size() - 1).word()) && isNounish(np.get(np.size() - 2))) {
            np.remove(np.size() - 1); // 工业增加值同比 -> 工业增加值, 固定资产投资增长 -> 固定资产投资
        }
        return text(text, np);
    }

    /**
     * 全省国税收入（含海关代征）: an aside in brackets at the end that holds more than nouns is no
     * gloss of the noun before it; the phrase goes on without it (a gloss, 消費者物價指數（CPI）, stays).
     */
    private static List<Token> withoutAside(List<Token> t) {
        int n = t.size();
        if (n < 3 || !isBracket(t.get(n - 1), "close_bracket")) {
            return t;
        }
        for (int i = n - 2; i >= 0; i--) {
            if (isBracket(t.get(i), "open_bracket")) {
                boolean aside = false;
                for (int j = i + 1; j < n - 1; j++) {
                    aside |= !isNounish(t.get(j)) && !t.get(j).pos().equals("JJ");
                }
                return aside && i > 0 ? new ArrayList<>(t.subList(0, i)) : t;
            }
        }
        return t;
    }

    /**
     * 工业总产值 4090亿元 同比增 10.5% 固定资产投资: in a data box a space between Chinese words
     * separates two items; the phrase starts after the last such gap (NBA TV, between Latin words, is one name).
     */
    private static List<Token> afterGap(String text, List<Token> t) {
        for (int i = t.size() - 1; i > 0; i--) {
            int a = t.get(i - 1).end();
            int b = t.get(i).start();
            if (b > a && text.substring(a, b).isBlank() && (isHan(text.charAt(a - 1)) || isHan(text.charAt(b)))) {
                List<Token> after = t.subList(i, t.size());
                for (Token x : after) {
                    if (isNounish(x) && !x.pos().equals("NT") && !MetricFinder.isTime(x.word())) {
                        return new ArrayList<>(after); // a label after the gap (重庆市商品房销售面积 前八月同比增: none)
                    }
                }
                return t;
            }
        }
        return t;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** X是Y的: a 的 after the copula at {@code i} with no noun after it (the base of a share or multiple). */
    private static boolean endsWithPossessive(List<Token> t, int i) {
        boolean possessive = false;
        for (int j = i + 1; j < t.size(); j++) {
            if (t.get(j).pos().equals("DEG") || t.get(j).pos().equals("DEC")) {
                possessive = true;
            } else if (possessive && isNounish(t.get(j))) {
                possessive = false;
            }
        }
        return possessive;
    }

    private static boolean startsWithEra(String word) {
        for (String era : WORDS.list("era_names")) {
            if (word.startsWith(era)) {
                return true; // 由民國110年的…
            }
        }
        return false;
    }

    /** The noun phrase right after {@code q}: what a count counts (1400名[在美中国研究人员]). */
    static String right(String text, Quantity q, List<Token> tokens) {
        List<Token> span = new ArrayList<>();
        boolean started = false;
        int prevEnd = q.end();
        for (Token t : tokens) {
            if (t.start() < q.end()) {
                continue;
            }
            if (!text.substring(prevEnd, t.start()).isBlank()) {
                break; // the tagged window ended: what follows belongs to another clause
            }
            prevEnd = t.end();
            String pos = t.pos();
            if (!started && (pos.equals("DEG") || pos.equals("DEC") || pos.equals("LC") || t.word().isBlank())) {
                continue;
            }
            if (started && (pos.equals("DEG") || pos.equals("DEC"))) {
                break; // 覆盖12万名成年人的队列研究: what is counted ends at 的
            }
            if (isPhraseBreak(t) || t.isPunct()) {
                break;
            }
            boolean ok = t.isNoun() || pos.equals("JJ") || pos.equals("DEG") || pos.equals("FW") || pos.equals("CC") && started
                    || t.isVerb() && WORDS.has("modifier_verbs", t.word()) // 不到四分之一的受访企业
                    || !started && pos.equals("P") && !WORDS.has("not_leading", t.word());
            if (!ok) {
                break;
            }
            started = true;
            span.add(t);
        }
        return text(text, span);
    }

    /** A word that is a clause break, list comma or bracket. */
    static boolean isPhraseBreak(Token t) {
        return t.word().length() == 1 && Clauses.isBreak(t.word().charAt(0), Clauses.Scope.PHRASE);
    }

    /** Whether the word right after {@code q} is a noun (近七成[上班族]): what the number measures. */
    static boolean nounRightAfter(Quantity q, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.start() >= q.end()) {
                return t.start() == q.end() && t.isNoun() && !t.pos().equals("NT") && !t.pos().equals("LC") && !WORDS.has("currency_words", t.word()) && !WORDS.has("unit_tails", t.word()) && !WORDS.has("approximators", t.word())
                        && !WORDS.pattern("change_word").matcher(t.word()).matches(); // 16,800多點反彈至, 2.49%回落: tagged NN
            }
        }
        return false;
    }

    /**
     * Whether a word of the tagged windows starts cleanly at {@code at}: after another tagged word,
     * a clause mark or the sentence start (the first word of a window may be cut from a longer one).
     */
    static boolean wordStartsAt(String text, List<Token> tokens, int at, int sentenceStart) {
        if (at <= sentenceStart || Clauses.isBreak(text.charAt(at - 1), Clauses.Scope.PHRASE)) {
            return true;
        }
        for (Token t : tokens) {
            if (t.end() == at) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun ends right where {@code q} starts (尺价近7万, 回报5厘): a name of what the value measures. */
    static boolean nounRightBefore(Quantity q, List<Token> tokens) {
        for (Token t : nominalHeads(tokens)) {
            if (t.end() == q.start()) {
                // 全省约28万人受灾, 本港逾四分之一成年人: a scope, a place or a single character names no metric
                return isNounish(t) && !t.pos().equals("NT") && !t.pos().equals("PN") && !t.pos().equals("NR") && t.word().length() > 1
                        && !WORDS.has("leading_connectives", t.word()) && !WORDS.has("scope", t.word()) && !MetricFinder.isTime(t.word());
            }
        }
        return false;
    }

    /** 最新/AD 售价, 一般/AD 亩产: an adverb of metric.txt's adjectival_adverbs right before a noun qualifies it and stays. */
    private static boolean adjectival(List<Token> np) {
        return np.size() > 1 && WORDS.has("adjectival_adverbs", np.get(0).word()) && isNounish(np.get(1));
    }

    /** 最/AD 大/JJ 降雨量: 最 makes a superlative of the adjective after it and stays. */
    private static boolean superlative(List<Token> np) {
        return np.size() > 2 && WORDS.has("superlative", np.get(0).word()) && (np.get(1).pos().equals("JJ") || np.get(1).pos().equals("VA"));
    }

    /** 消費者物價指數（CPI）: the phrase ends with the bracket that closes a gloss after a noun. */
    private static boolean closesGloss(List<Token> t) {
        int n = t.size();
        if (n < 3 || !isBracket(t.get(n - 1), "close_bracket") || !isNounish(t.get(n - 2))) {
            return false;
        }
        for (int i = n - 3; i >= 0 && i >= n - 8; i--) {
            if (isBracket(t.get(i), "open_bracket")) {
                return true;
            }
            if (!isNounish(t.get(i)) && !t.get(i).pos().equals("JJ")) {
                return false; // （不含关税）: an aside, no gloss
            }
        }
        return false;
    }

    private static boolean isBracket(Token t, String which) {
        return t.word().length() == 1 && WORDS.chars(which).indexOf(t.word().charAt(0)) >= 0;
    }

    /**
     * 研发/VV 投入/VV, 营业/VV 收入/NN: a head of metric.txt's nominal_heads after a noun, a verb or
     * an adjectival adverb (平均/AD 呎價/VV) is a noun, and so is a verb right before such a head.
     */
    private static List<Token> nominalHeads(List<Token> toks) {
        List<Token> t = new ArrayList<>(toks);
        for (int i = 1; i < t.size(); i++) {
            Token head = t.get(i);
            Token before = t.get(i - 1);
            if (WORDS.has("nominal_heads", head.word()) && (isNounish(before) || before.isVerb() || WORDS.has("adjectival_adverbs", before.word()))) {
                if (head.isVerb()) {
                    t.set(i, new Token(head.word(), "NN", head.start(), head.end()));
                }
                if (before.isVerb() && before.end() == head.start()) {
                    t.set(i - 1, new Token(before.word(), "NN", before.start(), before.end()));
                }
            }
        }
        return t;
    }

    /** 可支配 in 人均可支配收入, 感染 in 感染患儿: a verb glued to the noun after it names a kind of thing. */
    private static boolean modifierVerb(List<Token> t, int i) {
        String w = t.get(i).word();
        if (i + 1 < t.size() && t.get(i + 1).isNoun() && (WORDS.has("modifier_verbs", w)
                || i > 0 && WORDS.has("modifier_verbs", t.get(i - 1).word() + w)
                || WORDS.has("modifier_verbs", w + t.get(i + 1).word().substring(0, 1)))) {
            // 全省用/VV 气量/NN: a modifier verb the segmenter cut through (用气) stays with its noun
            return true;
        }
        return i + 2 < t.size() && t.get(i + 2).isNoun() && WORDS.has("modifier_verbs", w + t.get(i + 1).word());
    }

    private static boolean hasAfter(List<Token> t, int i, String... tags) {
        for (int j = i + 1; j < t.size(); j++) {
            for (String tag : tags) {
                if (t.get(j).pos().equals(tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The noun phrase holding the word at {@code [from,to)} (a verb like 損失 inside 農漁牧損失金額):
     * the nouns right before it and right after it, within {@code [min,max)}; the word alone when none.
     */
    static String around(String text, List<Token> tokens, int from, int to, int min, int max) {
        int start = from;
        int end = to;
        List<Token> before = in(tokens, min, from);
        for (int i = before.size() - 1; i >= 0; i--) {
            Token t = before.get(i);
            if (t.end() != start && !text.substring(t.end(), start).isBlank() || !(t.isNoun() || t.pos().equals("JJ") || t.pos().equals("DT"))
                    || t.pos().equals("NT") || MetricFinder.isTime(t.word())) {
                break;
            }
            start = t.start();
        }
        for (Token t : in(tokens, to, max)) {
            if (t.start() != end || !t.isNoun() || t.pos().equals("NT")) {
                break;
            }
            end = t.end();
        }
        String phrase = text.substring(start, end);
        for (String w : WORDS.list("leading_connectives")) {
            if (phrase.startsWith(w) && phrase.length() > w.length() + 1) {
                return phrase.substring(w.length());
            }
        }
        return phrase;
    }

    static boolean isNounish(Token t) {
        return t.isNoun() || t.pos().equals("FW") || t.pos().equals("PN") && t.word().length() > 1;
    }

    /** The text from the first to the last noun of {@code span}, verbatim; "" for a generic head alone (占比). */
    static String text(String text, List<Token> span) {
        int last = -1;
        for (int i = span.size() - 1; i >= 0; i--) {
            if (isNounish(span.get(i))) {
                last = i;
                break;
            }
        }
        if (last < 0) {
            return "";
        }
        int end = span.get(last).end();
        if (last + 1 < span.size() && isBracket(span.get(last + 1), "close_bracket")) {
            end = span.get(last + 1).end(); // 消費者物價指數（CPI）: the gloss closes
        }
        String phrase = text.substring(span.get(0).start(), end).strip();
        for (String generic : WORDS.list("generic_heads")) {
            if (phrase.endsWith(generic) && phrase.length() <= generic.length() + 1) {
                return ""; // 占比, 低水平: says nothing about what is measured
            }
        }
        return phrase;
    }
}
