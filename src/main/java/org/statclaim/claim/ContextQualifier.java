package org.statclaim.claim;

import java.util.List;
import org.statclaim.quantity.Qualifier;
import org.statclaim.quantity.Quantity;
import org.statclaim.text.Clauses;
import org.statclaim.text.RegexRules;

/**
 * Qualifiers from words of the clause that do not touch the number (qualifier-context.txt):
 * 约占全球的五分之一 (approx), 最多只需15分钟 (at_most), 至少需要3天 (at_least).
 */
final class ContextQualifier {

    static final List<RegexRules.Rule> RULES = RegexRules.load(ContextQualifier.class, "qualifier-context.txt");

    /** How far before the number its clause is read for qualifier words. */
    private static final int MAX_REACH = 40;

    private ContextQualifier() {
    }

    /** {@code q} with the qualifier its clause gives it, or {@code q} unchanged. */
    static Quantity apply(String text, Quantity q, int sentenceStart) {
        if (q.qualifier() != Qualifier.EXACT) {
            return q;
        }
        int from = q.start();
        while (from > sentenceStart && !Clauses.isBreak(text.charAt(from - 1), Clauses.Scope.CLAUSE) && q.start() - from < MAX_REACH) {
            from--;
        }
        String before = text.substring(from, q.start());
        RegexRules.Rule r = rule(before);
        return r == null ? q : q.withQualifier(Qualifier.valueOf(r.field("qualifier").toUpperCase(java.util.Locale.ROOT)),
                "qualifier." + r.name());
    }

    static RegexRules.Rule rule(String clauseBefore) {
        for (RegexRules.Rule r : RULES) {
            if (r.pattern().matcher(clauseBefore).find()) {
                return r;
            }
        }
        return null;
    }
}
