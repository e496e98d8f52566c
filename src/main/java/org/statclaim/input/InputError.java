package org.statclaim.input;

/** An input that cannot be processed; the message is one line naming the reason. */
public final class InputError extends Exception {

    private static final long serialVersionUID = 1L;

    public InputError(String message) {
        super(message);
    }
}
