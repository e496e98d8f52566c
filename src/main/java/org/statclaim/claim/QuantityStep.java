package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.statclaim.quantity.Lexicons;
import org.statclaim.quantity.Quantity;
import org.statclaim.quantity.QuantityRecognizer;
import org.statclaim.text.Sentences.Sentence;

/**
 * The quantities of every sentence, found by the rules alone (quantity/rules.txt), each a claim
 * with no attributes yet; a bare 元 gets its currency (CurrencyContext). For a sentence holding a
 * quantity, its time expressions (time.txt) are kept for the filter and the time step.
 */
final class QuantityStep implements ClaimStep {

    private final QuantityRecognizer recognizer;

    QuantityStep(QuantityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public Set<Fact> requires() {
        return Set.of();
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.QUANTITIES);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        String text = doc.text();
        List<Claim> out = new ArrayList<>(claims);
        for (Sentence s : doc.sentences()) {
            ClaimPipeline.stopIfInterrupted();
            List<Quantity> found = CurrencyContext.resolve(text,
                    recognizer.recognize(text, s.start(), s.end(), Lexicons.DEFAULT_CURRENCY), doc::currency);
            if (found.isEmpty()) {
                continue;
            }
            doc.setTimes(s, TimeExpressions.find(text, s.start(), s.end(), doc.date()));
            for (Quantity q : found) {
                out.add(Claim.of(q, s));
            }
        }
        return out;
    }
}
