package org.statclaim.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.statclaim.quantity.Quantity;
import org.statclaim.text.Sentences.Sentence;

/** One row of the output: a quantity with what the text says about it. Offsets are UTF-16. */
public final class Claim {

    final Quantity quantity;
    final Sentence sentence;
    int id;
    String time = "";
    String metric = "";
    String source = "";
    Claim changeFrom;
    Claim comparedWith;
    BigDecimal delta;
    final List<String> rules = new ArrayList<>();

    Claim(Quantity quantity, Sentence sentence) {
        this.quantity = quantity;
        this.sentence = sentence;
        rules.add(quantity.rule());
    }

    public Quantity quantity() {
        return quantity;
    }

    public Sentence sentence() {
        return sentence;
    }

    public int id() {
        return id;
    }

    public String time() {
        return time;
    }

    public String metric() {
        return metric;
    }

    public String source() {
        return source;
    }

    public Integer changeFromId() {
        return changeFrom == null ? null : changeFrom.id;
    }

    public Integer comparedWithId() {
        return comparedWith == null ? null : comparedWith.id;
    }

    public BigDecimal delta() {
        return delta;
    }

    /** The names of the rules that produced this row, '+'-joined. */
    public String rule() {
        return String.join("+", rules);
    }

    @Override
    public String toString() {
        return "Claim[" + quantity + ", time=" + time + ", metric=" + metric + ", source=" + source + "]";
    }
}
