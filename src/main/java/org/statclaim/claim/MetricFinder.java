package org.statclaim.claim;

import java.util.List;
import org.statclaim.nlp.Token;
import org.statclaim.quantity.Quantity;
import org.statclaim.text.Lexicon;

/**
 * Finds the phrase naming what a quantity measures, copied from the text: the first of the
 * {@link MetricRules} that names one decides, then the phrase is shortened to what still tells a
 * reader what the number is (scope words and a leading time dropped), and a phrase that is only
 * a time or the unit itself gives way to the sentence's metric so far. Words: metric.txt.
 * <ul>
 *   <li>right of a count or a superlative rank, the noun phrase it counts:
 *       至少有1400名[在美中国研究人员]选择…, 第二大[半导体出口市场];</li>
 *   <li>right of a percent followed by 的 and a noun: 60% 的[顶级人工智能研究人员];</li>
 *   <li>otherwise left, in the clause, the subject or object before the predicate:
 *       [我国的大学毕业生]占到约40%, 占[全部STEM技术移民]的13%, [毛利率]从2018年的62.9%…,
 *       [中国发表的论文数量]几乎是其他国家的两倍; an empty clause looks at the clause before
 *       ([在美国获得博士学位的外国人]中，约有80%…).</li>
 * </ul>
 */
final class MetricFinder {

    /** The word lists and patterns of metric.txt. */
    static final Lexicon LEXICON = Lexicon.load(MetricFinder.class, "metric.txt");

    /** A metric and the rule that chose it (null: the default search). */
    record Found(String metric, String rule) {
    }

    private MetricFinder() {
    }

    /**
     * The metric of {@code q}; {@code others} are the sentence's quantities as recognized and
     * {@code sentenceSoFar} the claims before it in its sentence, with their metrics.
     */
    static Found assign(String text, Quantity q, List<Token> tokens, List<Quantity> others, int sentenceStart,
                        List<Claim> sentenceSoFar) {
        int cs = NounPhrases.phraseStart(text, q.start(), sentenceStart);
        MetricRules.Site site = new MetricRules.Site(text, q, tokens, others, sentenceStart, sentenceSoFar, cs, text.substring(cs, q.start()));
        Found f = null;
        for (MetricRules.Named r : MetricRules.RULES) {
            f = r.rule().apply(site);
            if (f != null) {
                break;
            }
        }
        // a joined phrase (the subject of a multiple with its base) was shortened before the join
        String m = f.rule() != null && f.rule().startsWith(MetricRules.JOINED) ? f.metric() : shorten(f.metric());
        m = wholeHead(text, m, cs, q.start());
        if (m.isEmpty() && !site.lastMetric().isEmpty()) {
            // 1996年突破300亿元大关后，1998年、1999年又分别突破400亿: nothing names what the value
            // measures; it goes on with the sentence's metric so far
            return new Found(site.lastMetric(), "metric.carry");
        }
        if (nameOnly(m, q, tokens, cs)) {
            // 累計25人死亡，其中湖北24人: the count before the list says what is counted; without one the name stays
            String before = beforeTheList(text, sentenceSoFar, tokens, sentenceStart);
            if (!before.isEmpty()) {
                return new Found(before, "metric.name_only");
            }
        }
        if (!m.isEmpty() && !m.equals(text.substring(q.start(), q.end())) && notAMetric(m, q) && !countedNoun(text, q, m)) {
            // 第二季進一步升至13.1%, 按月減少約15%, 超过810万标准机架: a time or the unit itself
            // says nothing about what is measured; the sentence's metric so far does
            if (site.lastMetric().isEmpty()) {
                String topic = MetricRules.topic(site);
                if (!topic.isEmpty()) {
                    return new Found(topic, "metric.topic");
                }
            }
            return new Found(site.lastMetric(), "metric.not_time_or_unit");
        }
        if (m.isEmpty()) {
            String topic = MetricRules.topic(site);
            if (!topic.isEmpty()) {
                return new Found(topic, "metric.topic");
            }
        }
        if (f.rule() == null && !m.isEmpty()) {
            Found joined = countedWithItsVerbOrModifier(text, q, tokens, cs, m);
            if (joined != null) {
                return joined;
            }
        }
        if (f.rule() == null && !m.isEmpty()) {
            String listed = listItem(text, q, tokens, sentenceSoFar, m);
            if (listed != null) {
                return new Found(listed, LIST_ITEM);
            }
        }
        if (LEXICON.has("holder_heads", m)) {
            String holder = holderOf(text, tokens, cs, q.start(), m);
            if (!holder.isEmpty()) {
                return new Found(holder + m, "metric.holder_head");
            }
        }
        return new Found(m, f.rule());
    }

