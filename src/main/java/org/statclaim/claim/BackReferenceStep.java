package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A source that only refers back (报告称, 该研究指出: sources.txt's refers_back) becomes the last
 * source the document named before it.
 */
final class BackReferenceStep implements ClaimStep {

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.SOURCE_CARRIED);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.SOURCE_RESOLVED);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        String lastNamed = null;
        for (Claim c : claims) {
            if (SourceFinder.refersBack(c.source()) && lastNamed != null) {
                c = c.withSource(lastNamed, "source.back_reference");
            } else if (SourceFinder.named(c.source())) {
                lastNamed = c.source();
            }
            out.add(c);
        }
        return out;
    }
}
