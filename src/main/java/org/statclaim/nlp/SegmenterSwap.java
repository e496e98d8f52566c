package org.statclaim.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.ChineseSegmenterAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import java.lang.reflect.Field;
import java.util.List;

/**
 * Puts {@link FastSegmenter} where CoreNLP's Chinese tokenizer calls its segmenter: the
 * tokenizer annotator keeps everything else it does (characters, offsets, XML, newlines) and
 * only its call {@code segmenter.segmentString(text)} is answered by the fast path. CoreNLP
 * offers no setter, so the (private) fields are reached by reflection; if this CoreNLP version
 * is laid out otherwise, nothing is changed and CoreNLP's own segmenter stays.
 */
final class SegmenterSwap {

    private SegmenterSwap() {
    }

    /**
     * Puts a {@link Delegate} where {@code pipeline}'s tokenizer calls its segmenter and starts
     * building the fast segmenter's tables on a background thread (a second or so of CPU: a scan
     * of the model's 3.3 M feature strings). Until they are built, CoreNLP's own segmenter
     * answers; the words are the same either way, so the first rows do not wait for the tables.
     * Returns null if nothing could be put in.
     */
    @SuppressWarnings("unchecked")
    static Delegate install(StanfordCoreNLP pipeline) {
        try {
            Field annotators = AnnotationPipeline.class.getDeclaredField("annotators");
            annotators.setAccessible(true);
            for (Annotator a : (List<Annotator>) annotators.get(pipeline)) {
                if (!(a instanceof TokenizerAnnotator)) {
                    continue;
                }
                Field seg = TokenizerAnnotator.class.getDeclaredField("segmenterAnnotator");
                seg.setAccessible(true);
                Object chinese = seg.get(a);
                if (!(chinese instanceof ChineseSegmenterAnnotator)) {
                    return null;
                }
                Field crfField = ChineseSegmenterAnnotator.class.getDeclaredField("segmenter");
                crfField.setAccessible(true);
                AbstractSequenceClassifier<?> current = (AbstractSequenceClassifier<?>) crfField.get(chinese);
                if (current instanceof Delegate d) {
                    return d; // the annotator is shared (CoreNLP caches annotators) and already swapped
                }
                if (!(current instanceof CRFClassifier)) {
                    return null;
                }
                Delegate d = new Delegate((CRFClassifier<CoreLabel>) current);
                crfField.set(chinese, d);
                return d;
            }
            return null;
        } catch (ReflectiveOperationException | IllegalArgumentException | ClassCastException e) {
            System.err.println("statclaim: the fast segmenter is not used (" + e.getMessage() + "); CoreNLP's own segments");
            return null;
        }
    }

    /**
     * What the tokenizer calls: segmentString answered by the fast path once its tables are
     * built, by CoreNLP's own segmenter before (the same words).
     */
    static final class Delegate extends CRFClassifier<CoreLabel> {
        private final CRFClassifier<CoreLabel> original;
        private final java.util.concurrent.CompletableFuture<FastSegmenter> building = new java.util.concurrent.CompletableFuture<>();
        private volatile FastSegmenter fast;

        Delegate(CRFClassifier<CoreLabel> original) {
            this.original = original;
            Thread builder = new Thread(() -> {
                try {
                    FastSegmenter f = new FastSegmenter(original);
                    fast = f;
                    building.complete(f);
                } catch (RuntimeException | Error e) {
                    System.err.println("statclaim: the fast segmenter is not used (" + e + "); CoreNLP's own segments");
                    building.complete(null);
                }
            }, "statclaim-segmenter-tables");
            builder.setDaemon(true);
            builder.start();
        }

        /** The fast segmenter, once its tables are built (waits for them), or null if it could not be built. */
        FastSegmenter awaitFast() {
            return building.join();
        }

        @Override
        public List<String> segmentString(String sentence) {
            FastSegmenter f = fast;
            return f != null ? f.segmentString(sentence) : original.segmentString(sentence);
        }
    }
}
