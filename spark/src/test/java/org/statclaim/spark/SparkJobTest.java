package org.statclaim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statclaim.cli.Main;
import org.statclaim.output.Column;

/**
 * The job in local[2] against the CLI itself (org.statclaim.cli.Main, in this JVM, writing a
 * temporary file): the same rows, all columns, in any order. The models come from the slim jar
 * only (see the surefire configuration), so this also checks that jar.
 */
class SparkJobTest {

    static final Path SAMPLES = Path.of(System.getProperty("statclaim.samples", "../samples"));
    static final List<String> HEADER = Arrays.stream(Column.values()).map(Column::header).toList();

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("statclaim-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run job(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkMain.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The CLI's rows for {@code args}, each as its cells in column order. */
    static List<List<String>> cliRows(Path tmp, String... args) throws IOException {
        Path csv = Files.createTempFile(tmp, "cli-", ".csv");
        List<String> all = new ArrayList<>(List.of("-q", "-o", csv.toString()));
        all.addAll(List.of(args));
        Run r = cli(all.toArray(new String[0]));
        assertTrue(r.code == 0 || r.code == 1, r.err);
        return csv(csv, HEADER);
    }

    /** The records of a CSV file, after checking its header. */
    static List<List<String>> csv(Path file, List<String> header) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            assertEquals(header, p.getHeaderNames(), file.toString());
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : p) {
                rows.add(rec.toList());
            }
            return rows;
        }
    }

    /** All rows of a Spark CSV output directory (one header per part file). */
    static List<List<String>> sparkCsv(Path dir, List<String> header) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                rows.addAll(csv(part, header));
            }
        }
        return rows;
    }

    static List<List<String>> sparkParquet(Path dir) {
        List<List<String>> rows = new ArrayList<>();
        for (Row r : spark.read().parquet(dir.toString()).collectAsList()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                cells.add(r.isNullAt(i) ? null : r.getString(i));
            }
            rows.add(cells);
        }
        return rows;
    }

    static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> s = new ArrayList<>(rows);
        s.sort(Comparator.comparing(r -> String.join("\u0001", r)));
        return s;
    }

    static final Pattern COUNTERS = Pattern.compile("statclaim-spark: (\\d+) documents?, (\\d+) claims?, (\\d+) failed");

    static long[] counters(Run r) {
        Matcher m = COUNTERS.matcher(r.err);
        assertTrue(m.find(), r.err);
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    @Test
    void samplesGiveTheCliRows(@TempDir Path tmp) throws IOException {
        String dir = SAMPLES + "/";
        List<List<String>> expected = sorted(cliRows(tmp, dir));
        assertTrue(expected.size() > 10, "the samples hold claims: " + expected.size());

        Run r = job("--output", tmp.resolve("out").toString(), dir);
        assertEquals(0, r.code, r.err);
        assertEquals(expected, sorted(sparkCsv(tmp.resolve("out/claims"), HEADER)));
        assertEquals(List.of(), sparkCsv(tmp.resolve("out/errors"), List.of("doc", "reason")));
        long[] c = counters(r);
        assertEquals(5, c[0]);
        assertEquals(expected.size(), c[1]);
        assertEquals(0, c[2]);

        // a glob names documents as the shell's expansion would for the CLI
        Run g = job("--output", tmp.resolve("glob").toString(), SAMPLES + "/*.txt");
        assertEquals(0, g.code, g.err);
        assertEquals(expected, sorted(sparkCsv(tmp.resolve("glob/claims"), HEADER)));
    }

    @Test
    void badFilesAreErrorRowsNotAFailedJob(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        String sample = Files.readString(SAMPLES.resolve("003_c616ea0639e1c390.txt"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("good.txt"), sample, StandardCharsets.UTF_8);
        Files.write(dir.resolve("gbk.txt"), sample.getBytes(Charset.forName("GB18030"))); // detected, as in the CLI
        Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, (byte) 0xff, 0});
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("undecodable.txt"), new byte[] {(byte) 0xe4, (byte) 0xb8, 'a', (byte) 0xff, (byte) 0xff, (byte) 0xff});
        Files.writeString(dir.resolve("skipped.md"), "增长了5%。"); // not *.{txt,html,htm}
        Files.writeString(dir.resolve("page.HTML"), "<html><body><nav>首页</nav><p>" + sample.replace("\n", "</p><p>") + "</p></body></html>");
        Files.writeString(dir.resolve("_draft.txt"), sample, StandardCharsets.UTF_8); // Spark's sources would skip it

        String missing = tmp.resolve("missing.txt").toString();
        Run cli = cli("-q", "-o", tmp.resolve("cli.csv").toString(), dir.toString(), missing);
        assertEquals(1, cli.code, cli.err);
        Map<String, String> cliErrors = new TreeMap<>();
        for (String line : cli.err.split("\n")) {
            Matcher m = Pattern.compile("statclaim: (.+?\\.txt): (.+)").matcher(line.strip());
            if (m.matches()) {
                cliErrors.put(m.group(1), m.group(2));
            }
        }
        assertEquals(4, cliErrors.size(), cli.err);

        Run r = job("--output", tmp.resolve("out").toString(), dir.toString(), missing);
        assertEquals(0, r.code, r.err);
        Map<String, String> errors = new TreeMap<>();
        for (List<String> row : sparkCsv(tmp.resolve("out/errors"), List.of("doc", "reason"))) {
            errors.put(row.get(0), row.get(1));
        }
        assertEquals(cliErrors, errors);
        List<List<String>> rows = sparkCsv(tmp.resolve("out/claims"), HEADER);
        assertEquals(sorted(csv(tmp.resolve("cli.csv"), HEADER)), sorted(rows));
        long[] c = counters(r);
        assertEquals(4, c[0]); // good, gbk, page.HTML, _draft
        assertEquals(rows.size(), c[1]);
        assertEquals(4, c[2]);
    }

    @Test
    void tablesWithIdAndTextColumns(@TempDir Path tmp) throws IOException {
        String a = "003_c616ea0639e1c390.txt";
        String b = "002_f0faf66cd39f5d72.txt";
        // the CLI's rows for the two files, named by the ids the table gives them
        Map<String, String> ids = Map.of(SAMPLES.resolve(a).toString(), "doc-a", SAMPLES.resolve(b).toString(), "doc-b");
        List<List<String>> expected = new ArrayList<>();
        for (List<String> row : cliRows(tmp, SAMPLES.resolve(a).toString(), SAMPLES.resolve(b).toString())) {
            List<String> r = new ArrayList<>(row);
            r.set(0, ids.get(row.get(0)));
            expected.add(r);
        }
        expected = sorted(expected);

        // JSON Lines in, Parquet out
        Path jsonl = tmp.resolve("docs.jsonl");
        String textA = Files.readString(SAMPLES.resolve(a));
        String textB = Files.readString(SAMPLES.resolve(b));
        Files.writeString(jsonl, String.join("\n",
                "{\"key\":\"doc-a\",\"body\":" + json(textA) + "}",
                "{\"key\":\"doc-b\",\"body\":" + json(textB) + "}",
                "{\"key\":\"blank\",\"body\":\"  \\n \"}",
                "{\"key\":\"missing\"}") + "\n");
        Run r = job("--output", tmp.resolve("out").toString(), "--output-format", "parquet", "--id-col", "key",
                "--text-col", "body", jsonl.toString());
        assertEquals(0, r.code, r.err);
        assertEquals(expected, sorted(sparkParquet(tmp.resolve("out/claims"))));
        assertEquals(HEADER, Arrays.asList(spark.read().parquet(tmp.resolve("out/claims").toString()).columns()));
        assertEquals(sorted(List.of(List.of("blank", "no text (only white space)"), List.of("missing", "no text (null)"))),
                sorted(sparkParquet(tmp.resolve("out/errors"))));
        long[] c = counters(r);
        assertEquals(2, c[0]);
        assertEquals(expected.size(), c[1]);
        assertEquals(2, c[2]);

        // Parquet in (numeric ids become text), CSV out, detected by extension
        StructType schema = new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType);
        spark.createDataFrame(List.of(RowFactory.create(7L, textA), RowFactory.create(8L, textB)), schema)
                .write().parquet(tmp.resolve("docs.parquet").toString());
        Run p = job("--output", tmp.resolve("out2").toString(), tmp.resolve("docs.parquet").toString());
        assertEquals(0, p.code, p.err);
        List<List<String>> renamed = expected.stream().map(row -> {
            List<String> x = new ArrayList<>(row);
            x.set(0, row.get(0).equals("doc-a") ? "7" : "8");
            return x;
        }).collect(Collectors.toList());
        assertEquals(sorted(renamed), sorted(sparkCsv(tmp.resolve("out2/claims"), HEADER)));
    }

    /** The local file system under another scheme: the job must read it as it reads hdfs: or s3a:. */
    public static final class OtherFs extends org.apache.hadoop.fs.RawLocalFileSystem {
        @Override
        public java.net.URI getUri() {
            return java.net.URI.create("otherfs:///");
        }

        @Override
        public String getScheme() {
            return "otherfs";
        }

        // plain statuses: the local ones look up permissions through java.io.File, which wants file: URIs
        @Override
        public org.apache.hadoop.fs.FileStatus getFileStatus(org.apache.hadoop.fs.Path f) throws IOException {
            return plain(super.getFileStatus(f));
        }

        @Override
        public org.apache.hadoop.fs.FileStatus[] listStatus(org.apache.hadoop.fs.Path f) throws IOException {
            org.apache.hadoop.fs.FileStatus[] all = super.listStatus(f);
            for (int i = 0; i < all.length; i++) {
                all[i] = plain(all[i]);
            }
            return all;
        }

        private static org.apache.hadoop.fs.FileStatus plain(org.apache.hadoop.fs.FileStatus s) {
            return new org.apache.hadoop.fs.FileStatus(s.getLen(), s.isDirectory(), 1, s.getBlockSize(), s.getModificationTime(), s.getPath());
        }
    }

    @Test
    void filesOfOtherFileSystemsAreReadByTheExecutors(@TempDir Path tmp) throws IOException {
        spark.sparkContext().hadoopConfiguration().set("fs.otherfs.impl", OtherFs.class.getName());
        Path dir = Files.createDirectories(tmp.resolve("remote"));
        String sample = Files.readString(SAMPLES.resolve("004_1ab19c765da75e46.txt"), StandardCharsets.UTF_8);
        Files.write(dir.resolve("gbk.txt"), sample.getBytes(Charset.forName("GB18030")));
        Files.write(dir.resolve("nul.txt"), new byte[] {'a', 0});
        String remote = "otherfs://" + dir.toAbsolutePath();
        List<List<String>> expected = new ArrayList<>();
        for (List<String> row : cliRows(tmp, dir.resolve("gbk.txt").toString())) {
            List<String> x = new ArrayList<>(row);
            x.set(0, remote + "/gbk.txt");
            expected.add(x);
        }
        Run r = job("--output", tmp.resolve("out").toString(), remote);
        assertEquals(0, r.code, r.err);
        assertEquals(sorted(expected), sorted(sparkCsv(tmp.resolve("out/claims"), HEADER)));
        assertEquals(List.of(List.of(remote + "/nul.txt", "binary file (contains NUL bytes)")),
                sparkCsv(tmp.resolve("out/errors"), List.of("doc", "reason")));
    }

    @Test
    void usageErrors(@TempDir Path tmp) throws IOException {
        Run cols = job("--output", tmp.resolve("o").toString(), "--format-in", "jsonl", "--text-col", "content",
                SAMPLES.resolve("003_c616ea0639e1c390.txt").toString());
        assertEquals(2, cols.code, cols.err);
        assertTrue(cols.err.contains("has no column"), cols.err);
        assertEquals(2, job("--output", tmp.resolve("o").toString(), "--output-format", "xml", SAMPLES.toString()).code);
        Files.createDirectories(tmp.resolve("o/claims"));
        Run exists = job("--output", tmp.resolve("o").toString(), SAMPLES.toString());
        assertEquals(2, exists.code, exists.err);
        assertTrue(exists.err.contains("--overwrite"), exists.err);
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
