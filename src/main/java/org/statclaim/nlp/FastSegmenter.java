package org.statclaim.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.ChineseDocumentToSentenceProcessor;
import edu.stanford.nlp.sequences.DocumentReaderAndWriter;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.trees.international.pennchinese.RadicalMap;
import edu.stanford.nlp.util.Characters;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.wordseg.ChineseDictionary;
import edu.stanford.nlp.wordseg.ChineseStringUtils;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * CoreNLP's Chinese word segmenter (the CRF of ctb.small.gz with the
 * {@code Gale2007ChineseSegmenterFeatureFactory} features), computed faster, with the same words.
 *
 * <p>CoreNLP builds 60-80 feature Strings per character, hashes each into the model's index and
 * then runs forward-backward before its Viterbi search. Here each feature is written into one
 * reusable char buffer and its id found in {@link FeatureIds} (a table over the index's own
 * strings), and the Viterbi search runs on the summed weights (the same arg max as CoreNLP's search
 * over conditional log probabilities, which differ from these sums by a constant per path).
 * What CoreNLP does before and after is CoreNLP's own code or its answers: the character
 * normalisation, the dictionary's words, the character tables (CoreNLP's shape and affix answers
 * for each of the 65,536 characters, asked once) and the post-processing that joins the labelled
 * characters into words.
 *
 * <p>The tables are made from the loaded CRF ({@link #fromModel}) or, in a run, read from the
 * compiled model the build writes ({@link CompiledSegmenter}); CoreNLP's CRF is then loaded only
 * when a string is handed to it.
 *
 * <p>Where this path could differ from CoreNLP's it hands the string to CoreNLP's own
 * segmenter: line breaks, characters outside the Basic Multilingual Plane, a normalisation that
 * moves characters, and any Viterbi decision on the best path won by less than {@link #TIE}
 * (CoreNLP's floating-point sums may order such near ties differently). {@link #fallbacks()}
 * counts them. The model's flags are checked at load: another model is refused.
 */
public final class FastSegmenter {

    /** Decisions closer than this (in summed weights) are left to CoreNLP's own search. */
    static final double TIE = 1e-6;

    private static final int PAD = 3;
    private static final int NONE = -1;
    static final int CHARS = 65536;

    /** CoreNLP's own segmenter for the fallbacks: loaded on first use when the tables came from the compiled model. */
    private final Supplier<CRFClassifier<CoreLabel>> crf;
    final SeqClassifierFlags flags;
    final NgramIds grams;
    final FeatureIds ids;
    /** The weights of feature id f are weights[4f, 4f+4) (a one-label clique's feature uses the first two). */
    final float[] weights;
    /** kC[y]: the weight column of the one-label clique for label y. */
    final int[] kC;
    /** kCpC[prev][y]: the weight column of the two-label clique. */
    final int[][] kCpC;
    final int background;
    final String[] className;
    private final ChineseDocumentToSentenceProcessor normalizer = new ChineseDocumentToSentenceProcessor(null);
    /** The dictionary's words of one to six characters (what ChineseDictionary.contains finds). */
    final FeatureIds words;
    /** Per character value: the reader's shape letter. */
    final char[] shapes;
    /** Per character value: CoreNLP's Unicode block name (computed once per character). */
    private final String[] blocks = new String[CHARS];
    /** Per character value: the CTB affix bits, see {@link Tables#computeAffix}. */
    final short[] affixes;
    /** The affix bits of the padding (no character). */
    final short padAffix;

    private final AtomicLong fast = new AtomicLong();
    private final AtomicLong fallbacks = new AtomicLong();
    private final AtomicLong ties = new AtomicLong();

    /** Every table, as read from the compiled model or made from the CRF by {@link #fromModel}. */
    FastSegmenter(Supplier<CRFClassifier<CoreLabel>> crf, SeqClassifierFlags flags, NgramIds grams, FeatureIds ids, float[] weights,
            int[] kC, int[][] kCpC, int background, String[] className, FeatureIds words, char[] shapes, short[] affixes, short padAffix) {
        checkFlags(flags);
        if (weights.length % 4 != 0 || grams.maxId() >= weights.length / 4 || ids.maxId() >= weights.length / 4 || shapes.length != CHARS || affixes.length != CHARS || className.length != 2) {
            throw new IllegalArgumentException("the segmenter tables do not fit together");
        }
        this.crf = crf;
        this.flags = flags;
        this.grams = grams;
        this.ids = ids;
        this.weights = weights;
        this.kC = kC;
        this.kCpC = kCpC;
        this.background = background;
        this.className = className;
        this.words = words;
        this.shapes = shapes;
        this.affixes = affixes;
        this.padAffix = padAffix;
    }

    /**
     * The tables made from CoreNLP's segmenter as loaded: a scan of its 3.3 M feature strings,
     * its dictionary and CoreNLP's answers for every character (about two seconds of CPU).
     *
     * @param crf CoreNLP's segmenter (kept for the fallbacks)
     * @throws IllegalArgumentException for a model whose features this class does not compute
     */
    public static FastSegmenter fromModel(CRFClassifier<CoreLabel> crf) {
        return Tables.of(crf);
    }

    /** Reads the tables of a CRF: what {@link CompiledSegmenter} writes at build time. */
    private static final class Tables {
        private final Object reader;
        private final Method shapeOf;
        private final Object affixDetector;
        private final Method checkDic;
        private final Method checkInDic;

        private Tables(Object reader, Method shapeOf, Object affixDetector, Method checkDic, Method checkInDic) {
            this.reader = reader;
            this.shapeOf = shapeOf;
            this.affixDetector = affixDetector;
            this.checkDic = checkDic;
            this.checkInDic = checkInDic;
        }

        @SuppressWarnings("unchecked")
        static FastSegmenter of(CRFClassifier<CoreLabel> crf) {
            SeqClassifierFlags flags = crf.flags;
            checkFlags(flags);
            try {
                Field fi = CRFClassifier.class.getDeclaredField("featureIndex");
                fi.setAccessible(true);
                Index<String> featureIndex = (Index<String>) fi.get(crf);
                Field fw = CRFClassifier.class.getDeclaredField("weights");
                fw.setAccessible(true);
                float[][] w = (float[][]) fw.get(crf);
                Field fl = CRFClassifier.class.getDeclaredField("labelIndices");
                fl.setAccessible(true);
                List<Index<CRFLabel>> labelIndices = (List<Index<CRFLabel>>) fl.get(crf);
                Field fwin = edu.stanford.nlp.ie.AbstractSequenceClassifier.class.getDeclaredField("windowSize");
                fwin.setAccessible(true);
                if (crf.classIndex.size() != 2 || labelIndices.size() != 2 || (int) fwin.get(crf) != 2) {
                    throw new IllegalArgumentException("not a two-label first-order segmenter");
                }
                int[] kC = new int[2];
                int[][] kCpC = new int[2][2];
                for (int k = 0; k < 2; k++) {
                    kC[labelIndices.get(0).get(k).getLabel()[0]] = k;
                }
                for (int k = 0; k < 4; k++) {
                    int[] l = labelIndices.get(1).get(k).getLabel();
                    kCpC[l[0]][l[1]] = k;
                }
                String[] className = {crf.classIndex.get(0), crf.classIndex.get(1)};
                int background = crf.classIndex.indexOf(flags.backgroundSymbol);
                List<String> names = featureIndex.objectsList();
                if (w.length != names.size()) {
                    throw new IllegalArgumentException("weights and features differ in number");
                }
                float[] weights = new float[4 * w.length];
                for (int f = 0; f < w.length; f++) {
                    if (w[f].length > 4) {
                        throw new IllegalArgumentException("a feature with more than four weights");
                    }
                    System.arraycopy(w[f], 0, weights, 4 * f, w[f].length);
                }
                boolean[] isGram = new boolean[names.size()];
                NgramIds grams = new NgramIds(names, TEMPLATES, isGram);
                FeatureIds ids = new FeatureIds(names, isGram);

                DocumentReaderAndWriter<CoreLabel> rw = crf.defaultReaderAndWriter();
                if (!rw.getClass().getName().equals("edu.stanford.nlp.wordseg.Sighan2005DocumentReaderAndWriter")) {
                    throw new IllegalArgumentException("unexpected reader " + rw.getClass().getName());
                }
                Field fd = rw.getClass().getDeclaredField("cdict");
                fd.setAccessible(true);
                FeatureIds words = dictionaryWords((ChineseDictionary) fd.get(rw));
                Method shapeOf = rw.getClass().getDeclaredMethod("shapeOf", String.class);
                shapeOf.setAccessible(true);

                Class<?> tad = Class.forName("edu.stanford.nlp.wordseg.TagAffixDetector");
                Constructor<?> c = tad.getDeclaredConstructor(SeqClassifierFlags.class);
                c.setAccessible(true);
                Method checkDic = tad.getDeclaredMethod("checkDic", String.class, String.class);
                checkDic.setAccessible(true);
                Method checkInDic = tad.getDeclaredMethod("checkInDic", String.class);
                checkInDic.setAccessible(true);
                Tables t = new Tables(rw, shapeOf, c.newInstance(flags), checkDic, checkInDic);
                char[] shapes = new char[CHARS];
                short[] affixes = new short[CHARS];
                for (int ch = 0; ch < CHARS; ch++) {
                    String one = String.valueOf((char) ch);
                    shapes[ch] = ((String) shapeOf.invoke(rw, one)).charAt(0);
                    affixes[ch] = t.computeAffix(one);
                }
                return new FastSegmenter(() -> crf, flags, grams, ids, weights, kC, kCpC, background, className, words, shapes,
                        affixes, t.computeAffix(""));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("this CoreNLP version's segmenter is not the one this class reads: " + e, e);
            }
        }

        /** The words contains() can find: those of length L in the dictionary's set for length L (1 to 6). */
        @SuppressWarnings("unchecked")
        private static FeatureIds dictionaryWords(ChineseDictionary dictionary) throws ReflectiveOperationException {
            Field fw = ChineseDictionary.class.getDeclaredField("words_");
            fw.setAccessible(true);
            java.util.Set<String>[] sets = (java.util.Set<String>[]) fw.get(dictionary);
            List<String> all = new ArrayList<>();
            for (int len = 1; len <= ChineseDictionary.MAX_LEXICON_LENGTH; len++) {
                for (String w : sets[len]) {
                    if (w.length() == len) {
                        all.add(w);
                    }
                }
            }
            java.util.Collections.sort(all); // the same table on every build
            for (String w : all) {
                if (!dictionary.contains(w)) {
                    throw new IllegalArgumentException("the dictionary does not find its own word " + w);
                }
            }
            return new FeatureIds(all, null);
        }

        /** Bits 3t, 3t+1, 3t+2: tag t's p, i and s lists; bit 9: the affix dictionary. */
        short computeAffix(String c) throws ReflectiveOperationException {
            int v = 0;
            for (int t = 0; t < 3; t++) {
                if ("1".equals(checkDic.invoke(affixDetector, TAGS[t] + "p", c))) {
                    v |= 1 << (3 * t);
                }
                if ("1".equals(checkDic.invoke(affixDetector, TAGS[t] + "i", c))) {
                    v |= 1 << (3 * t + 1);
                }
                if ("1".equals(checkDic.invoke(affixDetector, TAGS[t] + "s", c))) {
                    v |= 1 << (3 * t + 2);
                }
            }
            if ("1".equals(checkInDic.invoke(affixDetector, c))) {
                v |= 1 << 9;
            }
            return (short) v;
        }
    }

    /** The flags whose features {@link #featuresC} and {@link #featuresCpC} write, and nothing else. */
    private static void checkFlags(SeqClassifierFlags f) {
        boolean ok = f.featureFactory.equals("edu.stanford.nlp.wordseg.Gale2007ChineseSegmenterFeatureFactory")
                && (f.featureFactories == null || Arrays.stream(f.featureFactories).allMatch(f.featureFactory::equals))
                && f.readerAndWriter.equals("edu.stanford.nlp.wordseg.Sighan2005DocumentReaderAndWriter")
                && f.maxLeft == 1 && !f.useReverse && !f.doGibbs && f.crfType.equalsIgnoreCase("maxent")
                && (f.inferenceType == null || f.inferenceType.equalsIgnoreCase("Viterbi"))
                && !f.useEmbedding && f.maxDocSize <= 0 && !f.keepEmptySentences && !f.mergeTags && !f.iobTags
                && !f.normalizeTerms && !f.normalizeTimex && f.normalizationTable == null
                && f.useWord1 && f.useWord2 && !f.useWord3 && f.useWordn
                && f.dictionary == null && f.serializedDictionary != null && f.dictionary2 == null
                && f.useFeaturesC4gram && !f.useFeaturesC5gram && !f.useFeaturesC6gram
                && f.useFeaturesCpC4gram && !f.useFeaturesCpC5gram && !f.useFeaturesCpC6gram && !f.useGoodForNamesCpC
                && f.useUnicodeType && f.useUnicodeType4gram && !f.useUnicodeType5gram && f.useUnicodeBlock
                && !f.useWordUTypeConjunctions2 && !f.useWordUTypeConjunctions3
                && f.useShapeStrings && f.useShapeStrings1 && f.useShapeStrings3 && f.useShapeStrings4 && f.useShapeStrings5
                && !f.useWordShapeConjunctions2 && !f.useWordShapeConjunctions3
                && !f.useRad2 && !f.useRad2b && !f.useDict2 && !f.useOutDict2
                && f.useCTBChar2 && !f.useASBCChar2 && !f.useHKChar2 && !f.usePKChar2 && !f.useMSRChar2 && !f.useChPos
                && f.useRule2 && !f.usePk && !f.useHk
                && f.useDictionaryConjunctions && !f.useDictionaryConjunctions3
                && !f.use4Clique && f.labelDictionaryCutoff <= 0
                && f.wordShape <= edu.stanford.nlp.process.WordShapeClassifier.NOWORDSHAPE
                && f.wordFunction == null;
        if (!ok) {
            throw new IllegalArgumentException("the segmenter model's feature flags are not those this class computes");
        }
    }

    /** The tables' sizes, for a log line. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%d n-gram keys (%d features with two), %d other features, %d dictionary words; %.1f MB",
                grams.keys(), grams.shared(), ids.size(), words.size(), addedBytes() / 1e6);
    }

    /** Whether CoreNLP's own segmenter is in memory (it is loaded only for a fallback when the tables were compiled). */
    public boolean coreNlpLoaded() {
        return !(crf instanceof SegmenterSwap.CoreNlpSegmenter c) || c.loaded();
    }

    /** CoreNLP's own segmenter, which this one answers for (loaded now if it was not: a few seconds). */
    public CRFClassifier<CoreLabel> coreNlp() {
        return crf.get();
    }

    /** Strings segmented here, and strings handed to CoreNLP's own segmenter. */
    public long segmented() {
        return fast.get();
    }

    public long fallbacks() {
        return fallbacks.get();
    }

    /** Of the fallbacks, those for a near tie in the search (the others are for the input's characters). */
    public long nearTies() {
        return ties.get();
    }

    /** Bytes of the tables (the lookup tables, the weights, the dictionary and the per-character tables). */
    public long addedBytes() {
        return grams.bytes() + ids.bytes() + 4L * weights.length + words.bytes() + CHARS * (2L + 2 + 8);
    }

    /**
     * The words of {@code sentence}: what {@code crf.segmentString(sentence)} returns.
     */
    public List<String> segmentString(String sentence) {
        if (sentence.indexOf('\n') >= 0 || sentence.indexOf('\r') >= 0) {
            return fallback(sentence);
        }
        String origLine = sentence.trim();
        String line = normalizer.normalization(origLine);
        int len = line.length();
        if (len != origLine.length()) {
            return fallback(sentence);
        }
        // the characters the reader keeps: not whitespace, control or space
        int n = 0;
        for (int i = 0; i < len; i++) {
            char a = line.charAt(i);
            char o = origLine.charAt(i);
            if (Character.isSurrogate(a) || Character.isSurrogate(o) || skipped(a) != skipped(o)) {
                return fallback(sentence);
            }
            if (!skipped(a)) {
                n++;
            }
        }
        if (n == 0) {
            fast.incrementAndGet();
            return Collections.emptyList();
        }
        Doc d = new Doc(n);
        for (int i = 0, k = PAD; i < len; i++) {
            char a = line.charAt(i);
            if (skipped(a)) {
                continue;
            }
            char o = origLine.charAt(i);
            d.ch[k] = a;
            d.orig[k] = o;
            d.space[k - PAD] = i == 0 || skipped(line.charAt(i - 1));
            d.shape[k] = shapes[o];
            d.utype[k] = Character.getType((int) a);
            d.block[k] = block(a);
            d.affix[k] = affixes[a];
            k++;
        }
        dictionaryFeatures(d);
        int[] labels = viterbi(d);
        if (labels == null) {
            ties.incrementAndGet();
            return fallback(sentence);
        }
        fast.incrementAndGet();
        List<CoreLabel> doc = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel wi = new CoreLabel(5);
            wi.set(CoreAnnotations.CharAnnotation.class, String.valueOf(d.ch[i + PAD]));
            wi.set(CoreAnnotations.OriginalCharAnnotation.class, String.valueOf(d.orig[i + PAD]));
            wi.set(CoreAnnotations.SpaceBeforeAnnotation.class, d.space[i] ? "1" : "0");
            wi.set(CoreAnnotations.PositionAnnotation.class, Integer.toString(i));
            wi.set(CoreAnnotations.AnswerAnnotation.class, className[labels[i]]);
            doc.add(wi);
        }
        String segmented = ChineseStringUtils.combineSegmentedSentence(doc, flags) + System.lineSeparator() + System.lineSeparator();
        return Arrays.asList(segmented.split("\\s"));
    }

    private List<String> fallback(String sentence) {
        fallbacks.incrementAndGet();
        return crf.get().segmentString(sentence);
    }

    private static boolean skipped(char c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c);
    }

    /** One string's characters, with {@link #PAD} padding positions on each side. */
    private static final class Doc {
        final int n;
        final int[] ch;
        final char[] orig;
        final boolean[] space;
        final char[] shape;
        final int[] utype;
        final String[] block;
        final short[] affix;
        final int[] lb;
        final int[] lm;
        final int[] le;

        Doc(int n) {
            this.n = n;
            int m = n + 2 * PAD;
            ch = new int[m];
            orig = new char[m];
            space = new boolean[n];
            shape = new char[m];
            utype = new int[m];
            block = new String[m];
            affix = new short[m];
            lb = new int[m];
            lm = new int[m];
            le = new int[m];
            for (int k = 0; k < m; k++) {
                if (k < PAD || k >= PAD + n) {
                    ch[k] = NONE;
                    utype[k] = NONE;
                    lb[k] = NONE;
                    lm[k] = NONE;
                    le[k] = NONE;
                }
            }
        }
    }

    // ---- character tables: CoreNLP's own answers, asked once per character value

    private String block(char a) {
        String b = blocks[a];
        if (b == null) {
            b = Characters.unicodeBlockStringOf((int) a);
            blocks[a] = b;
        }
        return b;
    }

    private static final String[] TAGS = {"2", "3", "4"};

    /** The reader's longest dictionary word beginning, inside and ending at each character. */
    private void dictionaryFeatures(Doc d) {
        int n = d.n;
        int max = ChineseDictionary.MAX_LEXICON_LENGTH;
        int[] lb = new int[n];
        int[] lm = new int[n];
        int[] le = new int[n];
        char[] text = new char[max];
        for (int i = 0; i < n; i++) {
            for (int leng = 1; leng <= max && i + leng - 1 < n; leng++) {
                text[leng - 1] = (char) d.ch[PAD + i + leng - 1];
                if (words.find(text, leng) >= 0) {
                    if (leng > lb[i]) {
                        lb[i] = leng;
                    }
                    int last = i + leng - 1;
                    if (leng == max) {
                        last += 1;
                    }
                    for (int mid = i + 1; mid < last; mid++) {
                        if (leng > lm[mid]) {
                            lm[mid] = leng;
                        }
                    }
                    if (leng < max && leng > le[i + leng - 1]) {
                        le[i + leng - 1] = leng;
                    }
                }
            }
        }
        System.arraycopy(lb, 0, d.lb, PAD, n);
        System.arraycopy(lm, 0, d.lm, PAD, n);
        System.arraycopy(le, 0, d.le, PAD, n);
    }

    // ---- features and search

    /** The label of each character (indices into the class index), or null for a near tie. */
    private int[] viterbi(Doc d) {
        int n = d.n;
        Buf b = new Buf();
        int[] cIds = new int[64];
        int[] pIds = new int[96];
        double[] delta = new double[2];
        double[] next = new double[2];
        byte[] back = new byte[2 * n];
        double[][] t = new double[2][2];
        float[] w = weights;
        int kc0 = kC[0], kc1 = kC[1], k00 = kCpC[0][0], k01 = kCpC[0][1], k10 = kCpC[1][0], k11 = kCpC[1][1];
        double[] gap = new double[2 * n];
        for (int i = 0; i < n; i++) {
            int k = i + PAD;
            int nc = featuresC(d, k, b, cIds);
            int np = featuresCpC(d, k, b, pIds);
            double c0 = 0, c1 = 0;
            for (int m = 0; m < nc; m++) {
                int at = 4 * cIds[m];
                c0 += w[at + kc0];
                c1 += w[at + kc1];
            }
            double t00 = 0, t01 = 0, t10 = 0, t11 = 0;
            for (int m = 0; m < np; m++) {
                int at = 4 * pIds[m];
                t00 += w[at + k00];
                t01 += w[at + k01];
                t10 += w[at + k10];
                t11 += w[at + k11];
            }
            t[0][0] = t00 + c0;
            t[0][1] = t01 + c1;
            t[1][0] = t10 + c0;
            t[1][1] = t11 + c1;
            for (int y = 0; y < 2; y++) {
                if (i == 0) {
                    next[y] = t[background][y];
                    back[y] = (byte) background;
                    gap[y] = Double.POSITIVE_INFINITY;
                } else {
                    double via0 = delta[0] + t[0][y];
                    double via1 = delta[1] + t[1][y];
                    next[y] = Math.max(via0, via1);
                    back[2 * i + y] = (byte) (via0 >= via1 ? 0 : 1);
                    gap[2 * i + y] = Math.abs(via0 - via1);
                }
            }
            double[] swap = delta;
            delta = next;
            next = swap;
        }
        if (Math.abs(delta[0] - delta[1]) < TIE) {
            return null;
        }
        int[] labels = new int[n];
        int y = delta[0] >= delta[1] ? 0 : 1;
        for (int i = n - 1; i >= 0; i--) {
            labels[i] = y;
            if (gap[2 * i + y] < TIE) {
                return null;
            }
            y = back[2 * i + y];
        }
        return labels;
    }

    /** The feature buffer: a feature is written, then looked up. */
    private final class Buf {
        final char[] c = new char[256];
        int len;

        Buf reset() {
            len = 0;
            return this;
        }

        Buf ch(int x) {
            if (x != NONE) {
                c[len++] = (char) x;
            }
            return this;
        }

        Buf s(String x) {
            x.getChars(0, x.length(), c, len);
            len += x.length();
            return this;
        }

        Buf num(int v) {
            if (v != NONE) {
                if (v >= 10) {
                    c[len++] = (char) ('0' + v / 10);
                }
                c[len++] = (char) ('0' + v % 10);
            }
            return this;
        }

        /** A dictionary length as the reader writes it: 6 as "6+", padding as nothing. */
        Buf lex(int v) {
            if (v != NONE) {
                c[len++] = (char) ('0' + v);
                if (v == ChineseDictionary.MAX_LEXICON_LENGTH) {
                    c[len++] = '+';
                }
            }
            return this;
        }

        Buf shape(char x) {
            if (x != 0) {
                c[len++] = x;
            }
            return this;
        }

        Buf block(String x) {
            return x == null ? this : s(x);
        }

        /** Ends the feature with its clique suffix and adds its id (if the model has it) to ids. */
        int add(String suffix, int[] out, int count) {
            s(suffix);
            int id = ids.find(c, len);
            len = 0;
            // the other templates' strings never coincide (their fixed parts differ), and none is an n-gram's
            if (id < 0) {
                return count;
            }
            out[count] = id;
            return count + 1;
        }
    }

    // the character n-gram templates of the factory: C clique (useWord1, useFeaturesC4gram), CpC
    // (useWord2, useFeaturesCpC4gram), CnC (useWordn; its pc2 template writes a '-' between the two)
    private static final int C_C = 0;
    private static final int C_C2 = 1;
    private static final int C_P = 2;
    private static final int C_P2 = 3;
    private static final int C_CN = 4;
    private static final int C_CN2 = 5;
    private static final int C_PC = 6;
    private static final int C_PN = 7;
    private static final int C_P2P = 8;
    private static final int C_P2C = 9;
    private static final int C_N2C = 10;
    private static final int C_P2P4 = 11;
    private static final int C_P24 = 12;
    private static final int P_C = 13;
    private static final int P_C1 = 14;
    private static final int P_P = 15;
    private static final int P_P2 = 16;
    private static final int P_CN = 17;
    private static final int P_PC = 18;
    private static final int P_PN = 19;
    private static final int P_P2P = 20;
    private static final int P_P2C = 21;
    private static final int P_N2C = 22;
    private static final int P_P2P4 = 23;
    private static final int P_P24 = 24;
    private static final int N_C = 25;
    private static final int N_C2 = 26;
    private static final int N_P = 27;
    private static final int N_P2 = 28;
    private static final int N_P2P = 29;
    private static final int N_PC = 30;
    private static final int N_CC2 = 31;
    private static final int N_PC2 = 32;
    static final NgramIds.Template[] TEMPLATES = {
        new NgramIds.Template("::c|C", 1, false),
        new NgramIds.Template("::c2|C", 1, false),
        new NgramIds.Template("::p|C", 1, false),
        new NgramIds.Template("::p2|C", 1, false),
        new NgramIds.Template("::cn|C", 2, false),
        new NgramIds.Template("::cn2|C", 2, false),
        new NgramIds.Template("::pc|C", 2, false),
        new NgramIds.Template("::pn|C", 2, false),
        new NgramIds.Template("::p2p|C", 2, false),
        new NgramIds.Template("::p2c|C", 2, false),
        new NgramIds.Template("::n2c|C", 2, false),
        new NgramIds.Template("p2p|C", 2, false),
        new NgramIds.Template("p2|C", 1, false),
        new NgramIds.Template("::c|CpC", 1, false),
        new NgramIds.Template("::c1|CpC", 1, false),
        new NgramIds.Template("::p|CpC", 1, false),
        new NgramIds.Template("::p2|CpC", 1, false),
        new NgramIds.Template("::cn|CpC", 2, false),
        new NgramIds.Template("::pc|CpC", 2, false),
        new NgramIds.Template("::pn|CpC", 2, false),
        new NgramIds.Template("::p2p|CpC", 2, false),
        new NgramIds.Template("::p2c|CpC", 2, false),
        new NgramIds.Template("::n2c|CpC", 2, false),
        new NgramIds.Template("p2p|CpC", 2, false),
        new NgramIds.Template("p2|CpC", 1, false),
        new NgramIds.Template("c|CnC", 1, false),
        new NgramIds.Template("c2|CnC", 1, false),
        new NgramIds.Template("p|CnC", 1, false),
        new NgramIds.Template("p2|CnC", 1, false),
        new NgramIds.Template("p2p|CnC", 2, false),
        new NgramIds.Template("pc|CnC", 2, false),
        new NgramIds.Template("cc2|CnC", 2, false),
        new NgramIds.Template("pc2|CnC", 2, true)
    };

    private static final String SC = "|C";
    private static final String SCPC = "|CpC";
    private static final String SCNC = "|CnC";

    private int featuresC(Doc d, int k, Buf b, int[] out) {
        int[] ch = d.ch;
        int c = ch[k], c2 = ch[k + 1], c3 = ch[k + 2], p = ch[k - 1], p2 = ch[k - 2];
        int n = 0;
        n = gram(C_C, c, NONE, out, n);
        n = gram(C_C2, c2, NONE, out, n);
        n = gram(C_P, p, NONE, out, n);
        n = gram(C_P2, p2, NONE, out, n);
        n = gram(C_CN, c, c2, out, n);
        n = gram(C_CN2, c, c3, out, n);
        n = gram(C_PC, p, c, out, n);
        n = gram(C_PN, p, c2, out, n);
        n = gram(C_P2P, p2, p, out, n);
        n = gram(C_P2C, p2, c, out, n);
        n = gram(C_N2C, c2, c, out, n);
        b.reset();
        n = b.lex(d.lb[k]).s("-lb").add(SC, out, n);
        n = b.lex(d.lm[k]).s("-lm").add(SC, out, n);
        n = b.lex(d.le[k]).s("-le").add(SC, out, n);
        n = b.lex(d.lb[k - 1]).s("-plb").add(SC, out, n);
        n = b.lex(d.lm[k - 1]).s("-plm").add(SC, out, n);
        n = b.lex(d.le[k - 1]).s("-ple").add(SC, out, n);
        n = b.lex(d.lb[k + 1]).s("-c2lb").add(SC, out, n);
        n = b.lex(d.lm[k + 1]).s("-c2lm").add(SC, out, n);
        n = b.lex(d.le[k + 1]).s("-c2le").add(SC, out, n);
        n = gram(C_P2P4, p2, p, out, n);
        n = gram(C_P24, p2, NONE, out, n);
        return sharedFeatures(d, k, b, out, n, SC);
    }

    /** Unicode types, blocks and shapes: the same templates in both cliques. */
    private int sharedFeatures(Doc d, int k, Buf b, int[] out, int n, String suffix) {
        int[] t = d.utype;
        n = b.num(t[k - 1]).s("-").num(t[k]).s("-").num(t[k + 1]).s("-uType3").add(suffix, out, n);
        n = b.num(t[k - 2]).s("-").num(t[k - 1]).s("-").num(t[k]).s("-").num(t[k + 1]).s("-uType4").add(suffix, out, n);
        n = b.block(d.block[k - 1]).s("-").block(d.block[k]).s("-").block(d.block[k + 1]).s("-uBlock").add(suffix, out, n);
        char[] s = d.shape;
        n = b.shape(s[k - 1]).s("ps").add(suffix, out, n);
        n = b.shape(s[k]).s("cs").add(suffix, out, n);
        n = b.shape(s[k + 1]).s("c2s").add(suffix, out, n);
        n = b.shape(s[k - 1]).shape(s[k]).shape(s[k + 1]).s("pscsc2s").add(suffix, out, n);
        n = b.shape(s[k - 2]).shape(s[k - 1]).shape(s[k]).shape(s[k + 1]).s("p2spscsc2s").add(suffix, out, n);
        n = b.shape(s[k - 2]).shape(s[k - 1]).shape(s[k]).shape(s[k + 1]).shape(s[k + 2]).s("p2spscsc2sc3s").add(suffix, out, n);
        if (suffix == SC) {
            n = b.s("cliqueC").add(suffix, out, n);
        }
        return n;
    }

    private int featuresCpC(Doc d, int k, Buf b, int[] out) {
        int[] ch = d.ch;
        int c = ch[k], c2 = ch[k + 1], c3 = ch[k + 2], p = ch[k - 1], p2 = ch[k - 2], p3 = ch[k - 3];
        int n = 0;
        n = b.reset().lex(d.lb[k]).s("-lb").add(SCPC, out, n);
        n = b.lex(d.lm[k]).s("-lm").add(SCPC, out, n);
        n = b.lex(d.le[k]).s("-le").add(SCPC, out, n);
        n = b.lex(d.lb[k - 1]).s("-plb").add(SCPC, out, n);
        n = b.lex(d.lm[k - 1]).s("-plm").add(SCPC, out, n);
        // here the factory reads the previous character's end length with get(), not getString(): "null" for the padding
        n = (d.le[k - 1] == NONE ? b.s("null") : b.lex(d.le[k - 1])).s("-ple").add(SCPC, out, n);
        n = b.lex(d.lb[k + 1]).s("-c2lb").add(SCPC, out, n);
        n = b.lex(d.lm[k + 1]).s("-c2lm").add(SCPC, out, n);
        n = b.lex(d.le[k + 1]).s("-c2le").add(SCPC, out, n);
        n = b.lex(d.le[k - 2]).lex(d.le[k - 1]).lex(d.lb[k]).lex(d.lm[k]).s("-p2pcLconj1").add(SCPC, out, n);
        n = b.lex(d.le[k - 2]).lex(d.le[k - 1]).lex(d.lb[k - 1]).lex(d.lb[k]).lex(d.lm[k]).s("-p2pcLconj2").add(SCPC, out, n);
        n = gram(P_C, c, NONE, out, n);
        n = gram(P_C1, c2, NONE, out, n);
        n = gram(P_P, p, NONE, out, n);
        n = gram(P_P2, p2, NONE, out, n);
        n = gram(P_CN, c, c2, out, n);
        n = gram(P_PC, p, c, out, n);
        n = gram(P_PN, p, c2, out, n);
        n = gram(P_P2P, p2, p, out, n);
        n = gram(P_P2C, p2, c, out, n);
        n = gram(P_N2C, c2, c, out, n);
        n = gram(P_P2P4, p2, p, out, n);
        n = gram(P_P24, p2, NONE, out, n);
        n = sharedFeatures(d, k, b, out, n, SCPC);
        // CTB affix lists of the previous and the current character
        int ap = p == NONE ? padAffix : d.affix[k - 1];
        int ac = d.affix[k];
        for (int t = 0; t < 3; t++) {
            b.c[b.len++] = bit(ap, 3 * t);
            b.c[b.len++] = bit(ap, 3 * t + 1);
            b.c[b.len++] = bit(ac, 3 * t + 2);
            b.c[b.len++] = bit(ap, 9);
            b.c[b.len++] = bit(ac, 9);
            n = b.s(TAGS[t]).s("prep-sufc").add(SCPC, out, n);
        }
        n = rule2(d, k, b, out, n);
        switch (Character.getType(d.orig[k])) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER -> n = b.s("CHARTYPE-LETTER").add(SCPC, out, n);
            case Character.DECIMAL_DIGIT_NUMBER -> n = b.s("CHARTYPE-DECIMAL_DIGIT_NUMBER").add(SCPC, out, n);
            case Character.OTHER_LETTER -> n = b.s("CHARTYPE-OTHER_LETTER").add(SCPC, out, n);
            default -> n = b.s("CHARTYPE-MISC").add(SCPC, out, n);
        }
        n = b.s("cliqueCpC").add(SCPC, out, n);
        // the factory's CnC templates, written for the previous position
        n = gram(N_C, p, NONE, out, n);
        n = gram(N_C2, c, NONE, out, n);
        n = gram(N_P, p2, NONE, out, n);
        n = gram(N_P2, p3, NONE, out, n);
        n = gram(N_P2P, p3, p2, out, n);
        n = gram(N_PC, p2, p, out, n);
        n = gram(N_CC2, p, c, out, n);
        n = gram(N_PC2, p2, c, out, n);
        n = b.s("cliqueCnC").add(SCNC, out, n);
        return n;
    }

    /** Adds the id of n-gram template t with characters a and b (NONE: padding) to out, once. */
    private int gram(int t, int a, int b, int[] out, int count) {
        int id = grams.find(t, a, b);
        if (id < 0) {
            return count;
        }
        if ((id & NgramIds.SHARED_ID) != 0) {
            return addOnce(id & ~NgramIds.SHARED_ID, out, count);
        }
        // no other template writes this feature's string: it cannot be in out yet
        out[count] = id;
        return count + 1;
    }

    private static int addOnce(int id, int[] out, int count) {
        for (int m = 0; m < count; m++) {
            if (out[m] == id) {
                return count; // the feature factory collects a set
            }
        }
        out[count] = id;
        return count + 1;
    }

    private static char bit(int v, int i) {
        return (v & (1 << i)) != 0 ? '1' : '0';
    }

    private static boolean letter(int x) {
        return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z');
    }

    private static boolean digit(int x) {
        return x >= '0' && x <= '9';
    }

    /** The factory's "Rule 2" features: reduplication, digits, Latin letters, punctuation. */
    private int rule2(Doc d, int k, Buf b, int[] out, int n) {
        int[] ch = d.ch;
        int c = ch[k], c2 = ch[k + 1], c3 = ch[k + 2], p = ch[k - 1], p2 = ch[k - 2];
        if (p == c) {
            n = b.s("11-R2").add(SCPC, out, n);
        }
        if (p == c2) {
            n = b.s("22-R2").add(SCPC, out, n);
        }
        if (c == c2) {
            n = b.s("33-R2").add(SCPC, out, n);
        }
        int cur1 = c2 == NONE ? ' ' : c2;
        int cur2 = c3 == NONE ? ' ' : c3;
        int pre = p == NONE ? ' ' : p;
        if (digit(c) && digit(pre)) {
            if (c == '9' && pre == '1' && cur1 == '9' && digit(cur2)) {
                n = b.s("YR-R2").add(SCPC, out, n);
            } else {
                n = b.s("2N-R2").add(SCPC, out, n);
            }
        } else if (digit(pre)) {
            n = b.s("1N-R2").add(SCPC, out, n);
        } else if (p != NONE && letter(p)) {
            n = b.s("E-R2").add(SCPC, out, n);
        } else if (p != NONE && RadicalMap.getRadical((char) p) == '.') {
            if (letter(c)) {
                n = b.s("PU+E-R2").add(SCPC, out, n);
            }
            if (p2 != NONE && letter(p2)) {
                n = b.s("E+PU-R2").add(SCPC, out, n);
            }
            if (digit(c)) {
                n = b.s("PU+N-R2").add(SCPC, out, n);
            }
            if (p2 != NONE && digit(p2)) {
                n = b.s("N+PU-R2").add(SCPC, out, n);
            }
            n = b.s("PU-R2").add(SCPC, out, n);
        }
        String eng = english(p, c);
        if (!eng.isEmpty()) {
            n = b.s(eng).add(SCPC, out, n);
            if (p == '-' || p == '\u00b7' || p == '.') {
                n = b.s("1:EngPU").s(eng).s("R2").add(SCPC, out, n);
            }
        }
        return n;
    }

    private static boolean lower(int x) {
        return x >= 'a' && x <= 'z';
    }

    private static boolean upper(int x) {
        return x >= 'A' && x <= 'Z';
    }

    /** The factory's isEnglish: the case pattern of the previous and the current character. */
    private static String english(int p, int c) {
        boolean mp = lower(p), mc = lower(c), mpC = upper(p), mcC = upper(c);
        if (mp && mcC) {
            return "BND";
        } else if (mp && mc) {
            return "ENG";
        } else if (mpC && mcC) {
            return "BCC";
        } else if (mp && !mc && !mcC) {
            return "e1";
        } else if (mc && !mp && !mpC) {
            return "e2";
        } else if (mpC && !mc && !mcC) {
            return "e3";
        } else if (mcC && !mp && !mpC) {
            return "e4";
        }
        return "";
    }
}
