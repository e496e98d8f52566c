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

    /**
     * What to extract. {@code allQuantities} turns the claim filter off; {@code defaultCurrency}
     * is the ISO code of a bare 元 whose sentence names no currency, or null to guess it from
     * the document (CurrencyContext: TWD, HKD or MOP for Traditional text about those regions,
     * else CNY).
     */
    public record Options(boolean allQuantities, String defaultCurrency) {
        public static Options defaults() {
            return new Options(false, null);
        }
    }

    /** The currency of a bare 元 when nothing says otherwise. */
    public static final String FALLBACK_CURRENCY = "CNY";

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
        return extract(doc, options, trace, false, null);
    }

    /**
     * As {@link #extract(Document, Options)} for one part of a longer document (cut at line
     * breaks, see cli.LargeDocuments): relative times (今年, 上月) resolve against
     * {@code documentDate}, the date at the top of the whole document (null for none), not
     * against a date found in the part.
     */
    public List<Claim> extractPart(Document part, Options options, java.time.LocalDate documentDate) {
        return extract(part, options, null, true, documentDate);
    }

    /** The date a document states for itself near its top (发布时间, a dateline), or null. */
    public static java.time.LocalDate documentDate(String text) {
        return DocumentDate.find(Sentences.lines(text));
    }

    private List<Claim> extract(Document doc, Options options, java.util.function.Consumer<String> trace,
                                boolean dateGiven, java.time.LocalDate givenDate) {
        String text = doc.text();
        java.util.function.Consumer<String> log = trace == null ? x -> { } : trace;
        List<Boilerplate.Line> lines = Sentences.lines(text);
        BitSet boilerplate = Boilerplate.classify(lines);
        List<Claim> claims = new ArrayList<>();
        java.time.LocalDate docDate = dateGiven ? givenDate : DocumentDate.find(lines);
        if (docDate != null) {
            log.accept("document date " + docDate + " (relative times resolve against it)");
        }
        java.util.function.Supplier<String> docCurrency = documentCurrency(text, options);
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
            String sentenceRule = Boilerplate.matchSentence(s.text(text), lines.get(s.line()).text());
            if (sentenceRule != null) {
                log.accept("sentence " + s.index() + ": boilerplate sentence, skipped (" + sentenceRule + ")");
                continue;
            }
            log.accept("sentence " + s.index() + ": " + s.text(text));
            Scan scan = scan(text, s, options, log, docDate, docCurrency);
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
        int previousLine = -1;
        String lastNamed = null;
        int from = 0;
        for (Scan scan : scans) {
            Sentence s = scan.sentence;
            int to = from;
            while (to < tokens.size() && tokens.get(to).start() < s.end()) {
                to++;
            }
            List<Claim> found = scan.candidates.isEmpty() ? List.of()
                    : claims(text, scan, tokens.subList(from, to), options, log, claims);
            from = to;
            previousSource = SourceFinder.carry(s.text(text), s.line() == previousLine, found, previousSource);
            previousLine = s.line();
            for (Claim c : found) {
                if (SourceFinder.refersBack(c.source) && lastNamed != null) {
                    c.source = lastNamed; // 报告称…: the report named earlier in the document
                    c.rules.add("source.back_reference");
                } else if (!c.source.isEmpty() && !c.source.equals("unnamed") && !SourceFinder.refersBack(c.source)) {
                    lastNamed = c.source;
                }
            }
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

    private static java.util.function.Supplier<String> documentCurrency(String text, Options options) {
        if (options.defaultCurrency() != null) {
            return options::defaultCurrency;
        }
        String[] memo = new String[1];
        return () -> {
            if (memo[0] == null) {
                memo[0] = CurrencyContext.documentDefault(text, FALLBACK_CURRENCY);
            }
            return memo[0];
        };
    }

    private Scan scan(String text, Sentence s, Options options, java.util.function.Consumer<String> trace,
                      java.time.LocalDate docDate, java.util.function.Supplier<String> docCurrency) {
        List<Quantity> found = CurrencyContext.resolve(text, 
                recognizer.recognize(text, s.start(), s.end(), org.statclaim.quantity.Lexicons.DEFAULT_CURRENCY), docCurrency);
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
                               java.util.function.Consumer<String> trace, List<Claim> documentSoFar) {
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
        for (Quantity found : quantities) {
            Quantity q = options.allQuantities() ? found : ContextQualifier.apply(text, found, s.start());
            Claim c = new Claim(q, s);
            if (!options.allQuantities()) {
                MetricFinder.Found m = MetricFinder.assign(text, q, tokens, quantities, s.start(), out, documentSoFar);
                c.metric = m.metric();
                if (m.rule() != null) {
                    c.rules.add(m.rule());
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
            if (t.end() <= q.numStart() && !t.value().isEmpty() && (ownTime(text, t, q)
                    || !comparisonBase(text, t) && !multipleBase(text, t, q) && !anotherValuesTime(text, t, q))) {
                best = t.value();
            }
        }
        return best;
    }

    /** 低於前一年的2.59%: a time right before 的 and the value is the value's own time. */
    private static boolean ownTime(String text, TimeMention t, Quantity q) {
        return q.kind() != org.statclaim.quantity.Kind.MULTIPLE && t.end() < text.length() && text.charAt(t.end()) == '的'
                && q.start() - t.end() <= 2;
    }

    /** 由8月預估的3.9%上修至4.3%: 8月 is the time of 3.9%, not of the value the sentence goes on to. */
    private static boolean anotherValuesTime(String text, TimeMention t, Quantity q) {
        java.util.regex.Matcher m = OWN_TIME_OF_VALUE.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 9));
        return q.start() - t.end() > 2 && m.lookingAt() && m.end() - 1 < q.start(); // the value after 的 is an earlier one
    }

    private static final java.util.regex.Pattern OWN_TIME_OF_VALUE = java.util.regex.Pattern.compile(
            "[^，,。；;的]{0,4}的(?:约|約|近|逾|超过|超過)?[0-9０-９一二三四五六七八九十两兩]");

    /** 约为2020年的7倍: the year is when the base value holds, not the multiple. */
    private static boolean multipleBase(String text, TimeMention t, Quantity q) {
        return q.kind() == org.statclaim.quantity.Kind.MULTIPLE && t.end() < text.length() && text.charAt(t.end()) == '的'
                && q.start() - t.end() <= 2;
    }

    private static boolean comparisonBase(String text, TimeMention t) {
        char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
        String after = text.substring(t.end(), Math.min(text.length(), t.end() + 4));
        return "比较較於于".indexOf(before) >= 0 || after.startsWith("相比") || after.startsWith("同期")
                || after.startsWith("比") && !after.startsWith("比例") && !after.startsWith("比重");
    }
}
