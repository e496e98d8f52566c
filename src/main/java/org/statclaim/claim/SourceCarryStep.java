package org.statclaim.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statclaim.text.Sentences.Sentence;

/**
 * Carries an attribution through the paragraph: a claim without a source of its own takes the
 * source that governs the sentence before, when its sentence is on the same line (paragraph) or
 * continues the one before (其中…, 报告还显示…). The source that governs a sentence is its own, or
 * else the one carried into it. Sentences are read for a source only when a later sentence asks.
 */
final class SourceCarryStep implements ClaimStep {

    /** The most sentences a line can hold and still be read as one paragraph. */
    static final int PARAGRAPH_SENTENCES = 8;

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.SOURCE, Fact.IDS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.SOURCE_CARRIED);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        Map<Integer, List<Claim>> bySentence = new HashMap<>();
        for (List<Claim> g : DocumentState.bySentence(claims)) {
            bySentence.put(g.get(0).sentence().index(), g);
        }
        Governing governing = new Governing(doc);
        Map<Integer, Claim> carried = new HashMap<>();
        List<Sentence> sentences = doc.sentences();
        for (int n = 1; n < sentences.size(); n++) {
            List<Claim> found = bySentence.getOrDefault(sentences.get(n).index(), List.of());
            if (governing.continues(n) && found.stream().anyMatch(c -> c.source().isEmpty())) {
                String[] inherited = governing.of(n);
                for (Claim c : found) {
                    if (c.source().isEmpty() && inherited != null) {
                        carried.put(c.id(), c.withSource(inherited[0], "source.carried"));
                    }
                }
            }
        }
        // an article under a headline that names its source (民政部：…) reports that one release:
        // its source carries to every claim left without one
        String[] headline = sentences.isEmpty() ? null : SourceFinder.headlineSource(doc, sentences.get(0));
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Claim d = carried.getOrDefault(c.id(), c);
            if (headline != null && d.source().isEmpty()) {
                d = d.withSource(headline[0], "source.headline_carried");
            }
            out.add(d);
        }
        return out;
    }

    /** The source governing each sentence, worked out only for the sentences asked about. */
    private static final class Governing {
        private final DocumentState doc;
        private final List<Sentence> sentences;
        private final String[][] source;
        private final boolean[] known;
        private final SourceFinder.DocumentSources own;
        private Map<Integer, Integer> lineSentences;

        Governing(DocumentState doc) {
            this.own = doc.sources();
            this.doc = doc;
            this.sentences = doc.sentences();
            this.source = new String[sentences.size()][];
            this.known = new boolean[sentences.size()];
        }

        /** Whether sentence {@code n} continues the attribution of the one before it. */
        boolean continues(int n) {
            Sentence s = sentences.get(n);
            return (s.line() == sentences.get(n - 1).line() && !longLine(s.line()))
                    || SourceFinder.continues(s.text(doc.text()));
        }

        /**
         * A line of more than {@link #PARAGRAPH_SENTENCES} sentences is no paragraph but a whole
         * article put on one line (web pages, corpora that join lines): an attribution does not
         * run through it, only into a sentence that continues it (其中…, 报告还…).
         */
        private boolean longLine(int line) {
            if (lineSentences == null) {
                lineSentences = new HashMap<>();
                for (Sentence x : sentences) {
                    lineSentences.merge(x.line(), 1, Integer::sum);
                }
            }
            return lineSentences.get(line) > PARAGRAPH_SENTENCES;
        }

        /** The source governing sentence {@code n}: its own, else the one carried into it, or null. */
        String[] of(int n) {
            // sentence n asks sentence n-1, which may ask n-2…: walk back to one that knows, then fill forward
            int k = n;
            while (!known[k]) {
                Work.add(1);
                String[] mine = own.of(k);
                if (mine != null || k == 0 || !continues(k)) {
                    source[k] = mine;
                    known[k] = true;
                    break;
                }
                k--;
            }
            for (int j = k + 1; j <= n; j++) {
                if (!known[j]) {
                    source[j] = source[j - 1];
                    known[j] = true;
                }
            }
            return source[n];
        }
    }
}
