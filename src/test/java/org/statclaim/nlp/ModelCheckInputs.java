package org.statclaim.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The texts on which the fast segmenter and the fast tagger are compared with CoreNLP's own
 * (FastSegmenterTest, FastTaggerTest): one list of inputs, so that both proofs cover the same text.
 */
final class ModelCheckInputs {

    private ModelCheckInputs() {
    }

    /** The spec suite's sentences and the news documents, as {@link SegmenterCheck#strings} makes them. */
    static List<String> specSuiteAndNewsDocuments() throws IOException {
        List<String> strings = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/spec/sentences.tsv"), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.startsWith("sid\t")) {
                strings.addAll(SegmenterCheck.strings(line.substring(tab + 1)));
            }
        }
        strings.addAll(SegmenterCheck.stringsOf(List.of(Path.of("src/test/resources/news/texts"))));
        return strings;
    }

    /**
     * The shared real news texts and every 8th file of the speed corpus, whichever of them is
     * present; empty when ../shared is not here (the caller skips).
     */
    static List<Path> realNewsRoots() throws IOException {
        Path texts = Path.of("..", "shared", "realnews", "texts");
        Path corpus = Path.of("..", "shared", "corpus", "realnews");
        List<Path> roots = new ArrayList<>();
        if (Files.isDirectory(texts)) {
            roots.add(texts);
        }
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.list(corpus)) {
                List<Path> files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                for (int i = 0; i < files.size(); i += 8) {
                    roots.add(files.get(i));
                }
            }
        }
        return roots;
    }
}
