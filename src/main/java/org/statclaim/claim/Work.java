package org.statclaim.claim;

/**
 * A count of the steps the discourse rules take when they look back over earlier claims and
 * sentences (the only loops of the claim stage that are not bounded by one sentence, which
 * {@link org.statclaim.text.Sentences} caps in length). Counted per thread; a test compares it
 * at two input sizes to prove the look-backs stay linear in the document, whatever the machine's
 * speed.
 */
public final class Work {

    private static final ThreadLocal<long[]> STEPS = ThreadLocal.withInitial(() -> new long[1]);

    private Work() {
    }

    /** Adds {@code steps} look-back steps done by this thread. */
    static void add(long steps) {
        STEPS.get()[0] += steps;
    }

    /** The look-back steps this thread has done so far. */
    public static long lookBacks() {
        return STEPS.get()[0];
    }
}
