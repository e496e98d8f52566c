package org.statclaim.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
        for (Sentence s : doc.sentences()) {
            for (TimeMention t : TimeExpressions.find(text, s.start(), s.end(), null)) {
                if (TimeExpressions.relativeYear(t, false)) {
                    relative = true;
                    back |= TimeExpressions.relativeYear(t, true);
                } else if (t.value().length() >= 4 && Character.isDigit(t.value().charAt(0)) && !t.value().endsWith("/")
                        && !target(text, t) && !TimeStep.comparisonBase(text, t)) {
                    int y = lastYear(t.value());
                    if (y > latest) {
                        current = false;
                    }
                    latest = Math.max(latest, y);
                    current |= y == latest && (t.value().length() == 7 || WORDS.pattern("current_before").matcher(
                            text.substring(Math.max(0, t.start() - 3), t.start())).find());
                }
            }
        }
        if (!relative || latest < 0) {
            return null;
        }
        return new Year(LocalDate.of(back && !current ? latest + 1 : latest, 12, 31), latest);
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
