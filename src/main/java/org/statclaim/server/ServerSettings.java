package org.statclaim.server;

import java.time.Duration;

/**
 * How a {@link ClaimServer} listens and what it accepts.
 *
 * @param host             the address to bind (127.0.0.1: this machine only)
 * @param port             the port (0: any free one)
 * @param threads          extractions that run at once
 * @param queue            requests that may wait for a thread; more are answered 429
 * @param maxRequestBytes  the largest request body; larger ones are answered 413
 * @param maxDocumentChars the longest document, in characters once decoded; longer ones are answered 413
 * @param timeLimit        the most a request may take from its arrival (waiting included); later it is answered 504
 *                         and its extraction abandoned
 * @param version          what {@code GET /version} names: statclaim's version
 * @param corenlpVersion   and CoreNLP's
 */
public record ServerSettings(String host, int port, int threads, int queue, long maxRequestBytes, int maxDocumentChars,
                             Duration timeLimit, String version, String corenlpVersion) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8321;
    public static final int DEFAULT_QUEUE = 32;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L << 20;
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 2_000_000;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    public ServerSettings {
        if (threads < 1 || queue < 0 || maxRequestBytes < 1 || maxDocumentChars < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("threads and limits must be positive, the queue at least 0");
        }
    }

    /** The defaults on {@code port} with {@code threads} threads. */
    public static ServerSettings defaults(int port, int threads) {
        return new ServerSettings(DEFAULT_HOST, port, threads, DEFAULT_QUEUE, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_DOCUMENT_CHARS,
                DEFAULT_TIME_LIMIT, runningVersion(), "4.5.10");
    }

    /** statclaim's version from the jar manifest, or "(development build)" when not run from the jar. */
    public static String runningVersion() {
        String v = ServerSettings.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, threads, queue, maxRequestBytes, maxDocumentChars, timeLimit, version, corenlpVersion);
    }

    public ServerSettings withQueue(int q) {
        return new ServerSettings(host, port, threads, q, maxRequestBytes, maxDocumentChars, timeLimit, version, corenlpVersion);
    }

    public ServerSettings withLimits(long requestBytes, int documentChars, Duration limit) {
        return new ServerSettings(host, port, threads, queue, requestBytes, documentChars, limit, version, corenlpVersion);
    }

    public ServerSettings withVersions(String statclaim, String corenlp) {
        return new ServerSettings(host, port, threads, queue, maxRequestBytes, maxDocumentChars, timeLimit, statclaim, corenlp);
    }
}
