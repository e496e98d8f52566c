package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.statclaim.claim.MetricFinder.Found;
import org.statclaim.nlp.Token;
import org.statclaim.quantity.Kind;
import org.statclaim.quantity.Quantity;
import org.statclaim.text.Clauses;
import org.statclaim.text.Lexicon;

/**
 * The metric rules, tried in order: the first that names a metric decides. Each looks at the
 * quantity's {@link Site} (its clause, the sentence's words and the claims before it) with the
 * phrase toolkit of {@link NounPhrases}; their words are in metric.txt. To add a rule, write it
 * here and put it in {@link #RULES} where it must win over the ones after it.
 */
final class MetricRules {

    private static final Lexicon WORDS = MetricFinder.LEXICON;

    /** The prefix of the rules whose metric joins pieces of the text (each shortened before the join). */
    static final String JOINED = "metric.multiple_";

    /** Where a quantity stands: everything a metric rule may look at. */
    record Site(String text, Quantity q, List<Token> tokens, List<Quantity> others, int sentenceStart,
                List<Claim> sentenceSoFar, int clauseStart, String before) {

        /** The claim before this one in its sentence, or null. */
        Claim last() {
            return sentenceSoFar.isEmpty() ? null : sentenceSoFar.get(sentenceSoFar.size() - 1);
        }

        /** The metric of the claim before in the sentence, or "". */
        String lastMetric() {
            Claim last = last();
            return last == null ? "" : last.metric();
        }

        /** The words of the clause from {@code from} up to the quantity. */
        List<Token> wordsBefore(int from) {
            return NounPhrases.in(tokens, from, q.start());
        }
    }

    /** One rule: a metric and the rule's name for the trace, or null when the rule does not apply. */
    interface Rule {
        Found apply(Site s);
    }

    record Named(String name, Rule rule) {
    }

    /** The rules in the order they are tried. */
    static final List<Named> RULES = List.of(
            new Named("anaphor", MetricRules::anaphor),
            new Named("money", MetricRules::money),
            new Named("respectively", MetricRules::respectively),
            new Named("growth_rate", MetricRules::growthRate),
            new Named("share", MetricRules::share),
            new Named("listed_base", MetricRules::listedBase),
            new Named("parallel", MetricRules::parallel),
            new Named("outcome", MetricRules::outcome),
            new Named("share_does", MetricRules::shareDoes),
            new Named("rank_frame", MetricRules::rankFrame),
            new Named("rank_holder", MetricRules::rankHolder),
            new Named("rank_top", MetricRules::rankTop),
            new Named("cause_span", MetricRules::causeSpan),
            new Named("comparison_span", MetricRules::comparisonSpan),
            new Named("nearest_phrase", MetricRules::nearestPhrase));

    private MetricRules() {
    }

    /** 这个数字已经达到38%: the phrase that refers back is what the sentence says is measured. */
    static Found anaphor(Site s) {
        Matcher anaphor = WORDS.pattern("anaphor").matcher(s.before());
        if (anaphor.find() && !WORDS.pattern("compare_verb").matcher(s.before().substring(anaphor.end())).find()) {
            return new Found(anaphor.group(), "metric.anaphor");
        }
        return null;
    }

    /** 投入43亿欧元支持清洁技术研发: what money is spent on; 損失港幣約120萬元: what happened to it. */
    static Found money(Site s) {
        if (s.q().kind() != Kind.MONEY) {
            return null;
        }
        if (WORDS.pattern("spend_verb").matcher(s.before()).find()) {
            Matcher p = WORDS.pattern("spend_purpose").matcher(s.text());
            p.region(s.q().end(), s.text().length());
            if (p.lookingAt()) {
                return new Found(p.group("purpose"), "metric.spent_on");
            }
        }
        String b = s.before().strip();
        for (String verb : WORDS.list("money_verbs")) {
            int at = b.lastIndexOf(verb);
            int from = s.clauseStart() + s.before().indexOf(b) + at;
            boolean countBetween = at >= 0 && countBetween(s, from + verb.length());
            if (at >= 0 && (b.length() - at - verb.length() <= 4 || countBetween && b.length() - at - verb.length() <= COUNTED_GAP)) { // 損失港幣約: a currency name or qualifier between
                if (!startsAWord(s.tokens(), from)) {
                    continue; // 自筹资金: 筹资 across two words is no verb
                }
                if (countBetween) {
                    // 至少欠3名債主1.2億元: the money is what is owed to them, not what the count counts
                    return new Found(s.text().substring(from, s.q().start()).strip(), "metric.money_verb");
                }
                return new Found(NounPhrases.around(s.text(), s.tokens(), from, from + verb.length(), s.clauseStart(), s.q().start()),
                        "metric.money_verb");
            }
        }
        return null;
    }

    /** The longest gap (in characters) between a money verb and the money when a count stands in it (欠3名債主). */
    private static final int COUNTED_GAP = 8;

