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
        return extract(doc, options, null);
    }

    /**
     * As {@link #extract(Document, Options)}, telling {@code trace} each step: candidates, why a
     * candidate was dropped, the windows and tokens the models saw, and each claim's rules.
     * With a null {@code trace} no message is even built.
     */
    public List<Claim> extract(Document doc, Options options, java.util.function.Consumer<String> trace) {
        String text = doc.text();
        List<Boilerplate.Line> lines = Sentences.lines(text);
        BitSet boilerplate = Boilerplate.classify(lines);
        List<Claim> claims = new ArrayList<>();
        java.time.LocalDate docDate = DocumentDate.find(lines);
        if (docDate != null && trace != null) {
            trace.accept("document date " + docDate + " (relative times resolve against it)");
        }
        // 1. rules only: candidates, times and the windows the models must see, sentence by sentence
        List<Scan> scans = new ArrayList<>();
        List<int[]> windows = new ArrayList<>();
        for (Sentence s : Sentences.split(text, lines)) {
            if (boilerplate.get(s.line())) {
                if (trace != null) {
                    trace.accept("sentence " + s.index() + ": boilerplate line, skipped (" + Boilerplate.match(lines.get(s.line()).text()) + ")");
                }
                continue;
            }
            if (trace != null) {
                trace.accept("sentence " + s.index() + ": " + s.text(text));
            }
            Scan scan = scan(text, s, options, trace, docDate);
            scans.add(scan);
            windows.addAll(scan.windows);
        }
        // 2. the models, once for the whole document
        List<Token> tokens = windows.isEmpty() ? List.of() : nlp.tagAll(text, windows);
        if (!windows.isEmpty() && trace != null) {
            trace.accept("models saw " + windows.stream().mapToInt(w -> w[1] - w[0]).sum() + " of " + text.length()
                    + " characters: " + tokens.stream().map(t -> t.word() + "/" + t.pos()).collect(java.util.stream.Collectors.joining(" ")));
        }
        // 3. claims and their attributes
        java.util.function.Supplier<String[]> previousSource = null;
        int from = 0;
        for (Scan scan : scans) {
            Sentence s = scan.sentence;
            int to = from;
            while (to < tokens.size() && tokens.get(to).start() < s.end()) {
                to++;
            }
            List<Claim> found = scan.candidates.isEmpty() ? List.of()
                    : claims(text, scan, tokens.subList(from, to), options, trace);
            from = to;
            previousSource = SourceFinder.carry(s.text(text), found, previousSource);
            if (SourceFinder.continues(s.text(text)) && !claims.isEmpty()) {
                // 其中…: the list continues the sentence before, and so does its time
                Claim last = claims.get(claims.size() - 1);
                for (Claim c : found) {
                    if (c.time.isEmpty() && !last.time.isEmpty() && last.sentence.index() == s.index() - 1) {
                        c.time = last.time;
                        c.rules.add("time.carried");
                    }
                }
            }
            claims.addAll(found);
        }
        if (!options.allQuantities()) {
            Relations.link(text, claims);
        }
        for (int i = 0; i < claims.size(); i++) {
            claims.get(i).id = i + 1;
        }
        return claims;
    }

    /** What the rules found in one sentence, before any model ran. */
    private record Scan(Sentence sentence, List<Quantity> candidates, List<TimeMention> times, List<int[]> windows) {
    }

    private Scan scan(String text, Sentence s, Options options, java.util.function.Consumer<String> trace,
                      java.time.LocalDate docDate) {
        List<Quantity> found = recognizer.recognize(text, s.start(), s.end(), options.defaultCurrency());
        if (found.isEmpty()) {
            return new Scan(s, List.of(), List.of(), List.of());
        }
        List<TimeMention> times = TimeExpressions.find(text, s.start(), s.end(), docDate);
        List<int[]> urls = ClaimFilter.urlSpans(text, s.start(), s.end());
        List<Quantity> candidates = new ArrayList<>();
        for (Quantity q : found) {
            String why = times.stream().anyMatch(t -> t.overlaps(q.numStart(), q.numEnd())) ? "time"
                    : urls.stream().anyMatch(u -> u[0] < q.end() && q.start() < u[1]) ? "url"
                    : ClaimFilter.notAQuantity(text, q);
            if (why == null && !options.allQuantities()) {
                why = ClaimFilter.notAClaim(text, q, s.start()); // decided by rules: never reaches the models
            }
            if (trace != null) {
                trace.accept("  candidate " + text.substring(q.start(), q.end()) + " [" + q.rule() + "] "
                        + (why == null ? "kept" : "dropped: " + why));
            }
            if (why == null) {
                candidates.add(q);
            }
        }
        return new Scan(s, candidates, times, candidates.isEmpty() ? List.of() : windows(text, s, candidates));
    }

    private List<Claim> claims(String text, Scan scan, List<Token> tokens, Options options,
                               java.util.function.Consumer<String> trace) {
        Sentence s = scan.sentence;
        List<TimeMention> times = scan.times;
        List<Quantity> candidates = scan.candidates;
        List<Quantity> quantities = new ArrayList<>();
        for (Quantity q : candidates) {
            String why = ClaimFilter.splitsAWord(text, q, tokens);
            if (why == null) {
                quantities.add(q);
            } else if (trace != null) {
                trace.accept("  candidate " + text.substring(q.start(), q.end()) + " dropped: " + why);
            }
        }
        List<Claim> out = new ArrayList<>();
        String[] source = null;
        boolean sourceLooked = false;
        for (Quantity q : quantities) {
            Claim c = new Claim(q, s);
            if (!options.allQuantities()) {
                if (MetricFinder.isGrowthRate(text, q, s.start()) && !out.isEmpty() && !out.get(out.size() - 1).metric.isEmpty()) {
                    c.metric = out.get(out.size() - 1).metric; // 人均可支配收入39218元，比上年增长6.3%
                    c.rules.add("metric.growth_rate");
                } else {
                    c.metric = MetricFinder.find(text, q, tokens, quantities, s.start());
                }
                c.time = timeOf(text, q, times);
                if (!sourceLooked) {
                    source = SourceFinder.find(s.text(text));
                    sourceLooked = true;
                }
                if (source != null) {
                    c.source = source[0];
                    c.rules.add("source." + source[1]);
                }
            }
            if (trace != null) {
                trace.accept("  claim " + text.substring(q.start(), q.end()) + " metric=" + c.metric + " time=" + c.time
                        + " source=" + c.source + " rules=" + c.rule());
            }
            out.add(c);
        }
        return out;
    }

    private static final String CLAUSE_PUNCT = "，,；;：:、。！？!?";
    private static final int MAX_BEFORE = 32;
    private static final int MAX_AFTER = 20;
    private static final int SHORT_CLAUSE = 10;
    private static final int LEFT_CONTEXT = 4;

    /**
     * The parts of a sentence the segmenter and tagger see: for each candidate, its clause and
     * the clause before it (where the metric usually is), up to the next clause break after it.
     * Overlapping windows merge. Everything else in the sentence never reaches the models.
     */
    static List<int[]> windows(String text, Sentence s, List<Quantity> candidates) {
        List<int[]> out = new ArrayList<>();
        for (Quantity q : candidates) {
            int a = Math.max(clauseStart(text, q.start(), s.start()), q.start() - MAX_BEFORE);
            if (q.start() - a < SHORT_CLAUSE && a > s.start()) {
                // 约有80%, 2019年是27%: the clause before names what is measured
                a = Math.max(clauseStart(text, a - 1, s.start()), a - MAX_BEFORE);
            }
            a = Math.max(s.start(), a - LEFT_CONTEXT); // a word of context: the tagger mislabels a window's first word
            int b = q.end();
            int limit = Math.min(s.end(), q.end() + MAX_AFTER);
            while (b < limit && CLAUSE_PUNCT.indexOf(text.charAt(b)) < 0) {
                b++;
            }
            if (!out.isEmpty() && a <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(b, out.get(out.size() - 1)[1]);
            } else {
                out.add(new int[] {a, b});
            }
        }
        return out;
    }

    private static int clauseStart(String text, int pos, int sentenceStart) {
        int i = pos - 1;
        while (i >= sentenceStart && CLAUSE_PUNCT.indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i + 1;
    }

    /**
     * The nearest time with a year before the number in its sentence, except the base of a
     * comparison (比去年, 较2019年, 与上年同期相比): that is when the other value holds.
     */
    private static String timeOf(String text, Quantity q, List<TimeMention> times) {
        String best = "";
        for (TimeMention t : times) {
            if (t.end() <= q.numStart() && !t.value().isEmpty() && !comparisonBase(text, t)) {
                best = t.value();
            }
        }
        return best;
    }

    private static boolean comparisonBase(String text, TimeMention t) {
        char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
        String after = text.substring(t.end(), Math.min(text.length(), t.end() + 4));
        return "比较較於于".indexOf(before) >= 0 || after.startsWith("相比") || after.startsWith("同期")
                || after.startsWith("比") && !after.startsWith("比例") && !after.startsWith("比重");
    }
}
