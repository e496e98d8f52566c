package org.statclaim.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The compiled segmenter model (written by the build, see {@link CompiledSegmenter}): it is
 * found for the pipeline's model and refused for anything else, its tables are those made from
 * CoreNLP's model now, and reading it segments ordinary text without CoreNLP's CRF in memory.
 * That its words are CoreNLP's is {@link FastSegmenterTest}'s proof (the shared pipeline reads
 * the compiled model).
 */
class CompiledSegmenterTest {

    private static Properties modelProps() {
        return ChineseNlp.segmenterProps(ChineseNlp.pipelineProps(ChineseNlp.DEFAULT_SEGMENTER));
    }

    @Test
    void foundForThePipelinesModelOnly() {
        String[] why = new String[1];
        assertNotNull(CompiledSegmenter.find(ChineseNlp.DEFAULT_SEGMENTER, modelProps(), why), "not found: " + why[0]);

        Properties other = modelProps();
        other.setProperty("sighanPostProcessing", "false");
        assertNull(CompiledSegmenter.find(ChineseNlp.DEFAULT_SEGMENTER, other, why));
        assertTrue(why[0].contains("sighanPostProcessing"), why[0]);

        Properties otherDictionary = modelProps();
        otherDictionary.setProperty("serDictionary", "edu/stanford/nlp/models/segmenter/chinese/no-such-dict.ser.gz");
        assertNull(CompiledSegmenter.find(ChineseNlp.DEFAULT_SEGMENTER, otherDictionary, why));

        assertNull(CompiledSegmenter.find("edu/stanford/nlp/models/segmenter/chinese/ctb.gz", modelProps(), why));
        assertTrue(why[0].contains("ctb.gz"), why[0]);
    }

    @Test
    void keyNamesWhatTheTablesAreMadeFrom() {
        String key = CompiledSegmenter.key(ChineseNlp.DEFAULT_SEGMENTER, modelProps());
        // sizes and CRC-32s of the model, the dictionary and the affix lists, as the models jar records them
        assertTrue(key.matches("(?s).*model \\S+ \\d+:[0-9a-f]+\n.*"), key);
        assertTrue(key.matches("(?s).*dictionary \\d+:[0-9a-f]+\n.*"), key);
        assertTrue(key.matches("(?s).*affixes \\d+:[0-9a-f]+ \\d+:[0-9a-f]+\n.*"), key);
        assertEquals("missing", CompiledSegmenter.fingerprint("no/such/resource.gz"));
    }

    /** The build's tables against those made from CoreNLP's model in this JVM: the same numbers, the same flags. */
    @Test
    void compiledTablesAreThoseOfTheModel() throws IOException {
        FastSegmenter shared = ChineseNlp.shared(null).fastSegmenter();
        assertNotNull(shared);
        CRFClassifier<CoreLabel> crf = shared.coreNlp();
        FastSegmenter compiled = read(new SegmenterSwap.CoreNlpSegmenter(crf));
        FastSegmenter made = FastSegmenter.fromModel(crf);
        assertArrayEquals(made.grams.slots(), compiled.grams.slots());
        assertEquals(made.grams.keys(), compiled.grams.keys());
        assertEquals(made.grams.shared(), compiled.grams.shared());
        assertArrayEquals(made.weights, compiled.weights);
        for (FeatureIds[] pair : new FeatureIds[][] {{made.ids, compiled.ids}, {made.words, compiled.words}}) {
            assertArrayEquals(pair[0].pool(), pair[1].pool());
            assertArrayEquals(pair[0].poolAt(), pair[1].poolAt());
            assertArrayEquals(pair[0].idOf(), pair[1].idOf());
            assertArrayEquals(pair[0].slots(), pair[1].slots());
        }
        assertArrayEquals(made.shapes, compiled.shapes);
        assertArrayEquals(made.affixes, compiled.affixes);
        assertEquals(made.padAffix, compiled.padAffix);
        assertArrayEquals(made.kC, compiled.kC);
        assertArrayEquals(made.kCpC[0], compiled.kCpC[0]);
        assertArrayEquals(made.kCpC[1], compiled.kCpC[1]);
        assertEquals(made.background, compiled.background);
        assertArrayEquals(made.className, compiled.className);
        assertArrayEquals(serialized(made.flags), serialized(compiled.flags));
        // what a run reads agrees with the model it will fall back to
        assertArrayEquals(serialized(crf.flags), serialized(compiled.flags));
    }

    /**
     * Ordinary text never needs CoreNLP's CRF: it stays unloaded. (Its place is taken by a model
     * that does not exist, so that a fallback shows as an error instead of loading a gigabyte.)
     */
    @Test
    void ordinaryTextNeedsNoCrf() throws IOException {
        SegmenterSwap.CoreNlpSegmenter notLoaded = new SegmenterSwap.CoreNlpSegmenter("no/such/segmenter.ser.gz", modelProps());
        FastSegmenter compiled = read(notLoaded);
        List<String> strings = SegmenterCheck.stringsOf(List.of(Path.of("samples")));
        for (String s : strings) {
            assertFalse(compiled.segmentString(s).isEmpty() && !s.isBlank(), s);
        }
        assertEquals(strings.size(), compiled.segmented());
        assertEquals(0, compiled.fallbacks());
        assertFalse(notLoaded.loaded(), "CoreNLP's segmenter was loaded");
        assertFalse(compiled.coreNlpLoaded());
        // a string the fast path hands on (a line break) asks for it
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> compiled.segmentString("a\nb"));
        assertTrue(e.getMessage().contains("no/such/segmenter.ser.gz"), e.getMessage());
    }

    private static FastSegmenter read(SegmenterSwap.CoreNlpSegmenter coreNlp) throws IOException {
        String[] why = new String[1];
        CompiledSegmenter.Source source = CompiledSegmenter.find(ChineseNlp.DEFAULT_SEGMENTER, modelProps(), why);
        assertNotNull(source, why[0]);
        return source.read(coreNlp);
    }

    private static byte[] serialized(Object o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(o);
        }
        return out.toByteArray();
    }
}
