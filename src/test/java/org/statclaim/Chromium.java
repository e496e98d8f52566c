package org.statclaim;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonObject;
import javax.json.JsonObjectBuilder;
import javax.json.JsonReader;
import javax.json.JsonValue;

/**
 * A headless Chromium driven through the DevTools protocol over the JDK's own WebSocket client
 * (no WebDriver, no new dependency): one page, real mouse and keyboard events, JavaScript
 * evaluation, screenshots, and every console error, uncaught exception and browser log error the
 * page causes (Content-Security-Policy violations included) collected in {@link #errors()}.
 *
 * <p>The browser runs with a fresh profile and everything that would reach the network off.
 */
public final class Chromium implements AutoCloseable {

    /** How long one protocol command, or one wait for a page condition, may take before the test fails. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser binary: $CHROMIUM, else the first of chromium, chromium-browser, google-chrome on the PATH; or null. */
    public static Path binary() {
        String told = System.getenv("CHROMIUM");
        if (told != null && !told.isBlank()) {
            return Path.of(told);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Starts a headless browser with a viewport of {@code width} x {@code height}; an
     * {@link IOException} says why it could not be started.
     */
    public static Chromium start(int width, int height) throws IOException {
        Path bin = binary();
        if (bin == null) {
            throw new IOException("no Chromium found (set CHROMIUM, or install the chromium package)");
        }
        Path profile = Files.createTempDirectory("statclaim-chromium-");
        List<String> cmd = List.of(bin.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--window-size=" + width + "," + height, "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank");
        Path log = profile.resolveSibling(profile.getFileName() + ".log");
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            deleteTree(profile);
            Files.deleteIfExists(log);
            throw e;
        }
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
                if (!p.isAlive()) {
                    throw new IOException("Chromium exited with code " + p.exitValue() + " (see " + profile + ".log)");
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("Chromium did not open its DevTools port within " + TIMEOUT.toSeconds() + " s");
                }
                Thread.sleep(100);
            }
            String port = Files.readAllLines(portFile).get(0).strip();
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String ws = null;
            for (JsonValue v : parse(list).asJsonArray()) {
                JsonObject target = v.asJsonObject();
                if (target.getString("type", "").equals("page")) {
                    ws = target.getString("webSocketDebuggerUrl");
                    break;
                }
            }
            if (ws == null) {
                throw new IOException("Chromium has no page target: " + list);
            }
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Chromium c = new Chromium(p, profile, socket);
            listener.owner = c;
            c.send("Page.enable", null);
            c.send("Runtime.enable", null);
            c.send("Log.enable", null);
            c.send("Emulation.setDeviceMetricsOverride", Json.createObjectBuilder().add("width", width).add("height", height)
                    .add("deviceScaleFactor", 1).add("mobile", false).build());
            return c;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while starting Chromium", e);
        } catch (IOException | RuntimeException | ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            deleteTree(profile); // the log stays: the message may point to it
            throw e instanceof IOException io ? io : new IOException("cannot connect to Chromium: " + e, e);
        }
    }

