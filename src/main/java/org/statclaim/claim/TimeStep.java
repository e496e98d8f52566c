package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.statclaim.claim.TimeExpressions.TimeMention;
import org.statclaim.quantity.Kind;
import org.statclaim.quantity.Quantity;
import org.statclaim.text.Clauses;
import org.statclaim.text.Lexicon;
import org.statclaim.text.Sentences.Sentence;

/**
 * When each claim holds: the nearest time with a year before the number in its sentence, except
 * the base of a comparison (比去年, 较2019年, 与上年同期相比: that is when the other value holds),
 * the base of a multiple (约为2020年的7倍) and the time of another value (由8月預估的3.9%上修至4.3%
 * gives 4.3% no time). The words are in time-of.txt.
 */
final class TimeStep implements ClaimStep {

    /** The words of time-of.txt, for every time step. */
    static final Lexicon WORDS = Lexicon.load(TimeStep.class, "time-of.txt");

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.QUANTITIES, Fact.WORDS_CHECKED, Fact.DOCUMENT_YEAR);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.TIME);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (List<Claim> sentence : DocumentState.bySentence(claims)) {
            java.util.Map<Claim, String> listed = respectively(doc, sentence);
            for (Claim c : sentence) {
                String t = listed.get(c);
                out.add(t != null ? c.withTime(t, "time.respectively")
                        : c.withTime(timeOf(doc.text(), c.quantity(), doc.times(c.sentence())), null));
            }
        }
        return out;
    }

    /**
     * 1998年、1999年又分别突破400亿和500亿元: times listed before 分别 go, in order, to as many values
     * listed after it in the same clause. Empty unless the two lists are as long as each other.
     */
    private static java.util.Map<Claim, String> respectively(DocumentState doc, List<Claim> sentence) {
        String text = doc.text();
        Sentence s = sentence.get(0).sentence();
        java.util.Map<Claim, String> out = new java.util.HashMap<>();
        for (String word : MetricFinder.LEXICON.list("respectively")) {
            for (int f = text.indexOf(word, s.start()); f >= 0 && f < s.end(); f = text.indexOf(word, f + 1)) {
                int from = Clauses.start(text, f, s.start(), Clauses.Scope.CLAUSE);
                int to = Clauses.end(text, f, s.end(), Clauses.Scope.CLAUSE);
                List<String> times = new ArrayList<>();
                for (TimeMention t : doc.times(s)) {
                    if (t.start() >= from && t.end() <= f && !t.value().isEmpty()) {
                        times.add(t.value());
                    }
                }
                List<Claim> values = new ArrayList<>();
                for (Claim c : sentence) {
                    if (c.quantity().start() > f && c.quantity().end() <= to) {
                        values.add(c);
                    }
                }
                if (times.size() >= 2 && times.size() == values.size()) {
                    for (int i = 0; i < times.size(); i++) {
                        out.put(values.get(i), times.get(i));
                    }
                }
            }
        }
        return out;
    }

    static String timeOf(String text, Quantity q, List<TimeMention> times) {
        String best = "";
        for (TimeMention t : times) {
            if (t.end() <= q.numStart() && !t.value().isEmpty() && (ownTime(text, t, q)
                    || !comparisonBase(text, t) && !multipleBase(text, t, q) && !anotherValuesTime(text, t, q))) {
                best = t.value();
            }
        }
        return best;
    }

    /** 低於前一年的2.59%: a time right before 的 and the value is the value's own time. */
    private static boolean ownTime(String text, TimeMention t, Quantity q) {
        return q.kind() != Kind.MULTIPLE && possessive(text, t) && q.start() - t.end() <= 2;
    }

    /** 约为2020年的7倍: the year is when the base value holds, not the multiple. */
    private static boolean multipleBase(String text, TimeMention t, Quantity q) {
        return q.kind() == Kind.MULTIPLE && possessive(text, t) && q.start() - t.end() <= 2;
    }

    private static boolean possessive(String text, TimeMention t) {
        return t.end() < text.length() && WORDS.chars("possessive").indexOf(text.charAt(t.end())) >= 0;
    }

    /** 由8月預估的3.9%上修至4.3%: 8月 is the time of 3.9%, not of the value the sentence goes on to. */
    private static boolean anotherValuesTime(String text, TimeMention t, Quantity q) {
        Matcher m = WORDS.pattern("time_of_a_value").matcher(text).region(t.end(), Math.min(text.length(), t.end() + 9));
        return q.start() - t.end() > 2 && m.lookingAt() && m.end() - 1 < q.start(); // the value after 的 is an earlier one
    }

    static boolean comparisonBase(String text, TimeMention t) {
        char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
        return WORDS.chars("base_before").indexOf(before) >= 0
                || WORDS.pattern("base_after").matcher(text).region(t.end(), Math.min(text.length(), t.end() + 4)).lookingAt();
    }
}
