package org.statclaim.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.statclaim.quantity.Quantity;

/**
 * Drops a number the segmenter puts inside a longer word (零一萬物, 一刀切, 七成为) or reads as a
 * verb (一看就笑, 拾起). What is left are the document's claims; their quantities, as recognized,
 * are kept per sentence for the metric step (the other values of the sentence).
 */
final class WordFilterStep implements ClaimStep {

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.WORDS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.WORDS_CHECKED);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (List<Claim> sentence : DocumentState.bySentence(claims)) {
            List<Quantity> kept = new ArrayList<>();
            // 五块五一斤: two quantities side by side, and a word the segmenter made across them
            Set<Integer> starts = new HashSet<>();
            Set<Integer> ends = new HashSet<>();
            for (Claim c : sentence) {
                starts.add(c.quantity().start());
                ends.add(c.quantity().end());
            }
            for (Claim c : sentence) {
                String why = ClaimFilter.splitsAWord(doc.text(), c.quantity(), doc.words(c.sentence()),
                        ends.contains(c.quantity().start()), starts.contains(c.quantity().end()));
                FilterTrace.candidate(doc, c.quantity(), why);
                if (why == null) {
                    out.add(c);
                    kept.add(c.quantity());
                }
            }
            doc.setQuantities(sentence.get(0).sentence(), List.copyOf(kept));
        }
        return out;
    }
}
