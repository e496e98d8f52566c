package org.statclaim.claim;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.statclaim.text.Boilerplate;
import org.statclaim.text.RegexRules;
import org.statclaim.text.RequiredChars;

/**
 * The date a document states for itself (document-date.txt): a 发布时间 line, a dateline, a date
 * alone on a line near the top. Relative times (今年, 上月) are resolved against it.
 */
final class DocumentDate {

    static final List<RegexRules.Rule> RULES = RegexRules.load(DocumentDate.class, "document-date.txt");
    /** Per rule, the characters one of which its every match holds (the digits of a year): a line without them is not searched. */
    private static final RequiredChars[] NEEDS = RULES.stream().map(r -> RequiredChars.of(r.pattern())).toArray(RequiredChars[]::new);
    private static final int TOP_LINES = 12;

    private DocumentDate() {
    }

    /** The document's date, or null when it states none near its top. */
    static LocalDate find(List<Boilerplate.Line> lines) {
        int seen = 0;
        for (Boilerplate.Line l : lines) {
            if (l.text().isBlank()) {
                continue;
            }
            LocalDate d = parse(l.text());
            if (d != null) {
                return d;
            }
            if (++seen >= TOP_LINES) {
                break;
            }
        }
        return null;
    }

    static LocalDate parse(String line) {
        for (int i = 0; i < RULES.size(); i++) {
            RegexRules.Rule r = RULES.get(i);
            if (!NEEDS[i].mayMatch(line, 0, line.length())) {
                continue;
            }
            Matcher m = r.pattern().matcher(line);
            if (m.find()) {
                try {
                    String d = r.pattern().pattern().contains("(?<d>") ? m.group("d") : null;
                    // a month alone (调查中心　2025年3月): its first day
                    return LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), d == null ? 1 : Integer.parseInt(d));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
