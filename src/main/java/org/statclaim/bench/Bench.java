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
 * Each prints one line of key=value figures: load seconds and, in characters per second, the
 * cold first pass, the second pass (the JIT compiler is still at work then) and the warm figure:
 * the median of 3 passes once the JIT compiler is quiet, the same procedure for both sides.
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

    /** Warm-up ends when a pass's process CPU is within this factor of its workers' CPU. */
    private static final double JIT_QUIET = 1.10;
    /** ... or after this many seconds of warm-up passes, whichever comes first. */
    private static final double MAX_WARMUP_S = Double.parseDouble(System.getProperty("bench.maxWarmup", "120"));
    private static final int MEASURED_PASSES = 3;
    /** The sentence that loads every model before a timed pass (warmup.txt). */
    private static final String WARMUP = org.statclaim.text.ResourceText.lines(Bench.class, "warmup.txt").get(0).strip();

    /**
     * One pass over the corpus and what it cost: wall seconds, CPU seconds of the whole process
     * and of the threads doing the work. Everything else the process burns (JIT compiler, GC)
     * is the difference.
     */
    private record Cost(double wall, double processCpu, double workerCpu) {
    }

    private interface Pass {
        Cost run() throws Exception;
    }

    /**
     * Runs {@code pass} once cold, then warm-up passes until the JIT compiler is quiet (a pass's
     * process CPU within {@link #JIT_QUIET} of its workers' CPU: on a 2-core machine the
     * compiler otherwise runs beside the workers for tens of seconds, and a two-thread run pays
     * for it twice), then {@link #MEASURED_PASSES} passes whose median is the warm figure.
     * Returns "cold_cps=… second_cps=… warm_cps=… warmup_passes=… warmup_s=… jit_quiet=…".
     */
    private static String measure(long chars, Pass pass) throws Exception {
        Cost cold = pass.run();
        Cost second = null;
        int warmups = 0;
        double warmupS = 0;
        boolean quiet = false;
        while (!quiet && warmupS < MAX_WARMUP_S) {
            Cost c = pass.run();
            if (second == null) {
                second = c;
            }
            warmups++;
            warmupS += c.wall();
            quiet = warmups >= 2 && c.processCpu() <= JIT_QUIET * c.workerCpu();
            System.err.printf(Locale.ROOT, "warm-up pass %d: %.0f chars/s, process CPU %.2f s, workers %.2f s%n",
                    warmups, chars / c.wall(), c.processCpu(), c.workerCpu());
        }
        double[] cps = new double[MEASURED_PASSES];
        for (int i = 0; i < cps.length; i++) {
            cps[i] = chars / pass.run().wall();
        }
        java.util.Arrays.sort(cps);
        return String.format(Locale.ROOT, "cold_cps=%.0f second_cps=%.0f warm_cps=%.0f warmup_passes=%d warmup_s=%.1f jit_quiet=%b",
                chars / cold.wall(), chars / second.wall(), cps[cps.length / 2], warmups, warmupS, quiet);
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static Cost timed(java.util.function.LongSupplier workerCpuNanos, Runnable work) {
        long t = System.nanoTime();
        long cpu = OS.getProcessCpuTime();
        long w = workerCpuNanos.getAsLong();
        work.run();
        return new Cost((System.nanoTime() - t) / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9, (workerCpuNanos.getAsLong() - w) / 1e9);
    }

    private static void plain(List<String> docs, long maxChars) throws Exception {
        long t0 = System.nanoTime();
        Properties props = new Properties();
        try (var in = Bench.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-chinese.properties")) {
            props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        // models load lazily in places: a tiny first document is part of loading
        nlp.annotate(new Annotation(WARMUP));
        double load = (System.nanoTime() - t0) / 1e9;
        List<String> sample = new ArrayList<>();
        long n = 0;
        for (String d : docs) {
            if (n >= maxChars) {
                break;
            }
            sample.add(d);
            n += d.length();
        }
        String figures = measure(n, () -> timed(THREADS::getCurrentThreadCpuTime,
                () -> sample.forEach(d -> nlp.annotate(new Annotation(d)))));
        System.out.printf(Locale.ROOT, "plain load_s=%.2f chars=%d %s%n", load, n, figures);
    }

    private static void statclaim(List<String> docs, long chars, int threads) throws Exception {
        long t0 = System.nanoTime();
        Extractor ex = new Extractor(QuantityRecognizer.standard(), ChineseNlp.shared(null));
        ex.extract(new Document("warmup", WARMUP), Extractor.Options.defaults());
        double load = (System.nanoTime() - t0) / 1e9;
        List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread w = new Thread(r);
            workers.add(w);
            return w;
        });
        long[] claims = new long[1];
        String figures = measure(chars, () -> timed(
                () -> workers.stream().mapToLong(w -> THREADS.getThreadCpuTime(w.getId())).sum(),
                () -> parallelPass(docs, ex, pool, claims)));
        pool.shutdown();
        System.out.printf(Locale.ROOT, "statclaim load_s=%.2f chars=%d threads=%d %s claims=%d%n",
                load, chars, threads, figures, claims[0]);
    }

    private static void loop(List<String> docs, long chars, int threads, int passes) throws Exception {
        long t0 = System.nanoTime();
        Extractor ex = new Extractor(QuantityRecognizer.standard(), ChineseNlp.shared(null));
        ex.extract(new Document("warmup", WARMUP), Extractor.Options.defaults());
        System.out.printf(Locale.ROOT, "load_s=%.2f load_cpu_s=%.2f%n", (System.nanoTime() - t0) / 1e9, OS.getProcessCpuTime() / 1e9);
        List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread w = new Thread(r);
            workers.add(w);
            return w;
        });
        long[] claims = new long[1];
        if (Boolean.getBoolean("bench.gc")) {
            long g = System.nanoTime();
            System.gc();
            System.out.printf(Locale.ROOT, "System.gc %.2f s%n", (System.nanoTime() - g) / 1e9);
        }
        parallelPass(docs, ex, pool, claims); // cold
        double[] cps = new double[passes];
        for (int i = 0; i < passes; i++) {
            Cost c = timed(() -> workers.stream().mapToLong(w -> THREADS.getThreadCpuTime(w.getId())).sum(),
                    () -> parallelPass(docs, ex, pool, claims));
            cps[i] = chars / c.wall();
            System.out.printf(Locale.ROOT, "pass %d warm_cps=%.0f wall_s=%.2f process_cpu_s=%.2f worker_cpu_s=%.2f%n",
                    i + 1, cps[i], c.wall(), c.processCpu(), c.workerCpu());
        }
        pool.shutdown();
        java.util.Arrays.sort(cps);
        System.out.printf(Locale.ROOT, "loop threads=%d passes=%d median_cps=%.0f best_cps=%.0f claims=%d%n",
                threads, passes, cps[passes / 2], cps[passes - 1], claims[0]);
    }

    private static double parallelPass(List<String> docs, Extractor ex, ExecutorService pool, long[] claims) {
        long t = System.nanoTime();
        List<Future<Integer>> fs = new ArrayList<>();
        for (String d : docs) {
            fs.add(pool.submit(() -> ex.extract(new Document("d", d), Extractor.Options.defaults()).size()));
        }
        long c = 0;
        try {
            for (Future<Integer> f : fs) {
                c += f.get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        claims[0] = c;
        return (System.nanoTime() - t) / 1e9;
    }
}
