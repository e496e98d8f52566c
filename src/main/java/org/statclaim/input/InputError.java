package org.statclaim.input;

/** An input that cannot be processed; the message is one line naming the reason. */
public final class InputError extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of problem it is (the server answers each with its own HTTP status). */
    public enum Kind {
        /** The input cannot be read (missing, permission, I/O). */
        UNREADABLE,
        /** Nothing to read: an empty file, only white space, a page without text. */
        NO_TEXT,
        /** Binary content (NUL bytes or characters). */
        BINARY,
        /** Bytes that no charset tried decodes, or a charset that is not known. */
        UNDECODABLE
    }

    private final Kind kind;

    public InputError(String message) {
        this(Kind.UNREADABLE, message);
    }

    public InputError(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
