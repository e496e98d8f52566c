package org.statclaim.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.ChineseSegmenterAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

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
     * Puts a {@link Delegate} where {@code pipeline}'s tokenizer calls its segmenter. With
     * {@code tables} null the tokenizer holds CoreNLP's real segmenter: the fast segmenter's
     * tables are built from it on a background thread (about two seconds of CPU: a scan of the
     * model's 3.3 M feature strings) and, until they are, CoreNLP's own segmenter answers (the
     * same words). Otherwise the tokenizer holds the compiled model's shell, which cannot
     * segment: every string waits for {@code tables} (read from the compiled model). Returns
     * null if nothing could be put in.
     */
    @SuppressWarnings("unchecked")
    static Delegate install(StanfordCoreNLP pipeline, CompletableFuture<FastSegmenter> tables, CoreNlpSegmenter coreNlp) {
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
                Delegate d;
                if (tables == null) {
                    CRFClassifier<CoreLabel> loaded = (CRFClassifier<CoreLabel>) current;
                    d = new Delegate(inBackground(() -> FastSegmenter.fromModel(loaded)), new CoreNlpSegmenter(loaded), true);
                } else {
                    d = new Delegate(tables, coreNlp, false);
                }
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
     * Reads the compiled tables on a background thread. If they cannot be read, says so and
     * builds them from CoreNLP's segmenter (loaded then); null if that fails too.
     */
    static CompletableFuture<FastSegmenter> readInBackground(CompiledSegmenter.Source compiled, CoreNlpSegmenter coreNlp) {
        return inBackground(() -> {
            try {
                return compiled.read(coreNlp);
            } catch (IOException | RuntimeException e) {
                System.err.println("statclaim: the compiled segmenter model " + CompiledSegmenter.TABLES + " is not used ("
                        + (e.getMessage() == null ? e.toString() : e.getMessage()) + "); its tables are made from CoreNLP's model");
                return FastSegmenter.fromModel(coreNlp.get());
            }
        });
    }

    private static CompletableFuture<FastSegmenter> inBackground(Supplier<FastSegmenter> make) {
        CompletableFuture<FastSegmenter> result = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                result.complete(make.get());
            } catch (RuntimeException | Error e) {
                System.err.println("statclaim: the fast segmenter is not used (" + e + "); CoreNLP's own segments");
                result.complete(null);
            }
        }, "statclaim-segmenter-tables");
        builder.setDaemon(true);
        builder.start();
        return result;
    }

    /** CoreNLP's own segmenter, loaded on first use (as the tokenizer's segmenter annotator loads it) and kept. */
    static final class CoreNlpSegmenter implements Supplier<CRFClassifier<CoreLabel>> {
        private final String model;
        private final Properties props;
        private volatile CRFClassifier<CoreLabel> crf;

        /** @param props the annotator's properties (those of "segment.", without the prefix and the model) */
        CoreNlpSegmenter(String model, Properties props) {
            this.model = model;
            this.props = props;
        }

        CoreNlpSegmenter(CRFClassifier<CoreLabel> loaded) {
            this.model = null;
            this.props = null;
            this.crf = loaded;
        }

        boolean loaded() {
            return crf != null;
        }

        @Override
        public CRFClassifier<CoreLabel> get() {
            CRFClassifier<CoreLabel> c = crf;
            if (c == null) {
                synchronized (this) {
                    c = crf;
                    if (c == null) {
                        try {
                            c = CRFClassifier.getClassifier(model, props);
                        } catch (IOException | ClassNotFoundException e) {
                            throw new IllegalStateException("CoreNLP's segmenter model " + model + " cannot be loaded: " + e, e);
                        }
                        crf = c;
                    }
                }
            }
            return c;
        }
    }

    /**
     * What the tokenizer calls: segmentString answered by the fast path once its tables are
     * there; before, by CoreNLP's own segmenter (when it is loaded anyway) or after waiting for them.
     */
    static final class Delegate extends CRFClassifier<CoreLabel> {
        private final CompletableFuture<FastSegmenter> tables;
        private final CoreNlpSegmenter coreNlp;
        private final boolean coreNlpWhileWaiting;
        private volatile FastSegmenter fast;

        Delegate(CompletableFuture<FastSegmenter> tables, CoreNlpSegmenter coreNlp, boolean coreNlpWhileWaiting) {
            this.tables = tables;
            this.coreNlp = coreNlp;
            this.coreNlpWhileWaiting = coreNlpWhileWaiting;
            tables.thenAccept(f -> fast = f);
        }

        /** The fast segmenter, once its tables are there (waits for them), or null if there are none. */
        FastSegmenter awaitFast() {
            return tables.join();
        }

        @Override
        public List<String> segmentString(String sentence) {
            FastSegmenter f = fast;
            if (f == null && !coreNlpWhileWaiting) {
                f = awaitFast();
            }
            return f != null ? f.segmentString(sentence) : coreNlp.get().segmentString(sentence);
        }
    }
}
