package org.statclaim.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.FastTestSentence;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Puts {@link FastTestSentence} where CoreNLP's POS tagger annotator scores tag sequences: the
 * pipeline's {@code POSTaggerAnnotator} is replaced by {@link Fast}, which does what that
 * annotator does for one thread (each sentence no longer than {@code pos.maxlen} tagged, the
 * others given "X") with the same model, the same words and CoreNLP's own exact Viterbi search,
 * only the scores computed by the fast path (the same doubles). The annotator's (private) fields
 * are read by reflection; if this CoreNLP version is laid out otherwise, or the model is one the
 * fast path does not reproduce, nothing is changed, a warning says why, and CoreNLP tags.
 */
final class TaggerSwap {

    private TaggerSwap() {
    }

    /** The fast annotator now in {@code pipeline}, or null if CoreNLP's own tags. */
    @SuppressWarnings("unchecked")
    static Fast install(StanfordCoreNLP pipeline) {
        try {
            Field annotatorsField = AnnotationPipeline.class.getDeclaredField("annotators");
            annotatorsField.setAccessible(true);
            List<Annotator> annotators = (List<Annotator>) annotatorsField.get(pipeline);
            for (int i = 0; i < annotators.size(); i++) {
                Annotator a = annotators.get(i);
                if (a instanceof Fast f) {
                    return f;
                }
                if (!(a instanceof POSTaggerAnnotator pos)) {
                    continue;
                }
                MaxentTagger tagger = (MaxentTagger) field(pos, "pos");
                int maxlen = (Integer) field(pos, "maxSentenceLength");
                int threads = (Integer) field(pos, "nThreads");
                boolean reuseTags = (Boolean) field(pos, "reuseTags");
                if (threads != 1 || reuseTags) {
                    warn("pos.nthreads " + threads + ", pos.reuseTags " + reuseTags);
                    return null;
                }
                Fast fast = new Fast(pos, tagger, FastTestSentence.Model.of(tagger), maxlen);
                annotators.set(i, fast);
                return fast;
            }
            return null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            warn(e.toString());
            return null;
        }
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        Field f = POSTaggerAnnotator.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }

    private static void warn(String why) {
        System.err.println("statclaim: the fast POS tagger is not used (" + why + "); CoreNLP's own tags");
    }

    /** CoreNLP's POSTaggerAnnotator (one thread, no tags reused), scoring by {@link FastTestSentence}. */
    static final class Fast implements Annotator {
        private final POSTaggerAnnotator original;
        private final MaxentTagger tagger;
        private final FastTestSentence.Model model;
        private final int maxSentenceLength;
        private final AtomicLong sentences = new AtomicLong();

        Fast(POSTaggerAnnotator original, MaxentTagger tagger, FastTestSentence.Model model, int maxSentenceLength) {
            this.original = original;
            this.tagger = tagger;
            this.model = model;
            this.maxSentenceLength = maxSentenceLength;
        }

        /** CoreNLP's own tagger, for comparing. */
        MaxentTagger coreNlp() {
            return tagger;
        }

        /** The tags of a sentence's words by the fast path (what {@code tagger.tagSentence(words, false)} gives). */
        List<TaggedWord> tag(List<? extends edu.stanford.nlp.ling.HasWord> words) {
            sentences.incrementAndGet();
            return new FastTestSentence(model).tagSentence(words, false);
        }

        FastTestSentence.Model model() {
            return model;
        }

        long sentences() {
            return sentences.get();
        }

        String describe() {
            return model.describe() + "; pos.maxlen " + maxSentenceLength;
        }

        @Override
        public void annotate(Annotation annotation) {
            if (!annotation.containsKey(CoreAnnotations.SentencesAnnotation.class)) {
                throw new RuntimeException("unable to find words/tokens in: " + annotation);
            }
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                List<TaggedWord> tagged = null;
                if (tokens.size() <= maxSentenceLength) {
                    try {
                        tagged = tag(tokens);
                    } catch (OutOfMemoryError e) {
                        System.err.println("statclaim: tagging a sentence ran out of memory; its words are tagged X");
                    }
                }
                if (tagged != null) {
                    for (int i = 0, sz = tokens.size(); i < sz; i++) {
                        tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class, tagged.get(i).tag());
                    }
                } else {
                    for (CoreLabel token : tokens) {
                        token.set(CoreAnnotations.PartOfSpeechAnnotation.class, "X");
                    }
                }
            }
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requires() {
            return original.requires();
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
            return original.requirementsSatisfied();
        }
    }
}
