package org.statclaim.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP adapter: Chinese word segmentation and part-of-speech tagging of short spans
 * (sentences or clauses that hold a candidate quantity), with offsets mapped back into the
 * document. One instance is shared by the whole process.
 *
 * <p>Only the annotators the claim rules use are loaded: the segmenter (ctb.small.gz by
 * default: it loads about 4x faster than ctb.gz and segments numbers the same way) and the POS
 * tagger. NER and parsing are not needed by the rules of this version.
 */
public final class ChineseNlp {

    public static final String DEFAULT_SEGMENTER = "edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz";

    /** The longest sentence (in tokens) the tagger tags; a longer one is tagged X (CoreNLP's pos.maxlen). */
    static final int POS_MAXLEN = 400;

    /**
     * Set to {@code corenlp} (system property {@code statclaim.segmenter}) to segment with
     * CoreNLP's own segmenter instead of {@link FastSegmenter} (same words, slower): for
     * measuring one against the other.
     */
    public static final String SEGMENTER_PROPERTY = "statclaim.segmenter";

    /**
     * Set to {@code corenlp} (system property {@code statclaim.tagger}) to score tags with
     * CoreNLP's own tagger instead of the fast path of {@link TaggerSwap} (same tags, slower).
     */
    public static final String TAGGER_PROPERTY = "statclaim.tagger";

    private final StanfordCoreNLP pipeline;
    private final SegmenterSwap.Delegate segmenter;
    private final TaggerSwap.Fast fastTagger;

    private ChineseNlp(StanfordCoreNLP pipeline, SegmenterSwap.Delegate segmenter, TaggerSwap.Fast fastTagger) {
        this.pipeline = pipeline;
        this.segmenter = segmenter;
        this.fastTagger = fastTagger;
    }

    /** The fast tagger in use, or null when CoreNLP's own tags (see {@link #TAGGER_PROPERTY}). */
    TaggerSwap.Fast fastTagger() {
        return fastTagger;
    }

    /** The pipeline (tokenize, ssplit, pos) as loaded, for the checks. */
    StanfordCoreNLP pipeline() {
        return pipeline;
    }

    /**
     * The fast segmenter in use (waiting for its tables, which are read or built in the
     * background), or null when CoreNLP's own segments (see {@link #SEGMENTER_PROPERTY}).
     */
    public FastSegmenter fastSegmenter() {
        return segmenter == null ? null : segmenter.awaitFast();
    }

    private static final java.util.Map<String, ChineseNlp> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The process-wide pipeline for a segmenter model, loaded on first use (a few seconds) and
     * shared afterwards: CoreNLP models are large and read-only once loaded.
     */
    public static ChineseNlp shared(String segmenterModel) {
        return SHARED.computeIfAbsent(segmenterModel == null ? DEFAULT_SEGMENTER : segmenterModel, ChineseNlp::load);
    }

