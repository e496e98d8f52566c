package org.statclaim.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statclaim.TestPipeline;
import org.statclaim.claim.Extractor;
import org.statclaim.cli.LargeDocumentTest;
import org.statclaim.input.Document;
import org.statclaim.input.DocumentReader;
import org.statclaim.output.Column;
import org.statclaim.output.Row;

/**
 * The pipeline without the CLI: --lines names each non-blank line {@code path:line}; a long
 * document extracted in parts in the caller's thread (as the Spark job does) has the rows of the
 * whole document, renumbered from the parts' claims.
 */
class DocumentPipelineTest {

    @Test
    void linesAreNumberedFromOneAndBlankOnesSkipped() {
        List<Document> lines = DocumentPipeline.splitLines(new Document("f.txt", "a\r\n\n  \nb\rc\n"));
        assertEquals(List.of("f.txt:1", "f.txt:4", "f.txt:5"), lines.stream().map(Document::name).toList());
        assertEquals(List.of("a", "b", "c"), lines.stream().map(Document::text).toList());
    }

    @Test
    void aLongDocumentInPartsInThisThreadHasTheRowsOfTheWhole() throws IOException {
        Document doc = new Document("all.txt", "\uD840\uDC00发布时间：2024-03-05\n" + LargeDocumentTest.allSamples());
        Extractor.Options options = new Extractor.Options(false, null);
        Outcome whole = DocumentPipeline.of(TestPipeline.extractor(), options).extract(doc);
        Outcome parts = new DocumentPipeline(TestPipeline::extractor, options, new DocumentReader(null), false, 2500).extractWhole(doc);
        List<Row> expected = assertInstanceOf(Outcome.Rows.class, whole).rows();
        List<Row> got = assertInstanceOf(Outcome.Rows.class, parts).rows();
        assertTrue(expected.size() > 20, "rows: " + expected.size());
        assertEquals(cells(expected), cells(got));
    }

    private static List<List<String>> cells(List<Row> rows) {
        return rows.stream().map(r -> java.util.Arrays.stream(Column.values()).map(r::get).toList()).toList();
    }
}
