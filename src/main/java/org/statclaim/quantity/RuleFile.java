package org.statclaim.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a rule file (see the header of rules.txt for the format): named parts with
 * {@code define}, then rules with their fields, examples and counter-examples.
 */
public final class RuleFile {

    private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");
    private static final Pattern EXAMPLE = Pattern.compile(
            "(.+?)\\s*=>\\s*(vague|-?[0-9]+(?:\\.[0-9]+)?)(?:\\.\\.(-?[0-9]+(?:\\.[0-9]+)?))?((?:\\s+\\S+)*)\\s*");
    private static final java.util.Set<String> QUALIFIER_CODES = java.util.Set.of(
            "exact", "approx", "more_than", "at_least", "less_than", "at_most", "vague");

    private RuleFile() {
    }

    /** Parses the lines of a rule file; {@code macros} holds parts defined elsewhere (lexicons). */
    public static List<QuantityRule> parse(List<String> lines, Map<String, String> macros) {
        Map<String, String> defs = new LinkedHashMap<>(macros);
        List<QuantityRule> rules = new ArrayList<>();
        QuantityRule cur = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] kv = line.split("\\s+", 2);
            String key = kv[0];
            String val = kv.length > 1 ? kv[1].strip() : "";
            switch (key) {
                case "define" -> {
                    String[] d = val.split("\\s+", 2);
                    defs.put(d[0], expand(d[1], defs));
                }
                case "rule" -> {
                    cur = new QuantityRule(val, rules.size());
                    rules.add(cur);
                }
                default -> field(requireRule(cur, line), key, val, defs);
            }
        }
        for (QuantityRule r : rules) {
            if (r.pattern == null || r.kind == null) {
                throw new IllegalArgumentException("rule " + r.name + " needs kind and match");
            }
        }
        return rules;
    }

    private static QuantityRule requireRule(QuantityRule r, String line) {
        if (r == null) {
            throw new IllegalArgumentException("field outside a rule: " + line);
        }
        return r;
    }

    private static void field(QuantityRule r, String key, String val, Map<String, String> defs) {
        switch (key) {
            case "kind" -> r.kind = Kind.fromCode(val);
            case "unit" -> r.unitSpec = val;
            case "value" -> r.production = val;
            case "scale" -> r.scale = new BigDecimal(val);
            case "qualifier" -> r.impliedQualifier = Qualifier.fromCode(val);
            case "needs" -> r.needs = val.replaceAll("\\s", "");
            case "match" -> {
                r.source = expand(val, defs);
                try {
                    r.pattern = Pattern.compile(r.source);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("rule " + r.name + ": bad pattern: " + e.getDescription(), e);
                }
            }
            case "example" -> {
                String text = val.contains("=>") ? val.substring(0, val.indexOf("=>")) : val;
                if (r.needs != null && text.chars().noneMatch(c -> r.needs.indexOf(c) >= 0)) {
                    throw new IllegalArgumentException("rule " + r.name + ": example holds none of the needed characters "
                            + r.needs + ": " + val);
                }
                r.examples.add(example(r, val));
            }
            case "counter" -> r.examples.add(new QuantityRule.Example(val, null, null, null, null, true));
            default -> throw new IllegalArgumentException("rule " + r.name + ": unknown field " + key);
        }
    }

    private static QuantityRule.Example example(QuantityRule r, String val) {
        Matcher m = EXAMPLE.matcher(val);
        if (!m.matches()) {
            throw new IllegalArgumentException("rule " + r.name + ": bad example: " + val);
        }
        String unit = null;
        String qual = null;
        for (String word : m.group(4) == null ? new String[0] : m.group(4).strip().split("\\s+")) {
            if (QUALIFIER_CODES.contains(word)) {
                qual = word;
            } else if (!word.equals(r.kind.code())) {
                unit = word;
            }
        }
        return new QuantityRule.Example(m.group(1), m.group(2), m.group(3), unit, qual, false);
    }

    /** The raw definition of part {@code name} in the rule file (macros expanded), or an error. */
    public static String definition(List<String> lines, String name) {
        Map<String, String> defs = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("define ")) {
                String[] d = line.substring(7).strip().split("\\s+", 2);
                try {
                    defs.put(d[0], expand(d[1], defs));
                } catch (IllegalArgumentException lexiconPart) {
                    continue; // parts built on lexicons are not needed here
                }
            }
        }
        String def = defs.get(name);
        if (def == null) {
            throw new IllegalArgumentException("rule file defines no " + name);
        }
        return def;
    }

    static String expand(String text, Map<String, String> defs) {
        Matcher m = MACRO.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String def = defs.get(m.group(1));
            if (def == null) {
                throw new IllegalArgumentException("undefined part {" + m.group(1) + "} in: " + text);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement("(?:" + def + ")"));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
