package org.statclaim.claim;

import org.statclaim.quantity.Quantity;

/** The explain trace of the filter steps: one line per candidate dropped. */
final class FilterTrace {

    private FilterTrace() {
    }

    static void candidate(DocumentState doc, Quantity q, String droppedBecause) {
        if (doc.tracing() && droppedBecause != null) {
            doc.trace("  candidate " + doc.text().substring(q.start(), q.end()) + " [" + q.rule() + "] dropped: " + droppedBecause);
        }
    }
}
