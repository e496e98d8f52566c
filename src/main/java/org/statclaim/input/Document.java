package org.statclaim.input;

/**
 * A decoded document: {@code name} as the user gave it (path, {@code -}, or {@code path:line}),
 * and its text. All offsets in the output refer to this text.
 */
public record Document(String name, String text) {
}
