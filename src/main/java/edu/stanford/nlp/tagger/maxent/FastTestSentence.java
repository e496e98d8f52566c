package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * statclaim's faster scoring for CoreNLP's {@link TestSentence} (this class lives in CoreNLP's
 * package only to read the tagger's package-private model: extractors, feature map, weights,
 * dictionary). It answers the two calls CoreNLP's own exact Viterbi search
 * ({@code ExactBestSequenceFinder}) makes, {@link #getPossibleValues} and {@link #scoresOf},
 * with the same doubles, bit for bit, so the search (CoreNLP's own, unchanged) returns the same
 * tags, ties included:
 * <ul>
 *   <li>the same feature values are looked up in the same map and their weights added in the
 *       same order (dynamic extractors, then the rare ones, then local-context plus local
 *       scores, then {@link ArrayMath#logNormalize}), as {@code TestSentence.getExactHistories}
 *       does;</li>
 *   <li>but no feature string is built and looked up per call: the leading tag-only features
 *       (the previous two tags, the previous tag) are summed at load for every pair of tags;
 *       what depends on one word only (its possible tags, rarity, word-only scores, the rows of
 *       the previous-tag-and-word feature for every tag, of the neighbour-word, distributional
 *       class and shape features) is made once per word and kept (at most {@link Model#MAX_WORDS}
 *       words); any other feature once per position and distinct tag history.</li>
 * </ul>
 * {@link Model#of} refuses (with the reason) any tagger whose extractors or scoring this class
 * does not reproduce exactly (approximate scoring, verbose mode, dynamic extractors of another
 * kind); the caller then keeps CoreNLP's own tagger.
 */
public final class FastTestSentence extends TestSentence {

    /** What is read once from a loaded tagger: shared by all sentences and threads (read-only). */
    public static final class Model {
        final MaxentTagger tagger;
        final int ySize;
        final int left;
        final int right;
        final double[] lambda;
        final List<Pair<Integer, Extractor>> local, localContext, localRare, localContextRare;
        final int szCommon;
        final Map<String, int[]>[] assoc;
        /** Dynamic extractors, the common ones first, then the rare ones (used for rare words only). */
        final Extractor[] dyn;
        final int[] dynKf;
        final int dynCommon;
        /** Per dynamic extractor made of tags only (left context 1 or 2): weight rows by tag ids, NA = ySize; else null. */
        final int[][][] tagTables;
        final int[] dynLeft;
        final int[] dynRight;
        /** Per dynamic extractor: true if it reads the previous tag and the current word only (its rows kept per word). */
        final boolean[] tagAndWord;
        /** The leading dynamic extractors that have tables: their rows summed (in order, from 0) per pair of tag ids. */
        final int prefix;
        final double[][] prefixSums;
        final int minWordsLockTags;
        /** Per local-context extractor (common, rare): true if its value is a function of one word (at its offset). */
        final boolean[] oneWord, oneWordRare;
        /** What depends on one word only, by word; at most {@link #MAX_WORDS} words. */
        private final java.util.concurrent.ConcurrentHashMap<String, Word> words = new java.util.concurrent.ConcurrentHashMap<>();
        private final Word na;
        private final java.util.concurrent.atomic.AtomicLong wordMisses = new java.util.concurrent.atomic.AtomicLong();

        @SuppressWarnings("unchecked")
        private Model(MaxentTagger t) {
            this.tagger = t;
            if (t.hasApproximateScoring()) {
                throw new IllegalStateException("the tagger uses approximate scoring");
            }
            if (t.config != null && t.config.getVerbose()) {
                throw new IllegalStateException("the tagger is verbose");
            }
            this.ySize = t.ySize;
            this.left = t.leftContext;
            this.right = t.rightContext;
            this.lambda = t.getLambdaSolve().lambda;
            this.local = t.extractors.local;
            this.localContext = t.extractors.localContext;
            this.localRare = t.extractorsRare.local;
            this.localContextRare = t.extractorsRare.localContext;
            this.szCommon = t.extractors.size();
            this.assoc = t.fAssociations.toArray(new Map[0]);
            List<Extractor> d = new ArrayList<>();
            List<Integer> kf = new ArrayList<>();
            for (Pair<Integer, Extractor> p : t.extractors.dynamic) {
                d.add(p.second());
                kf.add(p.first());
            }
            this.dynCommon = d.size();
            for (Pair<Integer, Extractor> p : t.extractorsRare.dynamic) {
                d.add(p.second());
                kf.add(szCommon + p.first());
            }
            this.dyn = d.toArray(new Extractor[0]);
            this.dynKf = kf.stream().mapToInt(Integer::intValue).toArray();
            this.tagTables = new int[dyn.length][][];
            this.dynLeft = new int[dyn.length];
            this.dynRight = new int[dyn.length];
            for (int s = 0; s < dyn.length; s++) {
                Extractor e = dyn[s];
                Class<?> c = e.getClass();
                boolean tagsOnly = (c == Extractor.class && e.isDynamic())
                        || c == ExtractorFrames.ExtractorContinuousTagConjunction.class
                        || c == ExtractorFrames.ExtractorTwoTags.class
                        || c == ExtractorFrames.ExtractorThreeTags.class;
                boolean known = tagsOnly || c == ExtractorFrames.ExtractorWordTag.class
                        || c == ExtractorFrames.ExtractorWordTwoTags.class;
                if (!known) {
                    throw new IllegalStateException("dynamic extractor of an unknown kind: " + e);
                }
                dynLeft[s] = e.leftContext();
                dynRight[s] = e.rightContext();
                if (dynLeft[s] > left || dynRight[s] > right) {
                    throw new IllegalStateException("extractor " + e + " reads beyond the tagger's context");
                }
                if (tagsOnly && dynRight[s] == 0 && (dynLeft[s] == 1 || dynLeft[s] == 2)) {
                    tagTables[s] = tagTable(e, dynLeft[s], dynKf[s]);
                }
            }
            this.tagAndWord = new boolean[dyn.length];
            for (int s = 0; s < dyn.length; s++) {
                tagAndWord[s] = dyn[s].getClass() == ExtractorFrames.ExtractorWordTag.class && dynLeft[s] == 1 && dynRight[s] == 0
                        && dyn[s].position == -1 && wordPosition(dyn[s]) == 0;
            }
            int k = 0;
            while (k < dynCommon && tagTables[k] != null) {
                k++;
            }
            this.prefix = k;
            this.prefixSums = k == 0 ? null : prefixSums(k);
            this.minWordsLockTags = t.config != null ? t.config.getMinWordsLockTags() : 1;
            this.oneWord = oneWordFlags(localContext);
            this.oneWordRare = oneWordFlags(localContextRare);
            this.na = newWord("NA");
        }

        /** ExtractorWordTag's word position, read by reflection (it is private); -1 if it cannot be read. */
        private static int wordPosition(Extractor e) {
            try {
                java.lang.reflect.Field f = ExtractorFrames.ExtractorWordTag.class.getDeclaredField("wordPosition");
                f.setAccessible(true);
                return f.getInt(e);
            } catch (ReflectiveOperationException | RuntimeException x) {
                return -1;
            }
        }

        /** Rows of the first {@code k} (table) extractors added from 0 in their order, for every pair of tag ids. */
        private double[][] prefixSums(int k) {
            int radix = ySize + 1;
            double[][] sums = new double[radix * radix][];
            for (int code = 0; code < sums.length; code++) {
                double[] v = new double[ySize];
                for (int s = 0; s < k; s++) {
                    addRow(dynLeft[s] == 1 ? tagTables[s][code % radix] : tagTables[s][code], v);
                }
                sums[code] = v;
            }
            return sums;
        }

        private static boolean[] oneWordFlags(List<Pair<Integer, Extractor>> extractors) {
            boolean[] flags = new boolean[extractors.size()];
            for (int i = 0; i < flags.length; i++) {
                Extractor e = extractors.get(i).second();
                Class<?> c = e.getClass();
                // each returns f(the word at its position), "NA" outside the sentence (Extractor.extract's)
                flags[i] = !e.isDynamic() && Math.abs(e.position) <= 8 && (c == Extractor.class || c == ExtractorDistsim.class || c == ExtractorWordShapeClassifier.class);
            }
            return flags;
        }

        /** Cached words at most: about 750 bytes each (with the map's entry and key), about 30 MB in all. */
        static final int MAX_WORDS = 40_000;

        Word word(String w) {
            Word x = words.get(w);
            if (x == null) {
                x = newWord(w);
                wordMisses.incrementAndGet();
                if (words.size() < MAX_WORDS) {
                    words.putIfAbsent(w, x);
                }
            }
            return x;
        }

        /** Words computed (not found in the cache) so far. */
        public long wordMisses() {
            return wordMisses.get();
        }

        public int wordsCached() {
            return words.size();
        }

        /** Rarity, word-only scores and one-word feature rows of {@code w}, as TestSentence computes them. */
        private Word newWord(String w) {
            PairsHolder ph = new PairsHolder();
            int n = 2 * Math.max(2, maxOffset()) + 1;
            ph.setSize(n);
            for (int i = 0; i < n; i++) {
                ph.setWord(i, w);
            }
            History h = new History(0, n - 1, n / 2, ph, tagger.extractors);
            boolean rare = tagger.isRare(ExtractorFrames.cWord.extract(h));
            double[] lS = new double[ySize];
            for (Pair<Integer, Extractor> e : local) {
                addRow(assoc[e.first()].get(e.second().extract(h)), lS);
            }
            if (rare) {
                for (Pair<Integer, Extractor> e : localRare) {
                    addRow(assoc[szCommon + e.first()].get(e.second().extract(h)), lS);
                }
            }
            int[][][] wt = new int[dyn.length][][];
            for (int s = 0; s < dyn.length; s++) {
                if (tagAndWord[s]) {
                    wt[s] = new int[ySize + 1][];
                    for (int id = 0; id <= ySize; id++) {
                        ph.setTag(n / 2 - 1, tagString(id));
                        wt[s][id] = assoc[dynKf[s]].get(dyn[s].extract(h));
                    }
                }
            }
            return new Word(rare, lS, rows(localContext, oneWord, 0, h), rows(localContextRare, oneWordRare, szCommon, h), wt, possible(w));
        }

        /** The tags a word may take, as TestSentence.stringTagsAt and getPossibleValues give them. */
        private int[] possible(String word) {
            int count = tagger.dict.sum(word);
            String[] arr1 = count == 0 || count < minWordsLockTags ? tagger.tags.getOpenTagsArray() : tagger.dict.getTags(word);
            arr1 = tagger.tags.deterministicallyExpandTags(arr1);
            int[] arr = new int[arr1.length];
            for (int i = 0; i < arr.length; i++) {
                arr[i] = tagger.tags.getIndex(arr1[i]);
            }
            return arr;
        }

        /** The farthest position a one-word extractor reads (other extractors may hold a sentinel there). */
        private int maxOffset() {
            int max = 0;
            for (int i = 0; i < oneWord.length; i++) {
                if (oneWord[i]) max = Math.max(max, Math.abs(localContext.get(i).second().position));
            }
            for (int i = 0; i < oneWordRare.length; i++) {
                if (oneWordRare[i]) max = Math.max(max, Math.abs(localContextRare.get(i).second().position));
            }
            return max;
        }

        private int[][] rows(List<Pair<Integer, Extractor>> extractors, boolean[] flags, int kfBase, History h) {
            int[][] rows = new int[extractors.size()][];
            for (int i = 0; i < rows.length; i++) {
                if (flags[i]) {
                    rows[i] = assoc[kfBase + extractors.get(i).first()].get(extractors.get(i).second().extract(h));
                }
            }
            return rows;
        }

        void addRow(int[] fa, double[] scores) {
            if (fa != null) {
                for (int j = 0; j < ySize; j++) {
                    int fNum = fa[j];
                    if (fNum >= 0) {
                        scores[j] += lambda[fNum];
                    }
                }
            }
        }

        /** The tagger's model as this class reads it; IllegalStateException (with the reason) if it cannot reproduce its scores. */
        public static Model of(MaxentTagger tagger) {
            return new Model(tagger);
        }

        private String tagString(int id) {
            return id == ySize ? "NA" : tagger.tags.getTag(id);
        }

        /** The weight rows of a tags-only extractor for every history of {@code width} tags (NA included). */
        private int[][] tagTable(Extractor e, int width, int kf) {
            int radix = ySize + 1;
            int n = width == 1 ? radix : radix * radix;
            int[][] table = new int[n][];
            PairsHolder ph = new PairsHolder();
            ph.setSize(width + 1);
            for (int i = 0; i <= width; i++) {
                ph.setWord(i, "NA");
            }
            History h = new History(0, width, width, ph, tagger.extractors);
            for (int code = 0; code < n; code++) {
                if (width == 1) {
                    ph.setTag(0, tagString(code));
                } else {
                    ph.setTag(0, tagString(code / radix));
                    ph.setTag(1, tagString(code % radix));
                }
                table[code] = assoc[kf].get(e.extract(h));
            }
            return table;
        }

        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append(ySize).append(" tags, context -").append(left).append("..+").append(right)
                    .append(", ").append(lambda.length).append(" weights; dynamic extractors:");
            for (int s = 0; s < dyn.length; s++) {
                sb.append(' ').append(dyn[s]).append(s < prefix ? " (summed table)" : tagTables[s] != null ? " (table)"
                        : tagAndWord[s] ? " (per word)" : " (per position)");
            }
            return sb.toString();
        }
    }

    /** What depends on one word only (read-only once made; shared by threads). */
    static final class Word {
        final boolean rare;
        final double[] lS;
        final int[][] rows;
        final int[][] rowsRare;
        /** Per dynamic extractor reading the previous tag and this word: rows by previous tag id (NA = ySize). */
        final int[][][] tagAndWordRows;
        final int[] possible;

        Word(boolean rare, double[] lS, int[][] rows, int[][] rowsRare, int[][][] tagAndWordRows, int[] possible) {
            this.rare = rare;
            this.lS = lS;
            this.rows = rows;
            this.rowsRare = rowsRare;
            this.tagAndWordRows = tagAndWordRows;
            this.possible = possible;
        }
    }

    /** What is known of one position of the sentence once it was first scored. */
    private static final class Position {
        boolean rare;
        double[] lcS;
        /** Per dynamic extractor not in a table: weight rows by the history's code (null: not yet; NONE: no row). */
        int[][][] memo;
    }

    private static final int[] NONE = new int[0];

    private final Model m;
    private int[][] possible;
    /** Per padded position: index of a tag id among the possible values, -1 if not one. */
    private int[][] inverse;
    private Position[] positions;
    private History h;
    private Word[] words;

    public FastTestSentence(Model model) {
        super(model.tagger);
        this.m = model;
    }

    @Override
    protected void init() {
        super.init();
        int pad = size + m.left + m.right;
        possible = new int[pad][];
        inverse = new int[pad][];
        positions = new Position[size];
        words = new Word[size];
        h = new History(pairs, m.tagger.extractors);
    }

    @Override
    public int[] getPossibleValues(int pos) {
        int[] pv = possible[pos];
        if (pv == null) {
            int sp = pos - m.left;
            pv = sp >= 0 && sp < size ? m.word(sent.get(sp)).possible : super.getPossibleValues(pos);
            possible[pos] = pv;
            int[] inv = new int[m.ySize + 1];
            java.util.Arrays.fill(inv, -1);
            for (int i = 0; i < pv.length; i++) {
                if (pv[i] >= 0 && pv[i] < inv.length) {
                    inv[pv[i]] = i;
                }
            }
            inverse[pos] = inv;
        }
        return pv;
    }

    @Override
    public double[] scoresOf(int[] tags, int pos) {
        final int cur = pos - m.left;
        Position p = positions[cur];
        if (p == null) {
            p = position(cur, tags, pos);
            positions[cur] = p;
        }
        final int y = m.ySize;
        final double[] lambda = m.lambda;
        double[] total;
        if (m.prefix > 0) {
            total = m.prefixSums[tagId(tags, pos - 2) * (y + 1) + tagId(tags, pos - 1)].clone();
        } else {
            total = new double[y];
        }
        int nDyn = p.rare ? m.dyn.length : m.dynCommon;
        for (int s = m.prefix; s < nDyn; s++) {
            int[] fa = row(s, p, tags, pos, cur);
            if (fa != null) {
                for (int j = 0; j < y; j++) {
                    int fNum = fa[j];
                    if (fNum >= 0) {
                        total[j] += lambda[fNum];
                    }
                }
            }
        }
        ArrayMath.pairwiseAddInPlace(total, p.lcS);
        ArrayMath.logNormalize(total);
        int[] pv = getPossibleValues(pos);
        double[] scores = new double[pv.length];
        for (int j = 0; j < pv.length; j++) {
            scores[j] = total[pv[j]];
        }
        return scores;
    }

    /** The tag id at padded position {@code q} of the history, or ySize (NA) outside the sentence. */
    private int tagId(int[] tags, int q) {
        int sp = q - m.left;
        return sp < 0 || sp >= size ? m.ySize : tags[q];
    }

    private int[] row(int s, Position p, int[] tags, int pos, int cur) {
        int[][] table = m.tagTables[s];
        if (table != null) {
            if (m.dynLeft[s] == 1) {
                return table[tagId(tags, pos - 1)];
            }
            return table[tagId(tags, pos - 2) * (m.ySize + 1) + tagId(tags, pos - 1)];
        }
        if (m.tagAndWord[s]) {
            return word(cur).tagAndWordRows[s][tagId(tags, pos - 1)];
        }
        // a mixed-radix code of the possible-value indices in the extractor's window
        int from = pos - m.dynLeft[s];
        int to = pos + m.dynRight[s];
        int code = 0;
        int span = 1;
        for (int q = from; q <= to; q++) {
            int sp = q - m.left;
            if (sp < 0 || sp >= size) {
                continue;
            }
            int[] pv = getPossibleValues(q);
            int idx = inverse[q][tags[q]];
            code = code * pv.length + idx;
            span *= pv.length;
        }
        int[][] memo = p.memo[s];
        if (memo == null) {
            memo = new int[span][];
            p.memo[s] = memo;
        }
        int[] fa = memo[code];
        if (fa == null) {
            h.init(0, size - 1, cur);
            for (int q = from; q <= to; q++) {
                int sp = q - m.left;
                if (sp >= 0 && sp < size) {
                    pairs.setTag(sp, m.tagger.tags.getTag(tags[q]));
                }
            }
            fa = m.assoc[m.dynKf[s]].get(m.dyn[s].extract(h));
            if (fa == null) {
                fa = NONE;
            }
            memo[code] = fa;
        }
        return fa == NONE ? null : fa;
    }

    private Word word(int sp) {
        if (sp < 0 || sp >= size) {
            return m.na;
        }
        Word w = words[sp];
        if (w == null) {
            w = m.word(pairs.getWord(sp));
            words[sp] = w;
        }
        return w;
    }

    /**
     * Rarity and the word-only scores of a position, as TestSentence.getHistories computes them:
     * local-context rows summed in the extractors' order (common, then rare for a rare word), then
     * the current word's local scores added.
     */
    private Position position(int cur, int[] tags, int pos) {
        Position p = new Position();
        Word w = word(cur);
        p.rare = w.rare;
        h.init(0, size - 1, cur);
        double[] lcS = new double[m.ySize];
        contextRows(m.localContext, m.oneWord, 0, false, cur, lcS);
        if (p.rare) {
            contextRows(m.localContextRare, m.oneWordRare, m.szCommon, true, cur, lcS);
        }
        ArrayMath.pairwiseAddInPlace(lcS, w.lS);
        p.lcS = lcS;
        p.memo = new int[m.dyn.length][][];
        return p;
    }

    private void contextRows(List<Pair<Integer, Extractor>> extractors, boolean[] oneWord, int kfBase, boolean rare, int cur, double[] scores) {
        for (int i = 0, n = extractors.size(); i < n; i++) {
            Extractor e = extractors.get(i).second();
            int[] fa;
            if (oneWord[i]) {
                Word x = word(cur + e.position);
                fa = rare ? x.rowsRare[i] : x.rows[i];
            } else {
                fa = m.assoc[kfBase + extractors.get(i).first()].get(e.extract(h));
            }
            m.addRow(fa, scores);
        }
    }
}
