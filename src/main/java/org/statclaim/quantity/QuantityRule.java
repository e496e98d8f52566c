package org.statclaim.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule of rules.txt: a named pattern, what it produces, and the examples beside it.
 * Built by {@link RuleFile}; used by {@link QuantityRecognizer}.
 */
public final class QuantityRule {

    /** An example of the rule: {@code text => value[..max] unit [qualifier]}, or a counter-example. */
    public record Example(String text, String expectedValue, String expectedMax, String expectedUnit,
                          String expectedQualifier, boolean counter) {
    }

    final String name;
    final int order;
    Kind kind;
    String unitSpec = "";
    String production = "num";
    BigDecimal scale;
    Qualifier impliedQualifier;
    /** Characters of which every match holds at least one (rules.txt: needs), or null. */
    String needs;
    String source;
    Pattern pattern;
    final List<Example> examples = new ArrayList<>();

    QuantityRule(String name, int order) {
        this.name = name;
        this.order = order;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public List<Example> examples() {
        return examples;
    }

    @Override
    public String toString() {
        return name;
    }
}
