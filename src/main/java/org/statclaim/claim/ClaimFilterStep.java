package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops quantities that are no claims, by rules alone, before any model runs: ordinals, bare
 * magnitude words (百万富翁), vague durations, age brackets (65岁以上), the indefinite 一 and small
 * counts that restate what the text names (中美两国) unless a cue stresses them (仅有一篇).
 */
final class ClaimFilterStep implements ClaimStep {

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.QUANTITIES_CHECKED);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.CLAIMS_CHECKED);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            String why = ClaimFilter.notAClaim(doc.text(), c.quantity(), c.sentence().start());
            FilterTrace.candidate(doc, c.quantity(), why);
            if (why == null) {
                out.add(c);
            }
        }
        return out;
    }
}
