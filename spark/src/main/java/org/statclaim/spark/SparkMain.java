package org.statclaim.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.statclaim.cli.ExitCode;
import org.statclaim.cli.ExtractionOptions;
import org.statclaim.cli.InputOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spark-submit --class org.statclaim.spark.SparkMain statclaim-spark.jar [OPTIONS] INPUT...}:
 * the CLI's extraction on a Spark cluster. The counters go to stderr; exit code 2 for a usage
 * error, else 0 (failed documents are rows of OUTPUT/errors, not a failed job).
 */
@Command(name = "statclaim-spark", mixinStandardHelpOptions = true, sortOptions = false,
        version = "statclaim-spark 0.1.0 (Apache Spark 4.x, Stanford CoreNLP 4.5.10)",
        description = {"Extracts the numeric claims of Chinese documents with Apache Spark: the same rows as the",
                "statclaim CLI, written to OUTPUT/claims (CSV or Parquet, one part file per task); documents",
                "that fail are rows of OUTPUT/errors (doc, reason). Counters go to stderr."},
        footer = {"", "Example: spark-submit --class org.statclaim.spark.SparkMain --jars statclaim-models-chinese-slim-4.5.10.jar \\",
                "           statclaim-spark.jar --output out/ hdfs:///corpus/"})
public final class SparkMain implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = {"A directory (searched recursively for --glob), a file, or a glob of text files;",
                    "or a Parquet, CSV or JSON Lines table (by extension or --format-in). Any Hadoop file system URI."})
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Writes DIR/claims and DIR/errors.")
    String output;

    @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv (default) or parquet.")
    String outputFormat;

    @Option(names = "--overwrite", description = "Replace DIR/claims and DIR/errors if they exist.")
    boolean overwrite;

    @Option(names = "--format-in", paramLabel = "FORMAT",
            description = "files, parquet, csv or jsonl (default: by the inputs' extension, else files).")
    String formatIn;

    @Option(names = "--id-col", paramLabel = "NAME", defaultValue = "id", description = "Table input: the column naming each document (default: ${DEFAULT-VALUE}).")
    String idCol;

    @Option(names = "--text-col", paramLabel = "NAME", defaultValue = "text", description = "Table input: the text column (default: ${DEFAULT-VALUE}).")
    String textCol;

    /** --glob, --encoding, --lenient: the CLI's. */
    @Mixin
    InputOptions in;

    @Option(names = "--partitions", paramLabel = "N", description = {"Spread the documents over N partitions (default: files: 4 per core, at most",
                    "about 2,000 documents each; tables: as read)."})
    Integer partitions;

    /** --all-quantities, --currency, --segmenter: the CLI's. */
    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit, e.g. local[2].")
    String master;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        if (code != ExitCode.OK) {
            System.exit(code); // success returns normally: cluster managers read an exit from main as a failure
        }
    }

    /** Runs the command; tests call this. A Spark session already running in the JVM is used and left running. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("statclaim-spark: " + ex.getMessage());
            err.println("Try 'statclaim-spark --help' for more information.");
            return ExitCode.USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ClaimsJob.InputFormat inFormat;
        ClaimsJob.OutputFormat outFormat;
        try {
            inFormat = formatIn == null ? null : ClaimsJob.InputFormat.valueOf(formatIn.toUpperCase(Locale.ROOT));
            outFormat = ClaimsJob.OutputFormat.valueOf(outputFormat.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "--format-in must be files, parquet, csv or jsonl; --output-format csv or parquet");
        }
        if (partitions != null && partitions < 1) {
            throw new ParameterException(spec.commandLine(), "--partitions must be at least 1");
        }
        ClaimsJob.Spec job = new ClaimsJob.Spec(inputs, inFormat, idCol, textCol, in.glob(), partitions, output, outFormat, overwrite,
                new Extraction.Settings(extraction.allQuantities(), extraction.currency(),
                        in.encoding() == null ? null : in.encoding().name(), in.lenient(), extraction.segmenter()));

        boolean running = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        SparkSession.Builder builder = SparkSession.builder().appName("statclaim");
        if (master != null) {
            builder = builder.master(master);
        }
        SparkSession spark = builder.getOrCreate();
        long t0 = System.nanoTime();
        try {
            ClaimsJob.Counts c = ClaimsJob.run(spark, job);
            err.printf(Locale.ROOT, "statclaim-spark: %d document%s, %d claim%s, %d failed%s, %.1f s -> %s/claims, %s/errors%n",
                    c.documents(), c.documents() == 1 ? "" : "s", c.claims(), c.claims() == 1 ? "" : "s", c.failures(),
                    c.warnings() > 0 ? ", " + c.warnings() + " decoded with replacements" : "",
                    (System.nanoTime() - t0) / 1e9, output, output);
            return ExitCode.OK;
        } catch (ClaimsJob.UsageException e) {
            err.println("statclaim-spark: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (Exception e) {
            if (e instanceof org.apache.spark.sql.AnalysisException) { // a table that is not there, a bad path
                err.println("statclaim-spark: " + e.getMessage());
                return ExitCode.USAGE;
            }
            throw e;
        } finally {
            if (!running) {
                spark.stop();
            }
        }
    }
}
