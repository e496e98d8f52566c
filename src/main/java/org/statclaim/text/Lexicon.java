package org.statclaim.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named word lists, character classes and patterns of a data file, so that the engine code names
 * what it looks for and the words themselves stay data. Lines:
 * <pre>
 * lexicon NAME WORD WORD ...     a list of words (longest first)
 * chars NAME CHARACTERS          a set of characters (punctuation classes)
 * define NAME REGEX              a named part of patterns (upper-case NAME)
 * pattern NAME REGEX             a pattern; {NAME} inside it expands to a defined part
 * example ...                    an example, kept as written for the file's test
 * </pre>
 */
public final class Lexicon {

    private final String file;
    private final Map<String, List<String>> lists = new HashMap<>();
    private final Map<String, Set<String>> sets = new HashMap<>();
    private final Map<String, String> chars = new HashMap<>();
    private final Map<String, Pattern> patterns = new HashMap<>();
    private final Map<String, String> defines = new HashMap<>();
    private final List<String> examples = new ArrayList<>();

    private Lexicon(String file, List<String> lines) {
        this.file = file;
        for (String line : lines) {
            String[] kv = line.strip().split("\\s+", 3);
            switch (kv[0]) {
                case "lexicon" -> {
                    List<String> words = new ArrayList<>(List.of(kv[2].split("\\s+")));
                    words.sort(Comparator.comparingInt(String::length).reversed());
                    lists.put(kv[1], List.copyOf(words));
                    sets.put(kv[1], Set.copyOf(words));
                }
                case "chars" -> chars.put(kv[1], kv[2].replaceAll("\\s", ""));
                case "define" -> defines.put(kv[1], RegexRules.expand(kv[2], defines));
                case "pattern" -> patterns.put(kv[1], Pattern.compile(RegexRules.expand(kv[2], defines)));
                case "example" -> examples.add(line.strip().substring("example".length()).strip());
                default -> throw new IllegalArgumentException(file + ": unknown line " + line);
            }
        }
    }

    /** The lexicon of resource {@code name} next to {@code anchor}. */
    public static Lexicon load(Class<?> anchor, String name) {
        return new Lexicon(name, ResourceText.lines(anchor, name));
    }

    /** The words of list {@code name}, longest first. */
    public List<String> list(String name) {
        return found(lists.get(name), "lexicon", name);
    }

    /** Whether {@code word} is in list {@code name}. */
    public boolean has(String name, String word) {
        return word != null && found(sets.get(name), "lexicon", name).contains(word);
    }

    /** The characters of class {@code name}. */
    public String chars(String name) {
        return found(chars.get(name), "chars", name);
    }

    public Pattern pattern(String name) {
        return found(patterns.get(name), "pattern", name);
    }

    /** {@code value}, or an error naming what the file lacks (no message is built on the way that finds it). */
    private <T> T found(T value, String what, String name) {
        if (value == null) {
            throw new IllegalArgumentException(file + " has no " + what + " " + name);
        }
        return value;
    }

    /** The examples, as written after the word {@code example}. */
    public List<String> examples() {
        return examples;
    }
}
