package org.statclaim.claim;

import java.util.List;
import java.util.Set;

/**
 * Changes and comparisons between claims (Relations: relations.txt): 从62.9%暴跌至29.1% points the
 * later value at the earlier one with the delta; 超越了…的37% points a value at the one it is
 * compared with. A change without a metric of its own takes the earlier value's.
 */
final class RelationsStep implements ClaimStep {

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.IDS, Fact.METRIC, Fact.TIME_CARRIED);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.RELATIONS);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        return Relations.link(doc.text(), claims);
    }
}
