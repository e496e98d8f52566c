package org.statclaim.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statclaim.text.RegexRules;

/**
 * One rule of rules.txt with its fields typed: the quantity layer on top of a rule read by the
 * one rule-file reader ({@link RegexRules}). Everything a production will use is checked when
 * the rule is built: the named groups it reads exist in the pattern, its values parse, its
 * kind, unit, qualifier and claim use are known codes. Used by {@link QuantityRecognizer}.
 */
public final class QuantityRule {

    /**
     * An example of the rule: {@code text => value[..max] unit [qualifier]}; the mention found
     * is {@code text[mentionStart, mentionEnd)} (the part in [brackets] of the example, or all
     * of it). A counter-example has no value.
     */
    public record Example(String text, int mentionStart, int mentionEnd, String expectedValue, String expectedMax,
                          String expectedUnit, String expectedQualifier, boolean counter) {
        public String mention() {
            return text.substring(mentionStart, mentionEnd);
        }
    }

    /** The fields a quantity rule may have. */
    private static final Set<String> FIELDS = Set.of("match", "kind", "unit", "value", "scale", "qualifier", "needs", "claim");
    /** The named groups the productions read (see the header of rules.txt). */
    static final Set<String> GROUPS = Set.of("num", "num2", "den", "whole", "add", "half", "hi", "unit", "pre", "post",
            "neg", "more", "mag", "jiao", "fen", "jiao2", "fen2", "h", "mi", "s", "su", "miu", "sub", "subu", "exp");
    /** Units a rule may name literally besides the currency codes. */
    private static final Set<String> LITERAL_UNITS = Set.of("%", "pp", "x");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern EXAMPLE = Pattern.compile(
            "(.+?)\\s*=>\\s*(vague|-?[0-9]+(?:\\.[0-9]+)?)(?:\\.\\.(-?[0-9]+(?:\\.[0-9]+)?))?((?:\\s+\\S+)*)\\s*");

    final String name;
    final int order;
    final Kind kind;
    final String unitSpec;
    final Production production;
    /** The value of {@code value fixed:N}, else null. */
    final BigDecimal fixed;
    final BigDecimal scale;
    final Qualifier impliedQualifier;
    /** Characters of which every match holds at least one (rules.txt: needs), or null. */
    final String needs;
    final Pattern pattern;
    final ClaimUse claimUse;
    /** The named groups of the pattern (Java 17 cannot list them: read from its source). */
    private final Set<String> groups;
    private final List<Example> examples = new ArrayList<>();

    /** The value productions of rules.txt ({@code value ...}). */
    enum Production {
        NUM, FRACTION, CHENG, ZHE, POW2, POWER, FIXED, MIXED, SUBUNITS, CLOCK, ONE, SUM;