    private static final String LIST_ITEM = "metric.list_item";

    /**
     * The items of a list share what the first item's metric says around its item. A value whose metric
     * is only its own item, right after a mark of metric.txt list_item_separators that follows a value of
     * the same kind, takes that value's metric with the item swapped:
     * <ul>
     *   <li>a name for the holder that opens it (韓國瑜支持度41.1%，蔡英文30.2% -> 蔡英文支持度);</li>
     *   <li>one noun for the nouns right after a verb (带动全市农户年养牛40万头、生猪160万头 -> 带动全市农户年养生猪),
     *       or for an item so joined before it;</li>
     *   <li>one noun for the last noun after a holder (长盛基金总资产8.12亿元，净资产5.28亿元 -> 长盛基金净资产).</li>
     * </ul>
     * Null when the text is not such a list.
     */
    private static String listItem(String text, Quantity q, List<Token> tokens, List<Claim> sentenceSoFar, String m) {
        if (sentenceSoFar.isEmpty() || m.length() > 6) {
            return null;
        }
        Claim prev = sentenceSoFar.get(sentenceSoFar.size() - 1);
        if (prev.quantity().kind() != q.kind()) {
            return null; // 加工肉鸡4000多万只，产值15亿多元: the money is no item of the list of counts
        }
        String between = text.substring(Math.min(prev.quantity().end(), q.start()), q.start());
        if (between.length() != m.length() + 1 || !between.endsWith(m) || !LEXICON.has("list_item_separators", between.substring(0, 1))) {
            return null;
        }
        String swapped = holderSwapped(text, q, tokens, prev, m);
        if (swapped != null) {
            return swapped;
        }
        int itemStart = prev.quantity().start();
        int k = -1;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.end() == itemStart && t.isNoun()) {
                itemStart = t.start();
                k = i;
            }
        }
        if (k < 0) {
            return null;
        }
        String item = text.substring(itemStart, prev.quantity().start());
        String pm = prev.metric();
        boolean afterVerb = k > 0 && tokens.get(k - 1).end() == itemStart && tokens.get(k - 1).pos().equals("VV");
        boolean chained = prev.rules().contains(LIST_ITEM);
        // the item after the mark is one noun, as the item it stands for is (生猪 for 牛), an adjective may go before
        // it (净/JJ 资产/NN)
        boolean oneNoun = false;
        boolean common = false;
        int mStart = q.start() - m.length();
        for (Token t : tokens) {
            if (t.end() == q.start() && t.isNoun() && t.start() >= mStart) {
                oneNoun = t.start() == mStart || adjectivesOnly(tokens, mStart, t.start());
                common = t.pos().equals("NN");
            }
        }
        if (!oneNoun || !pm.endsWith(item) || pm.length() <= item.length()) {
            return null;
        }
        if (afterVerb || chained) {
            return pm.substring(0, pm.length() - item.length()) + m;
        }
        return common ? lastNounSwapped(text, tokens, prev, pm, m) : null;
    }

    /** 长盛基金总资产8.12亿元，净资产5.28亿元: the holder stays, the last noun (with its adjectives) is swapped. */
    private static String lastNounSwapped(String text, List<Token> tokens, Claim prev, String pm, String m) {
        Token last = null;
        for (Token t : tokens) {
            if (t.end() == prev.quantity().start()) {
                last = t;
            }
        }
        if (last == null || !last.pos().equals("NN")) {
            return null;
        }
        int lastStart = last.start(); // 总/JJ 资产/NN: the adjectives before the last noun go with it
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).end() == lastStart && tokens.get(i).pos().equals("JJ")) {
                lastStart = tokens.get(i).start();
            }
        }
        String lastItem = text.substring(lastStart, prev.quantity().start());
        boolean holderBefore = false;
        for (Token t : tokens) {
            holderBefore |= t.end() == lastStart && t.isNoun(); // 长盛基金|总资产, not 最|大震度
        }
        if (holderBefore && pm.endsWith(lastItem) && pm.length() > lastItem.length()) {
            return pm.substring(0, pm.length() - lastItem.length()) + m;
        }
        return null;
    }

    private static boolean adjectivesOnly(List<Token> tokens, int from, int to) {
        int at = from;
        for (Token t : tokens) {
            if (t.start() == at && t.end() <= to && t.pos().equals("JJ")) {
                at = t.end();
            }
        }
        return at == to;
    }

    /**
     * 韓國瑜支持度41.1%，蔡英文30.2%: an item that is only a name (NR words) after the value before it
     * takes that value's metric with its holder, the NR words that open it, swapped for the item
     * (蔡英文支持度). Null when the metric before does not open with a holder and go on with a noun.
     */
    private static String holderSwapped(String text, Quantity q, List<Token> tokens, Claim prev, String m) {
        int mStart = q.start() - m.length();
        for (Token t : tokens) {
            if (t.end() > mStart && t.start() < q.start() && (t.start() < mStart || t.end() > q.start() || !t.pos().equals("NR"))) {
                return null; // the item is not whole NR words
            }
        }
        String pm = prev.metric();
        int at = text.lastIndexOf(pm, prev.quantity().start() - pm.length());
        if (pm.isEmpty() || at < prev.sentence().start()) {
            return null;
        }
        int holderEnd = at;
        boolean noun = false;
        for (Token t : tokens) {
            if (t.start() < at || t.end() > at + pm.length()) {
                continue;
            }
            if (t.start() == holderEnd && t.pos().equals("NR") && !noun) {
                holderEnd = t.end();
            } else if (holderEnd > at && t.start() >= holderEnd && t.pos().equals("NN")) {
                noun = true;
            }
        }
        if (holderEnd == at || !noun || holderEnd >= at + pm.length()) {
            return null;
        }
        return m + pm.substring(holderEnd - at);
    }

    /**
     * 尺价 split by the segmenter into 尺/M 价/NN: a phrase that ends a head of holder_heads
     * written right before it in the clause is that whole head.
     */
    private static String wholeHead(String text, String m, int cs, int end) {
        if (m.isEmpty()) {
            return m;
        }
        int at = text.lastIndexOf(m, end - 1);
        if (at < cs) {
            return m;
        }
        for (String head : LEXICON.list("holder_heads")) {
            int from = at + m.length() - head.length();
            if (head.length() > m.length() && head.endsWith(m) && from >= cs && text.startsWith(head, from)) {
                return head;
            }
        }
        return m;
    }

    /**
     * 66B复式户盛传以尺价6.98万元易手: a price word alone (尺价, 售价) says what kind of number, not
     * of what; the noun phrase that opens its clause, before the clause's first verb or
     * preposition, is what it is the price of. "" when the clause opens otherwise.
     */
    private static String holderOf(String text, List<Token> tokens, int cs, int end, String head) {
        int headAt = text.lastIndexOf(head, end - 1);
        if (headAt < cs) {
            return "";
        }
        List<Token> clause = NounPhrases.in(tokens, cs, headAt);
        int i = 0;
        while (i < clause.size() && (LEXICON.has("leading_connectives", clause.get(i).word()) || clause.get(i).pos().equals("AD")
                || clause.get(i).pos().equals("DT") || clause.get(i).pos().equals("PU"))) {
            i++;
        }
        while (i < clause.size() && (clause.get(i).pos().equals("CD") || clause.get(i).pos().equals("M")) && i + 1 < clause.size()
                && (clause.get(i + 1).pos().equals("CD") || clause.get(i + 1).pos().equals("M"))) {
            i++; // 另一個1房602呎單位: the count of the holder goes, its own numbers stay
        }
        if (i + 1 < clause.size() && clause.get(i).pos().equals("M") && clause.get(i + 1).isNoun()) {
            i++; // 一個高層單位: the measure word of that count
        }
        int from = i;
        while (i < clause.size() && (clause.get(i).isNoun() || clause.get(i).pos().equals("JJ") || clause.get(i).pos().equals("CD")
                || clause.get(i).pos().equals("M") || clause.get(i).pos().equals("LC"))) {
            i++;
        }
        if (i == from || i == clause.size() || !clause.get(i - 1).isNoun()) {
            return ""; // no noun opens the clause, or nothing between it and the price word
        }
        for (int k = i; k < clause.size(); k++) {
            Token t = clause.get(k);
            if (t.isNoun() || t.isPunct() || t.start() > clause.get(k - 1).end()) {
                return ""; // 香港豪宅屡创癫价成交 尺价: another noun or a gap between them, no holder
            }
        }
        String holder = text.substring(clause.get(from).start(), clause.get(i - 1).end());
        return isTime(holder) || LEXICON.has("scope", holder) ? "" : holder;
    }

    /**
     * 兴建了10间校舍, 进入榜单排名的96只产品: the text splits the phrase of what is counted by the
     * number; the verb right before the count, or the modifier ending with 的 before it, is
     * joined to the counted noun after it (兴建校舍, 进入榜单排名的产品). Not a verb that only says
     * how many there are (有, 达, 超过: clause_span_not_verbs) or how the number changed.
     */
    /** The word of the clause from {@code from} that ends right at {@code at}, or null. */
    private static Token endingAt(List<Token> tokens, int from, int at) {
        for (Token t : tokens) {
            if (t.end() == at && t.start() >= from) {
                return t;
            }
        }
        return null;
    }

    /** The longest modifier (in chars, with its 的) joined to a counted noun. */
    private static final int COUNTED_MODIFIER_MAX = 14;

    private static Found countedWithItsVerbOrModifier(String text, Quantity q, List<Token> tokens, int cs, String m) {
        char possessive = LEXICON.chars("possessive").charAt(0);
        int after = q.end() + m.length();
        if (q.kind() != org.statclaim.quantity.Kind.COUNT || !text.startsWith(m, q.end())
                || after < text.length() && text.charAt(after) == possessive) {
            // 覆盖12万名成年人的研究: the counted phrase itself modifies what follows
            return null;
        }
        String before = text.substring(cs, q.start());
        if (before.length() >= 3 && before.charAt(before.length() - 1) == possessive) {
            String modifier = before;
            for (String w : LEXICON.list("leading_connectives")) {
                if (modifier.startsWith(w)) {
                    modifier = modifier.substring(w.length());
                    break;
                }
            }
            String head = modifier.substring(0, modifier.length() - 1);
            Token first = null;
            for (Token t : tokens) {
                if (t.start() >= q.start() - modifier.length()) {
                    first = t;
                    break;
                }
            }
            if (head.length() >= 2 && modifier.length() <= COUNTED_MODIFIER_MAX && !isTime(head)
                    && !LEXICON.pattern("time_only").matcher(head).matches() && !LEXICON.has("scope", head)
                    && !LEXICON.has("whole", head) && (first == null || !first.pos().equals("P"))
                    && !LEXICON.pattern("counted_modifier_not").matcher(modifier).find()) {
                return new Found(modifier + m, "metric.counted_modifier");
            }
            return null;
        }
        Token verb = endingAt(tokens, cs, q.start());
        if (verb != null && LEXICON.has("aspect_particles", verb.word())) {
            verb = endingAt(tokens, cs, verb.start()); // 兴建了10间: the verb before 了
        }
        if (verb == null || !verb.pos().equals("VV") || LEXICON.has("clause_span_not_verbs", verb.word())
                || LEXICON.has("counted_verbs_not", verb.word()) || LEXICON.has("modifier_verbs", verb.word()) || LEXICON.has("support_verbs", verb.word())
                || LEXICON.has("trailing_change", verb.word())
                || LEXICON.pattern("change_verb").matcher(verb.word()).lookingAt() || verb.word().length() < 2) {
            return null;
        }
        return new Found(verb.word() + m, "metric.counted_verb");
    }

    /**
     * The metric of the last claim before in the sentence that is no item of a list of names
     * (其中西城區3宗、石景山區1宗: 石景山區 names an item, not what is counted), or "".
     */
    private static String beforeTheList(String text, List<Claim> sentenceSoFar, List<Token> tokens, int sentenceStart) {
        for (int i = sentenceSoFar.size() - 1; i >= 0; i--) {
            Claim c = sentenceSoFar.get(i);
            String m = c.metric();
            if (m.isEmpty() || c.rules().contains("metric.name_only")) {
                continue;
            }
            boolean item = nameOnly(m, c.quantity(), tokens, sentenceStart);
            for (String mark : LEXICON.list("list_marks")) {
                item |= text.startsWith(mark + m, c.quantity().start() - m.length() - mark.length());
            }
            if (!item) {
                return m;
            }
        }
        return "";
    }

    /**
     * 累計25人死亡，其中湖北24人: a count whose phrase is a proper name alone (a place, a person) says
     * where or whose, not what is counted.
     */
    private static boolean nameOnly(String m, Quantity q, List<Token> tokens, int from) {
        if (q.kind() != org.statclaim.quantity.Kind.COUNT) {
            return false;
        }
        for (Token t : NounPhrases.in(tokens, from, q.start())) {
            if (t.word().equals(m)) {
                return t.pos().equals("NR");
            }
        }
        return false;
    }

    /** 3402个村, 另外3个队: a one-character noun right after a count with its measure word is what it counts. */
    private static boolean countedNoun(String text, Quantity q, String m) {
        return q.kind() == org.statclaim.quantity.Kind.COUNT && m.codePointCount(0, m.length()) == 1 && text.startsWith(m, q.end())
                && !isTime(m) && !m.equals(q.unit()) && !LEXICON.has("scope", m);
    }

    /** A time (第二季, 疫情期间), the quantity's own unit (标准机架) or a single character (月, 量). */
    static boolean notAMetric(String m, Quantity q) {
        String place = withoutPlacePreposition(m);
        return isTime(m) || LEXICON.pattern("time_only").matcher(m).matches() || m.equals(q.unit())
                || m.codePointCount(0, m.length()) == 1 || !place.equals(m) && isWhole(place) || LEXICON.has("threshold_heads", m) || LEXICON.has("unit_tails", m) || LEXICON.has("approximators", m)
                || LEXICON.has("scope", place) || LEXICON.has("whole", place) && !LEXICON.has("measured_whole", place);
    }

    private static String withoutPlacePreposition(String m) {
        for (String p : LEXICON.list("place_prepositions")) {
            if (m.startsWith(p)) {
                return m.substring(p.length());
            }
        }
        return m;
    }

    /** 上月, 去年同期, 第二季: a phrase that is only a time says nothing about what is measured. */
    static boolean isTime(String phrase) {
        for (TimeExpressions.TimeMention t : TimeExpressions.find(phrase, 0, phrase.length(), null)) {
            if (t.start() == 0 && t.end() == phrase.length()) {
                return true;
            }
        }
        return false;
    }

    /** The whole a share is taken of when it says nothing about what is measured (全球, 总人口, 全球企业). */
    static boolean isWhole(String base) {
        if (LEXICON.has("whole", base) || LEXICON.has("scope", base)) {
            return true;
        }
        for (String w : LEXICON.list("whole")) { // 全球企业: the world's companies, a whole too
            if (base.startsWith(w) && base.length() > w.length() && LEXICON.has("whole", base.substring(w.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The shortest phrase that still names the metric: scope words, a leading time phrase dropped. */
    static String shorten(String metric) {
        String m = metric;
        if (LEXICON.pattern("anaphor").matcher(m).matches()) {
            return m;
        }
        java.util.regex.Matcher tp = LEXICON.pattern("time_prefix").matcher(m);
        if (tp.find() && m.length() - tp.end() >= 2) {
            m = m.substring(tp.end());
        }
        char possessive = LEXICON.chars("possessive").charAt(0);
        // 台積電2024年第二季營收, 民國113年3月失業率: what follows the time names the metric
        List<TimeExpressions.TimeMention> times = TimeExpressions.find(m, 0, m.length(), null);
        if (!times.isEmpty()) {
            int end = times.get(times.size() - 1).end();
            while (end < m.length() && m.charAt(end) == possessive) {
                end++;
            }
            if (m.length() - end >= 2) {
                m = m.substring(end);
            }
        }
        boolean again = true;
        while (again) {
            again = false;
            for (String w : LEXICON.list("scope")) {
                // 我国的大学毕业生 keeps 我国: with 的 it tells whose graduates, not the scope of a total
                if (m.startsWith(w) && m.length() - w.length() >= 2 && m.charAt(w.length()) != possessive) {
                    m = m.substring(w.length());
                    again = true;
                    break;
                }
            }
        }
        int de = m.indexOf(possessive);
        if (de > 0 && de <= 3 && m.length() - de - 1 >= 3) {
            m = m.substring(de + 1); // 北区的人均公园绿地面积 -> 人均公园绿地面积
        }
        return m;
    }
}
