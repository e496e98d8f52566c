package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.statclaim.nlp.ChineseNlp;
import org.statclaim.nlp.Token;
import org.statclaim.quantity.Quantity;
import org.statclaim.text.Clauses;
import org.statclaim.text.Sentences.Sentence;

/**
 * The CoreNLP segmenter and tagger, once for the whole document, over windows around the claims
 * left: for each, its clause and the clause before it (where the metric usually is), up to the
 * next clause break after it. Overlapping windows merge; the rest of the text never reaches the
 * models, which are most of the time spent.
 */
final class TaggingStep implements ClaimStep {

    private static final int MAX_BEFORE = 32;
    private static final int MAX_AFTER = 20;
    private static final int SHORT_CLAUSE = 10;
    private static final int LEFT_CONTEXT = 4;
    private static final int MAX_WIDEN = 8;

    private final ChineseNlp nlp;

    TaggingStep(ChineseNlp nlp) {
        this.nlp = nlp;
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.QUANTITIES_CHECKED);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.WORDS);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        String text = doc.text();
        List<int[]> windows = new ArrayList<>();
        for (List<Claim> sentence : DocumentState.bySentence(claims)) {
            List<Quantity> candidates = sentence.stream().map(Claim::quantity).toList();
            if (doc.tracing()) {
                candidates.forEach(q -> doc.trace("  candidate " + text.substring(q.start(), q.end()) + " [" + q.rule() + "] kept"));
            }
            windows.addAll(windows(text, sentence.get(0).sentence(), candidates));
        }
        List<Token> tokens = windows.isEmpty() ? List.of() : nlp.tagAll(text, windows);
        if (!windows.isEmpty() && doc.tracing()) {
            doc.trace("models saw " + windows.stream().mapToInt(w -> w[1] - w[0]).sum() + " of " + text.length()
                    + " characters: " + tokens.stream().map(t -> t.word() + "/" + t.pos()).collect(Collectors.joining(" ")));
        }
        int from = 0;
        for (Sentence s : doc.sentences()) {
            int to = from;
            while (to < tokens.size() && tokens.get(to).start() < s.end()) {
                to++;
            }
            if (to > from) {
                doc.setWords(s, tokens.subList(from, to));
            }
            from = to;
        }
        return claims;
    }

    /** The windows of one sentence's candidates, in order, overlapping ones merged. */
    static List<int[]> windows(String text, Sentence s, List<Quantity> candidates) {
        List<int[]> out = new ArrayList<>();
        for (Quantity q : candidates) {
            int a = Math.max(Clauses.start(text, q.start(), s.start(), Clauses.Scope.LIST_ITEM), q.start() - MAX_BEFORE);
            if (q.start() - a < SHORT_CLAUSE && a > s.start()) {
                // 约有80%, 2019年是27%: the clause before names what is measured
                a = Math.max(Clauses.start(text, a - 1, s.start(), Clauses.Scope.LIST_ITEM), a - MAX_BEFORE);
            }
            a = safeStart(text, Math.max(s.start(), a - LEFT_CONTEXT), s.start()); // a word of context: the tagger mislabels a window's first word
            int b = safeEnd(text, Math.min(Clauses.end(text, q.end(), Math.min(s.end(), q.end() + MAX_AFTER), Clauses.Scope.LIST_ITEM), s.end()), s.end());
            if (!out.isEmpty() && a <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(b, out.get(out.size() - 1)[1]);
            } else {
                out.add(new int[] {a, b});
            }
        }
        return out;
    }

    /**
     * 曾氏夫婦, 免稅額: a window cut inside a word gives the segmenter half of it (氏夫婦, 稅額); its
     * start moves back, up to a few characters, to one after which no word runs on (a character that
     * is no ideograph, or the possessive 的), else it stays.
     */
    static int safeStart(String text, int a, int floor) {
        for (int i = a; i >= Math.max(floor, a - MAX_WIDEN); i--) {
            if (i == floor || endsAWord(text.charAt(i - 1))) {
                return i;
            }
        }
        return a;
    }

    /** 張震遠: the end of a window moves on, up to a few characters, to one before which no word runs on. */
    static int safeEnd(String text, int b, int limit) {
        for (int i = b; i <= Math.min(limit, b + MAX_WIDEN); i++) {
            if (i == limit || !Character.isIdeographic(text.charAt(i)) || endsAWord(text.charAt(i - 1))) {
                return i;
            }
        }
        return b;
    }

    private static boolean endsAWord(char c) {
        return !Character.isIdeographic(c) || MetricFinder.LEXICON.chars("possessive").indexOf(c) >= 0;
    }
}
