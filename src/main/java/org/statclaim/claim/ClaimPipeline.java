package org.statclaim.claim;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.statclaim.nlp.ChineseNlp;
import org.statclaim.quantity.QuantityRecognizer;

/**
 * The claim stage as an ordered list of {@link ClaimStep}s. The order is checked when the
 * pipeline is built: a step that reads a fact no earlier step adds is an error, so a pipeline in
 * a wrong order never starts.
 *
 * <p>The standard order ({@link #claims}):
 * <ol>
 *   <li>{@link QuantityStep}: quantities of every sentence (rules only), their currency, the sentence's times</li>
 *   <li>{@link QuantityFilterStep}: drop times, URLs, codes, idioms</li>
 *   <li>{@link ClaimFilterStep}: drop quantities that are no claims (ordinals, 一个团队, 这三个因素)</li>
 *   <li>{@link TaggingStep}: the CoreNLP segmenter and tagger over windows around what is left</li>
 *   <li>{@link WordFilterStep}: drop numbers the segmenter puts inside a word (零一萬物)</li>
 *   <li>{@link NumberingStep}: ids in reading order</li>
 *   <li>{@link DirectionStep}: 增长16% → up, 下降15.5% → down (the value is the size of a change)</li>
 *   <li>{@link BaseUnitStep}: a measure in its SI unit (三斤 → 1.5 kg)</li>
 *   <li>{@link QualifierStep}: 约占全球的五分之一 → approx</li>
 *   <li>{@link MetricStep}: what is measured</li>
 *   <li>{@link DocumentYearStep}: a document without a date: the year its explicit years fix (去年 = 2000)</li>
 *   <li>{@link TimeStep}: when</li>
 *   <li>{@link SourceStep}: who says so, named in the sentence</li>
 *   <li>{@link SourceCarryStep}: a source carried through its paragraph</li>
 *   <li>{@link BackReferenceStep}: 报告称 → the report named before</li>
 *   <li>{@link TimeCarryStep}: 其中… takes the time of the sentence before</li>
 *   <li>{@link GoverningTimeStep}: a time stated once governs the claims after it that state none</li>
 *   <li>{@link RelationsStep}: changes and comparisons</li>
 * </ol>
 * {@link #allQuantities} keeps the first six steps (every quantity, no claim filter) and the two that
 * normalize a quantity further (direction, base unit): no other attributes.
 */
public final class ClaimPipeline {

    private final List<ClaimStep> steps;

    public ClaimPipeline(List<ClaimStep> steps) {
        Set<ClaimStep.Fact> known = EnumSet.noneOf(ClaimStep.Fact.class);
        for (ClaimStep s : steps) {
            Set<ClaimStep.Fact> missing = EnumSet.noneOf(ClaimStep.Fact.class);
            missing.addAll(s.requires());
            missing.removeAll(known);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("claim step " + s.name() + " reads " + missing
                        + ", which no step before it adds; steps: " + steps.stream().map(ClaimStep::name).collect(Collectors.joining(", ")));
            }
            known.addAll(s.adds());
        }
        this.steps = List.copyOf(steps);
    }

    /** The whole claim stage. */
    public static ClaimPipeline claims(QuantityRecognizer recognizer, ChineseNlp nlp) {
        return new ClaimPipeline(List.of(new QuantityStep(recognizer), new QuantityFilterStep(), new ClaimFilterStep(),
                new TaggingStep(nlp), new WordFilterStep(), new NumberingStep(), new DirectionStep(), new BaseUnitStep(), new QualifierStep(), new MetricStep(),
                new DocumentYearStep(), new TimeStep(), new SourceStep(), new SourceCarryStep(), new BackReferenceStep(), new TimeCarryStep(),
                new GoverningTimeStep(), new RelationsStep()));
    }

    /** Every quantity (--all-quantities): the claim filter off, no attributes. */
    public static ClaimPipeline allQuantities(QuantityRecognizer recognizer, ChineseNlp nlp) {
        return new ClaimPipeline(List.of(new QuantityStep(recognizer), new QuantityFilterStep(), new TaggingStep(nlp),
                new WordFilterStep(), new NumberingStep(), new DirectionStep(), new BaseUnitStep()));
    }

    public List<ClaimStep> steps() {
        return steps;
    }

    /** Runs every step over the document; an interrupted thread stops between steps ({@link #stopIfInterrupted}). */
    public List<Claim> run(DocumentState doc) {
        List<Claim> claims = List.of();
        for (ClaimStep s : steps) {
            stopIfInterrupted();
            claims = List.copyOf(s.apply(doc, claims));
        }
        return claims;
    }

    /**
     * Throws a {@link java.util.concurrent.CancellationException} when this thread is interrupted:
     * an extraction abandoned by its caller (the server's time limit) stops at the next step or
     * sentence instead of running to its end. The interrupt status is left as it is.
     */
    public static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("extraction interrupted");
        }
    }
}
