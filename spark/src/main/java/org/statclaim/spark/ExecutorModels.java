package org.statclaim.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.statclaim.claim.Extractor;
import org.statclaim.nlp.ChineseNlp;
import org.statclaim.quantity.QuantityRecognizer;

/**
 * One extractor, and so one CoreNLP pipeline, per executor JVM: created by the first task that
 * needs it and shared by every task the JVM runs afterwards, concurrent ones included. Nothing
 * here is serialized: CoreNLP objects are not serializable, and each executor loads the models
 * from its own classpath (the slim models jar, shipped with {@code --jars}).
 *
 * <p>Sharing is safe: {@link Extractor} is documented thread-safe and the CLI already runs one
 * instance on all its worker threads; {@link ChineseNlp#shared} is itself a per-JVM cache
 * ({@code ConcurrentHashMap.computeIfAbsent}, so a task arriving while the models load waits for
 * them instead of loading a second copy).
 */
final class ExecutorModels {

    private static final Map<String, Extractor> EXTRACTORS = new ConcurrentHashMap<>();

    private ExecutorModels() {
    }

    /** The extractor for a segmenter model (null: the default, ctb.small.gz); loads it on first use. */
    static Extractor extractor(String segmenter) {
        String key = segmenter == null ? ChineseNlp.DEFAULT_SEGMENTER : segmenter;
        return EXTRACTORS.computeIfAbsent(key, k -> {
            try {
                return new Extractor(QuantityRecognizer.standard(), ChineseNlp.shared(segmenter));
            } catch (RuntimeException e) {
                // fails the task (and after retries the job): without models no document can succeed
                throw new IllegalStateException("cannot load the CoreNLP Chinese models (is the slim models jar"
                        + " on the executors' classpath, e.g. spark-submit --jars?): " + e.getMessage(), e);
            }
        });
    }
}
