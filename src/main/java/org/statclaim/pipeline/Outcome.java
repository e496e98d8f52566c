package org.statclaim.pipeline;

import java.util.List;
import org.statclaim.input.Document;
import org.statclaim.output.Row;

/**
 * What became of one document (or one line with {@code --lines}): its rows, the error that
 * stopped it, a document too long to extract at once (extracted in parts when its rows are
 * written), or, for {@code --dump-text}, its decoded text.
 */
public sealed interface Outcome {

    /** The document's name as the user gave it ({@code path}, {@code -}, {@code path:line}). */
    String name();

    /** A warning about the document's decoding, or null. */
    String warning();

    /** The rows of one document. */
    record Rows(String name, List<Row> rows, String warning) implements Outcome {
    }

    /** A document that could not be read or processed, and why. */
    record Failed(String name, String error) implements Outcome {
        @Override
        public String warning() {
            return null;
        }
    }

    /** An outcome that is a whole document still: named and warned about by it. */
    sealed interface OfDocument extends Outcome permits Large, Text {
        Document document();

        @Override
        default String name() {
            return document().name();
        }

        @Override
        default String warning() {
            return document().warning();
        }
    }

    /** A document longer than a part: see {@link DocumentPipeline#extractInParts}. */
    record Large(Document document) implements OfDocument {
    }

    /** The rows of a large document, already written part by part: how many. */
    record Written(String name, int count, String warning) implements Outcome {
    }

    /** A decoded document, for {@code --dump-text}. */
    record Text(Document document) implements OfDocument {
    }
}
