package org.statclaim.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.statclaim.claim.TimeExpressions.TimeMention;
import org.statclaim.nlp.Token;
import org.statclaim.quantity.Quantity;
import org.statclaim.text.Boilerplate;
import org.statclaim.text.Sentences.Sentence;

/**
 * What the claim steps know about one document besides its claims: the text, its lines and
 * sentences (boilerplate left out), the date it states for itself, and per sentence the times
 * and words the steps found. One per document and thread; steps add to it as they run.
 */
public final class DocumentState {

    private final String text;
    private final List<Boilerplate.Line> lines;
    private final List<Sentence> sentences;
    private final LocalDate date;
    private final Supplier<String> currency;
    private final Consumer<String> trace;
    private final Map<Integer, List<TimeMention>> times = new HashMap<>();
    private final Map<Integer, List<Token>> words = new HashMap<>();
    private final Map<Integer, List<Quantity>> quantities = new HashMap<>();
    private SourceFinder.DocumentSources sources;
    private DocumentYearStep.Year year;

    DocumentState(String text, List<Boilerplate.Line> lines, List<Sentence> sentences,
                  LocalDate date, Supplier<String> currency, Consumer<String> trace) {
        this.text = text;
        this.lines = lines;
        this.sentences = sentences;
        this.date = date;
        this.currency = currency;
        this.trace = trace;
    }

    /** The document's text; every offset points into it. */
    public String text() {
        return text;
    }

    List<Boilerplate.Line> lines() {
        return lines;
    }

    /** The sentences that are not boilerplate, in reading order. */
    List<Sentence> sentences() {
        return sentences;
    }

    /** The date the document states for itself (relative times resolve against it), or null. */
    LocalDate date() {
        return date;
    }

    /** The currency of a bare 元 the sentence does not name (looked up when first asked). */
    String currency() {
        return currency.get();
    }

    /** Whether someone follows the steps (explain): messages are built only then. */
    boolean tracing() {
        return trace != null;
    }

    void trace(String message) {
        if (trace != null) {
            trace.accept(message);
        }
    }

    /** The time expressions of a sentence holding a quantity (QuantityStep). */
    List<TimeMention> times(Sentence s) {
        return times.getOrDefault(s.index(), List.of());
    }

    /** The time expressions QuantityStep (or a later step) found in a sentence, or null for a sentence it did not read. */
    List<TimeMention> foundTimes(Sentence s) {
        return times.get(s.index());
    }

    void setTimes(Sentence s, List<TimeMention> t) {
        times.put(s.index(), t);
    }

    /** The tagged words of a sentence's windows (TaggingStep). */
    List<Token> words(Sentence s) {
        return words.getOrDefault(s.index(), List.of());
    }

    void setWords(Sentence s, List<Token> w) {
        words.put(s.index(), w);
    }

    /** The quantities of a sentence that passed every filter, as recognized (WordFilterStep). */
    List<Quantity> quantities(Sentence s) {
        return quantities.getOrDefault(s.index(), List.of());
    }

    void setQuantities(Sentence s, List<Quantity> q) {
        quantities.put(s.index(), q);
    }

    /** The year an undated document's explicit years fix (DocumentYearStep), or null. */
    DocumentYearStep.Year year() {
        return year;
    }

    void setYear(DocumentYearStep.Year y) {
        year = y;
    }

    /** The source each sentence names, with the document's references resolved (SourceStep). */
    SourceFinder.DocumentSources sources() {
        return sources;
    }

    void setSources(SourceFinder.DocumentSources s) {
        sources = s;
    }

    /** The claims grouped by sentence, in reading order (claims are in reading order). */
    static List<List<Claim>> bySentence(List<Claim> claims) {
        List<List<Claim>> out = new ArrayList<>();
        for (Claim c : claims) {
            if (out.isEmpty() || !out.get(out.size() - 1).get(0).sameSentence(c)) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(c);
        }
        return out;
    }
}
