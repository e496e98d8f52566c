package org.statclaim.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.statclaim.claim.Extractor;
import org.statclaim.input.Document;
import org.statclaim.input.DocumentReader;
import org.statclaim.input.InputError;
import org.statclaim.output.JsonRows;
import org.statclaim.output.Row;
import org.statclaim.output.RowWriter;
import org.statclaim.pipeline.DocumentPipeline;
import org.statclaim.pipeline.Outcome;

/**
 * {@code statclaim serve}: the models loaded once, claims over HTTP. Built on the JDK's own
 * {@link HttpServer} (no dependency; HTTP/1.1 on loopback for scripts and notebooks is all it
 * needs to do). Every document goes through the same {@link DocumentPipeline} as on the
 * command line, so the rows are the CLI's.
 *
 * <ul>
 *   <li>{@code POST /claims}: one document as the body (text or HTML, its {@code Content-Type}
 *       charset honoured, else detected as the CLI does), or a batch ({@code Content-Type}
 *       {@code application/json} or {@code application/x-ndjson}: see {@link BatchBody}); the
 *       query options are {@link RequestOptions}'. The answer: the rows as CSV (header
 *       included), JSON Lines, or {@code {"documents":[{"doc":..., "warning":..., "claims":[...]}]}}.</li>
 *   <li>{@code GET /health}: {@code {"status":"ready",...}} (200), or {@code loading} (503).</li>
 *   <li>{@code GET /version}: statclaim's and CoreNLP's versions.</li>
 * </ul>
 * Errors are {@code {"status":N,"error":"...","doc":...}} with 400 (bad input or option), 404,
 * 405, 413 (request or document too large), 415 (undecodable, binary), 429 (queue full), 500,
 * 503 (loading, shutting down) or 504 (time limit), never a stack trace.
 *
 * <p>Threads: the HTTP exchanges run on their own pool, reading the request and waiting; the
 * extractions run on {@link Workers} (a bounded queue, a time limit, a runaway abandoned).
 */
public final class ClaimServer {

    private final ServerSettings settings;
    private final CompletableFuture<Extractor> models;
    private final HttpServer http;
    private final ExecutorService exchanges;
    private final Workers workers;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    private volatile boolean stopping;

    /** A test seam: called in the extraction thread with a request's documents before they are extracted. */
    volatile Consumer<List<Document>> beforeExtract;

