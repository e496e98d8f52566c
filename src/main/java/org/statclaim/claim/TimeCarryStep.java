package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence that continues the one before (其中…, 报告还显示…) takes its time: a claim without a
 * time takes the time of the last claim of the sentence right before.
 */
final class TimeCarryStep implements ClaimStep {

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.TIME);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.TIME_CARRIED);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (List<Claim> sentence : DocumentState.bySentence(claims)) {
            Claim last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean continues = last != null && SourceFinder.continues(sentence.get(0).sentence().text(doc.text()))
                    && last.sentence().index() == sentence.get(0).sentence().index() - 1 && !last.time().isEmpty();
            for (Claim c : sentence) {
                out.add(continues && c.time().isEmpty() ? c.withTime(last.time(), "time.carried") : c);
            }
        }
        return out;
    }
}
