package org.statclaim.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.statclaim.claim.Extractor;
import org.statclaim.input.Document;
import org.statclaim.input.DocumentReader;
import org.statclaim.input.InputError;
import org.statclaim.input.Inputs;
import org.statclaim.output.Column;
import org.statclaim.pipeline.DocumentPipeline;
import org.statclaim.pipeline.Outcome;

/**
 * The extraction of one partition, document by document, through the CLI's own
 * {@link DocumentPipeline} (a document longer than a part extracted in parts, as the CLI does):
 * decode with {@link DocumentReader}, extract, one row per claim. A document that cannot be
 * read or processed becomes one error row (its {@code _error} cell set) instead of failing the task.
 *
 * <p>Rows are produced lazily: a partition's documents are never all in memory at once.
 */
final class Extraction implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /**
     * The documents: {@code doc} and either {@code path} (a file's URI, read here), {@code text}
     * (from a table) or {@code problem} (an input that could not be listed).
     */
    static final StructType DOCS = new StructType()
            .add("doc", DataTypes.StringType, true)
            .add("path", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("problem", DataTypes.StringType, true);

    static final String ERROR = "_error";

    /** The contract's columns in order, all strings exactly as the CLI writes them, then {@link #ERROR}. */
    static final StructType RESULTS;

    static {
        StructType s = new StructType();
        for (Column c : Column.values()) {
            s = s.add(c.header(), DataTypes.StringType, true);
        }
        RESULTS = s.add(ERROR, DataTypes.StringType, true);
    }

    /** What the CLI's options say about reading and extracting; serializable for the executors. */
    record Settings(boolean allQuantities, String currency, String encoding, boolean lenient, String segmenter)
            implements Serializable {

        static Settings defaults() {
            return new Settings(false, null, null, false, null);
        }
    }

    /** The job's counters, summed on the driver. */
    record Counters(LongAccumulator documents, LongAccumulator claims, LongAccumulator failures,
                    LongAccumulator warnings) implements Serializable {
    }

    private final Settings settings;
    private final Counters counters;
    private final Broadcast<SerializableWritable<Configuration>> hadoopConf;

    /** @param hadoopConf the driver's Hadoop configuration, to read files that are not local; null if all are */
    Extraction(Settings settings, Counters counters, Broadcast<SerializableWritable<Configuration>> hadoopConf) {
        this.settings = settings;
        this.counters = counters;
        this.hadoopConf = hadoopConf;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> docs) {
        Extractor extractor = ExecutorModels.extractor(settings.segmenter());
        DocumentReader reader = new DocumentReader(settings.encoding() == null ? null : Charset.forName(settings.encoding()),
                settings.lenient());
        DocumentPipeline pipeline = new DocumentPipeline(() -> extractor,
                new Extractor.Options(settings.allQuantities(), settings.currency()), reader, false, DocumentPipeline.DEFAULT_PART);
        return new Iterator<>() {
            private final Deque<Row> pending = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && docs.hasNext()) {
                    process(docs.next(), reader, pipeline, pending);
                }
                return !pending.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.poll();
            }
        };
    }

    private void process(Row in, DocumentReader reader, DocumentPipeline pipeline, Deque<Row> out) {
        String name = in.getString(0);
        Document doc;
        try {
            doc = read(in, name, reader);
        } catch (InputError e) {
            out.add(error(name, e.getMessage()));
            return;
        }
        Outcome outcome = pipeline.extractWhole(doc);
        if (outcome instanceof Outcome.Failed f) {
            out.add(error(name, f.error()));
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (org.statclaim.output.Row r : ((Outcome.Rows) outcome).rows()) {
            Object[] cells = new Object[Column.values().length + 1];
            for (Column col : Column.values()) {
                cells[col.ordinal()] = r.get(col);
            }
            rows.add(RowFactory.create(cells));
        }
        out.addAll(rows);
        counters.documents().add(1);
        counters.claims().add(rows.size());
        if (doc.warning() != null) {
            counters.warnings().add(1);
        }
    }

    /** The decoded document; the same reader, checks and messages as the CLI. */
    private Document read(Row in, String name, DocumentReader reader) throws InputError {
        if (name == null) {
            throw new InputError("no id");
        }
        if (!in.isNullAt(3)) {
            throw new InputError(in.getString(3));
        }
        if (in.isNullAt(1)) {
            String text = in.isNullAt(2) ? null : in.getString(2);
            if (text == null || text.isBlank()) {
                throw new InputError(text == null ? "no text (null)" : "no text (only white space)");
            }
            if (text.indexOf('\0') >= 0) {
                throw new InputError("binary text (contains NUL characters)");
            }
            return new Document(name, text);
        }
        URI uri = new org.apache.hadoop.fs.Path(in.getString(1)).toUri();
        if ("file".equals(uri.getScheme())) {
            return reader.read(new Inputs.Input(name, Path.of(uri), null)); // the CLI's own path
        }
        if (hadoopConf == null) {
            throw new IllegalStateException("no Hadoop configuration for " + uri);
        }
        // another file system (hdfs:, s3a:...): DocumentReader reads local files, so through a temporary copy
        Path tmp = null;
        try {
            tmp = Files.createTempFile("statclaim-", ".doc");
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
            try (InputStream s = p.getFileSystem(hadoopConf.value().value()).open(p)) {
                Files.copy(s, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return reader.read(new Inputs.Input(name, tmp, null));
        } catch (java.io.FileNotFoundException e) {
            throw new InputError("no such file (it may have been removed during the run)");
        } catch (IOException e) {
            throw new InputError("cannot read: " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file; the executor's scratch space is cleaned by the cluster
                }
            }
        }
    }

    private Row error(String name, String reason) {
        counters.failures().add(1);
        Object[] cells = new Object[Column.values().length + 1];
        cells[Column.DOC.ordinal()] = name == null ? "" : name;
        cells[cells.length - 1] = reason;
        return RowFactory.create(cells);
    }
}
