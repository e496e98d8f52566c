package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.statclaim.nlp.Token;
import org.statclaim.quantity.Kind;
import org.statclaim.quantity.Quantity;

/**
 * Finds the phrase naming what a quantity measures, copied from the text, from the words and
 * parts of speech around it:
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

    private static final Set<String> GENERIC_HEADS = Set.of("占比", "比例", "比重", "份额", "份額", "比率", "水平", "左右");
    private static final Set<String> LEADING_CONNECTIVES = Set.of("其中", "其", "另外", "此外", "同时", "同時", "而", "但", "但是",
            "并且", "並且", "而且", "以及", "及", "和", "与", "與");
    private static final Set<String> TRAILING_COMPARISON = Set.of("同比", "环比", "環比", "同期", "比", "较", "較", "年增率", "年增");
    private static final Set<String> CLAUSE_BREAK = Set.of("，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?", "、", "（", "(", "）", ")");
    private static final Set<String> FROM_PREPOSITIONS = Set.of("从", "從", "由", "比", "较", "較", "相比", "较上年", "同比");

    private MetricFinder() {
    }

    /** The metric of {@code q}, or "" when none is found; {@code others} are the other quantities of the sentence. */
    /**
     * 比上年增长5.2%, 同比下降3%, 扣除价格因素实际增长6.1%: a growth rate right after a value
     * measures the same thing as that value.
     */
    private static final java.util.regex.Pattern GROWTH = java.util.regex.Pattern.compile(
            "^[^，,；;。]{0,10}?(?:增长|增長|下降|增加|减少|減少|上涨|上漲|下跌|上升|回落|提高|降低|下滑|上修|下修|调升|調升|调降|調降|加快|放缓|放緩|扩大|擴大|缩小|縮小|回升|反弹|反彈|提升|收窄|增|降|减|減|升|跌|涨|漲)了?"
            + "(?:约|約|近|超过|超過|逾)?$");

    /** True when {@code q} is a change stated in its own clause (比上年增长5.2%, 比上年末减少208万人). */
    static boolean isGrowthRate(String text, Quantity q, int sentenceStart) {
        int cs = clauseStart(text, q.start(), sentenceStart);
        return cs > sentenceStart && GROWTH.matcher(text.substring(cs, q.start())).find();
    }

    static String find(String text, Quantity q, List<Token> tokens, List<Quantity> others, int sentenceStart) {
        boolean rightFirst = q.kind() == Kind.COUNT || q.kind() == Kind.MEASURE || q.rule().equals("rank.superlative")
                || q.rule().equals("rank.top");
        if (!rightFirst && (q.kind() == Kind.PERCENT || q.kind() == Kind.MONEY)) {
            rightFirst = nextNonSpace(text, q.end()) == '的';
        }
        if (rightFirst) {
            String right = right(text, q, tokens);
            if (!right.isEmpty()) {
                return right;
            }
        }
        String left = left(text, q, tokens, others, sentenceStart);
        if (!left.isEmpty()) {
            return left;
        }
        return rightFirst ? "" : right(text, q, tokens);
    }

    private static char nextNonSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : 0;
    }

    private static String right(String text, Quantity q, List<Token> tokens) {
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
            if (CLAUSE_BREAK.contains(t.word()) || t.isPunct()) {
                break;
            }
            boolean ok = t.isNoun() || pos.equals("JJ") || pos.equals("DEG") || pos.equals("FW") || pos.equals("CC") && started
                    || !started && pos.equals("P") && !t.word().equals("为") && !t.word().equals("為");
            if (!ok) {
                break;
            }
            started = true;
            span.add(t);
        }
        return nounPhrase(text, span);
    }

    private static String left(String text, Quantity q, List<Token> tokens, List<Quantity> others, int sentenceStart) {
        int clauseStart = clauseStart(text, q.start(), sentenceStart);
        boolean afterAnother = false;
        for (Quantity o : others) {
            if (o != q && o.end() <= q.start() && o.end() > clauseStart) {
                clauseStart = o.end();
                afterAnother = true;
            }
        }
        String phrase = subject(text, tokensIn(tokens, clauseStart, q.start()));
        if (!phrase.isEmpty() || clauseStart <= sentenceStart || afterAnother) {
            return phrase; // 从62.9%暴跌至29.1%: the second value shares the first's metric (Relations)
        }
        // an empty clause (约有80%, 2019年是27%): the clause before names the group
        int prevEnd = clauseStart - 1;
        while (prevEnd > sentenceStart && !CLAUSE_BREAK.contains(String.valueOf(text.charAt(prevEnd)))) {
            prevEnd--;
        }
        int prevStart = clauseStart(text, prevEnd, sentenceStart);
        return subject(text, tokensIn(tokens, prevStart, prevEnd));
    }

    private static int clauseStart(String text, int pos, int sentenceStart) {
        int i = pos - 1;
        while (i >= sentenceStart && !CLAUSE_BREAK.contains(String.valueOf(text.charAt(i)))) {
            i--;
        }
        return i + 1;
    }

    private static List<Token> tokensIn(List<Token> tokens, int from, int to) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to) {
                out.add(t);
            }
        }
        return out;
    }

    /** The noun phrase a clause fragment ends with, after its last predicate verb. */
    private static String subject(String text, List<Token> toks) {
        List<Token> t = new ArrayList<>(toks);
        // 毛利率从2018年的…: what changes stands before 从
        for (int i = 0; i < t.size(); i++) {
            // 從 is sometimes tagged VV; 从美国大学毕业的 is not a starting value: a time or number must follow
            if (FROM_PREPOSITIONS.contains(t.get(i).word()) && i > 0 && (i + 1 == t.size()
                    || t.get(i + 1).pos().equals("NT") || t.get(i + 1).pos().equals("CD"))) {
                t = new ArrayList<>(t.subList(0, i));
                break;
            }
        }
        // X是Y的两倍: the subject stands before 是
        for (int i = t.size() - 1; i > 0; i--) {
            if ((t.get(i).pos().equals("VC") || t.get(i).word().equals("为")) && hasAfter(t, i, "DEG", "DEC")) {
                t = new ArrayList<>(t.subList(0, i));
                break;
            }
        }
        while (!t.isEmpty() && (!isNounish(t.get(t.size() - 1)) || t.get(t.size() - 1).pos().equals("NT"))) {
            t.remove(t.size() - 1); // 台積電去年[營收]: a time word is not what is measured
        }
        int start = 0;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if ((x.isVerb() || x.pos().equals("P") && i > 0) && !hasAfter(t, i, "DEC")) {
                start = i + 1;
            }
        }
        List<Token> np = new ArrayList<>(t.subList(Math.min(start, t.size()), t.size()));
        while (!np.isEmpty() && (np.get(0).pos().equals("NT") || np.get(0).pos().equals("AD") || np.get(0).pos().equals("AS")
                || np.get(0).pos().equals("CC") || np.get(0).pos().equals("PU") || np.get(0).pos().equals("DEG")
                || np.get(0).pos().equals("DEC") || np.get(0).pos().equals("CD") || np.get(0).pos().equals("LC")
                || np.get(0).pos().equals("P") && !np.get(0).word().equals("在"))) {
            np.remove(0);
        }
        while (!np.isEmpty() && LEADING_CONNECTIVES.contains(np.get(0).word())) {
            np.remove(0); // 其中65岁以上人口 -> 65岁以上人口
        }
        while (!np.isEmpty() && TRAILING_COMPARISON.contains(np.get(np.size() - 1).word())) {
            np.remove(np.size() - 1); // 工业增加值同比 -> 工业增加值
        }
        return nounPhrase(text, np);
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

    private static boolean isNounish(Token t) {
        return t.isNoun() || t.pos().equals("FW") || t.pos().equals("PN") && t.word().length() > 1;
    }

    /** The text from the first to the last noun of {@code span}, verbatim. */
    private static String nounPhrase(String text, List<Token> span) {
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
        String phrase = text.substring(span.get(0).start(), span.get(last).end()).strip();
        for (String generic : GENERIC_HEADS) {
            if (phrase.endsWith(generic) && phrase.length() <= generic.length() + 1) {
                return ""; // 占比, 低水平: says nothing about what is measured
            }
        }
        return phrase;
    }
}
