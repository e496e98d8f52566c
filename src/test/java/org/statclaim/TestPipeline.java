package org.statclaim;

import org.statclaim.claim.Extractor;
import org.statclaim.nlp.ChineseNlp;
import org.statclaim.quantity.QuantityRecognizer;

/** The one real CoreNLP pipeline of the test JVM, loaded on first use and shared by all tests. */
public final class TestPipeline {

    private static volatile Extractor extractor;

    private TestPipeline() {
    }

    public static Extractor extractor() {
        if (extractor == null) {
            synchronized (TestPipeline.class) {
                if (extractor == null) {
                    extractor = new Extractor(QuantityRecognizer.standard(), ChineseNlp.shared(null));
                }
            }
        }
        return extractor;
    }
}
