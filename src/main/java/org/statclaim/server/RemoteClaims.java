package org.statclaim.server;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.json.Json;
import javax.json.JsonException;
import javax.json.JsonNumber;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;
import org.statclaim.claim.Extractor;
import org.statclaim.input.Document;
import org.statclaim.input.DocumentReader;
import org.statclaim.input.InputError;
import org.statclaim.input.Inputs;
import org.statclaim.output.Column;
import org.statclaim.output.Row;
import org.statclaim.pipeline.DocumentPipeline;
import org.statclaim.pipeline.Outcome;

/**
 * The command line's {@code --server URL}: each input's bytes are read here (so a missing or
 * unreadable file is named as without a server) and sent to a running {@code statclaim serve},
 * which decodes and extracts them as the CLI would; its answer ({@code format=json}) becomes the
 * same {@link Outcome}s, so the CLI writes the same rows, stderr lines and exit code, with no
 * model loaded here. A busy server (429) or one still loading (503) is asked again.
 */
public final class RemoteClaims {

    private final URI base;
    private final String query;
    private final HttpClient client;
    private final DocumentReader reader;
    /** The pipeline without models, for the documents that need none (blank ones). */
    private final DocumentPipeline local;
    /** The server's limit on a request's size, from its /health (0: unknown). */
    private volatile long maxRequestBytes;

    /** Options as the command line gave them; {@code encoding} null for detection. */
    public RemoteClaims(String url, Extractor.Options options, Charset encoding, boolean lenient, boolean lines) {
        this.base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        StringBuilder q = new StringBuilder("format=json");
        if (options.allQuantities()) {
            q.append("&all_quantities=true");
        }
        if (options.defaultCurrency() != null) {
            q.append("&currency=").append(options.defaultCurrency());
        }
        if (encoding != null) {
            q.append("&encoding=").append(encode(encoding.name()));
        }
        if (lenient) {
            q.append("&lenient=true");
        }
        if (lines) {
            q.append("&lines=true");
        }
        this.query = q.toString();
        this.reader = new DocumentReader(encoding, lenient);
        this.local = new DocumentPipeline(() -> {
            throw new IllegalStateException("the server extracts");
        }, options, reader, lines, DocumentPipeline.DEFAULT_PART);
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Waits until the server is ready (its models loaded), up to {@code wait}; returns null
     * then, else why it cannot be used (one line: unreachable, not a statclaim server, failed).
     */
    public String awaitReady(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                String status = field(r.body(), "status");
                if (r.statusCode() == 200 && "ready".equals(status)) {
                    maxRequestBytes = number(r.body(), "max_request_bytes");
                    return null;
                }
                if (!"loading".equals(status)) {
                    return base + ": not ready (" + (status == null ? "HTTP " + r.statusCode() + ", is it a statclaim server?" : status) + ")";
                }
            } catch (ConnectException e) {
                return base + ": cannot connect (is statclaim serve running there?)";
            } catch (IOException | IllegalArgumentException e) {
                return base + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return base + ": interrupted";
            }
            if (System.nanoTime() > deadline) {
                return base + ": still loading its models after " + wait.toSeconds() + " s";
            }
            sleep(500);
        }
    }

    /** The server's statclaim version ({@code GET /version}), or null. */
    public String serverVersion() {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/version")).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return r.statusCode() == 200 ? field(r.body(), "statclaim") : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** One input's outcomes (one per line with {@code --lines}), as {@code DocumentPipeline.process} gives them. */
    public List<Outcome> process(Inputs.Input in) {
        if (in.problem() != null) {
            return List.of(new Outcome.Failed(in.name(), in.problem()));
        }
        byte[] bytes;
        try {
            bytes = DocumentReader.bytes(in);
        } catch (InputError e) {
            return List.of(new Outcome.Failed(in.name(), e.getMessage()));
        }
        // decoded here too, models aside: what the CLI does without extracting (a bad file's reason, an empty
        // file's document without claims) is done here as the CLI does it; the server gets only documents with text
        Document doc;
        try {
            doc = reader.read(in.name(), bytes);
        } catch (InputError e) {
            return List.of(new Outcome.Failed(in.name(), e.getMessage()));
        }
        if (doc.text().isBlank()) {
            return local.extractDocument(doc);
        }
        if (maxRequestBytes > 0 && bytes.length > maxRequestBytes) { // the server would refuse it unread
            return List.of(new Outcome.Failed(in.name(), ClaimServer.tooLargeMessage(maxRequestBytes)));
        }
        URI uri = URI.create(base + "/claims?" + query + "&doc=" + encode(in.name()));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> r;
            try {
                r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return List.of(new Outcome.Failed(in.name(), "server " + base + ": " + e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of(new Outcome.Failed(in.name(), "interrupted"));
            }
            int status = r.statusCode();
            if ((status == 429 || status == 503 && r.body().contains("loading")) && attempt < 600) {
                sleep(Math.min(2000, 100L << Math.min(attempt, 4))); // busy or loading: again, after a while
                continue;
            }
            try {
                if (status != 200) {
                    String error = field(r.body(), "error");
                    return List.of(new Outcome.Failed(in.name(), error != null ? error : "server " + base + ": HTTP " + status));
                }
                return outcomes(r.body());
            } catch (JsonException | ClassCastException | NullPointerException e) {
                return List.of(new Outcome.Failed(in.name(), "server " + base + ": unexpected answer (HTTP " + status + "): " + e.getMessage()));
            }
        }
    }

    /** The outcomes of a {@code format=json} answer. */
    static List<Outcome> outcomes(String json) {
        JsonObject answer;
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            answer = r.readObject();
        }
        List<Outcome> out = new ArrayList<>();
        for (JsonValue v : answer.getJsonArray("documents")) {
            JsonObject d = v.asJsonObject();
            String name = d.getString("doc");
            if (d.containsKey("error")) {
                out.add(new Outcome.Failed(name, d.getString("error")));
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (JsonValue c : d.getJsonArray("claims")) {
                JsonObject claim = c.asJsonObject();
                rows.add(Row.of(col -> cell(claim.get(col.header()))));
            }
            out.add(new Outcome.Rows(name, rows, d.isNull("warning") ? null : d.getString("warning")));
        }
        return out;
    }

    /** A cell as the server wrote it: numbers digit for digit (never an exponent), null as empty. */
    private static String cell(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue().toPlainString();
        }
        throw new JsonException("unexpected cell " + v);
    }

    /** A string field of a JSON object, or null (also for a body that is no JSON object). */
    private static String field(String json, String name) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            JsonObject o = r.readObject();
            return o.containsKey(name) && o.get(name) instanceof JsonString s ? s.getString() : null;
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    /** A whole-number field of a JSON object, or 0. */
    private static long number(String json, String name) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            JsonObject o = r.readObject();
            return o.get(name) instanceof JsonNumber n && n.isIntegral() ? n.longValue() : 0;
        } catch (JsonException | IllegalStateException e) {
            return 0;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
