package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Who the sentence says reported its numbers (SourceFinder: sources.txt), for every claim of the sentence. */
final class SourceStep implements ClaimStep {

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.WORDS_CHECKED);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.SOURCE);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        SourceFinder.DocumentSources sources = new SourceFinder.DocumentSources(doc);
        doc.setSources(sources);
        java.util.Map<Integer, Integer> position = new java.util.HashMap<>();
        for (int k = 0; k < doc.sentences().size(); k++) {
            position.put(doc.sentences().get(k).index(), k);
        }
        for (List<Claim> sentence : DocumentState.bySentence(claims)) {
            String[] source = sources.of(position.get(sentence.get(0).sentence().index()));
            for (Claim c : sentence) {
                out.add(source == null ? c : c.withSource(source[0], "source." + source[1]));
            }
        }
        return out;
    }
}
