package org.statclaim.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load generator used by bench/serve (not a test: timings never fail anything):
 *
 * <pre>
 *   ServeBench URL FILE CLIENTS WARMUP_S SECONDS
 * </pre>
 * {@code CLIENTS} loops each POST FILE to URL/claims one request after the other, for
 * {@code WARMUP_S} seconds unmeasured (the JIT compiler's), then {@code SECONDS} measured; prints
 * one line: {@code serve clients=C requests=N rps=R p50_ms=.. p90_ms=.. p99_ms=.. max_ms=.. errors=E}.
 * Every answer must equal the first one (the rows do not change under load).
 */
public final class ServeBench {

    private ServeBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        int clients = Integer.parseInt(args[2]);
        double warmup = Double.parseDouble(args[3]);
        double seconds = Double.parseDouble(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/claims?doc=" + URLEncoder.encode(args[1], StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        String expected = http.send(request, HttpResponse.BodyHandlers.ofString()).body();

        long start = System.nanoTime();
        long measureFrom = start + (long) (warmup * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        return latencies;
                    }
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long t1 = System.nanoTime();
                    if (r.statusCode() != 200 || !r.body().equals(expected)) {
                        errors.incrementAndGet();
                    }
                    if (t0 >= measureFrom && t1 <= end) {
                        latencies.add(t1 - t0);
                    }
                }
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Collections.sort(all);
        System.out.printf(Locale.ROOT, "serve clients=%d requests=%d rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d%n",
                clients, all.size(), all.size() / seconds, pct(all, 50), pct(all, 90), pct(all, 99),
                all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6, errors.get());
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