    /**
     * Loads a new pipeline; takes a few seconds. Prefer {@link #shared(String)}.
     *
     * <p>With the fast segmenter and the model the build compiled ({@link CompiledSegmenter}),
     * the tokenizer loads the compiled model's shell instead of the CRF, and the fast
     * segmenter's tables are read on a background thread while the tagger loads: CoreNLP's CRF
     * is then loaded only if a string needs it.
     */
    public static ChineseNlp load(String segmenterModel) {
        String model = segmenterModel == null ? DEFAULT_SEGMENTER : segmenterModel;
        Properties props = pipelineProps(model);
        boolean fastSegmenter = !"corenlp".equals(System.getProperty(SEGMENTER_PROPERTY));
        SegmenterSwap.CoreNlpSegmenter coreNlp = new SegmenterSwap.CoreNlpSegmenter(model, segmenterProps(props));
        java.util.concurrent.CompletableFuture<FastSegmenter> tables = null;
        if (fastSegmenter) {
            String[] why = new String[1];
            CompiledSegmenter.Source compiled = CompiledSegmenter.find(model, segmenterProps(props), why);
            if (compiled != null) {
                tables = SegmenterSwap.readInBackground(compiled, coreNlp);
                props.setProperty("segment.model", CompiledSegmenter.SHELL);
            } else if (CompiledSegmenter.COMPILED_MODEL.equals(model)) {
                System.err.println("statclaim: " + why[0] + "; the segmenter's model is loaded instead (a slower start)");
            }
        }
        preloadTagger(props);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        SegmenterSwap.Delegate fast = null;
        if (fastSegmenter) {
            fast = SegmenterSwap.install(pipeline, tables, coreNlp);
            if (fast == null && tables != null) {
                // the shell cannot segment: the pipeline with the real model, whose segmenter answers
                props.setProperty("segment.model", model);
                pipeline = new StanfordCoreNLP(props);
            }
        }
        TaggerSwap.Fast tagger = "corenlp".equals(System.getProperty(TAGGER_PROPERTY)) ? null : TaggerSwap.install(pipeline);
        return new ChineseNlp(pipeline, fast, tagger);
    }

    /** The pipeline's properties (tokenize, ssplit, pos; the Chinese settings) with segmenter model {@code model}. */
    static Properties pipelineProps(String model) {
        Properties props = chineseDefaults();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        props.setProperty("segment.model", model);
        props.setProperty("tokenize.options", "invertible=true");
        // a pathological span must not cost minutes: the tagger skips what is longer
        props.setProperty("pos.maxlen", Integer.toString(POS_MAXLEN));
        return props;
    }

    /**
     * The properties CoreNLP's segmenter annotator loads its model with: those named
     * "segment.*" but the model, without the prefix (as ChineseSegmenterAnnotator takes them).
     */
    static Properties segmenterProps(Properties pipelineProps) {
        Properties out = new Properties();
        for (String key : pipelineProps.stringPropertyNames()) {
            if (key.startsWith("segment.") && !key.equals("segment.model")) {
                out.setProperty(key.substring("segment.".length()), pipelineProps.getProperty(key));
            }
        }
        return out;
    }

