package org.statclaim.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.statclaim.input.Document;
import org.statclaim.nlp.ChineseNlp;
import org.statclaim.quantity.QuantityRecognizer;
import org.statclaim.text.Boilerplate;
import org.statclaim.text.Sentences;
import org.statclaim.text.Sentences.Sentence;

/**
 * The whole extraction for one document: its lines, the boilerplate among them (navigation,
 * copyright, contact lines), its sentences and the date it states, then the steps of the
 * {@link ClaimPipeline} over what is left.
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

    private final ClaimPipeline claims;
    private final ClaimPipeline allQuantities;

    public Extractor(QuantityRecognizer recognizer, ChineseNlp nlp) {
        this.claims = ClaimPipeline.claims(recognizer, nlp);
        this.allQuantities = ClaimPipeline.allQuantities(recognizer, nlp);
    }

    public List<Claim> extract(Document doc, Options options) {
        return extract(doc, options, null);
    }

    /**
     * As {@link #extract(Document, Options)}, telling {@code trace} each step: sentences,
     * candidates and why a candidate was dropped, the words the models saw, and each claim.
     * With a null {@code trace} no message is even built.
     */
    public List<Claim> extract(Document doc, Options options, Consumer<String> trace) {
        return run(doc, options, trace, false, null);
    }

    /**
     * As {@link #extract(Document, Options)} for one part of a longer document (cut at line
     * breaks, see cli.LargeDocuments): relative times (今年, 上月) resolve against
     * {@code documentDate}, the date at the top of the whole document (null for none), not
     * against a date found in the part.
     */
    public List<Claim> extractPart(Document part, Options options, LocalDate documentDate) {
        return run(part, options, null, true, documentDate);
    }

    /** The date a document states for itself near its top (发布时间, a dateline), or null. */
    public static LocalDate documentDate(String text) {
        return DocumentDate.find(Sentences.lines(text));
    }

    private List<Claim> run(Document doc, Options options, Consumer<String> trace, boolean dateGiven, LocalDate givenDate) {
        DocumentState state = state(doc.text(), options, trace, dateGiven, givenDate);
        List<Claim> out = (options.allQuantities() ? allQuantities : claims).run(state);
        if (trace != null) {
            for (Claim c : out) {
                trace.accept("  claim " + doc.text().substring(c.quantity().start(), c.quantity().end()) + " metric=" + c.metric()
                        + " time=" + c.time() + " source=" + c.source() + " rules=" + c.rule());
            }
        }
        return out;
    }

    /** The document as the steps see it: its sentences without the boilerplate, its date and currency. */
    private static DocumentState state(String text, Options options, Consumer<String> trace, boolean dateGiven, LocalDate givenDate) {
        List<Boilerplate.Line> lines = Sentences.lines(text);
        BitSet boilerplate = Boilerplate.classify(lines);
        LocalDate date = dateGiven ? givenDate : DocumentDate.find(lines);
        if (date != null && trace != null) {
            trace.accept("document date " + date + " (relative times resolve against it)");
        }
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : Sentences.split(text, lines)) {
            if (boilerplate.get(s.line())) {
                if (trace != null) {
                    trace.accept("sentence " + s.index() + ": boilerplate line, skipped (" + Boilerplate.match(lines.get(s.line()).text()) + ")");
                }
                continue;
            }
            String sentenceRule = Boilerplate.matchSentence(s.text(text), lines.get(s.line()).text());
            if (sentenceRule != null) {
                if (trace != null) {
                    trace.accept("sentence " + s.index() + ": boilerplate sentence, skipped (" + sentenceRule + ")");
                }
                continue;
            }
            if (trace != null) {
                trace.accept("sentence " + s.index() + ": " + s.text(text));
            }
            sentences.add(s);
        }
        return new DocumentState(text, lines, sentences, date, currency(text, options), trace);
    }

    /** The currency of a bare 元: the user's, or guessed from the document when first needed. */
    private static Supplier<String> currency(String text, Options options) {
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
}
