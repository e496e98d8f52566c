package org.statclaim.claim;

import java.util.List;
import java.util.Set;

/**
 * One step of the claim stage. A step reads what earlier steps added ({@link #requires()}) and
 * adds something of its own ({@link #adds()}), in the manner of CoreNLP's annotators: a
 * {@link ClaimPipeline} whose steps are in an order where something is read before it is added
 * refuses to start.
 *
 * <p>A step gets the document's claims so far and returns the new list: claims are immutable,
 * a step that adds an attribute returns new values; a filter returns fewer claims. Facts about
 * the document that are not a claim's (its sentences' times and words) live in the
 * {@link DocumentState}.
 */
public interface ClaimStep {

    /** What steps read and add. */
    enum Fact {
        /** quantities recognized in the sentences, as claims with no attributes; the sentences' times */
        QUANTITIES,
        /** no claim is a time, a URL, a code or inside an idiom */
        QUANTITIES_CHECKED,
        /** no claim is an ordinal, a bare magnitude, an indefinite 一 or a determiner */
        CLAIMS_CHECKED,
        /** the words and parts of speech of the windows around the claims */
        WORDS,
        /** no claim starts or ends inside a word */
        WORDS_CHECKED,
        /** ids in reading order */
        IDS,
        /** qualifiers from the clause around the number */
        QUALIFIER,
        METRIC,
        /** the year a document without a date of its own fixes by its explicit years (DocumentYearStep) */
        DOCUMENT_YEAR,
        TIME,
        /** the source a sentence names */
        SOURCE,
        /** sources carried to the next sentences of a paragraph */
        SOURCE_CARRIED,
        /** sources that refer back (报告称) resolved to the last named one */
        SOURCE_RESOLVED,
        /** times carried into a sentence that continues the one before */
        TIME_CARRIED,
        /** a time stated once carried to the claims it governs (GoverningTimeStep) */
        TIME_GOVERNED,
        /** change_from, compared_with and delta */
        RELATIONS,
        /** up or down for a value that is the size of a change (DirectionStep) */
        DIRECTION,
        /** a measure's value in the SI unit of its dimension (BaseUnitStep) */
        BASE_UNIT
    }

    /** The step's name, for messages. */
    default String name() {
        return getClass().getSimpleName();
    }

    Set<Fact> requires();

    Set<Fact> adds();

    List<Claim> apply(DocumentState doc, List<Claim> claims);
}
