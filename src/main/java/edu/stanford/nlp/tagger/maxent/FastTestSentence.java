package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.HashMap;
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
 *   <li>but a dynamic feature's weight row is looked up once per distinct tag history it reads,
 *       not once per call: a feature made of tags only (the previous tag, the previous two tags)
 *       from a table built at load over all tag pairs, a feature of tags and words (previous tag
 *       and current word) once per position and previous tag; the possible tags of a position,
 *       its rarity and its word-only scores once per position.</li>
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
                sb.append(' ').append(dyn[s]).append(tagTables[s] != null ? " (table)" : " (per position)");
            }
            return sb.toString();
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
    private final Map<String, double[]> localScores = new HashMap<>();

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
        h = new History(pairs, m.tagger.extractors);
    }

    @Override
    public int[] getPossibleValues(int pos) {
        int[] pv = possible[pos];
        if (pv == null) {
            pv = super.getPossibleValues(pos);
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
        double[] total = new double[y];
        int nDyn = p.rare ? m.dyn.length : m.dynCommon;
        for (int s = 0; s < nDyn; s++) {
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

    /** Rarity and the word-only scores of a position, as TestSentence.getHistories computes them. */
    private Position position(int cur, int[] tags, int pos) {
        Position p = new Position();
        h.init(0, size - 1, cur);
        String w = pairs.getWord(h, 0);
        p.rare = m.tagger.isRare(ExtractorFrames.cWord.extract(h));
        double[] lS = localScores.get(w);
        if (lS == null) {
            lS = exact(m.local, p.rare ? m.localRare : null);
            localScores.put(w, lS);
        }
        double[] lcS = exact(m.localContext, p.rare ? m.localContextRare : null);
        ArrayMath.pairwiseAddInPlace(lcS, lS);
        p.lcS = lcS;
        p.memo = new int[m.dyn.length][][];
        return p;
    }

    private double[] exact(List<Pair<Integer, Extractor>> extractors, List<Pair<Integer, Extractor>> rare) {
        double[] scores = new double[m.ySize];
        for (Pair<Integer, Extractor> e : extractors) {
            add(e.first(), e.second(), scores);
        }
        if (rare != null) {
            for (Pair<Integer, Extractor> e : rare) {
                add(m.szCommon + e.first(), e.second(), scores);
            }
        }
        return scores;
    }

    private void add(int kf, Extractor ex, double[] scores) {
        int[] fa = m.assoc[kf].get(ex.extract(h));
        if (fa != null) {
            for (int j = 0; j < m.ySize; j++) {
                int fNum = fa[j];
                if (fNum >= 0) {
                    scores[j] += m.lambda[fNum];
                }
            }
        }
    }
}
