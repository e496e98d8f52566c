package org.statclaim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.statclaim.claim.Extractor;
import org.statclaim.eval.Scorer;
import org.statclaim.input.DocumentReader;
import org.statclaim.input.Inputs;
import org.statclaim.output.Column;
import org.statclaim.pipeline.DocumentPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code statclaim evaluate --gold GOLD.csv --texts DIR [CLAIMS.csv]}: the scorer as a command,
 * with the same matching and figures as the reference scorer. Without CLAIMS.csv, the documents
 * of DIR are extracted first, as {@code statclaim -q DIR} would (the same pipeline and batch).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores claims against a hand-annotated gold CSV.",
                "Prints detection P/R/F1, strict F1, attribute accuracy, change and comparison P/R. The gold's columns:",
                "doc,gid,anchor,occurrence,value,value_max,kind,unit,qualifier,time,metric,source,change_from,compared_with,required."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.csv", description = "The annotated claims.")
    Path gold;

    @Option(names = "--texts", required = true, paramLabel = "DIR", description = "The folder holding the gold's documents.")
    Path texts;

    @Option(names = {"-v", "--verbose"}, description = "List misses, false positives and attribute errors.")
    boolean verbose;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Parameters(paramLabel = "CLAIMS.csv", arity = "0..1", description = "Claims to score (default: run statclaim on DIR).")
    Path claims;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : new Path[] {gold, texts}) {
            if (!Files.exists(p)) {
                throw new ParameterException(spec.commandLine(), p + ": no such file or directory");
            }
        }
        List<Map<String, String>> system;
        if (claims != null) {
            if (!Files.isRegularFile(claims)) {
                throw new ParameterException(spec.commandLine(), claims + ": no such file");
            }
            String problem = notClaimsCsv(claims);
            if (problem != null) {
                throw new ParameterException(spec.commandLine(), claims + ": " + problem);
            }
            system = Scorer.readCsv(claims);
        } else {
            system = extract(err);
        }
        List<Map<String, String>> goldRows = Scorer.readCsv(gold);
        java.util.Set<String> goldDocs = new java.util.TreeSet<>();
        goldRows.forEach(g -> goldDocs.add(baseName(g.getOrDefault("doc", ""))));
        if (claims != null && !system.isEmpty() && system.stream().noneMatch(s -> goldDocs.contains(baseName(s.getOrDefault("doc", ""))))) {
            // a score of 0 would say the extractor is bad; the files do not belong together
            err.println("statclaim: evaluate: no document of " + claims + " is in " + gold + " (it names "
                    + String.join(", ", goldDocs.stream().limit(3).toList()) + (goldDocs.size() > 3 ? "..." : "")
                    + "): claims of other documents?");
            return ExitCode.SOME_FAILED;
        }
        Scorer.Result r = Scorer.score(goldRows, system, texts);
        if (verbose) {
            r.notes().forEach(n -> out.println("note: " + n));
            r.missed().forEach(n -> out.println("missed: " + n));
            r.falsePositives().forEach(n -> out.println("false positive: " + n));
        }
        if (json) {
            StringBuilder sb = new StringBuilder("{");
            r.figures().forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                    .append(COUNTS.contains(k) ? Long.toString(Math.round(v)) : Double.toString(v)));
            out.println(sb.append('}'));
        } else {
            out.print(r.summary());
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The figures that count rows: integers in {@code --json}. */
    private static final java.util.Set<String> COUNTS = java.util.Set.of("required_gold", "system_rows_scored", "tp", "fp", "fn");

    /** Why {@code file} is not a claims CSV statclaim wrote, in a few words, or null. */
    static String notClaimsCsv(Path file) throws IOException {
        String head;
        try (java.io.BufferedReader r = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            head = r.readLine();
        } catch (java.nio.charset.MalformedInputException e) {
            return "not UTF-8 text: evaluate reads the CSV statclaim writes";
        }
        if (head == null) {
            return "empty file: evaluate reads the CSV statclaim writes (with its header)";
        }
        head = head.startsWith("\uFEFF") ? head.substring(1) : head;
        if (head.startsWith("{")) {
            return "JSON Lines: evaluate reads the CSV statclaim writes (without --format jsonl)";
        }
        if (!java.util.Arrays.asList(head.split(",")).containsAll(List.of("doc", "start", "end", "value"))) {
            return "no header doc,...,start,end,...,value: evaluate reads the CSV statclaim writes";
        }
        return null;
    }

    private static String baseName(String doc) {
        return doc.substring(doc.lastIndexOf('/') + 1);
    }

    /** The rows of the documents of {@link #texts}, as maps by header; failed documents are named on stderr. */
    private List<Map<String, String>> extract(PrintWriter err) throws IOException {
        List<Inputs.Input> inputs = Inputs.expand(List.of(texts.toString()), InputOptions.DEFAULT_GLOB);
        DocumentPipeline pipeline = new DocumentPipeline(DocumentPipeline.loadInBackground(null), new Extractor.Options(false, null),
                new DocumentReader(null), false, DocumentPipeline.DEFAULT_PART);
        List<Map<String, String>> rows = new ArrayList<>();
        try (Batch batch = new Batch(Runtime.getRuntime().availableProcessors(), err)) {
            batch.run(inputs, pipeline::process, pipeline, row -> {
                Map<String, String> m = new LinkedHashMap<>();
                for (Column c : Column.values()) {
                    m.put(c.header(), row.get(c));
                }
                rows.add(m);
            }, new Progress(err, inputs.size(), false));
        }
        return rows;
    }

}
