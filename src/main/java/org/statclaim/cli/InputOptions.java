package org.statclaim.cli;

import java.nio.charset.Charset;
import org.statclaim.input.DocumentReader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Which files to take and how to decode them, as a picocli mixin shared by {@code statclaim} and
 * the Spark job: {@code --glob}, {@code --encoding}, {@code --lenient}.
 */
public final class InputOptions {

    /** The files taken from directories unless {@code --glob} says otherwise. */
    public static final String DEFAULT_GLOB = "*.{txt,html,htm}";

    @Option(names = "--glob", paramLabel = "GLOB", defaultValue = DEFAULT_GLOB,
            description = "File names to take from directories (default: ${DEFAULT-VALUE}; A.HTM matches too).")
    String glob;

    @Option(names = "--encoding", paramLabel = "NAME", converter = CharsetName.class,
            description = "Decode inputs with this charset instead of detecting it.")
    Charset encoding;

    @Option(names = "--hidden", description = "Also take hidden files and folders (names starting with .) from directories.")
    boolean hidden;

    @Option(names = "--lenient", description = "Replace undecodable bytes (and warn) instead of failing the file.")
    boolean lenient;

    public String glob() {
        return glob;
    }

    /** The charset given, or null: detected per file. */
    public Charset encoding() {
        return encoding;
    }

    /** Whether directories give their hidden files and folders too. */
    public boolean hidden() {
        return hidden;
    }

    public boolean lenient() {
        return lenient;
    }

    public DocumentReader reader() {
        return new DocumentReader(encoding, lenient);
    }

    /** {@code --encoding}: a charset this JVM knows. */
    static final class CharsetName implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown encoding '" + value + "'");
            }
        }
    }
}