    /**
     * Loads the tagger on a second thread while this one loads the segmenter: the two models are
     * independent and the segmenter's load is the longer one, so start-up is about the
     * segmenter's load alone. CoreNLP keeps every annotator it builds in a process-wide cache
     * keyed by the annotator's properties; the pipeline built afterwards with the same
     * properties takes the tagger from there. If the thread failed, the pipeline loads the tagger
     * itself and reports the error as it would have.
     */
    private static void preloadTagger(Properties props) {
        Properties posOnly = new Properties();
        posOnly.putAll(props);
        posOnly.setProperty("annotators", "pos");
        Thread loader = new Thread(() -> {
            try {
                new StanfordCoreNLP(posOnly, false);
            } catch (RuntimeException e) {
                // the main thread builds the tagger again and fails with CoreNLP's own message
            }
        }, "statclaim-tagger-load");
        loader.setDaemon(true);
        loader.start();
        // the segmenter is loaded here, in parallel with the tagger
        Properties segmentOnly = new Properties();
        segmentOnly.putAll(props);
        segmentOnly.setProperty("annotators", "tokenize,ssplit");
        new StanfordCoreNLP(segmentOnly, false);
        // while the tagger loads: ICU's Traditional-to-Simplified rules, which the first
        // document's first CJK character (any, here U+4E00) would otherwise wait for
        org.statclaim.text.SimplifiedView.of(String.valueOf((char) 0x4e00));
        try {
            loader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * CoreNLP's own Chinese settings, read as UTF-8: read as ISO-8859-1 (what
     * {@code Properties.load(InputStream)} does) the sentence-splitter regex is garbled.
     */
    static Properties chineseDefaults() {
        Properties props = new Properties();
        try (InputStream in = ChineseNlp.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-chinese.properties")) {
            if (in == null) {
                throw new IllegalStateException("the CoreNLP Chinese models jar (stanford-corenlp models-chinese) is not on the classpath");
            }
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    private static volatile StanfordCoreNLP parser;

    /**
     * The UD dependency arcs of {@code text} ("nsubj(占到-5, 毕业生-4)"), for explaining a row.
     * The parser is loaded on first use only: extraction itself does not need it.
     */
    public static List<String> dependencies(String text) {
        if (parser == null) {
            synchronized (ChineseNlp.class) {
                if (parser == null) {
                    Properties props = chineseDefaults();
                    props.setProperty("annotators", "tokenize,ssplit,pos,depparse");
                    props.setProperty("segment.model", DEFAULT_SEGMENTER);
                    props.setProperty("ssplit.isOneSentence", "true");
                    parser = new StanfordCoreNLP(props);
                }
            }
        }
        Annotation doc = new Annotation(text);
        parser.annotate(doc);
        List<String> arcs = new ArrayList<>();
        for (edu.stanford.nlp.util.CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            var graph = s.get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph == null) {
                continue;
            }
            for (var root : graph.getRoots()) {
                arcs.add("root(ROOT-0, " + root.word() + "-" + root.index() + ")");
            }
            for (var e : graph.edgeListSorted()) {
                arcs.add(e.getRelation() + "(" + e.getGovernor().word() + "-" + e.getGovernor().index() + ", "
                        + e.getDependent().word() + "-" + e.getDependent().index() + ")");
            }
        }
        return arcs;
    }

    private static final char SEPARATOR = '。';
    private static final int BATCH_CHARS = 4000;

    /**
     * Segments and tags the {@code windows} ([start,end) pairs, in order, not overlapping) of
     * {@code text} in as few pipeline calls as possible: the windows are joined with 。, which
     * always ends a word and a sentence, and the tokens mapped back. Calling the pipeline
     * once per window costs about twice as much.
     */
    public List<Token> tagAll(String text, List<int[]> windows) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < windows.size()) {
            StringBuilder batch = new StringBuilder();
            List<int[]> placed = new ArrayList<>(); // batch offset, window start, window end
            while (i < windows.size() && (placed.isEmpty() || batch.length() + windows.get(i)[1] - windows.get(i)[0] < BATCH_CHARS)) {
                int[] w = windows.get(i++);
                placed.add(new int[] {batch.length(), w[0], w[1]});
                batch.append(text, w[0], w[1]).append(SEPARATOR);
            }
            Annotation doc = new Annotation(org.statclaim.text.SimplifiedView.forModels(batch.toString()));
            pipeline.annotate(doc);
            int k = 0;
            for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
                int b = t.beginPosition();
                int e = t.endPosition();
                while (k + 1 < placed.size() && b >= placed.get(k + 1)[0]) {
                    k++;
                }
                int[] p = placed.get(k);
                int len = p[2] - p[1];
                if (b < p[0] || e > p[0] + len || b >= e) {
                    continue; // the separator, or a token across it (never expected)
                }
                int start = p[1] + b - p[0];
                int end = p[1] + e - p[0];
                out.add(new Token(text.substring(start, end), t.tag() == null ? "" : t.tag(), start, end));
            }
        }
        return out;
    }

    /**
     * Segments and tags {@code text.substring(from, to)}; token offsets point into {@code text}.
     */
    public List<Token> tag(String text, int from, int to) {
        String span = text.substring(from, to);
        // the models see the Simplified view (same offsets); words are copied from the original
        Annotation doc = new Annotation(org.statclaim.text.SimplifiedView.forModels(span));
        pipeline.annotate(doc);
        List<Token> out = new ArrayList<>();
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            int b = t.beginPosition();
            int e = t.endPosition();
            if (b < 0 || e > span.length() || b >= e) {
                continue;
            }
            String pos = t.tag() == null ? "" : t.tag();
            out.add(new Token(span.substring(b, e), pos, from + b, from + e));
        }
        return out;
    }
}
