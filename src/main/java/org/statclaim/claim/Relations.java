package org.statclaim.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.statclaim.quantity.Decimals;
import org.statclaim.quantity.Kind;
import org.statclaim.text.Clauses;
import org.statclaim.text.Lexicon;

/**
 * Links claims (relations.txt): a change (从62.9%暴跌至29.1%; 2019年是27%，到了2022年…达到38%;
 * 这一数字已达到…; 而上年同期为…) points the later value at the earlier one with the delta; a
 * comparison (超越了…的37%, 与…相比, 是…的两倍) points a value at the one it is compared with.
 */
final class Relations {

    /** The cue patterns of relations.txt. */
    private static final Lexicon WORDS = Lexicon.load(Relations.class, "relations.txt");

    private static Pattern p(String name) {
        return WORDS.pattern(name);
    }

    private Relations() {
    }

    /** The claims with their changes and comparisons linked; ids are positions + 1. */
    static List<Claim> link(String text, List<Claim> in) {
        Claim[] claims = in.toArray(new Claim[0]);
        for (int i = 1; i < claims.length; i++) {
            Claim b = claims[i];
            String clauseBefore = text.substring(clauseStart(text, b), b.quantity().start());
            Claim a = nearestSameScale(claims, i);
            if (a != null) {
                if (a.sameSentence(b)) {
                    change(text, claims, a, b);
                } else if (b.sentence().index() - a.sentence().index() == 1 && p("anaphor").matcher(clauseBefore).find()
                        && p("later_between").matcher(clauseBefore).find() && !p("compare_before").matcher(clauseBefore).find()) {
                    setChange(claims, a, b, "change.anaphor"); // 这一数字已达到6833家
                }
            }
            if (unlinked(claims[i])) {
                compareFrame(text, claims, i);
            }
            if (unlinked(claims[i])) {
                framedLater(text, claims, i);
            }
            if (unlinked(claims[i]) && claims[i].quantity().kind() == Kind.MULTIPLE) {
                multipleBase(text, claims, i);
            }
            if (unlinked(claims[i])) {
                threshold(text, claims, i);
            }
            if (unlinked(claims[i])) {
                compareList(text, claims, i);
            }
            if (unlinked(claims[i])) {
                series(text, claims, i);
            }
            if (unlinked(claims[i])) {
                earlierBase(text, claims, i, clauseBefore);
            }
            // 相比前周下降3.01% is the size of a change, not a value compared; 超过了50%, 低于5% qualify the value
            // the words after the value before it: 小于15岁和大于59岁 compares nothing with 15岁
            String ownBefore = i > 0 && claims[i - 1].sameSentence(b) && claims[i - 1].quantity().end() > clauseStart(text, b)
                    ? text.substring(Math.min(claims[i - 1].quantity().end(), b.quantity().start()), b.quantity().start()) : clauseBefore;
            if (unlinked(claims[i]) && p("compare_before").matcher(ownBefore).find() && claims[i].direction().isEmpty()
                    && !(p("compare_as_qualifier").matcher(clauseBefore).find() && !p("reference_after").matcher(text).region(b.quantity().end(), text.length()).lookingAt())) {
                b = claims[i];
                // only the sentence before is looked into: the walk back stops there
                for (int j = i - 1; j >= 0 && b.sentence().index() - claims[j].sentence().index() <= 1; j--) {
                    Work.add(1);
                    Claim c = claims[j];
                    if (sameScale(c, b)) {
                        compareOrChange(text, claims, c, b);
                        break;
                    }
                }
            }
        }
        for (int k = 0; k < claims.length; k++) {
            Claim c = claims[k];
            if (c.changeFrom() != 0 && c.metric().isEmpty()) {
                claims[k] = c.withMetric(claims[c.changeFrom() - 1].metric(), null);
            }
        }
        return List.of(claims);
    }

