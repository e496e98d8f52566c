package org.statclaim.claim;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.statclaim.claim.TimeExpressions.TimeMention;
import org.statclaim.input.Document;
import org.statclaim.nlp.ChineseNlp;
import org.statclaim.nlp.Token;
import org.statclaim.quantity.Quantity;
import org.statclaim.quantity.QuantityRecognizer;
import org.statclaim.text.Boilerplate;
import org.statclaim.text.Sentences;
import org.statclaim.text.Sentences.Sentence;

/**
 * The whole extraction for one document: lines and boilerplate, sentences, a fast character
 * scan for quantities and times, and only for sentences that hold a candidate the CoreNLP
 * segmenter and tagger, then the claim filter, metric, time, source and relations.
 *
 * <p>Thread-safe: one instance serves all worker threads.
 */
public final class Extractor {

    /** What to extract. {@code allQuantities} turns the claim filter off. */
    public record Options(boolean allQuantities, String defaultCurrency) {
        public static Options defaults() {
            return new Options(false, "CNY");
        }
    }

    private final QuantityRecognizer recognizer;
    private final ChineseNlp nlp;

    public Extractor(QuantityRecognizer recognizer, ChineseNlp nlp) {
        this.recognizer = recognizer;
        this.nlp = nlp;
    }

    public List<Claim> extract(Document doc, Options options) {
        String text = doc.text();
        List<Boilerplate.Line> lines = Sentences.lines(text);
        BitSet boilerplate = Boilerplate.classify(lines);
        List<Claim> claims = new ArrayList<>();
        for (Sentence s : Sentences.split(text, lines)) {
            if (boilerplate.get(s.line())) {
                continue;
            }
            claims.addAll(sentence(text, s, options));
        }
        if (!options.allQuantities()) {
            Relations.link(text, claims);
        }
        for (int i = 0; i < claims.size(); i++) {
            claims.get(i).id = i + 1;
        }
        return claims;
    }

    private List<Claim> sentence(String text, Sentence s, Options options) {
        List<Quantity> found = recognizer.recognize(text, s.start(), s.end(), options.defaultCurrency());
        if (found.isEmpty()) {
            return List.of();
        }
        List<TimeMention> times = TimeExpressions.find(text, s.start(), s.end());
        List<int[]> urls = ClaimFilter.urlSpans(text, s.start(), s.end());
        List<Quantity> candidates = new ArrayList<>();
        for (Quantity q : found) {
            if (times.stream().anyMatch(t -> t.overlaps(q.numStart(), q.numEnd()))
                    || urls.stream().anyMatch(u -> u[0] < q.end() && q.start() < u[1])
                    || ClaimFilter.notAQuantity(text, q) != null) {
                continue;
            }
            candidates.add(q);
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = nlp.tag(text, s.start(), s.end());
        List<Quantity> quantities = new ArrayList<>();
        for (Quantity q : candidates) {
            if (ClaimFilter.splitsAWord(text, q, tokens) == null) {
                quantities.add(q);
            }
        }
        List<Claim> out = new ArrayList<>();
        String[] source = null;
        boolean sourceLooked = false;
        for (Quantity q : quantities) {
            if (!options.allQuantities() && ClaimFilter.notAClaim(text, q, s.start()) != null) {
                continue;
            }
            Claim c = new Claim(q, s);
            if (!options.allQuantities()) {
                c.metric = MetricFinder.find(text, q, tokens, quantities, s.start());
                c.time = timeOf(q, times);
                if (!sourceLooked) {
                    source = SourceFinder.find(s.text(text));
                    sourceLooked = true;
                }
                if (source != null) {
                    c.source = source[0];
                    c.rules.add("source." + source[1]);
                }
            }
            out.add(c);
        }
        return out;
    }

    /** The nearest time with a year before the number in its sentence. */
    private static String timeOf(Quantity q, List<TimeMention> times) {
        String best = "";
        for (TimeMention t : times) {
            if (t.end() <= q.numStart() && !t.value().isEmpty()) {
                best = t.value();
            }
        }
        return best;
    }
}
