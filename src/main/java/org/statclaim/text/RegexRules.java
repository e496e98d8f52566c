package org.statclaim.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The one reader of the rule files of every stage (quantity/rules.txt, text/boilerplate.txt,
 * claim/time.txt, sources.txt...): {@code define NAME REGEX}, {@code rule NAME}, then fields
 * (one per line: {@code match REGEX}, {@code example ...}, {@code counter ...}, and any other key
 * a stage defines, such as {@code value}). {@code {NAME}} in a pattern or a define expands to a
 * defined part. A stage that gives its fields types builds them on top of the {@link Rule}s read
 * here (the quantity rules: {@code org.statclaim.quantity.QuantityRule}); it does not parse the
 * file again.
 */
public final class RegexRules {

    /** One rule: name, compiled pattern, its other fields, its examples and counter-examples. */
    public record Rule(String name, Pattern pattern, Map<String, String> fields,
                       List<String> examples, List<String> counters) {
        public String field(String key) {
            return fields.get(key);
        }
    }

    private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");

    private RegexRules() {
    }

    /** A whole rule file: its rules in file order and its defined parts (expanded). */
    public record File(List<Rule> rules, Map<String, String> defines) {
        /** The expanded definition of part {@code name}, or an error. */
        public String define(String name) {
            String def = defines.get(name);
            if (def == null) {
                throw new IllegalArgumentException("rule file defines no " + name);
            }
            return def;
        }
    }

    public static List<Rule> load(Class<?> anchor, String resource) {
        return parse(ResourceText.lines(anchor, resource), Map.of());
    }

    public static List<Rule> parse(List<String> lines, Map<String, String> macros) {
        return read(lines, macros).rules();
    }

    /** Reads the lines of a rule file; {@code macros} holds parts defined elsewhere (lexicons). */
    public static File read(List<String> lines, Map<String, String> macros) {
        Map<String, String> defs = new LinkedHashMap<>(macros);
        List<Rule> rules = new ArrayList<>();
        String name = null;
        Map<String, String> fields = null;
        List<String> examples = null;
        List<String> counters = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] kv = line.split("\\s+", 2);
            String val = kv.length > 1 ? kv[1].strip() : "";
            switch (kv[0]) {
                case "define" -> {
                    String[] d = val.split("\\s+", 2);
                    defs.put(d[0], expand(d[1], defs));
                }
                case "rule" -> {
                    if (name != null) {
                        rules.add(build(name, fields, examples, counters));
                    }
                    name = val;
                    fields = new LinkedHashMap<>();
                    examples = new ArrayList<>();
                    counters = new ArrayList<>();
                }
                case "example" -> examples(name, examples).add(val);
                case "counter" -> examples(name, counters).add(val);
                default -> {
                    if (fields == null) {
                        throw new IllegalArgumentException("field outside a rule: " + line);
                    }
                    fields.put(kv[0], kv[0].equals("match") ? expand(val, defs) : val);
                }
            }
        }
        if (name != null) {
            rules.add(build(name, fields, examples, counters));
        }
        Map<String, String> own = new LinkedHashMap<>(defs);
        own.keySet().removeAll(macros.keySet());
        return new File(List.copyOf(rules), Map.copyOf(own));
    }

    private static List<String> examples(String rule, List<String> list) {
        if (rule == null) {
            throw new IllegalArgumentException("example outside a rule");
        }
        return list;
    }

    private static Rule build(String name, Map<String, String> fields, List<String> examples, List<String> counters) {
        String match = fields.get("match");
        if (match == null) {
            throw new IllegalArgumentException("rule " + name + " has no match");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(match);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("rule " + name + ": bad pattern: " + e.getDescription(), e);
        }
        return new Rule(name, pattern, Map.copyOf(fields), List.copyOf(examples), List.copyOf(counters));
    }

    public static String expand(String text, Map<String, String> defs) {
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
