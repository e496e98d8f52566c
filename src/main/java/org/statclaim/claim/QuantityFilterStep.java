package org.statclaim.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statclaim.quantity.Quantity;

/**
 * Drops what is no quantity at all, judged on the characters: a number inside a time expression
 * (2024年), a URL or e-mail address, a code (GPT-4o, A320, a phone number) or an idiom (一刀切).
 */
final class QuantityFilterStep implements ClaimStep {

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.QUANTITIES);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.QUANTITIES_CHECKED);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        String text = doc.text();
        Map<Integer, List<int[]>> urls = new HashMap<>();
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            Quantity q = c.quantity();
            List<int[]> u = urls.computeIfAbsent(c.sentence().index(),
                    i -> ClaimFilter.urlSpans(text, c.sentence().start(), c.sentence().end()));
            String why = doc.times(c.sentence()).stream().anyMatch(t -> t.overlaps(q.numStart(), q.numEnd())) ? "time"
                    : u.stream().anyMatch(s -> s[0] < q.end() && q.start() < s[1]) ? "url"
                    : ClaimFilter.notAQuantity(text, q);
            FilterTrace.candidate(doc, q, why);
            if (why == null) {
                out.add(c);
            }
        }
        return out;
    }
}
