package org.statclaim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.statclaim.claim.Extractor;
import org.statclaim.input.Document;
import org.statclaim.nlp.ChineseNlp;
import org.statclaim.output.Column;
import org.statclaim.output.Row;
import org.statclaim.pipeline.DocumentPipeline;
import org.statclaim.quantity.QuantityRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code statclaim explain "一句话"}: what the tool saw and decided, step by step, for one text. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains the rows of one sentence or short text, step by step.",
                "Shows the sentences, the candidate quantities and why each was kept or dropped, the words and parts of",
                "speech the models saw, the dependency arcs, and every claim with its attributes and the rules that produced it."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The text to explain (several words are joined).")
    List<String> words;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--deps", negatable = true, description = "Also print the dependency arcs (loads the parser: about a minute more).")
    boolean deps;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String text = String.join(" ", words);
        Extractor ex = new Extractor(QuantityRecognizer.standard(), ChineseNlp.shared(extraction.segmenter()));
        List<Row> rows = DocumentPipeline.of(ex, extraction.options()).rows(new Document("-", text), out::println);
        if (deps) {
            out.println("dependencies:");
            for (String arc : ChineseNlp.dependencies(text)) {
                out.println("  " + arc);
            }
        }
        out.println("rows:");
        for (Row r : rows) {
            StringBuilder sb = new StringBuilder("  ");
            for (Column col : Column.values()) {
                if (col != Column.DOC && col != Column.CONTEXT && !r.get(col).isEmpty()) {
                    sb.append(col.header()).append('=').append(r.get(col)).append(' ');
                }
            }
            out.println(sb.toString().stripTrailing());
        }
        if (rows.isEmpty()) {
            out.println("  (no claims)");
        }
        out.flush();
        return ExitCode.OK;
    }
}
