package org.statclaim.server;

/** A request the server answers with an error: the HTTP status and a one-line reason (never a stack trace). */
final class HttpError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String doc;
    private String allow;

    HttpError(int status, String message) {
        this(status, message, null);
    }

    /** @param doc the document the error is about, or null */
    HttpError(int status, String message, String doc) {
        super(message, null, false, false);
        this.status = status;
        this.doc = doc;
    }

    /** A 405, naming the method allowed. */
    static HttpError methodNotAllowed(String allowed) {
        HttpError e = new HttpError(405, "method not allowed; use " + allowed);
        e.allow = allowed;
        return e;
    }

    /** The methods a 405 allows, or null. */
    String allow() {
        return allow;
    }

    int status() {
        return status;
    }

    String doc() {
        return doc;
    }
}
