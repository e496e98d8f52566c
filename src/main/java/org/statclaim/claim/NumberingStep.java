package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Numbers the claims in reading order, from 1: the ids that change_from and compared_with refer to. */
final class NumberingStep implements ClaimStep {

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.WORDS_CHECKED);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.IDS);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            out.add(claims.get(i).withId(i + 1));
        }
        return out;
    }
}
