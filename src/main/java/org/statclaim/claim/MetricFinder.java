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

    /** The word lists and patterns of metric.txt. */
    static final class Lexicon {
        final java.util.Map<String, List<String>> lists = new java.util.HashMap<>();
        final java.util.Map<String, java.util.regex.Pattern> patterns = new java.util.HashMap<>();
        final List<String[]> examples = new ArrayList<>();

        Lexicon(List<String> lines) {
            for (String line : lines) {
                String[] kv = line.strip().split("\\s+", 3);
                switch (kv[0]) {
                    case "lexicon" -> {
                        List<String> words = new ArrayList<>(List.of(kv[2].split("\\s+")));
                        words.sort(java.util.Comparator.comparingInt(String::length).reversed());
                        lists.put(kv[1], words);
                    }
                    case "pattern" -> patterns.put(kv[1], java.util.regex.Pattern.compile(kv[2]));
                    case "example" -> {
                        String[] parts = line.strip().substring("example".length()).split("=>");
                        examples.add(new String[] {parts[0].strip(), parts[1].strip(), parts[2].strip()});
                    }
                    default -> throw new IllegalArgumentException("metric.txt: unknown line " + line);
                }
            }
        }

        List<String> list(String name) {
            return java.util.Objects.requireNonNull(lists.get(name), name);
        }

        java.util.regex.Pattern pattern(String name) {
            return java.util.Objects.requireNonNull(patterns.get(name), name);
        }
    }

    static final Lexicon LEXICON = new Lexicon(org.statclaim.text.ResourceText.lines(MetricFinder.class, "metric.txt"));
    private static final Set<String> MODIFIER_VERBS = Set.copyOf(LEXICON.list("modifier_verbs"));
    private static final Set<String> NOMINAL_HEADS = Set.copyOf(LEXICON.list("nominal_heads"));
    private static final Set<String> TRAILING_CHANGE = Set.copyOf(LEXICON.list("trailing_change"));

    /** A metric and the rule that chose it (null: the default search). */
    record Found(String metric, String rule) {
    }

    /**
     * The metric of {@code q} given the claims found before it: in its sentence ({@code
     * sentenceSoFar}) and in the document ({@code documentSoFar}).
     */
    static Found assign(String text, Quantity q, List<Token> tokens, List<Quantity> others, int sentenceStart,
                        List<Claim> sentenceSoFar) {
        Found f = assignRaw(text, q, tokens, others, sentenceStart, sentenceSoFar);
        String m = shorten(f.metric());
        if (!m.isEmpty() && !m.equals(text.substring(q.start(), q.end())) && notAMetric(m, q)) {
            // 第二季進一步升至13.1%, 按月減少約15%, 超过810万标准机架: a time or the unit itself
            // says nothing about what is measured; the sentence's metric so far does
            Claim last = sentenceSoFar.isEmpty() ? null : sentenceSoFar.get(sentenceSoFar.size() - 1);
            return new Found(last == null ? "" : last.metric(), "metric.not_time_or_unit");
        }
        return new Found(m, f.rule());
    }

    private static Found assignRaw(String text, Quantity q, List<Token> tokens, List<Quantity> others, int sentenceStart,
                                   List<Claim> sentenceSoFar) {
        int cs = clauseStart(text, q.start(), sentenceStart);
        String before = text.substring(cs, q.start());
        Claim lastInSentence = sentenceSoFar.isEmpty() ? null : sentenceSoFar.get(sentenceSoFar.size() - 1);
        // 这个数字已经达到38%: the phrase that refers back is what the sentence says is measured
        java.util.regex.Matcher anaphor = LEXICON.pattern("anaphor").matcher(before);
        if (anaphor.find() && !LEXICON.pattern("compare_verb").matcher(before.substring(anaphor.end())).find()) {
            return new Found(anaphor.group(), "metric.anaphor");
        }
        if (q.kind() == Kind.MONEY) {
            Found money = money(text, q, before);
            if (money != null) {
                return money;
            }
        }
        Found respectively = respectively(text, q, tokens, others, sentenceStart, sentenceSoFar);
        if (respectively != null) {
            return respectively;
        }
        if (isGrowthRate(text, q, sentenceStart)) {
            String own = COMPARISON_START.matcher(before).lookingAt() ? "" : subject(text, tokensIn(tokens, cs, q.start()));
            if (!own.isEmpty() && !isTime(own)) {
                return new Found(own, null);
            }
            if (lastInSentence != null && !lastInSentence.metric().isEmpty()) {
                return new Found(lastInSentence.metric(), "metric.growth_rate"); // 人均可支配收入39218元，比上年增长6.3%
            }
        }
        java.util.regex.Matcher share = LEXICON.pattern("share").matcher(before);
        if (q.kind() != Kind.COUNT && q.kind() != Kind.MONEY && share.find()) {
            // 占全部STEM技术移民的13%: the whole names what the share is of, unless it is only
            // the world or the total (约占全球的五分之一): then the subject is what is measured;
            // 是其他国家的两倍: a multiple measures its subject
            String base = shorten(subject(text, tokensIn(tokens, cs + share.start(), q.start())));
            boolean partOf = q.kind() == Kind.PERCENT && (before.charAt(share.start()) == '占' || before.charAt(share.start()) == '佔');
            if (partOf && !base.isEmpty() && !isWhole(base)) {
                return new Found(base, "metric.share_of");
            }
            String subject = subject(text, tokensIn(tokens, cs, cs + share.start()));
            if (!subject.isEmpty()) {
                return new Found(subject, "metric.share");
            }
            if (lastInSentence != null && !lastInSentence.metric().isEmpty()) {
                return new Found(lastInSentence.metric(), "metric.share");
            }
        }
        // 男性吸烟率为50.5%，而女性仅为2.1%: the contrast keeps the metric
        String stripped = before.strip();
        if ((stripped.startsWith("而") || stripped.startsWith("但")) && lastInSentence != null && !lastInSentence.metric().isEmpty()
                && lastInSentence.quantity().kind() == q.kind()) {
            String own = subject(text, tokensIn(tokens, cs, q.start()));
            if (own.isEmpty() || isTime(own)) {
                return new Found(lastInSentence.metric(), "metric.parallel"); // 而上年同期为5.1亿元
            }
        }
        if (q.kind() == Kind.COUNT || q.kind() == Kind.PERCENT && ALL_OF_THEM.matcher(text.substring(q.end())).lookingAt()) {
            String outcome = outcome(text, q, tokens);
            if (!outcome.isEmpty()) {
                return new Found(outcome, "metric.outcome");
            }
        }
        if (q.kind() == Kind.RANK) {
            java.util.regex.Matcher frame = LEXICON.pattern("rank_frame").matcher(text.substring(sentenceStart, q.start()));
            String last = null;
            while (frame.find()) {
                last = frame.group("frame");
            }
            if (last != null) {
                int de = last.lastIndexOf('的');
                return new Found(de >= 0 && de + 1 < last.length() ? last.substring(de + 1) : last, "metric.rank_frame");
            }
        }
        if (q.rule().startsWith("rank.placed")) {
            // 算力总规模位居全球第二: what holds the place is the subject of 位居
            java.util.regex.Matcher verb = LEXICON.pattern("rank_verb").matcher(before);
            int at = -1;
            while (verb.find()) {
                at = verb.start();
            }
            if (at >= 0) {
                String holder = subject(text, tokensIn(tokens, cs, cs + at));
                if (holder.isEmpty() && cs > sentenceStart) {
                    holder = left(text, new Quantity(cs, cs, cs, cs, null, null, q.kind(), "", q.qualifier(), q.rule()),
                            tokens, List.of(), sentenceStart);
                }
                if (!holder.isEmpty()) {
                    return new Found(holder, "metric.rank_holder");
                }
            }
        }
        if (q.rule().startsWith("rank.top")) {
            // 全球市值排名前十: what is ranked stands right before; 清华和北大进入了前十: nothing
            // does, and the rank phrase itself is what the number is about
            List<Token> clause = tokensIn(tokens, cs, q.start());
            int lastVerb = -1;
            for (int i = 0; i < clause.size(); i++) {
                if (clause.get(i).isVerb() && !LEXICON.pattern("rank_verb").matcher(clause.get(i).word()).matches()) {
                    lastVerb = i;
                }
            }
            String ranked = subject(text, clause.subList(lastVerb + 1, clause.size()));
            int at = ranked.isEmpty() ? -1 : before.lastIndexOf(ranked);
            if (at >= 0 && RANK_TAIL.matcher(before).find()) {
                ranked = before.substring(at).strip(); // 全球市值排名: the tagger reads 排名 as a verb
            }
            return new Found(ranked.isEmpty() ? text.substring(q.start(), q.end()) : ranked, "metric.rank_top");
        }
        return new Found(find(text, q, tokens, others, sentenceStart), null);
    }

    /** 投入43亿欧元支持清洁技术研发: what money is spent on; 損失港幣約120萬元: what happened to it. */
    private static Found money(String text, Quantity q, String before) {
        if (LEXICON.pattern("spend_verb").matcher(before).find()) {
            int end = text.length();
            java.util.regex.Matcher p = LEXICON.pattern("spend_purpose").matcher(text);
            p.region(q.end(), end);
            if (p.lookingAt()) {
                return new Found(p.group("purpose"), "metric.spent_on");
            }
        }
        String b = before.strip();
        for (String verb : LEXICON.list("money_verbs")) {
            int at = b.lastIndexOf(verb);
            if (at >= 0 && b.length() - at - verb.length() <= 4) { // 損失港幣約: a currency name or qualifier between
                return new Found(verb, "metric.money_verb");
            }
        }
        return null;
    }

    /**
     * 产销分别完成492.9万辆和494.4万辆; 同比分别增长19.4%和14.3%: values listed after 分别 take,
     * in order, the subject before 分别, or else the metrics of as many claims before it.
     */
    private static Found respectively(String text, Quantity q, List<Token> tokens, List<Quantity> others, int sentenceStart,
                                      List<Claim> sentenceSoFar) {
        int fb = Math.max(text.lastIndexOf("分别", q.start()), text.lastIndexOf("分別", q.start()));
        if (fb < sentenceStart || hasBreak(text, fb, q.start())) {
            return null;
        }
        List<Quantity> list = new ArrayList<>();
        for (Quantity o : others) {
            if (o.start() > fb && !hasBreak(text, fb, o.start())) {
                list.add(o);
            }
        }
        int idx = list.indexOf(q);
        if (idx < 0 || list.size() < 2) {
            return null;
        }
        int cs = clauseStart(text, fb, sentenceStart);
        String subject = subject(text, tokensIn(tokens, cs, fb));
        if (!subject.isEmpty()) {
            return new Found(subject, "metric.respectively");
        }
        List<Claim> prior = new ArrayList<>();
        for (Claim c : sentenceSoFar) {
            if (c.quantity().end() <= fb) {
                prior.add(c);
            }
        }
        if (prior.size() >= list.size()) {
            String m = prior.get(prior.size() - list.size() + idx).metric();
            return m.isEmpty() ? null : new Found(m, "metric.respectively");
        }
        return null;
    }

    private static boolean hasBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("，,。；;！？!?：:".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 有高达38%都毕业于国内大学: a share followed by 都 and what all of it did. */
    private static final java.util.regex.Pattern ALL_OF_THEM = java.util.regex.Pattern.compile("[都均也皆]");
    private static final Set<String> LIGHT_VERBS = Set.of("是", "为", "為", "有", "达", "達", "达到", "達到", "占", "佔", "增长", "增長", "下降");

    /** 造成至少38人遇难, 仅有一篇来自中国学者: the verb phrase right after a count says what is counted. */
    private static String outcome(String text, Quantity q, List<Token> tokens) {
        int end = -1;
        int start = -1;
        for (Token t : tokens) {
            if (t.start() < q.end()) {
                continue;
            }
            if (start < 0) {
                if (t.start() == q.end() && t.pos().equals("AD") && ("都".equals(t.word()) || "均".equals(t.word()) || "也".equals(t.word()))) {
                    continue; // 38%都毕业于…
                }
                if (t.start() - q.end() > 1 || !t.isVerb() || t.pos().equals("VC") || t.pos().equals("VE")
                        || LIGHT_VERBS.contains(t.word()) || LEXICON.pattern("change_verb").matcher(t.word()).lookingAt()) {
                    return "";
                }
                start = t.start();
            } else if (t.isPunct() || !(t.isVerb() || t.isNoun() || t.pos().equals("JJ") || t.pos().equals("P")) || t.start() - start > 10) {
                break;
            }
            end = t.end();
        }
        return start < 0 ? "" : text.substring(start, end);
    }

    private static final java.util.regex.Pattern RANK_TAIL = java.util.regex.Pattern.compile("(?:排名|排行|排位)$");
    private static final java.util.regex.Pattern COMPARISON_START = java.util.regex.Pattern.compile("\\s*(?:比|较|較|相比|相较|相較|与|與|和)");

    /** A time (第二季, 疫情期间), the quantity's own unit (标准机架) or a single character (月, 量). */
    static boolean notAMetric(String m, Quantity q) {
        String place = m.startsWith("在") || m.startsWith("於") || m.startsWith("于") ? m.substring(1) : m;
        return isTime(m) || LEXICON.pattern("time_only").matcher(m).matches() || m.equals(q.unit())
                || m.codePointCount(0, m.length()) == 1 || !place.equals(m) && isWhole(place)
                || LEXICON.list("scope").contains(place) || LEXICON.list("whole").contains(place) && !place.equals("人口");
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

    private static boolean isWhole(String base) {
        if (LEXICON.list("whole").contains(base) || LEXICON.list("scope").contains(base)) {
            return true;
        }
        for (String w : LEXICON.list("whole")) { // 全球企业: the world's companies, a whole too
            if (base.startsWith(w) && base.length() > w.length() && LEXICON.list("whole").contains(base.substring(w.length()))) {
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
        // 台積電2024年第二季營收, 民國113年3月失業率: what follows the time names the metric
        List<TimeExpressions.TimeMention> times = TimeExpressions.find(m, 0, m.length(), null);
        if (!times.isEmpty()) {
            int end = times.get(times.size() - 1).end();
            while (end < m.length() && m.charAt(end) == '的') {
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
                if (m.startsWith(w) && m.length() - w.length() >= 2 && m.charAt(w.length()) != '的') {
                    m = m.substring(w.length());
                    again = true;
                    break;
                }
            }
        }
        int de = m.indexOf('的');
        if (de > 0 && de <= 3 && m.length() - de - 1 >= 3) {
            m = m.substring(de + 1); // 北区的人均公园绿地面积 -> 人均公园绿地面积
        }
        return m;
    }

    private static final Set<String> GENERIC_HEADS = Set.of("占比", "比例", "比重", "份额", "份額", "比率", "水平", "平均水平", "左右");
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
        boolean rightFirst = q.kind() == Kind.COUNT || q.rule().startsWith("rank.superlative")
                || q.rule().startsWith("rank.top");
        if (!rightFirst && (q.kind() == Kind.PERCENT || q.kind() == Kind.MONEY || q.kind() == Kind.MEASURE)) {
            rightFirst = nextNonSpace(text, q.end()) == '的';
        }
        if (!rightFirst && (q.kind() == Kind.PERCENT && !q.unit().equals("pp") || q.kind() == Kind.MEASURE)) {
            // 近七成上班族每天…, 每日接收约1.1万公噸都市固體廢物: the noun right after is what is measured
            rightFirst = nounRightAfter(q, tokens);
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

    /** 最/AD 大/JJ 降雨量: 最 makes a superlative of the adjective after it and stays. */
    private static boolean superlative(List<Token> np) {
        return np.size() > 2 && (np.get(0).word().equals("最")) && (np.get(1).pos().equals("JJ") || np.get(1).pos().equals("VA"));
    }

    /** 消費者物價指數（CPI）: the phrase ends with the parenthesis that closes a gloss after a noun. */
    private static boolean closesGloss(List<Token> t) {
        int n = t.size();
        if (n < 3 || !(t.get(n - 1).word().equals("）") || t.get(n - 1).word().equals(")")) || !isNounish(t.get(n - 2))) {
            return false;
        }
        for (int i = n - 3; i >= 0 && i >= n - 8; i--) {
            if (t.get(i).word().equals("（") || t.get(i).word().equals("(")) {
                return true;
            }
        }
        return false;
    }

    /** 上/LC 月/NN, 平均/JJ 年/NN 增/VV: a time unit the segmenter split off is no part of a metric. */
    private static final java.util.regex.Pattern TIME_UNIT = java.util.regex.Pattern.compile("[年月日季]");
    private static final java.util.regex.Pattern CHANGE_WORD = java.util.regex.Pattern.compile(
            "(?:" + LEXICON.pattern("change_verb").pattern() + ")[落升降跌涨漲增减減少多高低缓緩快慢]?");

    private static boolean nounRightAfter(Quantity q, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.start() >= q.end()) {
                return t.start() == q.end() && t.isNoun() && !t.pos().equals("NT") && !t.pos().equals("LC")
                        && !CHANGE_WORD.matcher(t.word()).matches(); // 16,800多點反彈至, 2.49%回落: tagged NN
            }
        }
        return false;
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
            if (started && (pos.equals("DEG") || pos.equals("DEC"))) {
                break; // 覆盖12万名成年人的队列研究: what is counted ends at 的
            }
            if (CLAUSE_BREAK.contains(t.word()) || t.isPunct()) {
                break;
            }
            boolean ok = t.isNoun() || pos.equals("JJ") || pos.equals("DEG") || pos.equals("FW") || pos.equals("CC") && started
                    || t.isVerb() && MODIFIER_VERBS.contains(t.word()) // 不到四分之一的受访企业
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
        if (afterAnother && LEXICON.pattern("change_verb").matcher(phrase).matches()) {
            phrase = ""; // 從年初的16,800多點反彈至20,000點: 反彈 is how it changed, the metric comes from the first value
        }
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
            if (i >= sentenceStart && (text.charAt(i) == '）' || text.charAt(i) == ')')) {
                // 消費者物價指數（CPI）平均年增: a short gloss in parentheses is part of the phrase
                int open = Math.max(text.lastIndexOf('（', i), text.lastIndexOf('(', i));
                if (open >= sentenceStart && i - open <= 12 && !hasBreak(text, open + 1, i)) {
                    i = open - 1;
                }
            }
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
        List<Token> t = nominalHeads(toks);
        // 毛利率从2018年的…: what changes stands before 从
        for (int i = 0; i < t.size(); i++) {
            // 從 is sometimes tagged VV; 从美国大学毕业的 is not a starting value: a time or number must follow
            if (FROM_PREPOSITIONS.contains(t.get(i).word()) && i > 0 && (i + 1 == t.size()
                    || t.get(i + 1).pos().equals("NT") || t.get(i + 1).pos().equals("CD")
                    || t.get(i + 1).word().startsWith("民國") || t.get(i + 1).word().startsWith("民国"))) { // 由民國110年的…
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
        while (!t.isEmpty() && !closesGloss(t) && (!isNounish(t.get(t.size() - 1)) || t.get(t.size() - 1).pos().equals("NT")
                || isTime(t.get(t.size() - 1).word()) || TIME_UNIT.matcher(t.get(t.size() - 1).word()).matches())) {
            t.remove(t.size() - 1); // 台積電去年[營收], 一個單位上月: a time word is not what is measured
        }
        // 手机芯片出货量在全球排名第5: a place after 在 says where, the subject stands before it
        for (int i = t.size() - 1; i > 0; i--) {
            Token x = t.get(i);
            if (x.pos().equals("P") && (x.word().equals("在") || x.word().equals("於") || x.word().equals("于"))) {
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
            if ((x.isVerb() && !modifierVerb(t, i) || x.pos().equals("P") && i > 0) && !hasAfter(t, i, "DEC", "DEG")) {
                start = i + 1;
            }
        }
        List<Token> np = new ArrayList<>(t.subList(Math.min(start, t.size()), t.size()));
        for (int i = np.size() - 2; i > 0; i--) {
            if (np.get(i).pos().equals("NT") && isNounish(np.get(np.size() - 1)) && NOMINAL_HEADS.contains(np.get(np.size() - 1).word())) {
                np = new ArrayList<>(np.subList(i + 1, np.size())); // 智驰科技2024年研发投入: what follows the time
                break;
            }
        }
        while (!np.isEmpty() && (np.get(0).pos().equals("NT") || np.get(0).pos().equals("AD") && !superlative(np) || np.get(0).pos().equals("AS")
                || np.get(0).pos().equals("CC") || np.get(0).pos().equals("PU") || np.get(0).pos().equals("DEG")
                || np.get(0).pos().equals("DEC") || np.get(0).pos().equals("CD") || np.get(0).pos().equals("M") || np.get(0).pos().equals("LC")
                || np.get(0).pos().equals("P") && !np.get(0).word().equals("在"))) {
            np.remove(0);
        }
        while (!np.isEmpty() && LEADING_CONNECTIVES.contains(np.get(0).word())) {
            np.remove(0); // 其中65岁以上人口 -> 65岁以上人口
        }
        while (!np.isEmpty() && TRAILING_COMPARISON.contains(np.get(np.size() - 1).word())
                || np.size() > 1 && TRAILING_CHANGE.contains(np.get(np.size() - 1).word()) && isNounish(np.get(np.size() - 2))) {
            np.remove(np.size() - 1); // 工业增加值同比 -> 工业增加值, 固定资产投资增长 -> 固定资产投资
        }
        return nounPhrase(text, np);
    }

    /**
     * 研发/VV 投入/VV, 营业/VV 收入/NN: a head of metric.txt's nominal_heads after a noun or a verb
     * is a noun, and so is a verb right before such a head.
     */
    private static List<Token> nominalHeads(List<Token> toks) {
        List<Token> t = new ArrayList<>(toks);
        for (int i = 1; i < t.size(); i++) {
            Token head = t.get(i);
            Token before = t.get(i - 1);
            if (NOMINAL_HEADS.contains(head.word()) && (isNounish(before) || before.isVerb())) {
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
        if (i + 1 < t.size() && t.get(i + 1).isNoun() && (MODIFIER_VERBS.contains(w)
                || i > 0 && MODIFIER_VERBS.contains(t.get(i - 1).word() + w))) {
            return true;
        }
        return i + 2 < t.size() && t.get(i + 2).isNoun() && MODIFIER_VERBS.contains(w + t.get(i + 1).word());
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
        int end = span.get(last).end();
        if (last + 1 < span.size() && (span.get(last + 1).word().equals("）") || span.get(last + 1).word().equals(")"))) {
            end = span.get(last + 1).end(); // 消費者物價指數（CPI）: the gloss closes
        }
        String phrase = text.substring(span.get(0).start(), end).strip();
        for (String generic : GENERIC_HEADS) {
            if (phrase.endsWith(generic) && phrase.length() <= generic.length() + 1) {
                return ""; // 占比, 低水平: says nothing about what is measured
            }
        }
        return phrase;
    }
}