    private static boolean unlinked(Claim c) {
        return c.changeFrom() == 0 && c.comparedWith() == 0;
    }

    /**
     * The nearest claim before {@code claims[i]} on the same scale, in its sentence or the one
     * before (nothing further back is ever linked: the walk stops there, so a long document costs
     * time linear in its claims).
     */
    private static Claim nearestSameScale(Claim[] claims, int i) {
        int sentence = claims[i].sentence().index();
        for (int j = i - 1; j >= 0 && sentence - claims[j].sentence().index() <= 1; j--) {
            Work.add(1);
            // 从高位29568点下跌9452点至20116点: the size of the fall is not where the level came from
            if (sameScale(claims[j], claims[i]) && (claims[j].direction().isEmpty() || !claims[i].direction().isEmpty())) {
                return claims[j];
            }
        }
        return null;
    }

    /**
     * 高于农村学生的49%; 而上年同期为5.1亿元: a comparison of two values; when the text gives
     * them different times it is a change, the later value pointing at the earlier one.
     */
    private static void compareOrChange(String text, Claim[] claims, Claim a, Claim b) {
        boolean target = p("target_after").matcher(text.substring(b.quantity().end(), Math.min(text.length(), b.quantity().end() + 6))).lookingAt()
                || p("target_after").matcher(text.substring(a.quantity().end(), Math.min(text.length(), a.quantity().end() + 6))).lookingAt();
        if (!target && !a.time().isEmpty() && !b.time().isEmpty() && !a.time().equals(b.time())) {
            boolean bLater = b.time().compareTo(a.time()) > 0;
            setChange(claims, bLater ? a : b, bLater ? b : a, "change.compared_times");
        } else {
            compare(claims, a, b, "compare.verb");
        }
    }

    private static void compare(Claim[] claims, Claim a, Claim b, String rule) {
        claims[b.id() - 1] = claims[b.id() - 1].withComparedWith(a.id(), rule);
    }

    /** 与全国平均水平5.2%相比，该省的失业率仅为4.1%: the next value of the same scale is compared with it. */
    private static void compareFrame(String text, Claim[] claims, int i) {
        Claim b = claims[i];
        Claim a = nearestSameScaleInSentence(claims, i);
        if (a != null && framed(text, a, b.quantity().start())) {
            compare(claims, a, b, "compare.frame");
        }
    }

    /**
     * 得分86.7分，与GPT-4o的87.2分相差无几: the value inside 与…相差 is compared with the one before
     * it; 與八十年的16.25%、八十一年的11.32%相較: every value listed inside the frame with the one before the frame.
     */
    private static void framedLater(String text, Claim[] claims, int i) {
        Claim b = claims[i];
        if (!framed(text, b, text.length())) {
            return;
        }
        int cs = clauseStart(text, b);
        java.util.regex.Matcher m = p("compare_frame_before").matcher(text.substring(cs, b.quantity().start()));
        int frameStart = m.find() ? cs + m.start() : b.quantity().start();
        for (int j = i - 1; j >= 0 && claims[j].sameSentence(b); j--) {
            if (sameScale(claims[j], b) && claims[j].quantity().end() <= frameStart) {
                compare(claims, claims[j], b, "compare.frame_later");
                return;
            }
        }
    }

    /** 大於雙性戀者的24.5人及異性戀者的29人: a value listed right after a compared one is compared with the same value. */
    private static void compareList(String text, Claim[] claims, int i) {
        Claim b = claims[i];
        Claim a = i > 0 ? claims[i - 1] : null;
        if (a == null || !a.sameSentence(b) || a.comparedWith() == 0 || !sameScale(a, b)) {
            return;
        }
        String between = text.substring(a.quantity().end(), b.quantity().start());
        if (p("compare_list_between").matcher(between).matches()) {
            compare(claims, claims[a.comparedWith() - 1], b, "compare.list");
        }
    }