        static Production fromCode(String rule, String code) {
            for (Production p : values()) {
                if (p.name().equalsIgnoreCase(code)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("rule " + rule + ": unknown value production " + code);
        }
    }

    private QuantityRule(RegexRules.Rule r, int order, Lexicons lexicons) {
        this.name = r.name();
        this.order = order;
        for (String key : r.fields().keySet()) {
            if (!FIELDS.contains(key)) {
                throw new IllegalArgumentException("rule " + name + ": unknown field " + key);
            }
        }
        this.pattern = r.pattern();
        this.groups = groupNames(pattern);
        for (String g : groups) {
            if (!GROUPS.contains(g)) {
                throw new IllegalArgumentException("rule " + name + ": no production reads group " + g);
            }
        }
        String kindCode = r.field("kind");
        if (kindCode == null) {
            throw new IllegalArgumentException("rule " + name + " needs kind and match");
        }
        this.kind = known(() -> Kind.fromCode(kindCode), "kind " + kindCode);
        String q = r.field("qualifier");
        this.impliedQualifier = q == null ? null : known(() -> Qualifier.fromCode(q), "qualifier " + q);
        String c = r.field("claim");
        this.claimUse = c == null ? ClaimUse.CLAIM : known(() -> ClaimUse.fromCode(c), "claim " + c);
        String s = r.field("scale");
        this.scale = s == null ? null : known(() -> new BigDecimal(s), "scale " + s);
        String n = r.field("needs");
        this.needs = n == null ? null : n.replaceAll("\\s", "");
        String value = r.field("value") == null ? "num" : r.field("value");
        int colon = value.indexOf(':');
        this.production = Production.fromCode(name, colon < 0 ? value : value.substring(0, colon));
        this.fixed = production == Production.FIXED ? known(() -> new BigDecimal(value.substring(colon + 1)), "value " + value) : null;
        this.unitSpec = r.field("unit") == null ? "" : r.field("unit");
        checkGroups(lexicons);
        for (String ex : r.examples()) {
            examples.add(example(ex));
        }
        for (String ex : r.counters()) {
            examples.add(new Example(ex, 0, ex.length(), null, null, null, null, true));
        }
    }

    /** Builds the typed rules of a rule file read by {@link RegexRules}. */
    static List<QuantityRule> of(RegexRules.File file, Lexicons lexicons) {
        List<QuantityRule> out = new ArrayList<>();
        for (RegexRules.Rule r : file.rules()) {
            out.add(new QuantityRule(r, out.size(), lexicons));
        }
        return List.copyOf(out);
    }

    /** The groups each production and unit form reads must be in the pattern. */
    private void checkGroups(Lexicons lexicons) {
        switch (production) {
            case FRACTION -> require("num", "den");
            case MIXED -> require("whole", "num", "den");
            case POWER -> require("num", "exp");
            case CHENG, ZHE, POW2, NUM, ONE -> require("num");
            case SUM -> require("num", "unit", "sub", "subu");
            case CLOCK -> {
                // the unit is the text of su when seconds are the smallest part written, else of miu
                if (has("s")) {
                    require("su");
                }
                if (has("mi")) {
                    require("miu");
                }
                if (!has("h") && !has("mi") && !has("s")) {
                    throw new IllegalArgumentException("rule " + name + ": value clock reads none of the groups h, mi, s");
                }
            }
            default -> { }
        }
        if (unitSpec.startsWith("=unit") && production != Production.CLOCK && production != Production.SUM
                || unitSpec.equals("@currency")) {
            require("unit");
        } else if (!unitSpec.isEmpty() && !unitSpec.startsWith("=unit") && !unitSpec.equals("@default")
                && !LITERAL_UNITS.contains(unitSpec) && !lexicons.isCurrencyCode(unitSpec)) {
            throw new IllegalArgumentException("rule " + name + ": unknown unit " + unitSpec);
        }
    }

    private void require(String... names) {
        for (String g : names) {
            if (!has(g)) {
                throw new IllegalArgumentException("rule " + name + ": value " + production.name().toLowerCase(java.util.Locale.ROOT)
                        + " or unit " + unitSpec + " reads group " + g + ", which its pattern lacks");
            }
        }
    }

    private <T> T known(java.util.function.Supplier<T> parse, String what) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule " + name + ": unknown or bad " + what, e);
        }
    }

    private Example example(String val) {
        Matcher m = EXAMPLE.matcher(val);
        if (!m.matches()) {
            throw new IllegalArgumentException("rule " + name + ": bad example: " + val);
        }
        String marked = m.group(1);
        int open = marked.indexOf('[');
        int close = marked.indexOf(']');
        String text = marked;
        int from = 0;
        int to = marked.length();
        if (open >= 0 || close >= 0) {
            if (open < 0 || close < open || marked.indexOf('[', open + 1) >= 0 || marked.indexOf(']', close + 1) >= 0) {
                throw new IllegalArgumentException("rule " + name + ": example marks its mention with one [ and one ]: " + val);
            }
            text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
            from = open;
            to = close - 1;
        }
        String needed = needs;
        if (needed != null && text.chars().noneMatch(ch -> needed.indexOf(ch) >= 0)) {
            throw new IllegalArgumentException("rule " + name + ": example holds none of the needed characters "
                    + needs + ": " + val);
        }
        String unit = null;
        String qual = null;
        for (String word : m.group(4) == null ? new String[0] : m.group(4).strip().split("\\s+")) {
            if (Qualifier.isCode(word)) {
                qual = word;
            } else if (!word.equals(kind.code())) {
                unit = word;
            }
        }
        return new Example(text, from, to, m.group(2), m.group(3), unit, qual, false);
    }

    private static Set<String> groupNames(Pattern p) {
        Set<String> found = new HashSet<>();
        Matcher g = GROUP_NAME.matcher(p.pattern());
        while (g.find()) {
            found.add(g.group(1));
        }
        return Set.copyOf(found);
    }

    /** Whether the pattern has group {@code g}. */
    boolean has(String g) {
        return groups.contains(g);
    }

    /** The text of group {@code g} in {@code m}, or null when it did not take part or the pattern has no such group. */
    String group(Matcher m, String g) {
        return groups.contains(g) ? m.group(g) : null;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** How the claim filter treats this rule's quantities (rules.txt: claim). */
    public ClaimUse claimUse() {
        return claimUse;
    }

    public List<Example> examples() {
        return examples;
    }

    @Override
    public String toString() {
        return name;
    }
}
