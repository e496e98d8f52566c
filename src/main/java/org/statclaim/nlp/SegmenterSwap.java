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

    /** The fast segmenter now answering {@code pipeline}'s tokenizer, or null if none could be put in. */
    @SuppressWarnings("unchecked")
    static FastSegmenter install(StanfordCoreNLP pipeline) {
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
                    return d.fast; // the annotator is shared (CoreNLP caches annotators) and already fast
                }
                if (!(current instanceof CRFClassifier)) {
                    return null;
                }
                FastSegmenter fast = new FastSegmenter((CRFClassifier<CoreLabel>) current);
                crfField.set(chinese, new Delegate(fast));
                return fast;
            }
            return null;
        } catch (ReflectiveOperationException | IllegalArgumentException | ClassCastException e) {
            System.err.println("statclaim: the fast segmenter is not used (" + e.getMessage() + "); CoreNLP's own segments");
            return null;
        }
    }

    /** What the tokenizer calls: segmentString answered by the fast path. */
    static final class Delegate extends CRFClassifier<CoreLabel> {
        final FastSegmenter fast;

        Delegate(FastSegmenter fast) {
            this.fast = fast;
        }

        @Override
        public List<String> segmentString(String sentence) {
            return fast.segmentString(sentence);
        }
    }
}