    private ClaimServer(ServerSettings settings, CompletableFuture<Extractor> models) throws IOException {
        this.settings = settings;
        this.models = models;
        this.workers = new Workers(settings.threads(), settings.queue());
        this.http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        // enough exchange threads for every request that may run or wait, and a few to say 429
        AtomicInteger n = new AtomicInteger();
        this.exchanges = Executors.newFixedThreadPool(settings.threads() + settings.queue() + 4, r -> {
            Thread t = new Thread(r, "statclaim-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(exchanges);
        http.createContext("/", this::handle);
    }

    /**
     * A server listening from now on ({@code /health} says {@code loading} until {@code models}
     * completes); the port of {@code settings} may be 0 for any free one ({@link #port()}).
     */
    public static ClaimServer start(ServerSettings settings, CompletableFuture<Extractor> models) throws IOException {
        ClaimServer s = new ClaimServer(settings, models);
        s.http.start();
        return s;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://HOST:PORT}. */
    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port();
    }

    /** Requests answered so far. */
    public long served() {
        return served.get();
    }

    /**
     * Graceful stop: no new connection is accepted and a new request is answered 503; the
     * requests in flight finish (each within its time limit), waited for up to {@code grace};
     * then the threads go.
     */
    public void stop(Duration grace) {
        stopping = true;
        // closes the listening socket at once; (JDK 17) waits its whole delay if nothing is in flight, hence a thread
        Thread closer = new Thread(() -> http.stop((int) Math.min(Integer.MAX_VALUE, grace.toSeconds() + 1)), "statclaim-http-stop");
        closer.setDaemon(true);
        closer.start();
        long deadline = System.nanoTime() + grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        http.stop(0); // ends the closer's wait too
        workers.shutdown();
        exchanges.shutdownNow();
        try {
            workers.shutdownNow(1000);
            closer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        inFlight.incrementAndGet();
        long arrival = System.nanoTime();
        try {
            Response r;
            try {
                r = route(ex, arrival);
            } catch (HttpError e) {
                r = Response.error(e.status(), e.getMessage(), e.doc());
                r.allow = e.allow();
            } catch (RuntimeException | Error e) { // a bug: a one-line answer, never a stack trace
                r = Response.error(500, "internal error: " + e, null);
            }
            send(ex, r);
        } catch (IOException clientGone) {
            // the client closed the connection: nothing to answer
        } finally {
            ex.close();
            served.incrementAndGet();
            inFlight.decrementAndGet();
        }
    }

    private Response route(HttpExchange ex, long arrival) throws HttpError, IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        switch (path) {
            case "/claims" -> {
                if (!method.equals("POST")) {
                    throw HttpError.methodNotAllowed("POST");
                }
                return claims(ex, arrival);
            }
            case "/health" -> {
                if (!method.equals("GET")) {
                    throw HttpError.methodNotAllowed("GET");
                }
                return health();
            }
            case "/version" -> {
                if (!method.equals("GET")) {
                    throw HttpError.methodNotAllowed("GET");
                }
                StringBuilder sb = new StringBuilder("{\"statclaim\":");
                JsonRows.quote(sb, settings.version()).append(",\"corenlp\":");
                JsonRows.quote(sb, settings.corenlpVersion()).append('}');
                return Response.json(200, sb.toString());
            }
            default -> throw new HttpError(404, "no such resource: " + path + " (POST /claims, GET /health, GET /version)");
        }
    }

    private Response health() {
        String status = stopping ? "stopping" : !models.isDone() ? "loading" : models.isCompletedExceptionally() ? "failed" : "ready";
        String json = String.format(Locale.ROOT, "{\"status\":\"%s\",\"threads\":%d,\"running\":%d,\"queued\":%d,\"abandoned\":%d,"
                        + "\"served\":%d,\"max_request_bytes\":%d,\"max_document_chars\":%d,\"time_limit_s\":%s}",
                status, settings.threads(), workers.running(), workers.queued(), workers.abandoned(), served.get(),
                settings.maxRequestBytes(), settings.maxDocumentChars(), new java.math.BigDecimal(settings.timeLimit().toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString());
        return Response.json(status.equals("ready") ? 200 : status.equals("failed") ? 500 : 503, json);
    }

    private Response claims(HttpExchange ex, long arrival) throws HttpError, IOException {
        if (stopping) {
            throw new HttpError(503, "the server is shutting down");
        }
        RequestOptions options = RequestOptions.parse(ex.getRequestURI().getRawQuery());
        Extractor extractor = extractor();
        String contentType = ex.getRequestHeaders().getFirst("Content-Type");
        byte[] body = body(ex);
        Workers.Job<Response> job = workers.submit(() -> extract(options, contentType, body, extractor));
        if (job == null) {
            Response busy = Response.error(429, "busy: " + settings.threads() + " extraction(s) running and " + settings.queue()
                    + " waiting; try again later", null);
            busy.retryAfter = "1";
            return busy;
        }
        Duration limit = options.timeout() != null && options.timeout().compareTo(settings.timeLimit()) < 0 ? options.timeout() : settings.timeLimit();
        try {
            return workers.await(job, arrival + limit.toNanos());
        } catch (TimeoutException e) {
            throw new HttpError(504, String.format(Locale.ROOT, "time limit of %.3g s exceeded; the extraction was abandoned", limit.toNanos() / 1e9),
                    options.doc());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "the server is shutting down");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpError he) {
                throw he;
            }
            throw new HttpError(500, "processing failed: " + e.getCause());
        }
    }

    private Extractor extractor() throws HttpError {
        if (!models.isDone()) {
            throw new HttpError(503, "loading the models; try again in a few seconds (GET /health says when ready)");
        }
        try {
            return models.join();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new HttpError(500, "the models failed to load: " + cause.getMessage());
        }
    }

    /** The request body, at most the limit: a larger one is a 413 (its Content-Length says so before it is read). */
    private byte[] body(HttpExchange ex) throws HttpError, IOException {
        long max = settings.maxRequestBytes();
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > max) {
                    throw tooLarge(max);
                }
            } catch (NumberFormatException e) {
                throw new HttpError(400, "bad Content-Length");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        InputStream in = ex.getRequestBody();
        for (int n; (n = in.read(buf)) > 0; ) {
            out.write(buf, 0, n);
            if (out.size() > max) {
                throw tooLarge(max);
            }
        }
        return out.toByteArray();
    }

    private static HttpError tooLarge(long max) {
        return new HttpError(413, tooLargeMessage(max));
    }

    /** The reason of a 413 for a request over {@code max} bytes (the CLI's {@code --server} says it too). */
    static String tooLargeMessage(long max) {
        return "request larger than the limit of " + max + " bytes (statclaim serve --max-request-bytes)";
    }

    /** In an extraction thread: the request's documents decoded, extracted, written in the format asked for. */
    private Response extract(RequestOptions options, String contentType, byte[] body, Extractor extractor) throws HttpError, IOException {
        List<Document> docs = documents(options, contentType, body);
        for (Document d : docs) {
            if (d.text().length() > settings.maxDocumentChars()) {
                throw new HttpError(413, d.name() + ": document of " + d.text().length() + " characters, over the limit of "
                        + settings.maxDocumentChars() + " (statclaim serve --max-document-chars)", d.name());
            }
        }
        Consumer<List<Document>> hook = beforeExtract;
        if (hook != null) {
            hook.accept(docs);
        }
        DocumentPipeline pipeline = new DocumentPipeline(() -> extractor, options.extraction(), new DocumentReader(null), options.lines(),
                DocumentPipeline.DEFAULT_PART);
        List<Outcome> outcomes = new ArrayList<>();
        for (Document d : docs) {
            outcomes.addAll(pipeline.extractDocument(d));
        }
        return render(options, outcomes);
    }

    private static List<Document> documents(RequestOptions options, String contentType, byte[] body) throws HttpError {
        String mime = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (mime.equals("application/json") || mime.equals("application/x-ndjson") || mime.equals("application/jsonl")
                || mime.equals("application/json-lines") || mime.equals("application/jsonlines")) {
            if (options.encoding() != null || options.lenient() || !options.doc().equals("-")) {
                throw new HttpError(400, "doc, encoding and lenient are for one document, not for a JSON batch");
            }
            return BatchBody.parse(body);
        }
        if (mime.startsWith("multipart/")) {
            throw new HttpError(415, "send the document itself as the request body, not a form (multipart)");
        }
        Charset charset = options.encoding();
        if (charset == null && contentType != null) {
            for (String param : contentType.split(";")) {
                String[] kv = param.trim().split("=", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
                    charset = RequestOptions.charset(kv[1].trim().replace("\"", ""));
                }
            }
        }
        if (body.length == 0) {
            throw new HttpError(400, "empty request body: send the document as the body", options.doc());
        }
        Document doc;
        try {
            doc = new DocumentReader(charset, options.lenient()).read(options.doc(), body, mime.equals("text/html")
                    || mime.equals("application/xhtml+xml"));
        } catch (InputError e) {
            throw new HttpError(status(e), e.getMessage(), options.doc());
        }
        if (doc.text().isBlank()) { // a file like it is a document without claims to the CLI; a request like it is a mistake
            throw new HttpError(400, "no text (only white space)", options.doc());
        }
        return List.of(doc);
    }

    /** The HTTP status of a document that cannot be read: 415 undecodable or binary, 400 otherwise (empty, blank). */
    static int status(InputError e) {
        return switch (e.kind()) {
            case BINARY, UNDECODABLE -> 415;
            default -> 400;
        };
    }

    private static Response render(RequestOptions options, List<Outcome> outcomes) throws HttpError, IOException {
        if (options.format() == RequestOptions.Format.JSON) {
            StringBuilder sb = new StringBuilder("{\"documents\":[");
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome o = outcomes.get(i);
                sb.append(i == 0 ? "" : ",").append("{\"doc\":");
                JsonRows.quote(sb, o.name());
                if (o instanceof Outcome.Failed f) {
                    JsonRows.quote(sb.append(",\"error\":"), f.error()).append('}');
                    continue;
                }
                JsonRows.quote(sb.append(",\"warning\":"), o.warning()).append(",\"claims\":[");
                List<Row> rows = ((Outcome.Rows) o).rows();
                for (int j = 0; j < rows.size(); j++) {
                    sb.append(j == 0 ? "" : ",").append(JsonRows.object(rows.get(j)));
                }
                sb.append("]}");
            }
            return Response.json(200, sb.append("]}").toString());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (RowWriter rows = RowWriter.of(options.format() == RequestOptions.Format.CSV ? RowWriter.Format.CSV : RowWriter.Format.JSONL, w,
                options.excelSafe())) {
            for (Outcome o : outcomes) {
                if (o instanceof Outcome.Failed f) {
                    throw new HttpError(500, f.name() + ": " + f.error(), f.name());
                }
                for (Row r : ((Outcome.Rows) o).rows()) {
                    rows.write(r);
                }
            }
        }
        w.flush();
        return new Response(200, options.format().contentType, bytes.toByteArray());
    }

    private void send(HttpExchange ex, Response r) throws IOException {
        ex.getResponseHeaders().set("Content-Type", r.contentType);
        if (r.retryAfter != null) {
            ex.getResponseHeaders().set("Retry-After", r.retryAfter);
        }
        if (r.allow != null) {
            ex.getResponseHeaders().set("Allow", r.allow);
        }
        if (stopping) {
            ex.getResponseHeaders().set("Connection", "close"); // a kept-alive connection must not outlive the stop
        }
        ex.sendResponseHeaders(r.status, r.body.length == 0 ? -1 : r.body.length);
        if (r.body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body);
            }
        }
    }

    /** An answer: status, type, body. */
    static final class Response {
        final int status;
        final String contentType;
        final byte[] body;
        String retryAfter;
        String allow;

        Response(int status, String contentType, byte[] body) {
            this.status = status;
            this.contentType = contentType;
            this.body = body;
        }

        static Response json(int status, String json) {
            return new Response(status, "application/json; charset=utf-8", (json + "\n").getBytes(StandardCharsets.UTF_8));
        }

        static Response error(int status, String message, String doc) {
            StringBuilder sb = new StringBuilder("{\"status\":").append(status).append(",\"error\":");
            JsonRows.quote(sb, message);
            if (doc != null) {
                JsonRows.quote(sb.append(",\"doc\":"), doc);
            }
            Response r = json(status, sb.append('}').toString());
            if (status == 503) {
                r.retryAfter = "2";
            }
            return r;
        }
    }
}