    /**
     * 1996年突破300亿元大关后，1998年又突破400亿元大关; 登上了100亿公斤、150亿公斤两个台阶: thresholds
     * passed one after another in a sentence are a change series, each from the one before.
     */
    private static void threshold(String text, Claim[] claims, int i) {
        Claim b = claims[i];
        Claim a = nearestSameScaleInSentence(claims, i);
        if (a == null || a.quantity().value() == null || b.quantity().value() == null
                || a.quantity().value().compareTo(b.quantity().value()) >= 0 || !passed(text, a) || !passed(text, b)) {
            return;
        }
        String between = text.substring(a.quantity().end(), b.quantity().start());
        boolean listed = p("threshold_list").matcher(between).matches();
        boolean again = p("threshold_before").matcher(between).find()
                || p("threshold_verb").matcher(text.substring(b.quantity().start(), b.quantity().end())).lookingAt();
        if (listed || again && (!a.time().equals(b.time()) || a.time().isEmpty())) {
            setChange(claims, a, b, "change.threshold");
        }
    }

    /**
     * 一九九五年…物价涨幅为14.8%，…；一九九六年…物价涨幅为6.1%: a level of one metric stated for one
     * year and then for a later one (in the same sentence or the next) is a yearly series, the later
     * value from the earlier. Both must state their time themselves (not carried from a sentence
     * before) and be levels, not changes (增产9.5% and 增产4.8% are two growth figures, no series);
     * the clause before the later value must not compare (比上年, 高于).
     */
    private static void series(String text, Claim[] claims, int i) {
        Claim b = claims[i];
        if (b.metric().isEmpty() || b.time().isEmpty() || !ownTime(b) || level(text, b) == null) {
            return;
        }
        String clauseBefore = text.substring(clauseStart(text, b), b.quantity().start());
        if (p("compare_before").matcher(clauseBefore).find() || p("series_not_before").matcher(clauseBefore).find()) {
            return;
        }
        for (int j = i - 1; j >= 0 && b.sentence().index() - claims[j].sentence().index() <= 1; j--) {
            Work.add(1);
            Claim a = claims[j];
            if (!sameScale(a, b) || !a.metric().equals(b.metric())) {
                continue;
            }
            if (!a.time().isEmpty() && ownTime(a) && a.time().compareTo(b.time()) < 0 && !a.time().endsWith("/")
                    && !b.time().startsWith(a.time()) && level(text, a) != null) {
                setChange(claims, a, b, "change.series");
            }
            return; // only the nearest value of the same metric
        }
    }

    /** Whether the claim's time is its sentence's own, not carried or governed from before. */
    private static boolean ownTime(Claim c) {
        return c.rules().stream().noneMatch(r -> r.equals("time.carried") || r.equals("time.governed") || r.equals("time.headline"));
    }

    /** The level cue (为, 是, 达到) right before a claim when it states a level, not a change; else null. */
    private static String level(String text, Claim c) {
        java.util.regex.Matcher m = p("series_level").matcher(text.substring(clauseStart(text, c), c.quantity().start()));
        return m.find() && !MetricRules.isGrowthRate(text, c.quantity(), c.sentence().start()) ? m.group() : null;
    }

    /** Whether a threshold verb stands before {@code c} (or before the list it ends) and a threshold word after it. */
    private static boolean passed(String text, Claim c) {
        int end = Math.min(text.length(), c.quantity().end() + 24);
        String before = text.substring(Math.max(c.sentence().start(), c.quantity().start() - 40), c.quantity().start());
        String mention = text.substring(c.quantity().start(), c.quantity().end());
        // from the number on: the threshold word may be part of the mention (突破千亿元大关)
        return p("threshold_after").matcher(text.substring(c.quantity().numEnd(), end)).find()
                && (p("threshold_before").matcher(before).find() || p("threshold_verb").matcher(mention).lookingAt()
                || p("threshold_listed_before").matcher(before).find());
    }

