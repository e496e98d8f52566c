package org.statclaim.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small rule-file format shared by the text and claim stages: {@code define NAME REGEX},
 * {@code rule NAME}, then fields (one per line: {@code match REGEX}, {@code example ...},
 * {@code counter ...}, and any other key a stage defines, such as {@code value}).
 * {@code {NAME}} in a pattern expands to a defined part.
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

    public static List<Rule> load(Class<?> anchor, String resource) {
        return parse(ResourceText.lines(anchor, resource), Map.of());
    }

    public static List<Rule> parse(List<String> lines, Map<String, String> macros) {
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
        return rules;
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
        return new Rule(name, Pattern.compile(match), Map.copyOf(fields), List.copyOf(examples), List.copyOf(counters));
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
