package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The qualifier words of the clause that do not touch the number (qualifier-context.txt):
 * 约占全球的五分之一 → approx, 最多只需15分钟 → at_most. Words that touch it (约40%) are the
 * quantity rules' own.
 */
final class QualifierStep implements ClaimStep {

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.CLAIMS_CHECKED, Fact.WORDS_CHECKED);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.QUALIFIER);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            out.add(c.withQuantity(ContextQualifier.apply(doc.text(), c.quantity(), c.sentence().start())));
        }
        return out;
    }
}