    /** Whether {@code c} stands inside 与…相比 (the frame's end looked for before {@code limit}). */
    private static boolean framed(String text, Claim c, int limit) {
        String before = text.substring(clauseStart(text, c), c.quantity().start());
        String after = text.substring(c.quantity().end(), Math.min(limit, c.quantity().end() + 48));
        return p("compare_frame_before").matcher(before).find() && p("compare_frame_after").matcher(after).find();
    }

    /** The nearest claim before {@code claims[i]} in its sentence with the same kind and unit, or null. */
    private static Claim nearestSameScaleInSentence(Claim[] claims, int i) {
        Claim b = claims[i];
        for (int j = i - 1; j >= 0 && claims[j].sameSentence(b); j--) {
            if (sameScale(claims[j], b)) {
                return claims[j];
            }
        }
        return null;
    }

    /** 是五年前630人的两倍: a multiple is compared with the value inside 是…的 before it. */
    private static void multipleBase(String text, Claim[] claims, int i) {
        Claim b = claims[i];
        if (i > 0 && claims[i - 1].sameSentence(b)) {
            Claim a = claims[i - 1];
            String between = text.substring(a.quantity().end(), b.quantity().start());
            if (p("multiple_base_between").matcher(between).matches() && a.quantity().kind() != Kind.MULTIPLE) {
                compare(claims, a, b, "compare.multiple");
            }
        }
    }

    /**
     * 全港新盤昨天合共售出67伙，較上周末錄得售出逾百伙下挫逾三成: a value inside a comparison with an
     * earlier period (較上周末, 比去年同期的) is the earlier value of the one the clause before states.
     */
    private static void earlierBase(String text, Claim[] claims, int i, String clauseBefore) {
        Claim b = claims[i];
        Claim a = nearestSameScaleInSentence(claims, i);
        if (a == null || !b.direction().isEmpty() || !a.direction().isEmpty() || a.changeFrom() != 0
                || !p("earlier_base_before").matcher(clauseBefore).find()) {
            return;
        }
        String between = text.substring(a.quantity().end(), b.quantity().start());
        if (between.length() > 24) {
            return;
        }
        claims[a.id() - 1] = claims[a.id() - 1].withChangeFrom(b.id(),
                a.quantity().value() != null && b.quantity().value() != null ? Decimals.clean(a.quantity().value().subtract(b.quantity().value())) : null,
                "change.earlier_base");
    }

    private static void change(String text, Claim[] claims, Claim a, Claim b) {
        String before = text.substring(Math.max(a.sentence().start(), a.quantity().start() - 30), a.quantity().start());
        String between = text.substring(a.quantity().end(), b.quantity().start());
        if (p("from_before").matcher(before).find() && p("to_between").matcher(between).find()) {
            setChange(claims, a, b, "change.from_to");
        } else if (!a.time().isEmpty() && !b.time().isEmpty() && b.time().compareTo(a.time()) > 0 && !b.time().startsWith(a.time())
                && p("later_between").matcher(between).find()
                && a.direction().equals(b.direction())) { // 2008年65%的下跌 and a yearly return of 18.6% are no series
            setChange(claims, a, b, "change.time_series");
        }
    }

    private static void setChange(Claim[] claims, Claim earlier, Claim later, String rule) {
        BigDecimal delta = earlier.quantity().value() != null && later.quantity().value() != null
                ? Decimals.clean(later.quantity().value().subtract(earlier.quantity().value())) : null;
        claims[later.id() - 1] = claims[later.id() - 1].withChangeFrom(earlier.id(), delta, rule);
    }

    private static boolean sameScale(Claim a, Claim b) {
        return a.quantity().kind() == b.quantity().kind() && a.quantity().unit().equals(b.quantity().unit());
    }

    private static int clauseStart(String text, Claim c) {
        return Clauses.start(text, c.quantity().start(), c.sentence().start(), Clauses.Scope.CLAUSE);
    }
}
