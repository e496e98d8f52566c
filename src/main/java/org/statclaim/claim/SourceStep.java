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
            // a second cue matters only with values on both sides of it
            List<SourceFinder.Cue> cues = source == null || sentence.size() < 2 ? List.of()
                    : SourceFinder.cues(sentence.get(0).sentence().text(doc.text()));
            for (Claim c : sentence) {
                String[] own = source == null ? null : laterCue(cues, sentence, c);
                String[] s = own != null ? own : source;
                out.add(s == null ? c : c.withSource(s[0], "source." + s[1]));
            }
        }
        return out;
    }

    /**
     * 據央行的額度分配，…分別為四十億元…，據悉，目前台銀已完成八成: a second cue in the sentence, after
     * values the first one covered, gives the values after it their own source; null when the
     * sentence's source holds (no second cue before the claim, or none of the first cue's values between).
     */
    private static String[] laterCue(List<SourceFinder.Cue> cues, List<Claim> sentence, Claim c) {
        if (cues.size() < 2) {
            return null;
        }
        int sentenceStart = c.sentence().start();
        int at = c.quantity().start() - sentenceStart;
        SourceFinder.Cue first = cues.get(0);
        for (int i = cues.size() - 1; i > 0; i--) {
            SourceFinder.Cue cue = cues.get(i);
            if (cue.start() >= at) {
                continue;
            }
            for (Claim other : sentence) {
                int o = other.quantity().start() - sentenceStart;
                if (o >= first.end() && o < cue.start()) {
                    return cue.source();
                }
            }
            return null;
        }
        return null;
    }
}
