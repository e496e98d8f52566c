package org.statclaim.input;

/**
 * A decoded document: {@code name} as the user gave it (path, {@code -}, or {@code path:line}),
 * its text, and a warning about its decoding (or null). All offsets in the output refer to
 * this text.
 */
public record Document(String name, String text, String warning) {

    public Document(String name, String text) {
        this(name, text, null);
    }
}
