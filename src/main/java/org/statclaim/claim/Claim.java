package org.statclaim.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.statclaim.quantity.BaseUnits;
import org.statclaim.quantity.Quantity;
import org.statclaim.text.Sentences.Sentence;

/**
 * One row of the output in the making: a quantity with what the text says about it. Immutable:
 * each step of the {@link ClaimPipeline} returns a new value with what it adds. Offsets are UTF-16.
 *
 * @param quantity     the quantity (with the qualifier its clause gives it, once QualifierStep ran)
 * @param sentence     the sentence it stands in
 * @param id           its number in the document, from 1, in reading order (0 until NumberingStep ran)
 * @param time         when the value holds, normalized, or ""
 * @param metric       what is measured, copied from the text, or ""
 * @param source       who reported it, as written, "unnamed", or ""
 * @param changeFrom   the id of the earlier value of a stated change, or 0
 * @param comparedWith the id of the value this one is compared with, or 0
 * @param delta        with changeFrom: this value minus the earlier one, else null
 * @param rules        the rules of the claim steps that gave it attributes, in the order they applied
 *                     (the quantity's own rule is {@code quantity.rule()})
 * @param direction    "up" or "down" when the value is the size of a change (DirectionStep), else ""
 * @param base         the value in the SI unit of its dimension (BaseUnitStep), or null
 */
public record Claim(Quantity quantity, Sentence sentence, int id, String time, String metric, String source,
                   int changeFrom, int comparedWith, BigDecimal delta, List<String> rules, String direction,
                   BaseUnits.Base base) {

    public Claim {
        rules = List.copyOf(rules);
    }

    /** A new claim for {@code quantity}: no attributes yet, its rule the quantity's. */
    static Claim of(Quantity quantity, Sentence sentence) {
        return new Claim(quantity, sentence, 0, "", "", "", 0, 0, null, List.of(), "", null);
    }

    Claim withQuantity(Quantity q) {
        return new Claim(q, sentence, id, time, metric, source, changeFrom, comparedWith, delta, rules, direction, base);
    }

    Claim withId(int newId) {
        return new Claim(quantity, sentence, newId, time, metric, source, changeFrom, comparedWith, delta, rules, direction, base);
    }

    Claim withTime(String t, String rule) {
        return new Claim(quantity, sentence, id, t, metric, source, changeFrom, comparedWith, delta, plus(rule), direction, base);
    }

    Claim withMetric(String m, String rule) {
        return new Claim(quantity, sentence, id, time, m, source, changeFrom, comparedWith, delta, plus(rule), direction, base);
    }

    Claim withSource(String s, String rule) {
        return new Claim(quantity, sentence, id, time, metric, s, changeFrom, comparedWith, delta, plus(rule), direction, base);
    }

    Claim withChangeFrom(int earlier, BigDecimal d, String rule) {
        return new Claim(quantity, sentence, id, time, metric, source, earlier, comparedWith, d, plus(rule), direction, base);
    }

    Claim withComparedWith(int other, String rule) {
        return new Claim(quantity, sentence, id, time, metric, source, changeFrom, other, delta, plus(rule), direction, base);
    }

    /** With its direction; the rule column is left as it was (the direction is its own column). */
    Claim withDirection(String d) {
        return new Claim(quantity, sentence, id, time, metric, source, changeFrom, comparedWith, delta, rules, d, base);
    }

    Claim withBase(BaseUnits.Base b) {
        return new Claim(quantity, sentence, id, time, metric, source, changeFrom, comparedWith, delta, rules, direction, b);
    }

    private List<String> plus(String rule) {
        if (rule == null) {
            return rules;
        }
        List<String> r = new ArrayList<>(rules);
        r.add(rule);
        return r;
    }

    /** Whether this claim and {@code other} stand in the same sentence. */
    boolean sameSentence(Claim other) {
        return sentence.index() == other.sentence.index();
    }

    /** The id of the earlier value of a stated change, or null. */
    public Integer changeFromId() {
        return changeFrom == 0 ? null : changeFrom;
    }

    /** The id of the value this one is compared with, or null. */
    public Integer comparedWithId() {
        return comparedWith == 0 ? null : comparedWith;
    }

    /** The names of the rules that produced this row, '+'-joined: the quantity's, then the claim steps'. */
    public String rule() {
        return rules.isEmpty() ? quantity.rule() : quantity.rule() + "+" + String.join("+", rules);
    }

    @Override
    public String toString() {
        return "Claim[" + quantity + ", time=" + time + ", metric=" + metric + ", source=" + source + "]";
    }
}
