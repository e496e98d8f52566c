package org.statclaim.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The job: documents in (files, or a table with an id and a text column), the CLI's rows out
 * ({@code OUTPUT/claims}, partitioned: one part file per task), failed documents as rows of
 * {@code OUTPUT/errors} ({@code doc}, {@code reason}), and the counters. Nothing is collected on
 * the driver.
 *
 * <p>The extraction runs once: its result is persisted and written twice, filtered (claims,
 * then errors), so the accumulators count each document once.
 */
final class ClaimsJob {

    enum InputFormat {
        FILES, PARQUET, CSV, JSONL;

        /** By extension (compression suffixes ignored), FILES when nothing says it is a table. */
        static InputFormat detect(List<String> inputs) {
            InputFormat found = null;
            for (String in : inputs) {
                String n = in.toLowerCase(Locale.ROOT).replaceAll("/+$", "").replaceAll("\\.(gz|bz2|zst|lz4|snappy|deflate)$", "");
                InputFormat f = n.endsWith(".parquet") ? PARQUET : n.endsWith(".csv") ? CSV
                        : n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson") ? JSONL : FILES;
                if (found != null && f != found) {
                    throw new UsageException("inputs of different kinds (" + found.code() + ", " + f.code() + "): give --format-in");
                }
                found = f;
            }
            return found;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    enum OutputFormat {
        CSV, PARQUET
    }

    /** Everything the command line says. {@code format} null: detect; {@code partitions} null: as read. */
    record Spec(List<String> inputs, InputFormat format, String idCol, String textCol, String glob, Integer partitions,
                String output, OutputFormat outputFormat, boolean overwrite, Extraction.Settings settings) {
    }

    record Counts(long documents, long claims, long failures, long warnings) {
    }

    /** A mistake on the command line (exit code 2), found before any document is processed. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private ClaimsJob() {
    }

    static Counts run(SparkSession spark, Spec spec) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path claimsDir = new Path(spec.output(), "claims");
        Path errorsDir = new Path(spec.output(), "errors");
        if (!spec.overwrite()) {
            for (Path p : List.of(claimsDir, errorsDir)) {
                if (exists(p, conf)) {
                    throw new UsageException(p + " exists (remove it, or give --overwrite)");
                }
            }
        }
        InputFormat format = spec.format() != null ? spec.format() : InputFormat.detect(spec.inputs());
        Dataset<Row> docs = format == InputFormat.FILES ? files(spark, spec, conf) : table(spark, spec, format);

        var sc = spark.sparkContext();
        Extraction.Counters counters = new Extraction.Counters(sc.longAccumulator("statclaim documents"),
                sc.longAccumulator("statclaim claims"), sc.longAccumulator("statclaim failures"),
                sc.longAccumulator("statclaim warnings"));
        Dataset<Row> results = docs
                .mapPartitions(new Extraction(spec.settings(), counters,
                        JavaSparkContext.fromSparkContext(sc).broadcast(new SerializableWritable<>(conf))), Encoders.row(Extraction.RESULTS))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            write(results.filter(col(Extraction.ERROR).isNull()).drop(Extraction.ERROR), claimsDir, spec);
            // errors are few: one file
            write(results.filter(col(Extraction.ERROR).isNotNull())
                    .select(col("doc"), col(Extraction.ERROR).as("reason")).coalesce(1), errorsDir, spec);
        } finally {
            results.unpersist();
        }
        return new Counts(counters.documents().value(), counters.claims().value(), counters.failures().value(),
                counters.warnings().value());
    }

    /**
     * Files as {@link Extraction#DOCS} rows, listed on the driver ({@link FileListing}) and
     * spread over {@code --partitions} partitions (default: four per core, more for large
     * corpora so that a task holds at most about 2,000 documents). Only names travel: each
     * executor reads its files, local ones with the CLI's reader as the CLI does.
     */
    private static Dataset<Row> files(SparkSession spark, Spec spec, Configuration conf) {
        List<Row> rows = new ArrayList<>();
        for (FileListing.Entry e : FileListing.list(spec.inputs(), spec.glob(), conf)) {
            rows.add(RowFactory.create(e.doc(), e.uri(), null, e.problem()));
        }
        int slices = spec.partitions() != null ? spec.partitions()
                : Math.max(1, Math.min(rows.size(), Math.max(4 * spark.sparkContext().defaultParallelism(), (rows.size() + 1999) / 2000)));
        JavaRDD<Row> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, slices);
        return spark.createDataFrame(rdd, Extraction.DOCS);
    }

    /** A table's rows as {@link Extraction#DOCS} rows: its id column (as text) names the document. */
    private static Dataset<Row> table(SparkSession spark, Spec spec, InputFormat format) {
        String[] paths = spec.inputs().toArray(new String[0]);
        Dataset<Row> t = switch (format) {
            case PARQUET -> spark.read().parquet(paths);
            case JSONL -> spark.read().json(paths);
            case CSV -> spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").csv(paths);
            case FILES -> throw new IllegalArgumentException("not a table");
        };
        List<String> columns = Arrays.asList(t.columns());
        for (String c : List.of(spec.idCol(), spec.textCol())) {
            if (!columns.contains(c)) {
                throw new UsageException("the input has no column '" + c + "' (its columns: " + String.join(", ", columns)
                        + "; see --id-col, --text-col)");
            }
        }
        Dataset<Row> docs = t.select(col(spec.idCol()).cast("string").as("doc"), lit(null).cast("string").as("path"),
                col(spec.textCol()).cast("string").as("text"), lit(null).cast("string").as("problem"));
        return spec.partitions() == null ? docs : docs.repartition(spec.partitions());
    }

    /**
     * CSV as the contract says (RFC 4180: quotes doubled, a header row in each part file, no
     * trimming, empty cells empty) or Parquet; all columns are strings, the CLI's cells.
     */
    private static void write(Dataset<Row> rows, Path dir, Spec spec) {
        DataFrameWriter<Row> w = rows.write().mode(spec.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        if (spec.outputFormat() == OutputFormat.PARQUET) {
            w.parquet(dir.toString());
        } else {
            w.option("header", "true").option("quote", "\"").option("escape", "\"")
                    .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false")
                    .option("emptyValue", "").option("nullValue", "").option("lineSep", "\n").option("encoding", "UTF-8")
                    .csv(dir.toString());
        }
    }

    private static boolean exists(Path p, Configuration conf) {
        try {
            return p.getFileSystem(conf).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
