package org.statclaim.claim;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statclaim.text.Clauses;
import org.statclaim.claim.TimeExpressions.TimeMention;
import org.statclaim.text.Lexicon;
import org.statclaim.text.Sentences.Sentence;

/**
 * The year of a document that states no date of its own, as its explicit years fix it (the
 * guidelines: a relative 去年 or 今年 is resolved when an explicit year of the same document ties
 * it down). The latest year the document states about itself is its year when it says 今年 or 全年
 * and no 去年; when it says 去年, that latest year is 去年 and the document's year the one after
 * (an article that says 去年 and "2000年天津市财政收入" is of 2001), unless that latest year is
 * stated with a month or as the year entered (2009年2月榜单, 进入2009年: it is the current one).
 * Targets and deadlines (到2020年, 2020年前) and open starts (2016年以来) do not count (time-of.txt). Only relative years resolve
 * against this year, and the months, quarters and halves that name their relative year (去年1月至9月),
 * never a bare 5月 or 上半年. The sentences' times are found
 * again with it.
 */
final class DocumentYearStep implements ClaimStep {

    private static final Lexicon WORDS = TimeStep.WORDS;

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.QUANTITIES);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.DOCUMENT_YEAR);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        Year year = inferred(doc);
        doc.setYear(year);
        if (year != null) {
            for (List<Claim> sentence : DocumentState.bySentence(claims)) {
                Sentence s = sentence.get(0).sentence();
                doc.setTimes(s, TimeExpressions.find(doc.text(), s.start(), s.end(), year.date(), year.reported()));
            }
            doc.trace("document year " + year.date().getYear() + " (fixed by its explicit years)");
        }
        return claims;
    }

    /** The document's year (as its last day) and the year it reports on (the latest it states). */
    record Year(LocalDate date, int reported) {
    }

    /** The year the document's explicit years fix, or null (it has a date, or nothing fixes one). */
    static Year inferred(DocumentState doc) {
        if (doc.date() != null) {
            return null;
        }
        String text = doc.text();
        int latest = -1;
        boolean relative = false;
        boolean back = false;
        boolean current = false;
        Set<String> relativeTopics = new HashSet<>(); // the words around each relative year
        Set<Integer> relativeSentences = new HashSet<>();
        Map<Integer, Set<String>> yearTopics = new HashMap<>(); // the words around each explicit year
        Map<Integer, Set<Integer>> yearSentences = new HashMap<>();
        Set<Integer> enteredYears = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            // QuantityStep found the times of a sentence holding a quantity with the document's
            // date, null here: the same times
            List<TimeMention> found = doc.foundTimes(s);
            List<TimeMention> times = found != null ? found : TimeExpressions.find(text, s.start(), s.end(), null);
            boolean[] timed = new boolean[s.end() - s.start()];
            for (TimeMention t : times) {
                for (int i = Math.max(t.start(), s.start()); i < Math.min(t.end(), s.end()); i++) {
                    timed[i - s.start()] = true;
                }
            }
            for (TimeMention t : times) {
                if (TimeExpressions.relativeYear(t, false)) {
                    relative = true;
                    back |= TimeExpressions.relativeYear(t, true);
                    if (!TimeExpressions.anchored(t)) { // 比上年 counts from the sentence's own year: it ties nothing
                        relativeTopics.addAll(topic(text, s, t, timed));
                        relativeSentences.add(s.index());
                    }
                } else if (t.value().length() >= 4 && Character.isDigit(t.value().charAt(0)) && !t.value().endsWith("/")
                        && !target(text, t) && !TimeStep.comparisonBase(text, t)) {
                    int y = lastYear(t.value());
                    if (y > latest) {
                        current = false;
                    }
                    latest = Math.max(latest, y);
                    boolean entered = WORDS.pattern("current_before").matcher(text.substring(Math.max(0, t.start() - 3), t.start())).find();
                    current |= y == latest && (t.value().length() == 7 || entered);
                    if (entered) { // 进入2009年 says which year the present one is
                        enteredYears.add(y);
                    }
                    yearTopics.computeIfAbsent(y, k -> new HashSet<>()).addAll(topic(text, s, t, timed));
                    yearSentences.computeIfAbsent(y, k -> new HashSet<>()).add(s.index());
                }
            }
        }
        if (!relative || latest < 0 || !enteredYears.contains(latest) && !tied(relativeTopics, relativeSentences, yearTopics.get(latest), yearSentences.get(latest))) {
            return null;
        }
        return new Year(LocalDate.of(back && !current ? latest + 1 : latest, 12, 31), latest);
    }

    /**
     * Whether the latest explicit year ties the relative years down (the guidelines: 去年 is resolved
     * when an explicit year of the document is about that same year): a sentence states both (2000年12月30日
     * …宣布，今年…), or the clauses around them share a word of what they are about (各地去年财政税收…,
     * 2000年天津市财政收入…). A document that gives 1996 figures for the province and says 去年这个公司…
     * does not tie its 去年 to 1996.
     */
    private static boolean tied(Set<String> relativeTopics, Set<Integer> relativeSentences, Set<String> yearTopics, Set<Integer> yearSentences) {
        if (yearSentences != null && yearSentences.stream().anyMatch(relativeSentences::contains)) {
            return true;
        }
        if (yearTopics != null) {
            for (String w : relativeTopics) {
                if (yearTopics.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The pairs of Han characters of the clause around a time, without the time mentions themselves
     * and the words that say nothing of a topic (time-of.txt not_topic: 达到, 增长…).
     */
    private static Set<String> topic(String text, Sentence s, TimeMention t, boolean[] timed) {
        int from = Clauses.start(text, t.start(), s.start(), Clauses.Scope.CLAUSE);
        int to = Clauses.end(text, t.end(), s.end(), Clauses.Scope.CLAUSE);
        Set<String> out = new HashSet<>();
        pairs(text, s, from, to, timed, out);
        if (out.isEmpty() && to < s.end()) { // 去年1月至9月，全市出口额…: a time alone in its clause is about the next one
            pairs(text, s, to + 1, Clauses.end(text, Math.min(to + 1, s.end()), s.end(), Clauses.Scope.CLAUSE), timed, out);
        }
        return out;
    }

    private static void pairs(String text, Sentence s, int from, int to, boolean[] timed, Set<String> out) {
        List<String> generic = WORDS.list("not_topic");
        for (int i = from; i + 2 <= to; i++) {
            Work.add(1);
            String pair = text.substring(i, i + 2);
            if (han(pair.charAt(0)) && han(pair.charAt(1)) && !timed[i - s.start()] && !timed[i + 1 - s.start()] && !generic.contains(pair)) {
                out.add(pair);
            }
        }
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** 2010/2011, 1997-09/2001-06 -> their last year. */
    private static int lastYear(String value) {
        int slash = value.lastIndexOf('/');
        String last = slash >= 0 && value.length() >= slash + 5 ? value.substring(slash + 1) : value;
        return Character.isDigit(last.charAt(0)) ? Integer.parseInt(last.substring(0, 4)) : Integer.parseInt(value.substring(0, 4));
    }

    /** 到2020年, 2020年前: a year the text looks ahead to, not its own. */
    private static boolean target(String text, TimeMention t) {
        String before = text.substring(Math.max(0, t.start() - 3), t.start());
        return WORDS.pattern("target_before").matcher(before).find()
                || WORDS.pattern("target_after").matcher(text).region(t.end(), Math.min(text.length(), t.end() + 4)).lookingAt();
    }
}