    /** Console errors, uncaught exceptions and log errors seen so far, one line each. */
    public List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    /** Sends one protocol command and waits for its result. */
    public JsonObject send(String method, JsonObject params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        JsonObjectBuilder msg = Json.createObjectBuilder().add("id", id).add("method", method);
        if (params != null) {
            msg.add("params", params);
        }
        socket.sendText(msg.build().toString(), true).join();
        try {
            JsonObject r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (r.containsKey("error")) {
                throw new IllegalStateException(method + ": " + r.get("error"));
            }
            return r.getJsonObject("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + ": no answer: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    /** Opens {@code url} and waits for its load event. */
    public void open(String url) {
        loaded = new CompletableFuture<>();
        send("Page.navigate", Json.createObjectBuilder().add("url", url).build());
        try {
            loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(url + " did not load: " + e, e);
        }
    }

    /** The value of a JavaScript expression in the page (JSON-able values; a promise is awaited). */
    public JsonValue eval(String expression) {
        JsonObject r = send("Runtime.evaluate", Json.createObjectBuilder().add("expression", expression)
                .add("returnByValue", true).add("awaitPromise", true).build());
        if (r.containsKey("exceptionDetails")) {
            throw new IllegalStateException("evaluating " + expression + ": " + r.get("exceptionDetails"));
        }
        JsonObject result = r.getJsonObject("result");
        return result.containsKey("value") ? result.get("value") : JsonValue.NULL;
    }

    public String evalString(String expression) {
        JsonValue v = eval(expression);
        return v.getValueType() == JsonValue.ValueType.STRING ? ((javax.json.JsonString) v).getString() : v.toString();
    }

    /** Waits until a JavaScript expression is true (the page reacts to some events in a later task). */
    public void waitFor(String condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        // an exception (an element not there yet) counts as false
        while (eval("(() => { try { return !!(" + condition + "); } catch (e) { return false; } })()") != JsonValue.TRUE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("still false after " + TIMEOUT.toSeconds() + " s: " + condition
                        + (errors().isEmpty() ? "" : "; the page's errors: " + errors()));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** A real left click (mouse moved, pressed, released) at the middle of the first element {@code selector} matches. */
    public void click(String selector) {
        JsonValue box = eval("(() => { const e = document.querySelector(" + jsString(selector) + "); if (!e) return null;"
                + " e.scrollIntoView({block: 'center'}); const r = e.getClientRects()[0] || e.getBoundingClientRect();"
                + " return [r.left + Math.min(r.width / 2, 4), r.top + r.height / 2]; })()");
        if (box == JsonValue.NULL) {
            throw new IllegalStateException("nothing to click: " + selector);
        }
        JsonArray xy = box.asJsonArray();
        double x = xy.getJsonNumber(0).doubleValue();
        double y = xy.getJsonNumber(1).doubleValue();
        mouse("mouseMoved", x, y, 0);
        mouse("mousePressed", x, y, 1);
        mouse("mouseReleased", x, y, 1);
    }

    private void mouse(String type, double x, double y, int clicks) {
        JsonObjectBuilder p = Json.createObjectBuilder().add("type", type).add("x", x).add("y", y);
        if (clicks > 0) {
            p.add("button", "left").add("buttons", type.equals("mousePressed") ? 1 : 0).add("clickCount", clicks);
        }
        send("Input.dispatchMouseEvent", p.build());
    }

    /** A key pressed and released on the focused element: a printable character such as {@code j}. */
    public void press(String key) {
        send("Input.dispatchKeyEvent", Json.createObjectBuilder().add("type", "keyDown").add("key", key).add("text", key).build());
        send("Input.dispatchKeyEvent", Json.createObjectBuilder().add("type", "keyUp").add("key", key).build());
    }

    /** Text typed into the focused element, as an input method would commit it. */
    public void type(String text) {
        send("Input.insertText", Json.createObjectBuilder().add("text", text).build());
    }

    /** A PNG of the viewport, written to {@code file}. */
    public void screenshot(Path file) throws IOException {
        eval("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"); // what was changed is painted
        JsonObject r = send("Page.captureScreenshot", Json.createObjectBuilder().add("format", "png").build());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(r.getString("data")));
    }

    /** {@code s} as a JavaScript string literal. */
    public static String jsString(String s) {
        return Json.createArrayBuilder().add(s).build().toString().replaceAll("^\\[|\\]$", "");
    }

    private void onMessage(String text) {
        JsonObject msg = parse(text).asJsonObject();
        if (msg.containsKey("id")) {
            CompletableFuture<JsonObject> f = pending.get(msg.getInt("id"));
            if (f != null) {
                f.complete(msg);
            }
            return;
        }
        String method = msg.getString("method", "");
        JsonObject params = msg.containsKey("params") ? msg.getJsonObject("params") : JsonValue.EMPTY_JSON_OBJECT;
        switch (method) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.consoleAPICalled" -> {
                String type = params.getString("type", "");
                if (type.equals("error") || type.equals("assert")) {
                    errors.add("console." + type + ": " + params.get("args"));
                }
            }
            case "Runtime.exceptionThrown" -> errors.add("uncaught: " + params.getJsonObject("exceptionDetails"));
            case "Log.entryAdded" -> {
                JsonObject entry = params.getJsonObject("entry");
                if (entry.getString("level", "").equals("error")) {
                    errors.add("log (" + entry.getString("source", "") + "): " + entry.getString("text", ""));
                }
            }
            default -> {
                // other events are not needed
            }
        }
    }

    private static JsonValue parse(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readValue();
        }
    }

    /** Joins a message's frames and hands it over whole. */
    private static final class Listener implements WebSocket.Listener {
        volatile Chromium owner;
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String msg = partial.toString();
                partial.setLength(0);
                if (owner != null) {
                    owner.onMessage(msg);
                }
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the process goes anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        deleteTree(profile);
        try {
            Files.deleteIfExists(profile.resolveSibling(profile.getFileName() + ".log"));
        } catch (IOException ignored) {
            // a temporary file
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }
}
