package org.statclaim.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statclaim.claim.TimeExpressions.TimeMention;
import org.statclaim.text.Lexicon;
import org.statclaim.text.Sentences.Sentence;

/**
 * A time stated once governs what follows it: a claim whose sentence states no time of its own
 * takes the last time stated before it (a yearly report: "2008年共接收…。这些捐赠款物使…" ->
 * 2008; a ranking "2009年2月榜单" -> its figures; a season, a survey period). A later sentence that
 * states another time starts governing from there; a time that is the base of a comparison
 * (比去年) governs nothing.
 */
final class GoverningTimeStep implements ClaimStep {

    private static final Lexicon WORDS = TimeStep.WORDS;

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.TIME_CARRIED, Fact.DOCUMENT_YEAR);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.TIME_GOVERNED);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        // a dated document (dateline, 发布时间) states its times where they hold; measured on the
        // news documents, carrying there only adds times their annotators left empty
        if (claims.isEmpty() || doc.date() != null) {
            return claims;
        }
        Map<Integer, List<Claim>> bySentence = new HashMap<>();
        for (List<Claim> s : DocumentState.bySentence(claims)) {
            bySentence.put(s.get(0).sentence().index(), s);
        }
        DocumentYearStep.Year inferred = doc.year();
        LocalDate date = inferred == null ? null : inferred.date();
        Integer reported = inferred == null ? null : inferred.reported();
        List<Claim> out = new ArrayList<>(claims.size());
        String current = "";
        int line = -1;
        List<Claim> headline = new ArrayList<>(); // claims of a headline line that state no time
        for (Sentence s : doc.sentences()) {
            if (s.line() != line) {
                current = ""; // a time governs its paragraph (measured: through the whole document carried 2002 into later reports)
            }
            boolean newLine = s.line() != line;
            line = s.line();
            String sentence = s.text(doc.text());
            List<Claim> own = bySentence.getOrDefault(s.index(), List.of());
            // a sentence with claims has its times already, read against the same date (QuantityStep,
            // DocumentYearStep); the others are read here
            List<TimeMention> times = own.isEmpty() ? TimeExpressions.find(doc.text(), s.start(), s.end(), date, reported) : doc.times(s);
            String stated = "";
            boolean unresolved = false; // 到今年十一月 with no year to resolve it: the sentence has a time of its own
            boolean unknownYear = false;
            for (TimeMention t : times) {
                boolean base = TimeStep.comparisonBase(doc.text(), t);
                // a relative time in a sentence without claims (去年一年来屡试不爽的策略) is a look back
                // once a time governs; 自2016年以来 is open and governs nothing
                if (!t.value().isEmpty() && !base && !t.value().endsWith("/")
                        && (!own.isEmpty() || current.isEmpty() || !t.rule().startsWith("relative."))) {
                    stated = t.value();
                }
                unresolved |= t.value().isEmpty() && !base && t.rule().startsWith("relative.");
                unknownYear |= t.value().isEmpty() && !base && TimeExpressions.relativeYear(t, false);
            }
            if (newLine && !headline.isEmpty()) {
                String first = firstStated(own, stated);
                for (Claim c : headline) {
                    int i = out.indexOf(c);
                    out.set(i, first.isEmpty() ? c : c.withTime(first, "time.headline"));
                }
                headline.clear();
            }
            boolean governed = !current.isEmpty() && !unresolved && !WORDS.pattern("not_governed").matcher(sentence).find();
            String claimed = "";
            for (Claim c : own) {
                if (c.time().isEmpty() && governed && !rejectedBefore(doc.text(), c, times) && !onceBefore(doc.text(), c)) {
                    out.add(c.withTime(current, "time.governed"));
                } else {
                    out.add(c);
                    if (!c.time().isEmpty() && !c.time().endsWith("/")) {
                        claimed = c.time();
                    } else if (!unresolved && s.line() > 0 && WORDS.pattern("headline").matcher(doc.lines().get(s.line()).text()).matches()) {
                        headline.add(c);
                    }
                }
            }
            stated = claimed.isEmpty() ? stated : claimed;
            if (unknownYear && stated.isEmpty()) {
                current = ""; // 今年已挂果 with no year to resolve it: the time moved on, to one nobody knows
            }
            // 进入2009年 after 2009年2月榜单: the month stays the governing time
            if (!stated.isEmpty() && !current.startsWith(stated)) {
                current = stated;
            }
        }
        return out;
    }

    /**
     * 其中东南亚市场收入是2022年的3倍: the sentence states a time before the claim that the time step
     * gave to another value (the base of a multiple, another value's time); the paragraph's time is
     * not the claim's either. The base of a growth rate (比上年增长) leaves the claim in its period.
     */
    private static boolean rejectedBefore(String text, Claim c, List<TimeMention> times) {
        for (TimeMention t : times) {
            if (t.end() <= c.quantity().numStart() && !t.value().isEmpty() && !TimeStep.comparisonBase(text, t)) {
                return true;
            }
        }
        return false;
    }

    /** 该股曾一度跌至5元: what the value was once, before the value in its clause (not_governed_before). */
    private static boolean onceBefore(String text, Claim c) {
        int from = org.statclaim.text.Clauses.start(text, c.quantity().start(), c.sentence().start(), org.statclaim.text.Clauses.Scope.CLAUSE);
        return WORDS.pattern("not_governed_before").matcher(text).region(from, c.quantity().numStart()).find();
    }

    /** The first time a paragraph's first sentence states: its first claim's, else its first time mention. */
    private static String firstStated(List<Claim> own, String stated) {
        for (Claim c : own) {
            if (!c.time().isEmpty()) {
                return c.time();
            }
        }
        return stated;
    }
}
