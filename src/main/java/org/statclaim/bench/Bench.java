package org.statclaim.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.statclaim.claim.Extractor;
import org.statclaim.input.Document;
import org.statclaim.nlp.ChineseNlp;
import org.statclaim.quantity.QuantityRecognizer;

/**
 * Benchmark driver used by bench/run (not a test: timings never fail anything).
 *
 * <pre>
 *   Bench plain    DIR MAXCHARS      plain CoreNLP (tokenize,ssplit,pos,lemma,ner, chinese properties)
 *   Bench statclaim DIR THREADS      statclaim's full extraction
 *   Bench loop DIR THREADS PASSES    statclaim, warm passes repeated (for profiles and A/B runs)
 * </pre>
 * Each prints one line of key=value figures: load seconds, a cold pass and a warm pass in
 * characters per second.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<String> docs = read(Path.of(args[1]));
        long chars = docs.stream().mapToLong(String::length).sum();
        if (args[0].equals("plain")) {
            plain(docs, Long.parseLong(args[2]));
        } else if (args[0].equals("loop")) {
            loop(docs, chars, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else {
            statclaim(docs, chars, Integer.parseInt(args[2]));
        }
    }

    private static List<String> read(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void plain(List<String> docs, long maxChars) {
        long t0 = System.nanoTime();
        Properties props = new Properties();
        try (var in = Bench.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-chinese.properties")) {
            props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        double load = (System.nanoTime() - t0) / 1e9;
        // models load lazily in places: a tiny first document is part of loading
        nlp.annotate(new Annotation("中国经济增长了5%。"));
        load = (System.nanoTime() - t0) / 1e9;
        List<String> sample = new ArrayList<>();
        long n = 0;
        for (String d : docs) {
            if (n >= maxChars) {
                break;
            }
            sample.add(d);
            n += d.length();
        }
        double cold = pass(sample, d -> nlp.annotate(new Annotation(d)));
        double warm = pass(sample, d -> nlp.annotate(new Annotation(d)));
        System.out.printf(Locale.ROOT, "plain load_s=%.2f chars=%d cold_cps=%.0f warm_cps=%.0f%n", load, n, n / cold, n / warm);
    }

    private static void statclaim(List<String> docs, long chars, int threads) throws Exception {
        long t0 = System.nanoTime();
        Extractor ex = new Extractor(QuantityRecognizer.standard(), ChineseNlp.shared(null));
        ex.extract(new Document("warmup", "中国经济增长了5%。"), Extractor.Options.defaults());
        double load = (System.nanoTime() - t0) / 1e9;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] claims = new long[1];
        double cold = parallelPass(docs, ex, pool, claims);
        double warm = parallelPass(docs, ex, pool, claims);
        pool.shutdown();
        System.out.printf(Locale.ROOT, "statclaim load_s=%.2f chars=%d threads=%d cold_cps=%.0f warm_cps=%.0f claims=%d%n",
                load, chars, threads, chars / cold, chars / warm, claims[0]);
    }

    private static void loop(List<String> docs, long chars, int threads, int passes) throws Exception {
        long t0 = System.nanoTime();
        Extractor ex = new Extractor(QuantityRecognizer.standard(), ChineseNlp.shared(null));
        ex.extract(new Document("warmup", "中国经济增长了5%。"), Extractor.Options.defaults());
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "load_s=%.2f load_cpu_s=%.2f%n", (System.nanoTime() - t0) / 1e9, os.getProcessCpuTime() / 1e9);
        List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread w = new Thread(r);
            workers.add(w);
            return w;
        });
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] claims = new long[1];
        if (Boolean.getBoolean("bench.gc")) {
            long g = System.nanoTime();
            System.gc();
            System.out.printf(Locale.ROOT, "System.gc %.2f s%n", (System.nanoTime() - g) / 1e9);
        }
        parallelPass(docs, ex, pool, claims); // cold
        double[] cps = new double[passes];
        for (int i = 0; i < passes; i++) {
            long cpu0 = os.getProcessCpuTime();
            long w0 = workers.stream().mapToLong(w -> mx.getThreadCpuTime(w.getId())).sum();
            double secs = parallelPass(docs, ex, pool, claims);
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            double wcpu = (workers.stream().mapToLong(w -> mx.getThreadCpuTime(w.getId())).sum() - w0) / 1e9;
            cps[i] = chars / secs;
            System.out.printf(Locale.ROOT, "pass %d warm_cps=%.0f wall_s=%.2f process_cpu_s=%.2f worker_cpu_s=%.2f%n", i + 1, cps[i], secs, cpu, wcpu);
        }
        pool.shutdown();
        java.util.Arrays.sort(cps);
        System.out.printf(Locale.ROOT, "loop threads=%d passes=%d median_cps=%.0f best_cps=%.0f claims=%d%n",
                threads, passes, cps[passes / 2], cps[passes - 1], claims[0]);
    }

    private static double parallelPass(List<String> docs, Extractor ex, ExecutorService pool, long[] claims) throws Exception {
        long t = System.nanoTime();
        List<Future<Integer>> fs = new ArrayList<>();
        for (String d : docs) {
            fs.add(pool.submit(() -> ex.extract(new Document("d", d), Extractor.Options.defaults()).size()));
        }
        long c = 0;
        for (Future<Integer> f : fs) {
            c += f.get();
        }
        claims[0] = c;
        return (System.nanoTime() - t) / 1e9;
    }

    private static double pass(List<String> docs, java.util.function.Consumer<String> f) {
        long t = System.nanoTime();
        docs.forEach(f);
        return (System.nanoTime() - t) / 1e9;
    }
}
