package org.statclaim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.statclaim.claim.Extractor;
import org.statclaim.nlp.ChineseNlp;
import org.statclaim.quantity.QuantityRecognizer;
import org.statclaim.server.ClaimServer;
import org.statclaim.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code statclaim serve}: loads the models once and answers {@code POST /claims} over HTTP
 * ({@link ClaimServer}) until it gets SIGTERM or Ctrl-C, which finish the requests in flight.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Serves claims over HTTP, the models loaded once.",
                "POST /claims (a document, or a JSON batch of {id, text}), GET /health and",
                "GET /version. One line on stderr when ready; SIGTERM stops it after the",
                "requests in flight."},
        footer = {"", "Example: statclaim serve &",
                "  curl --data-binary @a.txt 'http://127.0.0.1:8321/claims?doc=a.txt'",
                "  statclaim --server http://127.0.0.1:8321 samples/"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--threads", paramLabel = "N", description = "Extractions at once (default: available cores).")
    Integer threads;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_QUEUE,
            description = "Requests that may wait for a thread; more are answered 429 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--max-request-bytes", paramLabel = "SIZE", defaultValue = "16M", converter = Size.class,
            description = "Largest request body, bytes or with K/M/G (default: ${DEFAULT-VALUE}); larger: 413.")
    long maxRequestBytes;

    @Option(names = "--max-document-chars", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_DOCUMENT_CHARS,
            description = "Longest document once decoded, in characters (default: ${DEFAULT-VALUE}); longer: 413.")
    int maxDocumentChars;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Most a request may take, waiting included (default: ${DEFAULT-VALUE}); later: 504, its extraction abandoned.")
    double timeLimit;

    @Option(names = "--segmenter", paramLabel = "MODEL", hidden = true, description = "CoreNLP segmenter model path (default: ctb.small.gz).")
    String segmenter;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1 || queue < 0 || maxDocumentChars < 1 || !(timeLimit > 0)) {
            throw new ParameterException(spec.commandLine(), "--threads, --max-document-chars and --time-limit must be positive, --queue at least 0");
        }
        PrintWriter err = spec.commandLine().getErr();
        ServerSettings settings = new ServerSettings(host, port, nThreads, queue, maxRequestBytes, maxDocumentChars,
                Duration.ofMillis((long) (timeLimit * 1000)), Version.statclaim(), Version.CORENLP);
        long t0 = System.nanoTime();
        CompletableFuture<Extractor> models = new CompletableFuture<>();
        ClaimServer server;
        try {
            server = ClaimServer.start(settings, models); // listening while the models load: /health says "loading"
        } catch (IOException | RuntimeException e) {
            err.println("statclaim: serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return ExitCode.SOME_FAILED;
        }
        try {
            models.complete(new Extractor(QuantityRecognizer.standard(), ChineseNlp.shared(segmenter)));
        } catch (RuntimeException e) {
            models.completeExceptionally(e);
            err.println("statclaim: serve: cannot load the CoreNLP Chinese models: " + e.getMessage());
            server.stop(Duration.ZERO);
            return ExitCode.SOME_FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("statclaim: stopping: finishing the requests in flight");
            server.stop(settings.timeLimit().plusSeconds(5));
            err.printf(Locale.ROOT, "statclaim: stopped after %d requests%n", server.served());
            err.flush();
            stopped.countDown();
        }, "statclaim-shutdown"));
        err.printf(Locale.ROOT, "statclaim: ready on %s (models loaded in %.1f s, %d thread%s, queue %d, time limit %s s)%n", server.url(),
                (System.nanoTime() - t0) / 1e9, nThreads, nThreads == 1 ? "" : "s", queue, fmt(timeLimit));
        err.flush();
        stopped.await(); // until SIGTERM or Ctrl-C: the shutdown hook ends the process
        return ExitCode.OK;
    }

    private static String fmt(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }

    /** A size in bytes: {@code 1048576}, {@code 512K}, {@code 16M}, {@code 1G}. */
    static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,12})([KkMmGg]?)").matcher(value.trim());
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new TypeConversionException("'" + value + "' is not a size such as 1048576, 512K, 16M");
            }
            int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
                case "K" -> 10;
                case "M" -> 20;
                case "G" -> 30;
                default -> 0;
            };
            return Long.parseLong(m.group(1)) << shift;
        }
    }
}
