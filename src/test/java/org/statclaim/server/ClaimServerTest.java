package org.statclaim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonObject;
import javax.json.JsonReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statclaim.TestPipeline;
import org.statclaim.claim.Extractor;
import org.statclaim.cli.Main;
import org.statclaim.input.Document;
import org.statclaim.pipeline.DocumentPipeline;
import org.statclaim.pipeline.Outcome;

/**
 * {@code statclaim serve} on a free loopback port, over the test JVM's one pipeline: the rows of
 * every sample are the CLI's (CSV byte for byte, JSON field for field), a batch equals the
 * separate requests, bad input gets its status and a JSON error, 16 clients at once all get
 * their rows, a full queue is a 429, a request over its time limit is a 504 that does not hold
 * up the next one, a stop finishes the request in flight, and the CLI's {@code --server} writes
 * what the CLI writes. Slow extractions are made by a hook that holds a document until the test
 * lets it go, never by timing.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ClaimServerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(3);

    private static ClaimServer server;
    private static Map<String, byte[]> samples; // path as the CLI names it -> bytes

    record Resp(int status, String body, HttpResponse<String> raw) {
        JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }
    }

    @BeforeAll
    static void start() throws IOException {
        server = ClaimServer.start(ServerSettings.defaults(0, 2), CompletableFuture.completedFuture(TestPipeline.extractor()));
        samples = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                samples.put("samples/" + p.getFileName(), Files.readAllBytes(p));
            }
        }
        assertEquals(5, samples.size());
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(5));
    }

    static Resp post(ClaimServer s, String query, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + "/claims" + (query.isEmpty() ? "" : "?" + query)))
                .timeout(REQUEST_TIMEOUT).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Resp(r.statusCode(), r.body(), r);
    }

    static Resp get(ClaimServer s, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + path)).timeout(REQUEST_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Resp(r.statusCode(), r.body(), r);
    }

    static Resp send(ClaimServer s, String path, String method) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + path)).timeout(REQUEST_TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Resp(r.statusCode(), r.body(), r);
    }

    static String doc(String name) {
        return "doc=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static List<JsonObject> jsonLines(String text) {
        List<JsonObject> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                try (JsonReader r = Json.createReader(new StringReader(line))) {
                    out.add(r.readObject());
                }
            }
        }
        return out;
    }

    @Test
    void everySampleGivesTheCliRowsCsvByteForByteAndJsonFieldForField() throws Exception {
        int rows = 0;
        for (Map.Entry<String, byte[]> e : samples.entrySet()) {
            Run csv = cli("-q", e.getKey());
            assertEquals(0, csv.code, csv.err);
            Resp r = post(server, doc(e.getKey()), "text/plain", e.getValue());
            assertEquals(200, r.status, r.body);
            assertEquals("text/csv; charset=utf-8", r.raw.headers().firstValue("Content-Type").orElse(""));
            assertEquals(csv.out, r.body, e.getKey());
            rows += csv.out.split("\n").length - 1;

            Run jsonl = cli("-q", "--format", "jsonl", e.getKey());
            Resp lines = post(server, doc(e.getKey()) + "&format=jsonl", null, e.getValue());
            assertEquals(jsonl.out, lines.body, e.getKey());
            Resp json = post(server, doc(e.getKey()) + "&format=json", null, e.getValue());
            assertEquals(200, json.status, json.body);
            JsonArray docs = json.json().getJsonArray("documents");
            assertEquals(1, docs.size());
            assertEquals(e.getKey(), docs.getJsonObject(0).getString("doc"));
            assertEquals(jsonLines(jsonl.out), docs.getJsonObject(0).getJsonArray("claims").getValuesAs(JsonObject.class), e.getKey());
        }
        assertTrue(rows > 20, "rows: " + rows);
    }

    @Test
    void optionsMirrorTheCli() throws Exception {
        String name = "samples/002_f0faf66cd39f5d72.txt";
        Run all = cli("-q", "--all-quantities", "--currency", "USD", name);
        Resp r = post(server, doc(name) + "&all-quantities&currency=USD", null, samples.get(name));
        assertEquals(all.out, r.body);
        Run lines = cli("-q", "--lines", name);
        assertEquals(lines.out, post(server, doc(name) + "&lines=true", null, samples.get(name)).body);
        assertFalse(lines.out.equals(all.out));
    }

    @Test
    void aCharsetIsHonouredOrDetectedAndAPageIsReadAsAPage() throws Exception {
        String name = "samples/001_537188807ddc293f.txt";
        String text = new String(samples.get(name), StandardCharsets.UTF_8);
        String expected = post(server, doc(name), null, samples.get(name)).body;
        byte[] gbk = text.getBytes(Charset.forName("GB18030"));
        assertEquals(expected, post(server, doc(name), "text/plain; charset=GB18030", gbk).body);
        assertEquals(expected, post(server, doc(name), "text/plain", gbk).body, "detected as the CLI detects it");
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(expected, post(server, doc(name), "application/octet-stream", utf16).body);

        String page = "<html><head><title>t</title></head><body><nav>导航 100%</nav><p>"
                + text.strip().replace("\n", "</p><p>") + "</p></body></html>";
        String asHtml = post(server, doc("a"), "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)).body;
        String byName = post(server, doc("a.html"), null, page.getBytes(StandardCharsets.UTF_8)).body;
        assertEquals(byName.replace("a.html,", "a,"), asHtml);
        assertFalse(asHtml.contains("导航"), "navigation is left out");
        assertTrue(asHtml.split("\n").length > 3, asHtml);
    }

    @Test
    void aBatchEqualsTheSeparateRequests() throws Exception {
        StringBuilder separate = new StringBuilder();
        StringBuilder array = new StringBuilder("[");
        StringBuilder ndjson = new StringBuilder();
        String header = null;
        for (Map.Entry<String, byte[]> e : samples.entrySet()) {
            String csv = post(server, doc(e.getKey()), null, e.getValue()).body;
            header = csv.substring(0, csv.indexOf('\n') + 1);
            separate.append(csv.substring(header.length()));
            String item = Json.createObjectBuilder().add("id", e.getKey()).add("text", new String(e.getValue(), StandardCharsets.UTF_8))
                    .build().toString();
            array.append(array.length() > 1 ? ",\n" : "").append(item);
            ndjson.append(item).append('\n');
        }
        array.append("]");
        Resp batch = post(server, "", "application/json", array.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, batch.status, batch.body);
        assertEquals(header + separate, batch.body);
        Resp lines = post(server, "", "application/x-ndjson; charset=utf-8", ndjson.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(header + separate, lines.body);

        Resp json = post(server, "format=json", "application/json", array.toString().getBytes(StandardCharsets.UTF_8));
        List<String> names = json.json().getJsonArray("documents").getValuesAs(JsonObject.class).stream().map(d -> d.getString("doc")).toList();
        assertEquals(List.copyOf(samples.keySet()), names);
        Resp numeric = post(server, "", "application/json", "[{\"id\": 7, \"text\": \"约40%的受访者\"}]".getBytes(StandardCharsets.UTF_8));
        assertTrue(numeric.body.contains("\n7,1,"), numeric.body);
        // an empty item is a document without claims, as an empty file in a folder is to the CLI
        Resp blank = post(server, "format=json", "application/json",
                "[{\"id\":\"a\",\"text\":\"  \"},{\"id\":\"b\",\"text\":\"\"}]".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, blank.status, blank.body);
        assertEquals(List.of(0, 0), blank.json().getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getJsonArray("claims").size()).toList());
    }

    @Test
    void badInputGetsItsStatusAndAJsonError(@TempDir Path dir) throws Exception {
        ServerSettings small = ServerSettings.defaults(0, 1).withLimits(4096, 300, Duration.ofMinutes(2));
        ClaimServer limited = ClaimServer.start(small, CompletableFuture.completedFuture(TestPipeline.extractor()));
        try {
            byte[] longText = "增长了百分之五。".repeat(100).getBytes(StandardCharsets.UTF_8); // 800 characters, 2400 bytes
            Map<String, Object[]> cases = new LinkedHashMap<>(); // what -> {status, response}
            cases.put("binary", new Object[] {415, post(server, "", null, new byte[] {'a', 0, 'b'})});
            cases.put("undecodable", new Object[] {415, post(server, "", null, new byte[] {(byte) 0xE9, 'a', (byte) 0xFF, (byte) 0x80})});
            cases.put("undecodable in the charset named", new Object[] {415, post(server, "", "text/plain; charset=utf-8",
                    new byte[] {(byte) 0xE9, 'a', (byte) 0xFF})});
            cases.put("unknown charset", new Object[] {415, post(server, "", "text/plain; charset=no-such", "a".getBytes())});
            cases.put("empty", new Object[] {400, post(server, "", null, new byte[0])});
            cases.put("blank", new Object[] {400, post(server, "", null, " \n\t ".getBytes())});
            cases.put("page without text", new Object[] {400, post(server, "", "text/html", "<html><script>x</script></html>".getBytes())});
            cases.put("request over the limit", new Object[] {413, post(limited, "", null, new byte[5000])});
            cases.put("document over the limit", new Object[] {413, post(limited, "", null, longText)});
            cases.put("batch document over the limit", new Object[] {413, post(limited, "", "application/json",
                    ("[{\"id\":\"a\",\"text\":\"ok\"},{\"id\":\"b\",\"text\":\"" + "增长了百分之五。".repeat(100) + "\"}]")
                            .getBytes(StandardCharsets.UTF_8))});
            cases.put("malformed JSON", new Object[] {400, post(server, "", "application/json", "[{\"id\":\"a\",\"text\":".getBytes())});
            cases.put("malformed JSON Lines", new Object[] {400, post(server, "", "application/x-ndjson", "{\"id\":\"a\",\"text\":\"x\"}\n{oops".getBytes())});
            cases.put("item without text", new Object[] {400, post(server, "", "application/json", "[{\"id\":\"a\"}]".getBytes())});
            cases.put("item that is no object", new Object[] {400, post(server, "", "application/json", "[\"text\"]".getBytes())});
            cases.put("empty batch", new Object[] {400, post(server, "", "application/json", "[]".getBytes())});
            cases.put("unknown option", new Object[] {400, post(server, "frobnicate=1", null, "约40%".getBytes(StandardCharsets.UTF_8))});
            cases.put("bad format", new Object[] {400, post(server, "format=xml", null, "约40%".getBytes(StandardCharsets.UTF_8))});
            cases.put("bad currency", new Object[] {400, post(server, "currency=yuan", null, "约40%".getBytes(StandardCharsets.UTF_8))});
            cases.put("bad flag", new Object[] {400, post(server, "lines=maybe", null, "约40%".getBytes(StandardCharsets.UTF_8))});
            cases.put("option twice", new Object[] {400, post(server, "format=csv&format=json", null, "约40%".getBytes(StandardCharsets.UTF_8))});
            cases.put("wrong method", new Object[] {405, get(server, "/claims")});
            cases.put("wrong method for health", new Object[] {405, send(server, "/health", "DELETE")});
            cases.put("unknown path", new Object[] {404, get(server, "/claim")});
            for (Map.Entry<String, Object[]> c : cases.entrySet()) {
                Resp r = (Resp) c.getValue()[1];
                assertEquals(c.getValue()[0], r.status, c.getKey() + ": " + r.body);
                assertTrue(r.raw.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), c.getKey());
                JsonObject error = r.json();
                assertEquals(r.status, error.getInt("status"), c.getKey());
                String message = error.getString("error");
                assertFalse(message.isBlank(), c.getKey());
                assertFalse(message.contains("\n") || message.contains("\tat ") || message.contains("Exception"), c.getKey() + ": " + message);
            }
            assertEquals("POST", ((Resp) cases.get("wrong method")[1]).raw.headers().firstValue("Allow").orElse(""));
            assertTrue(((Resp) cases.get("undecodable")[1]).json().getString("error").startsWith("cannot decode"));
            assertTrue(((Resp) cases.get("document over the limit")[1]).json().getString("error").contains("300"));
            assertEquals("b", ((Resp) cases.get("batch document over the limit")[1]).json().getString("doc"));
            // the server is still up and right
            assertEquals(200, get(server, "/health").status);
            assertEquals(200, post(limited, "", null, "约40%的受访者。".getBytes(StandardCharsets.UTF_8)).status);
            // the CLI knows the server's limit from its /health and names it as the server would
            Path big = Files.write(dir.resolve("big.txt"), "约40%的受访者。".repeat(300).getBytes(StandardCharsets.UTF_8));
            Run tooBig = cli("-q", "--server", limited.url(), big.toString());
            assertEquals(1, tooBig.code);
            assertEquals("statclaim: " + big + ": request larger than the limit of 4096 bytes (statclaim serve --max-request-bytes)",
                    tooBig.err.strip());
        } finally {
            limited.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void healthAndVersion() throws Exception {
        Resp h = get(server, "/health");
        assertEquals(200, h.status);
        assertEquals("ready", h.json().getString("status"));
        assertEquals(2, h.json().getInt("threads"));
        assertEquals(ServerSettings.DEFAULT_MAX_REQUEST_BYTES, h.json().getJsonNumber("max_request_bytes").longValue());
        assertEquals(60, h.json().getInt("time_limit_s"));
        Resp v = get(server, "/version");
        assertEquals(200, v.status);
        assertEquals("4.5.10", v.json().getString("corenlp"));
        assertTrue(v.json().containsKey("statclaim"));

        CompletableFuture<Extractor> never = new CompletableFuture<>();
        ClaimServer loading = ClaimServer.start(ServerSettings.defaults(0, 1), never);
        try {
            Resp l = get(loading, "/health");
            assertEquals(503, l.status);
            assertEquals("loading", l.json().getString("status"));
            Resp c = post(loading, "", null, "约40%".getBytes(StandardCharsets.UTF_8));
            assertEquals(503, c.status);
            assertTrue(c.json().getString("error").contains("loading"), c.body);
            assertTrue(c.raw.headers().firstValue("Retry-After").isPresent());
        } finally {
            loading.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void sixteenClientsAtOnceAllGetTheirRows() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : samples.entrySet()) {
            expected.put(e.getKey(), post(server, doc(e.getKey()), null, e.getValue()).body);
        }
        List<String> names = List.copyOf(samples.keySet());
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String name = names.get(i % names.size());
                results.add(clients.submit(() -> {
                    go.await();
                    StringBuilder problems = new StringBuilder();
                    for (int round = 0; round < 2; round++) {
                        Resp r = post(server, doc(name), null, samples.get(name));
                        if (r.status != 200 || !r.body.equals(expected.get(name))) {
                            problems.append(name).append(": ").append(r.status).append(' ');
                        }
                    }
                    return problems.toString();
                }));
            }
            go.countDown();
            for (Future<String> f : results) {
                assertEquals("", f.get(5, TimeUnit.MINUTES));
            }
        } finally {
            clients.shutdownNow();
        }
        Resp h = get(server, "/health");
        assertEquals("ready", h.json().getString("status"));
        assertEquals(0, h.json().getInt("running"));
    }

    /** A hook that holds the documents named {@code hold...} until released, ignoring interrupts if {@code stubborn}. */
    static final class Hold implements java.util.function.Consumer<List<Document>> {
        final CountDownLatch release = new CountDownLatch(1);
        final boolean stubborn;
        volatile boolean interrupted;

        Hold(boolean stubborn) {
            this.stubborn = stubborn;
        }

        @Override
        public void accept(List<Document> docs) {
            if (!docs.get(0).name().startsWith("hold")) {
                return;
            }
            while (true) {
                try {
                    release.await();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                    if (!stubborn) {
                        throw new java.util.concurrent.CancellationException("interrupted");
                    }
                }
            }
        }
    }

    private static void awaitHealth(ClaimServer s, String field, int value) throws Exception {
        for (int i = 0; i < 3000; i++) { // up to 60 s: only a hung server waits that long
            if (get(s, "/health").json().getInt(field) == value) {
                return;
            }
            Thread.sleep(20);
        }
        fail("health " + field + " never became " + value + ": " + get(s, "/health").body);
    }

    @Test
    void aFullQueueIsAnswered429() throws Exception {
        ClaimServer tight = ClaimServer.start(unhurried(1).withQueue(1), CompletableFuture.completedFuture(TestPipeline.extractor()));
        Hold hold = new Hold(false);
        tight.beforeExtract = hold;
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            byte[] text = "约40%的受访者。".getBytes(StandardCharsets.UTF_8);
            Future<Resp> running = clients.submit(() -> post(tight, doc("hold-1"), null, text));
            awaitHealth(tight, "running", 1);
            Future<Resp> waiting = clients.submit(() -> post(tight, doc("hold-2"), null, text));
            awaitHealth(tight, "queued", 1);
            Resp busy = post(tight, doc("third"), null, text);
            assertEquals(429, busy.status, busy.body);
            assertTrue(busy.json().getString("error").startsWith("busy"));
            assertEquals("1", busy.raw.headers().firstValue("Retry-After").orElse(""));
            hold.release.countDown();
            assertEquals(200, running.get(2, TimeUnit.MINUTES).status);
            assertEquals(200, waiting.get(2, TimeUnit.MINUTES).status);
            assertEquals(200, post(tight, doc("third"), null, text).status);
        } finally {
            hold.release.countDown();
            clients.shutdownNow();
            tight.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aRequestOverItsTimeLimitIs504AndDoesNotHoldUpTheNext() throws Exception {
        ClaimServer one = ClaimServer.start(ServerSettings.defaults(0, 1), CompletableFuture.completedFuture(TestPipeline.extractor()));
        Hold stubborn = new Hold(true); // a runaway that even ignores its interrupt: its thread is replaced
        one.beforeExtract = stubborn;
        try {
            byte[] text = "约40%的受访者。".getBytes(StandardCharsets.UTF_8);
            Resp late = post(one, doc("hold-runaway") + "&timeout=0.3", null, text);
            assertEquals(504, late.status, late.body);
            assertTrue(late.json().getString("error").contains("time limit"), late.body);
            assertEquals("hold-runaway", late.json().getString("doc"));
            assertTrue(stubborn.interrupted || waitFor(() -> stubborn.interrupted), "the abandoned extraction was interrupted");
            // one thread, still held by the runaway: the next request is served all the same
            String name = "samples/001_537188807ddc293f.txt";
            Resp next = post(one, doc(name), null, samples.get(name));
            assertEquals(200, next.status, next.body);
            assertEquals(cli("-q", name).out, next.body);
            assertEquals(1, get(one, "/health").json().getInt("abandoned"));
            stubborn.release.countDown();
            awaitHealth(one, "abandoned", 0);

            Hold polite = new Hold(false); // an extraction that stops when interrupted frees its thread by itself
            one.beforeExtract = polite;
            assertEquals(504, post(one, doc("hold-polite") + "&timeout=0.3", null, text).status);
            awaitHealth(one, "abandoned", 0);
            awaitHealth(one, "running", 0);
            assertEquals(200, post(one, doc("after"), null, text).status);
        } finally {
            stubborn.release.countDown();
            one.stop(Duration.ofSeconds(5));
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 3000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    @Test
    void anInterruptedExtractionStopsAtItsNextStep() {
        DocumentPipeline pipeline = DocumentPipeline.of(TestPipeline.extractor(), Extractor.Options.defaults());
        Thread.currentThread().interrupt();
        Outcome o;
        try {
            o = pipeline.extract(new Document("d", "毛利率从62.9%暴跌至29.1%。"));
        } finally {
            Thread.interrupted();
        }
        assertTrue(o instanceof Outcome.Failed f && f.error().contains("interrupted"), String.valueOf(o));
    }

    /**
     * A request sent to a stopping server on a connection of its own: its status, or -1 when it
     * is refused or not answered within 20 s (a stopping server serves no new request; it may
     * leave one on an open connection unanswered until it has stopped).
     */
    private static int lateRequest(ClaimServer s, String query, byte[] body) throws InterruptedException {
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(s.url() + "/claims?" + query))
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return fresh.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Defaults with a time limit no busy machine reaches: a test that holds a request while it
     * checks something else is not about the time limit, and must not see a 504 when the machine is slow.
     */
    private static ServerSettings unhurried(int threads) {
        return ServerSettings.defaults(0, threads).withLimits(ServerSettings.DEFAULT_MAX_REQUEST_BYTES,
                ServerSettings.DEFAULT_MAX_DOCUMENT_CHARS, Duration.ofMinutes(10));
    }

    @Test
    void aStopFinishesTheRequestInFlightAndTakesNoNewOne() throws Exception {
        ClaimServer stopping = ClaimServer.start(unhurried(1), CompletableFuture.completedFuture(TestPipeline.extractor()));
        Hold hold = new Hold(false);
        stopping.beforeExtract = hold;
        ExecutorService side = Executors.newFixedThreadPool(2);
        try {
            String name = "samples/004_1ab19c765da75e46.txt";
            String expected = post(server, doc("hold-" + name), null, samples.get(name)).body;
            Future<Resp> inFlight = side.submit(() -> post(stopping, doc("hold-" + name), null, samples.get(name)));
            awaitHealth(stopping, "running", 1);
            Future<?> stop = side.submit(() -> stopping.stop(Duration.ofMinutes(8)));
            assertTrue(waitFor(() -> {
                try {
                    int status = lateRequest(stopping, doc("late"), samples.get(name));
                    return status == 503 || status == -1; // answered 503, or refused
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }), "no new request is taken once stopping");
            assertFalse(stop.isDone(), "the stop waits for the request in flight");
            hold.release.countDown();
            Resp r = inFlight.get(8, TimeUnit.MINUTES);
            assertEquals(200, r.status, r.body);
            assertEquals(expected, r.body);
            stop.get(8, TimeUnit.MINUTES);
        } finally {
            hold.release.countDown();
            side.shutdownNow();
        }
    }

    @Test
    void theCliWithServerWritesWhatTheCliWrites(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.write(dir.resolve("blank.txt"), "\uFEFF \n".getBytes(StandardCharsets.UTF_8));
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {(byte) 0xE9, 'a', (byte) 0xFF});
        String missing = dir.resolve("missing.txt").toString();
        String[][] runs = {
            {"samples/"},
            {"--format", "jsonl", "--all-quantities", "samples/003_c616ea0639e1c390.txt"},
            {"--lines", "--currency", "HKD", "samples/002_f0faf66cd39f5d72.txt"},
            {"samples/000_1926c53725f4c631.txt", missing, empty.toString(), latin1.toString(), blank.toString(), binary.toString(),
                "samples/004_1ab19c765da75e46.txt"},
            {"--lines", empty.toString(), blank.toString(), "samples/001_537188807ddc293f.txt"},
            {"--lenient", latin1.toString()},
        };
        for (String[] args : runs) {
            List<String> local = new ArrayList<>(List.of("-q"));
            local.addAll(List.of(args));
            List<String> remote = new ArrayList<>(List.of("-q", "--server", server.url()));
            remote.addAll(List.of(args));
            Run a = cli(local.toArray(String[]::new));
            Run b = cli(remote.toArray(String[]::new));
            assertEquals(a.code, b.code, String.join(" ", args) + "\n" + a.err + "\n" + b.err);
            assertEquals(a.out, b.out, String.join(" ", args));
            assertEquals(a.err, b.err, String.join(" ", args));
        }
        Run down = cli("-q", "--server", "http://127.0.0.1:9", "samples/");
        assertEquals(1, down.code);
        assertEquals("", down.out);
        assertTrue(down.err.startsWith("statclaim: server http://127.0.0.1:9: cannot connect"), down.err);
        assertEquals(1, down.err.lines().count(), down.err);
        assertThrows(IllegalArgumentException.class, () -> new RemoteClaims("::", Extractor.Options.defaults(), null, false, false));
    }

    @Test
    void serveRefusesBadOptionsAndAPortInUse() {
        assertEquals(2, cli("serve", "--threads", "0").code);
        Run size = cli("serve", "--max-request-bytes", "12X");
        assertEquals(2, size.code);
        assertTrue(size.err.contains("--max-request-bytes"), size.err);
        Run taken = cli("serve", "--port", String.valueOf(server.port()));
        assertEquals(1, taken.code);
        assertTrue(taken.err.startsWith("statclaim: serve: cannot listen on 127.0.0.1:" + server.port()), taken.err);
        assertEquals(1, taken.err.lines().count(), taken.err);
    }

    @Test
    void aJsonAnswerKeepsNumbersDigitForDigit() {
        List<Outcome> o = RemoteClaims.outcomes("{\"documents\":[{\"doc\":\"d\",\"warning\":\"w\",\"claims\":[{\"doc\":\"d\",\"id\":1,"
                + "\"value\":0.0000001,\"value_max\":123456789012345678901234567890,\"delta\":-33.80,\"metric\":\"\\u6bdb\",\"change_from\":null}]},"
                + "{\"doc\":\"e\",\"error\":\"processing failed: x\"}]}");
        Outcome.Rows rows = (Outcome.Rows) o.get(0);
        assertEquals("w", rows.warning());
        org.statclaim.output.Row row = rows.rows().get(0);
        assertEquals("0.0000001", row.get(org.statclaim.output.Column.VALUE));
        assertEquals("123456789012345678901234567890", row.get(org.statclaim.output.Column.VALUE_MAX));
        assertEquals("-33.80", row.get(org.statclaim.output.Column.DELTA));
        assertEquals("", row.get(org.statclaim.output.Column.CHANGE_FROM));
        assertEquals("", row.get(org.statclaim.output.Column.SOURCE));
        assertEquals(new Outcome.Failed("e", "processing failed: x"), o.get(1));
    }
}
