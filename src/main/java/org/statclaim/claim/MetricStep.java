package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What each claim measures (MetricFinder: metric.txt), sentence by sentence in reading order:
 * a claim may take the metric of one before it in its sentence (而上年同期为5.1亿元).
 */
final class MetricStep implements ClaimStep {

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.WORDS_CHECKED, Fact.QUALIFIER);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.METRIC);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (List<Claim> sentence : DocumentState.bySentence(claims)) {
            List<Claim> done = new ArrayList<>();
            for (Claim c : sentence) {
                MetricFinder.Found m = MetricFinder.assign(doc.text(), c.quantity(), doc.words(c.sentence()),
                        doc.quantities(c.sentence()), c.sentence().start(), done);
                done.add(c.withMetric(m.metric(), m.rule()));
            }
            out.addAll(done);
        }
        return out;
    }
}