    /** A count (3名債主) starts right after a money verb, before the money. */
    private static boolean countBetween(Site s, int afterVerb) {
        for (Quantity o : s.others()) {
            if (o.kind() == Kind.COUNT && o.start() == afterVerb && o.end() < s.q().start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 产销分别完成492.9万辆和494.4万辆; 同比分别增长19.4%和14.3%: values listed after 分别 take,
     * in order, the subject before 分别, or else the metrics of as many claims before it.
     */
    static Found respectively(Site s) {
        String text = s.text();
        Quantity q = s.q();
        int fb = -1;
        for (String word : WORDS.list("respectively")) {
            fb = Math.max(fb, text.lastIndexOf(word, q.start()));
        }
        if (fb < s.sentenceStart() || Clauses.hasBreak(text, fb, q.start(), Clauses.Scope.CLAUSE)) {
            return null;
        }
        List<Quantity> list = new ArrayList<>();
        for (Quantity o : s.others()) {
            if (o.start() > fb && !Clauses.hasBreak(text, fb, o.start(), Clauses.Scope.CLAUSE)) {
                list.add(o);
            }
        }
        int idx = list.indexOf(q);
        if (idx < 0 || list.size() < 2) {
            return null;
        }
        int cs = NounPhrases.phraseStart(text, fb, s.sentenceStart());
        String subject = NounPhrases.subject(text, NounPhrases.in(s.tokens(), cs, fb));
        if (!subject.isEmpty()) {
            int at = text.lastIndexOf(subject, fb);
            String between = text.substring(fb, list.get(0).start());
            if (at >= cs && WORDS.pattern("respectively_share").matcher(between).matches()) {
                // 本地客及旅客分别占该店销售额80%及20%: the parts with the whole they are shares of, verbatim
                return new Found(text.substring(at, list.get(0).start()).replaceAll(WORDS.pattern("share_tail").pattern(), "").strip(),
                        "metric.respectively_share");
            }
            return new Found(subject, "metric.respectively");
        }
        List<Claim> prior = new ArrayList<>();
        for (Claim c : s.sentenceSoFar()) {
            if (c.quantity().end() <= fb && !modifiesALaterValue(c, s.sentenceSoFar(), s.text())) {
                prior.add(c);
            }
        }
        if (prior.size() >= list.size()) {
            String m = prior.get(prior.size() - list.size() + idx).metric();
            return m.isEmpty() ? null : new Found(m, "metric.respectively");
        }
        return prior.isEmpty() ? listedBefore(s, cs, list.size()) : null;
    }

    /** 5万元以上大案260件: a value that is part of a later value's metric is a category, no listed item. */
    private static boolean modifiesALaterValue(Claim c, List<Claim> claims, String text) {
        String mention = text.substring(c.quantity().start(), c.quantity().end());
        for (Claim o : claims) {
            if (o.quantity().start() > c.quantity().start() && o.metric().contains(mention)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 开发区、保税区和高新技术园区的财政收入继续保持高速增长势头，同比分别增长51%、53.8%和57%: with
     * no subject and no values before 分别, the values measure the subject the clause before opens
     * with, when it lists as many items as there are values.
     */
    private static Found listedBefore(Site s, int cs, int values) {
        String text = s.text();
        if (cs - 1 <= s.sentenceStart() || !Clauses.isBreak(text.charAt(cs - 1), Clauses.Scope.CLAUSE)) {
            return null;
        }
        int ps = Clauses.start(text, cs - 1, s.sentenceStart(), Clauses.Scope.CLAUSE);
        List<Token> opening = new ArrayList<>();
        for (Token t : NounPhrases.in(s.tokens(), ps, cs - 1)) {
            if (t.isVerb()) {
                break;
            }
            opening.add(t);
        }
        String subject = NounPhrases.subject(text, opening);
        int at = subject.isEmpty() ? -1 : text.indexOf(subject, ps);
        String lead = at < 0 ? "" : text.substring(ps, at).strip();
        if (at < 0 || at >= cs || !lead.isEmpty() && !WORDS.has("scope", lead)) {
            return null; // the list must open the clause (a scope word such as 该市 may stand before it)
        }
        Matcher marks = WORDS.pattern("list_item_marks").matcher(subject);
        int items = 1;
        while (marks.find()) {
            items++;
        }
        return items == values && !MetricFinder.isTime(subject) ? new Found(subject, "metric.respectively_before") : null;
    }

    /**
     * 全省国税收入（含海关代征）连上四个台阶，继1996年突破300亿元大关后: a clause with no subject of
     * its own goes on with the topic the clause before opens with (the words before its first verb).
     * "" when that clause has none, or when the value's own clause holds another value.
     */
    static String topic(Site s) {
        String text = s.text();
        int cs = s.clauseStart();
        boolean predicate = false; // 继1996年突破300亿元: the value's clause says what the topic did (全国860万户: no)
        int ce = Clauses.end(s.text(), s.q().end(), s.text().length(), Clauses.Scope.PHRASE);
        for (Token t : NounPhrases.in(s.tokens(), cs, ce)) {
            predicate |= t.isVerb() && !t.pos().equals("VC") && !t.pos().equals("VE");
        }
        if (!predicate || cs - 1 <= s.sentenceStart() || lastValueEnd(s.others(), s.q(), cs) >= 0) {
            return "";
        }
        int ps = NounPhrases.phraseStart(text, cs - 1, s.sentenceStart());
        List<Token> clause = NounPhrases.in(s.tokens(), ps, cs - 1);
        List<Token> opening = new ArrayList<>();
        int depth = 0;
        for (Token t : clause) {
            depth += t.word().length() == 1 && WORDS.chars("open_bracket").indexOf(t.word().charAt(0)) >= 0 ? 1
                    : t.word().length() == 1 && WORDS.chars("close_bracket").indexOf(t.word().charAt(0)) >= 0 ? -1 : 0;
            if (t.isVerb() && depth == 0) {
                break;
            }
            if (t.pos().equals("P")) {
                return ""; // 省里与某集团合资兴建的…: who is the topic is not plain
            }
            opening.add(t);
        }
        if (opening.size() >= clause.size() - 1) {
            return ""; // no verb (整个“九五”期间), or only a verb after a name (某发言人称): no topic carries
        }
        String topic = MetricFinder.shorten(NounPhrases.subject(text, opening));
        return topic.isEmpty() || MetricFinder.notAMetric(topic, s.q()) ? "" : topic;
    }

    private static boolean startsAWord(List<Token> tokens, int at) {
        for (Token t : tokens) {
            if (t.start() == at) {
                return true;
            }
        }
        return tokens.isEmpty();
    }

    /** 人均可支配收入39218元，比上年增长6.3%: a growth rate measures its clause's subject, else the value before it. */
    static Found growthRate(Site s) {
        if (s.q().kind() == Kind.COUNT && !NounPhrases.right(s.text(), s.q(), s.tokens()).isEmpty()) {
            return null; // 新增了1台变压器: what a count counts follows it, whatever verb stands before
        }
        int from = s.clauseStart();
        if (!isGrowthRate(s.text(), s.q(), s.sentenceStart())) {
            // 工业总产值 4090亿元 同比增 10.5% 固定资产投资 2796亿元: a change right after a value in
            // its clause measures that value's metric, never the label after it
            int after = lastValueEnd(s.others(), s.q(), from);
            if (after < 0 || !WORDS.pattern("growth").matcher(s.text().substring(after, s.q().start()).strip()).matches()) {
                return null;
            }
            from = after;
        }
        String before = s.text().substring(from, s.q().start());
        String own = WORDS.pattern("comparison_start").matcher(before).lookingAt() ? ""
                : NounPhrases.subject(s.text(), s.wordsBefore(from));
        if (!own.isEmpty() && !MetricFinder.isTime(own)) {
            return new Found(own, null);
        }
        // 住宅开发投资435亿元，占房产总投资的68.1%，增长接近2成: the growth is the amount's, not the share's
        for (int i = s.sentenceSoFar().size() - 1; i >= 0; i--) {
            Claim c = s.sentenceSoFar().get(i);
            if (!c.metric().isEmpty() && c.rules().stream().noneMatch(r -> r.startsWith("metric.share"))) {
                return new Found(c.metric(), "metric.growth_rate");
            }
        }
        if (!s.lastMetric().isEmpty()) {
            return new Found(s.lastMetric(), "metric.growth_rate");
        }
        return null;
    }

    /** True when {@code q} is a change stated in its own clause (比上年增长5.2%, 比上年末减少208万人). */
    static boolean isGrowthRate(String text, Quantity q, int sentenceStart) {
        int cs = NounPhrases.phraseStart(text, q.start(), sentenceStart);
        return cs > sentenceStart && WORDS.pattern("growth").matcher(text.substring(cs, q.start())).find();
    }

    /**
     * 占全部STEM技术移民的13%: the whole names what the share is of, unless it is only the world
     * or the total (约占全球的五分之一): then the subject is what is measured; 是其他国家的两倍: a
     * multiple measures its subject.
     */
    static Found share(Site s) {
        Quantity q = s.q();
        if (q.kind() == Kind.COUNT || q.kind() == Kind.MONEY) {
            return null;
        }
        Matcher share = shareOrBase(s.before(), q.kind() == Kind.MULTIPLE);
        if (share == null) {
            return null;
        }
        int cs = s.clauseStart();
        String base = MetricFinder.shorten(NounPhrases.subject(s.text(), s.wordsBefore(cs + share.start())));
        boolean partOf = q.kind() == Kind.PERCENT && WORDS.has("part_of_verbs", String.valueOf(s.before().charAt(share.start())));
        String subject = NounPhrases.subject(s.text(), NounPhrases.in(s.tokens(), cs, cs + share.start()));
        if (partOf && !base.isEmpty() && !MetricFinder.isWhole(base)) {
            // 农产品创汇总额占全省创汇总额的50%: the part with its whole, verbatim; no part in the clause: the whole
            int partAt = subject.isEmpty() ? -1 : s.before().lastIndexOf(subject, share.start());
            int baseAt = s.before().lastIndexOf(base);
            return partAt >= 0 && baseAt > partAt ? new Found(s.before().substring(partAt, baseAt + base.length()), "metric.share_of")
                    : new Found(base, "metric.share_of");
        }
        if (q.kind() == Kind.MULTIPLE) {
            // 是上年同期的2.63倍: a multiple is of its subject against the base: both are the metric
            // no subject in the clause: the one before it, never a value inside the base (是一般民眾三到四人的十倍)
            int relationAt = cs + share.start();
            Claim before = null;
            for (Claim c : s.sentenceSoFar()) {
                if (c.quantity().end() <= relationAt) {
                    before = c;
                }
            }
            String subj = !subject.isEmpty() ? subject : subjectOf(s.text(), before, s.sentenceStart());
            subj = MetricFinder.shorten(subj);
            if (subj.codePointCount(0, subj.length()) > MULTIPLE_SUBJECT_MAX) {
                return new Found(subj, "metric.share"); // a long subject says enough alone
            }
            if (subj.isEmpty() || MetricFinder.notAMetric(subj, q)) {
                // 挂牌量已是成交量的数倍 read as 量: no subject worth joining to the base
                return subject.isEmpty() ? null : new Found(subject, "metric.share");
            }
            return new Found(subj + relation(s.before().substring(share.start())), "metric.multiple_of");
        }
        if (!subject.isEmpty()) {
            return new Found(subject, "metric.share");
        }
        if (!s.lastMetric().isEmpty()) {
            return new Found(s.lastMetric(), "metric.share");
        }
        return null;
    }

    /** The longest subject (in characters) a multiple's base is joined to. */
    private static final int MULTIPLE_SUBJECT_MAX = 10;

    /** The verb and base before a multiple (是上年同期的), without a trailing approximator (约). */
    private static String relation(String verbAndBase) {
        Matcher tail = WORDS.pattern("relation_tail").matcher(verbAndBase);
        return tail.find() ? verbAndBase.substring(0, tail.start()) : verbAndBase;
    }

    /**
     * What {@code c} measures without the base of its multiple (产量 of 产量是上年同期的): the subject
     * a multiple listed after it shares; "" for none.
     */
    private static String subjectOf(String text, Claim c, int sentenceStart) {
        if (c == null) {
            return "";
        }
        String m = c.metric();
        if (!c.rules().contains("metric.multiple_of")) {
            return m;
        }
        String rel = relationBefore(text, c.quantity(), sentenceStart);
        return rel != null && m.endsWith(rel) ? m.substring(0, m.length() - rel.length()) : m;
    }

    /** The verb and base right before a multiple in its clause (为美国的, 为美国), or null. */
    private static String relationBefore(String text, Quantity q, int sentenceStart) {
        int cs = NounPhrases.phraseStart(text, q.start(), sentenceStart);
        String before = text.substring(cs, q.start());
        Matcher share = shareOrBase(before, true);
        return share == null ? null : relation(before.substring(share.start()));
    }

    /**
     * The share or base phrase that ends the clause text {@code before} (占…的, 是…的), or for a
     * multiple its base without 的 (為美國): the matcher, found, or null.
     */
    private static Matcher shareOrBase(String before, boolean multiple) {
        Matcher share = WORDS.pattern("share").matcher(before);
        if (share.find()) {
            return share;
        }
        Matcher bare = WORDS.pattern("multiple_base").matcher(before);
        return multiple && bare.find() ? bare : null;
    }

    /**
     * 为美国的21倍、德国的2.6倍: a multiple or share listed after another names only its base
     * (德国的); it measures what the one before it measures, the base never is the metric.
     */
    static Found listedBase(Site s) {
        Claim last = s.last();
        int cs = s.clauseStart();
        if (last == null || last.metric().isEmpty() || last.quantity().kind() != s.q().kind() || cs <= s.sentenceStart()
                || !WORDS.has("list_marks", String.valueOf(s.text().charAt(cs - 1)))
                || !WORDS.pattern("listed_base").matcher(s.before()).matches()
                || Clauses.hasBreak(s.text(), last.quantity().end(), cs - 1, Clauses.Scope.PHRASE)) {
            return null;
        }
        if (s.q().kind() == Kind.MULTIPLE) {
            // 为美国的21倍、德国的2.6倍: the second is of the same subject against its own base, with the list's verb
            List<Claim> before = s.sentenceSoFar();
            int head = before.size() - 1;
            while (head >= 0 && before.get(head).rules().contains("metric.multiple_listed")) {
                head--;
            }
            if (head >= 0 && before.get(head).rules().contains("metric.multiple_of")) {
                Claim first = before.get(head);
                String rel = relationBefore(s.text(), first.quantity(), s.sentenceStart());
                Matcher verb = rel == null ? null : WORDS.pattern("relation_verb").matcher(rel);
                if (verb != null && verb.lookingAt()) {
                    return new Found(MetricFinder.shorten(subjectOf(s.text(), first, s.sentenceStart())) + verb.group() + relation(s.before().strip()),
                            "metric.multiple_listed");
                }
            }
        }
        return new Found(last.metric(), "metric.listed_base");
    }

    /** 男性吸烟率为50.5%，而女性仅为2.1%; 而上年同期为5.1亿元: the contrast keeps the metric. */
    static Found parallel(Site s) {
        String stripped = s.before().strip();
        boolean contrast = false;
        for (String w : WORDS.list("contrast")) {
            contrast |= stripped.startsWith(w);
        }
        Claim last = s.last();
        boolean ownAfter = WORDS.chars("possessive").indexOf(nextNonSpace(s.text(), s.q().end())) >= 0;
        if (contrast && !ownAfter && last != null && !last.metric().isEmpty() && last.quantity().kind() == s.q().kind()) {
            // 但仍高於50%的國際警戒水平: what follows 的 names this value, no parallel
            String own = NounPhrases.subject(s.text(), s.wordsBefore(s.clauseStart()));
            if (own.isEmpty() || MetricFinder.isTime(own)) {
                return new Found(last.metric(), "metric.parallel");
            }
        }
        return null;
    }

    /** The longest counted noun (in characters) a verb phrase may follow (12个单位获买家提出认购). */
    private static final int COUNTED_MAX = 2;

    /** 造成至少38人遇难, 仅有一篇来自中国学者, 38%都毕业于…: the verb phrase after a count says what is counted. */
    static Found outcome(Site s) {
        Quantity q = s.q();
        if (NounPhrases.nounRightBefore(q, s.tokens())) {
            return null; // NBA收视人数过亿刷新纪录: the noun before the value names it, the verb after is news about it
        }
        if (!(q.kind() == Kind.COUNT || q.kind() == Kind.PERCENT && WORDS.pattern("all_of_them").matcher(s.text().substring(q.end())).lookingAt())) {
            return null;
        }
        int end = -1;
        int start = -1;
        int nounStart = -1;
        int nounEnd = q.end();
        for (Token t : s.tokens()) {
            if (t.start() < q.end()) {
                continue;
            }
            if (start < 0 && q.kind() == Kind.COUNT && t.start() == nounEnd && NounPhrases.isNounish(t) && !t.pos().equals("NT")
                    && t.end() - q.end() <= COUNTED_MAX) {
                nounStart = nounStart < 0 ? t.start() : nounStart; // 12个单位获买家提出认购: the counted noun, then what it does
                nounEnd = t.end();
                continue;
            }
            if (start < 0) {
                if (nounStart >= 0 && t.start() != nounEnd) {
                    return null;
                }
                if (nounStart >= 0) {
                    if (!t.isVerb() || t.pos().equals("VC") || t.pos().equals("VE") || WORDS.has("light_verbs", t.word())
                            || WORDS.pattern("change_verb").matcher(t.word()).lookingAt() || WORDS.has("clause_span_not_verbs", t.word())) {
                        return null;
                    }
                    start = nounStart;
                    end = t.end();
                    continue;
                }
                if (t.start() == q.end() && t.pos().equals("AD") && WORDS.has("all_adverbs", t.word())) {
                    continue; // 38%都毕业于…
                }
                if (t.start() == q.end() && t.pos().equals("P") && WORDS.has("cause_prepositions", t.word())) {
                    start = t.start(); // 15万人因缺电导致饮水困难
                    end = t.end();
                    continue;
                }
                if (t.start() - q.end() > 1 || !t.isVerb() || t.pos().equals("VC") || t.pos().equals("VE")
                        || WORDS.has("light_verbs", t.word()) || WORDS.pattern("change_verb").matcher(t.word()).lookingAt()
                        || WORDS.pattern("rank_verb").matcher(s.text()).region(t.start(), s.text().length()).lookingAt()) {
                    return null; // 超500亿居全国第四: a rank after the value is no outcome of it
                }
                start = t.start();
            } else if (t.isPunct() || !(t.isVerb() || t.isNoun() || t.pos().equals("JJ") || t.pos().equals("P")) || t.start() - start > 10) {
                break;
            }
            end = t.end();
        }
        return start < 0 ? null : new Found(s.text().substring(start, end), "metric.outcome");
    }

    /** The longest predicate taken after a share (in characters). */
    private static final int DOES_MAX = 14;
    /** The most nouns between a share and the verb of what its group does (六成感染者選擇…). */
    private static final int SHARE_NOUNS_MAX = 2;

    /**
     * 三成上賓館, 一成在公園等公共場所, 也有3.6%有男性性伴侶: a share that is its clause's subject
     * (nothing but adverbs before it) measures what it does, the predicate after it. Not after a
     * clause that names the group (在美国获得博士学位的外国人中，约有80%…: the group is the metric),
     * and not when a noun follows (近七成上班族…: what is counted).
     */
    static Found shareDoes(Site s) {
        Quantity q = s.q();
        if (q.kind() != Kind.PERCENT || q.unit().equals("pp")) {
            return null;
        }
        for (Token t : s.wordsBefore(s.clauseStart())) {
            if (t.end() > q.start() || !(t.pos().equals("AD") || t.pos().equals("VE") || t.pos().equals("VC") || t.pos().equals("CC"))) {
                return null;
            }
        }
        String earlier = s.text().substring(s.sentenceStart(), s.clauseStart()).replaceAll("[\\p{P}\\s]+$", "");
        if (WORDS.pattern("group_marker").matcher(earlier).find()) {
            return null;
        }
        int start = -1;
        int end = -1;
        int at = q.end();
        int nounStart = -1;
        int nouns = 0;
        for (Token t : s.tokens()) {
            if (t.start() < q.end()) {
                continue;
            }
            if (t.start() != at || t.isPunct() && !WORDS.has("quote_marks", t.word()) || NounPhrases.isPhraseBreak(t)) {
                break;
            }
            at = t.end();
            if (start >= 0 && (t.pos().equals("DEC") || t.pos().equals("DEG"))) {
                return null; // 逾六成获批的签证申请者: a relative clause, the noun after it is what is counted
            }
            if (start < 0 && NounPhrases.isNounish(t) && !t.pos().equals("NT") && !t.pos().equals("PN") && nouns < SHARE_NOUNS_MAX) {
                nounStart = nounStart < 0 ? t.start() : nounStart; // 六成感染者選擇…: the group, then what it does
                nouns++;
                continue;
            }
            if (start < 0 && nounStart >= 0) {
                if (!t.pos().equals("VV") || WORDS.has("light_verbs", t.word()) || WORDS.has("clause_span_not_verbs", t.word())
                        || WORDS.has("modifier_verbs", t.word()) || WORDS.has("trailing_change", t.word())
                        || WORDS.pattern("change_verb").matcher(t.word()).lookingAt()) {
                    return null; // 近七成上班族每天通勤…, 六成司机有过…: the noun is what is counted
                }
                start = nounStart;
            }
            if (start < 0) {
                if (t.pos().equals("AD")) {
                    continue; // 曾經與女性…
                }
                boolean verb = t.isVerb() && !t.pos().equals("VC") && !WORDS.has("trailing_change", t.word()) && !WORDS.has("rate_heads", t.word())
                        && !WORDS.has("clause_span_not_verbs", t.word()) || t.pos().equals("VE") || t.pos().equals("P") && WORDS.has("place_prepositions_to", t.word());
                if (!verb || WORDS.has("modifier_verbs", t.word()) || modifierAhead(s.text(), t.start())) {
                    return null; // 超七成受访青年…: a noun phrase follows, what is counted
                }
                start = t.start();
            }
            if (t.end() - start > DOES_MAX + (nounStart >= 0 ? DOES_MAX / 2 : 0)) {
                break;
            }
            if (t.isVerb() || NounPhrases.isNounish(t) || t.pos().equals("P") || t.pos().equals("JJ") || t.pos().equals("ETC") || t.pos().equals("AS")
                    || t.pos().equals("AD") || t.isPunct() || t.pos().equals("CC") || t.pos().equals("LC")) { // 在自宅或對方家中
                end = NounPhrases.isNounish(t) || t.isVerb() || t.isPunct() && closesQuote(t) ? t.end() : end;
            } else {
                break;
            }
        }
        if (start < 0 || end < 0) {
            return null;
        }
        return new Found(s.text().substring(start, end), "metric.share_does");
    }

    private static boolean closesQuote(Token t) {
        return WORDS.has("closing_quotes", t.word());
    }

    /** 47%受/VV 訪/VV 巿民: a modifier verb the tagger split still starts a noun phrase. */
    private static boolean modifierAhead(String text, int at) {
        for (String w : WORDS.list("modifier_verbs")) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** 在最新发布的全球创新指数中，中国排名第11位: a ranking frame names what is ranked. */
    static Found rankFrame(Site s) {
        if (s.q().kind() != Kind.RANK) {
            return null;
        }
        Matcher frame = WORDS.pattern("rank_frame").matcher(s.text().substring(s.sentenceStart(), s.q().start()));
        String last = null;
        while (frame.find()) {
            last = frame.group("frame");
        }
        if (last == null) {
            return null;
        }
        int de = last.lastIndexOf(WORDS.chars("possessive").charAt(0));
        return new Found(de >= 0 && de + 1 < last.length() ? last.substring(de + 1) : last, "metric.rank_frame");
    }

    /** 算力总规模位居全球第二: what holds the place is the subject of 位居. */
    static Found rankHolder(Site s) {
        Quantity q = s.q();
        if (!q.rule().startsWith("rank.placed")) {
            return null;
        }
        Matcher verb = WORDS.pattern("rank_verb").matcher(s.before());
        int at = -1;
        while (verb.find()) {
            at = verb.start();
        }
        if (at < 0) {
            return null;
        }
        int cs = s.clauseStart();
        String holder = NounPhrases.subject(s.text(), NounPhrases.in(s.tokens(), cs, cs + at));
        if (holder.isEmpty() && cs > s.sentenceStart()) {
            holder = left(s.text(), new Quantity(cs, cs, cs, cs, null, null, q.kind(), "", q.qualifier(), q.rule()),
                    s.tokens(), List.of(), s.sentenceStart());
        }
        return holder.isEmpty() ? null : new Found(holder, "metric.rank_holder");
    }

    /** 全球市值排名前十: what is ranked stands right before; 清华和北大进入了前十: the rank phrase itself. */
    static Found rankTop(Site s) {
        Quantity q = s.q();
        if (!q.rule().startsWith("rank.top")) {
            return null;
        }
        List<Token> clause = s.wordsBefore(s.clauseStart());
        int lastVerb = -1;
        for (int i = 0; i < clause.size(); i++) {
            if (clause.get(i).isVerb() && !WORDS.pattern("rank_verb").matcher(clause.get(i).word()).matches()) {
                lastVerb = i;
            }
        }
        String ranked = NounPhrases.subject(s.text(), clause.subList(lastVerb + 1, clause.size()));
        int at = ranked.isEmpty() ? -1 : s.before().lastIndexOf(ranked);
        if (at >= 0 && WORDS.pattern("rank_tail").matcher(s.before()).find()) {
            ranked = s.before().substring(at).strip(); // 全球市值排名: the tagger reads 排名 as a verb
        }
        return new Found(ranked.isEmpty() ? s.text().substring(q.start(), q.end()) : ranked, "metric.rank_top");
    }

    /**
     * 生活费会比大城市低20%, 产品整体落后大盘5个百分点, 出口产品比直接出口玉米增值3倍多: a value that
     * is the difference between its subject and a base names both; the clause from its subject up to
     * the value is the metric (the base alone never is). Not a growth against a time (比上年增长,
     * 较上月下降): what grew is measured there.
     */
    static Found comparisonSpan(Site s) {
        Quantity q = s.q();
        if (q.kind() == Kind.COUNT || q.kind() == Kind.RANK) {
            return null;
        }
        String before = s.before();
        int cs = s.clauseStart();
        if (lastValueEnd(s.others(), q, cs) >= 0) {
            return null; // 以42.4%領先蔡英文的37.4%: another value in the clause is the other side
        }
        // the marker is a word of its own: 比 a preposition (not of 比赛, 科比, 可比), 相比 and 落后 words
        List<Token> words = s.wordsBefore(cs);
        int at = -1;
        int end = -1;
        Token markerWord = null;
        for (Token t : words) {
            if (WORDS.pattern("comparison_marker").matcher(t.word()).matches()
                    && (!WORDS.has("comparison_prepositions", t.word()) || t.pos().equals("P"))) {
                at = t.start() - cs;
                end = t.end() - cs;
                markerWord = t;
            }
        }
        if (at < 0 || at >= before.length()) {
            return null;
        }
        String base = before.substring(Math.min(end, before.length())).strip();
        if (base.isEmpty() || WORDS.pattern("comparison_base_not").matcher(base).find() || startsWithTime(base)) {
            return null;
        }
        if (WORDS.has("comparison_prepositions", markerWord.word())) {
            // 比大城市低20%: a word of how it differs must end the base (比恒盛地产1360万平方米: the value is the base's)
            Token last = null;
            for (Token t : words) {
                if (t.start() >= markerWord.end() && !WORDS.has("approximators_before", t.word())) {
                    last = t;
                }
            }
            if (last == null || !(last.pos().equals("VA") || last.pos().equals("VV") || last.pos().equals("JJ"))) {
                return null;
            }
        }
        String span = before.strip();
        Matcher tail = WORDS.pattern("relation_tail").matcher(span);
        if (tail.find()) {
            span = span.substring(0, tail.start());
        }
        int lead = 0;
        for (String w : WORDS.list("leading_connectives")) {
            if (span.startsWith(w) && w.length() > lead) {
                lead = w.length();
            }
        }
        span = MetricFinder.shorten(span.substring(lead));
        int markerAt = span.lastIndexOf(before.substring(at, end));
        if (markerAt <= 0 || span.length() > COMPARISON_SPAN_MAX) {
            return null; // no subject before the marker (高于女性的25.9%): a base alone
        }
        return new Found(span, "metric.comparison_span");
    }

    /** The longest comparison span (in chars) taken as a metric. */
    private static final int COMPARISON_SPAN_MAX = 24;

    private static boolean startsWithTime(String phrase) {
        for (TimeExpressions.TimeMention t : TimeExpressions.find(phrase, 0, phrase.length(), null)) {
            if (t.start() == 0) {
                return true;
            }
        }
        return MetricFinder.isTime(phrase) || WORDS.pattern("time_only").matcher(phrase).lookingAt();
    }

    /**
     * The default: the noun phrase right of a count, a superlative or a value followed by 的 or
     * by a noun (1400名[在美中国研究人员], 60%的[受访者], 近七成[上班族]); otherwise the subject
     * left of it in its clause ([毛利率]从…62.9%), or the clause before when its own is empty.
     */
    static Found nearestPhrase(Site s) {
        String text = s.text();
        Quantity q = s.q();
        boolean rightFirst = q.kind() == Kind.COUNT || q.rule().startsWith("rank.superlative") || q.rule().startsWith("rank.top");
        if (!rightFirst && (q.kind() == Kind.PERCENT || q.kind() == Kind.MONEY || q.kind() == Kind.MEASURE)) {
            rightFirst = WORDS.chars("possessive").indexOf(nextNonSpace(text, q.end())) >= 0;
        }
        if (!rightFirst && (q.kind() == Kind.PERCENT && !q.unit().equals("pp") || q.kind() == Kind.MEASURE || q.kind() == Kind.MONEY)) {
            // 近七成上班族, 推出三百亿元购房专案贷款; 租金回报5厘保证: the noun before the value names it
            rightFirst = NounPhrases.nounRightAfter(q, s.tokens()) && (q.kind() == Kind.MEASURE || !NounPhrases.nounRightBefore(q, s.tokens()));
        }
        if (rightFirst && q.kind() == Kind.MONEY && !WORDS.chars("possessive").contains(String.valueOf(nextNonSpace(text, q.end())))) {
            // 推出三百亿元专案贷款: the object of a verb; 以650万港元易手: no. 1000万元资金 says no more
            // than the unit; 每年7万元本科3年学费45万元: a run-on title, the noun belongs to the next value
            String right = NounPhrases.right(text, q, s.tokens());
            rightFirst = verbRightBefore(q, s.tokens()) && !right.isEmpty() && !WORDS.has("money_nouns", right)
                    && !numberOrTimeAfter(text, text.indexOf(right, q.end()) + right.length(), s.tokens());
        }
        if (rightFirst) {
            String right = NounPhrases.right(text, q, s.tokens());
            if (!right.isEmpty() && !WORDS.pattern("rate_phrase").matcher(right).matches() && !WORDS.has("unit_tails", right)) {
                return new Found(right, null);
            }
            if (!right.isEmpty() && !WORDS.has("unit_tails", right)) {
                // 国民经济保持了11%的快速增长: the rate after the value is how its subject grew
                List<Token> before = s.wordsBefore(s.clauseStart());
                int verb = -1;
                for (int i = 0; i < before.size(); i++) {
                    verb = before.get(i).isVerb() ? i : verb;
                }
                String own = NounPhrases.subject(text, before);
                String holder = own.isEmpty() && verb > 0 && WORDS.has("rate_verbs", before.get(verb).word())
                        ? NounPhrases.subject(text, before.subList(0, verb)) : "";
                if (!holder.isEmpty()) {
                    return new Found(holder, "metric.rate_of");
                }
            }
        }
        String left = left(text, q, s.tokens(), s.others(), s.sentenceStart());
        String span = clauseSpan(s, left);
        if (span != null) {
            return new Found(span, "metric.clause_span");
        }
        if (!left.isEmpty()) {
            return new Found(left, null);
        }
        return new Found(rightFirst ? "" : NounPhrases.right(text, q, s.tokens()), null);
    }

    /** The longest cause span taken (in characters). */
    private static final int CAUSE_SPAN_MAX = 16;

    /**
     * 魚塭因海水倒灌淹沒約30公頃, 全縣因災死亡12人: a clause whose subject is followed by a cause (因,
     * 由于) and a verb right before the value: the clause from its subject up to the value, verbatim,
     * is what is measured (what happened to what, and why). Null when it does not apply.
     */
    static Found causeSpan(Site s) {
        Quantity q = s.q();
        int from = s.clauseStart();
        if (lastValueEnd(s.others(), q, from) >= 0) {
            return null;
        }
        List<Token> words = new ArrayList<>(NounPhrases.in(s.tokens(), from, q.start()));
        while (!words.isEmpty() && (words.get(0).isPunct() || words.get(0).pos().equals("NT") || words.get(0).pos().equals("LC")
                || words.get(0).pos().equals("CC") || words.get(0).pos().equals("CS") || WORDS.has("leading_connectives", words.get(0).word())
                || MetricFinder.isTime(words.get(0).word()))) {
            words.remove(0);
        }
        if (words.size() < 3 || !NounPhrases.isNounish(words.get(0)) || words.get(0).pos().equals("NT")
                || !words.get(words.size() - 1).isVerb() || words.get(words.size() - 1).end() != q.start()
                || WORDS.has("clause_span_not_verbs", words.get(words.size() - 1).word())) {
            return null;
        }
        int cause = -1;
        for (int i = 1; i < words.size() - 1; i++) {
            Token t = words.get(i);
            if (t.pos().equals("P") && WORDS.has("cause_prepositions", t.word())) {
                cause = i;
                break;
            }
            if (!NounPhrases.isNounish(t)) {
                return null; // the subject must run up to the cause
            }
        }
        if (cause < 0) {
            return null;
        }
        String span = s.text().substring(words.get(0).start(), q.start()).strip();
        int n = span.codePointCount(0, span.length());
        if (n > CAUSE_SPAN_MAX || Clauses.hasBreak(span, 0, span.length(), Clauses.Scope.PHRASE)) {
            return null;
        }
        return new Found(span, "metric.cause_span");
    }

    /** A bare head this short (in characters) or less after a verb gives way to the clause span. */
    private static final int BARE_HEAD = 2;
    /** The longest clause span taken (in characters). */
    private static final int SPAN_MAX = 12;
    /** The shortest clause span taken: a lone verb (缺电) says too little. */
    private static final int SPAN_MIN = 3;

    /**
     * 该乡近三年自筹资金80万元, 共投入资金12万元, 乙市缺电20万千瓦: when the subject left of the
     * number is only a bare head after a verb, or nothing with a verb right before the number,
     * the clause from its subject up to the number, verbatim and bounded in length, is what is
     * measured (the holder, the verb and what it acts on). Null when it does not apply.
     */
    private static String clauseSpan(Site s, String left) {
        Quantity q = s.q();
        int from = s.clauseStart();
        if (lastValueEnd(s.others(), q, from) >= 0) {
            return null; // another value in the clause: the span would hold it
        }
        List<Token> words = NounPhrases.in(s.tokens(), from, q.numStart());
        while (!words.isEmpty() && (words.get(0).isPunct() || words.get(0).pos().equals("NT") || words.get(0).pos().equals("LC")
                || words.get(0).pos().equals("CC") || words.get(0).pos().equals("P") || WORDS.has("leading_connectives", words.get(0).word())
                || MetricFinder.isTime(words.get(0).word())
                || words.get(0).pos().equals("AD") && words.size() > 1 && words.get(1).pos().equals("P"))) {
            words.remove(0); // 其次/AD 為/P 鴨死亡: an adverb before the clause's preposition goes with it
        }
        while (!words.isEmpty() && !(words.get(words.size() - 1).isVerb() || NounPhrases.isNounish(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1); // 至少, 约: a qualifier before the number
        }
        int k = words.size();
        while (k > 0 && (words.get(k - 1).pos().equals("VE") || words.get(k - 1).pos().equals("AD"))) {
            k--;
        }
        if (k >= 2 && k < words.size() && words.get(k - 1).pos().equals("DEC") && words.get(k - 2).isVerb()) {
            words = new ArrayList<>(words.subList(0, k - 1)); // 省內留用的只有900多萬千瓦: the clause before 的 is what is measured
        }
        int verb = -1;
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (t.isVerb() && !t.pos().equals("VC") && !t.pos().equals("VE") && !WORDS.has("light_verbs", t.word())) {
                verb = i;
            }
        }
        Token lastWord = words.isEmpty() ? null : words.get(words.size() - 1);
        boolean measuredVerb = verb >= 1 && verb == words.size() - 1 && !WORDS.has("clause_span_not_verbs", lastWord.word())
                && !WORDS.pattern("rank_verb").matcher(lastWord.word()).find()
                && !(lastWord.start() >= q.start() && WORDS.has("clause_span_not_verbs", s.text().substring(q.start(), q.numStart()).strip()));
        // 平均每个月不到5000亿: 不/AD 到/VV is the value's qualifier (不到), no verb of the clause
        // the phrase stopped at a verb: the head is after it; nothing left: the verb stands right before the number
        for (Token t : words) {
            if (WORDS.has("clause_span_breaking_tags", t.pos())) {
                return null; // 将净值扳回到, 获买家以尺价, 錄得售出逾百伙下挫: no single holder and verb
            }
        }
        boolean holder = false;
        for (int i = 0; i < verb; i++) {
            holder |= NounPhrases.isNounish(words.get(i)) && !words.get(i).pos().equals("NT"); // 还积极做好, 2023年恢复至: no holder
        }
        String own = NounPhrases.subject(s.text(), NounPhrases.in(s.tokens(), from, q.start()));
        // 新乡市缺电: a named holder right before the verb; 业务收入完成: a full subject before a support verb stays alone
        boolean verbLast = measuredVerb && holder && (own.codePointCount(0, own.length()) <= BARE_HEAD
                || words.get(verb - 1).pos().equals("NR") && !WORDS.has("support_verbs", lastWord.word()));
        boolean bareAfterVerb = verb >= 0 && !WORDS.pattern("compare_verb").matcher(words.get(verb).word()).find()
                && !WORDS.has("clause_span_base_verbs", words.get(verb).word()) && !left.isEmpty() && left.codePointCount(0, left.length()) <= BARE_HEAD
                && s.text().substring(words.get(verb).end(), q.numStart()).contains(left);
        if (!verbLast && !bareAfterVerb) {
            return null;
        }
        int end = words.get(words.size() - 1).end();
        if (!verbLast) {
            // 起跑时气温为: the span ends with the bare head, not with a copula after it
            end = s.text().indexOf(left, words.get(verb).end()) + left.length();
        }
        String span = s.text().substring(words.get(0).start(), end).strip();
        int n = span.codePointCount(0, span.length());
        if (n > SPAN_MAX || n < SPAN_MIN || n <= left.length() || Clauses.hasBreak(span, 0, span.length(), Clauses.Scope.PHRASE)) {
            return null;
        }
        return span;
    }

    private static boolean verbRightBefore(Quantity q, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.end() == q.start()) {
                return t.isVerb() && !t.pos().equals("VC");
            }
        }
        return false;
    }

    private static boolean numberOrTimeAfter(String text, int at, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.start() >= at) {
                return t.start() == at && (t.pos().equals("CD") || t.pos().equals("NT")); // 募集10亿美元记者昨日获悉: a run-on title
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

    /** Where the last other value of the sentence between {@code from} and {@code q} ends, or -1 when there is none. */
    private static int lastValueEnd(List<Quantity> others, Quantity q, int from) {
        int end = -1;
        for (Quantity o : others) {
            if (o != q && o.end() <= q.start() && o.end() > Math.max(from, end)) {
                end = o.end();
            }
        }
        return end;
    }

    /**
     * 立案侦查5万元以上大案260件, 本科3年学费33万元: a value glued to the noun before this one (with
     * 以上 or nothing between) is a modifier of it, a category; the metric holds it and the nouns
     * right before it. Null when the value before stands apart.
     */
    private static String category(String text, List<Token> tokens, List<Quantity> others, int valueEnd, String phrase, int clauseStart,
                                   int clauseEnd) {
        if (phrase.isEmpty()) {
            return null;
        }
        Quantity value = null;
        for (Quantity o : others) {
            value = o.end() == valueEnd ? o : value;
        }
        int end = text.lastIndexOf(phrase, clauseEnd) + phrase.length();
        List<Token> between = NounPhrases.in(tokens, valueEnd, end);
        if (value == null || value.kind() == Kind.PERCENT || between.isEmpty() || !gluedTo(text, tokens, end, clauseEnd) || fromPreposition(tokens, value.start())
                || WORDS.has("approximators", phrase) || !text.startsWith(between.get(0).word(), valueEnd)
                && !WORDS.pattern("category_link").matcher(text.substring(valueEnd, between.get(0).start())).matches()) {
            return null;
        }
        for (int i = 0; i < between.size(); i++) {
            Token t = between.get(i);
            boolean link = i == 0 && WORDS.pattern("category_link").matcher(t.word()).matches();
            if (!link && !(NounPhrases.isNounish(t) || t.pos().equals("JJ") || t.pos().equals("AD")) || t.pos().equals("NT")
                    || i > 0 && t.start() != between.get(i - 1).end()) {
                return null; // 16,800多點反彈, 4.4% 商品房: no noun glued to the value
            }
        }
        int from = value.start();
        List<Token> left = NounPhrases.in(tokens, clauseStart, value.start());
        String holder = NounPhrases.subject(text, left);
        int holderAt = value.start() - holder.length();
        boolean object = false; // 立案侦查10万元以上大案: a noun right after a verb is its object, no holder
        for (Token t : left) {
            object |= t.end() == holderAt && t.isVerb();
        }
        if (!holder.isEmpty() && text.startsWith(holder, holderAt) && !object) {
            from = holderAt;
        }
        return text.substring(from, end);
    }

    /** 千万元以上案件达13件: only a verb or an adverb, no space, no noun, between the phrase and the value. */
    private static boolean gluedTo(String text, List<Token> tokens, int end, int valueStart) {
        if (end > valueStart || !text.substring(end, valueStart).strip().equals(text.substring(end, valueStart))) {
            return false;
        }
        for (Token t : NounPhrases.in(tokens, end, valueStart)) {
            if (!(t.isVerb() || t.pos().equals("AD"))) {
                return false;
            }
        }
        return true;
    }

    /** 由60米调整为80米: a value right after 由/从 is where a change starts, no category. */
    private static boolean fromPreposition(List<Token> tokens, int at) {
        for (Token t : tokens) {
            if (t.end() == at) {
                return WORDS.has("from_prepositions", t.word());
            }
        }
        return false;
    }

    /** The subject left of {@code q} in its clause, after any other value there; an empty clause looks at the one before. */
    private static String left(String text, Quantity q, List<Token> tokens, List<Quantity> others, int sentenceStart) {
        int clauseStart = NounPhrases.phraseStart(text, q.start(), sentenceStart);
        int another = lastValueEnd(others, q, clauseStart);
        boolean afterAnother = another >= 0;
        if (afterAnother) {
            clauseStart = another;
        }
        String phrase = NounPhrases.subject(text, NounPhrases.in(tokens, clauseStart, q.start()));
        if (!afterAnother && !phrase.isEmpty() && clauseStart > sentenceStart && WORDS.has("list_marks", text.substring(clauseStart - 1, clauseStart))
                && text.substring(clauseStart, q.start()).strip().endsWith(phrase)) {
            // 关闭各类非法、高能耗、高污染企业6000多家: items listed with 、 before a shared head belong to it
            int from = Clauses.start(text, clauseStart - 1, sentenceStart, Clauses.Scope.CLAUSE);
            String wide = NounPhrases.subject(text, NounPhrases.in(tokens, from, q.start()));
            if (lastValueEnd(others, q, from) < 0 && wide.endsWith(phrase) && wide.length() > phrase.length()
                    && NounPhrases.wordStartsAt(text, tokens, text.lastIndexOf(wide, q.start()), sentenceStart)) {
                phrase = wide;
            }
        }
        if (afterAnother && (WORDS.pattern("change_word").matcher(phrase).matches() || WORDS.has("rate_heads", phrase))) {
            // 從年初的16,800多點反彈至20,000點: 反彈 is how it changed, the metric comes from the first value;
            // 财政收入超千亿增幅近25%: a bare 增幅 is the rate of what the value before measures
            phrase = "";
        }
        String category = afterAnother ? category(text, tokens, others, another, phrase, NounPhrases.phraseStart(text, q.start(), sentenceStart), q.start()) : null;
        if (category != null) {
            return category;
        }
        if (!phrase.isEmpty() || clauseStart <= sentenceStart || afterAnother) {
            return phrase; // 从62.9%暴跌至29.1%: the second value shares the first's metric (RelationsStep)
        }
        // an empty clause (约有80%, 2019年是27%): the clause before names the group
        int prevEnd = clauseStart - 1;
        while (prevEnd > sentenceStart && !Clauses.isBreak(text.charAt(prevEnd), Clauses.Scope.PHRASE)) {
            prevEnd--;
        }
        int prevStart = NounPhrases.phraseStart(text, prevEnd, sentenceStart);
        List<Token> own = NounPhrases.in(tokens, clauseStart, q.start());
        boolean connective = !own.isEmpty();
        for (Token t : own) {
            connective &= WORDS.has("leading_connectives", t.word());
        }
        for (Quantity o : others) {
            if (connective && o != q && o.start() >= prevStart && o.end() <= prevEnd) {
                return ""; // 采购448万个口罩，当中247万个: the value before names it (metric.carry)
            }
        }
        return NounPhrases.subject(text, NounPhrases.in(tokens, prevStart, prevEnd));
    }
}
