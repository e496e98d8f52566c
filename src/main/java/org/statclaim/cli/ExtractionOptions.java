package org.statclaim.cli;

import org.statclaim.claim.Extractor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of the extraction, as a picocli mixin shared by {@code statclaim}, {@code explain}
 * and the Spark job: {@code --all-quantities}, {@code --currency} and the hidden {@code --segmenter}.
 */
public final class ExtractionOptions {

    @Option(names = "--all-quantities", description = "List every quantity recognized, claim filter off.")
    boolean allQuantities;

    @Option(names = "--currency", paramLabel = "CODE", converter = CurrencyCode.class,
            description = "ISO 4217 code for an amount in plain yuan whose sentence names no currency (default: guessed per"
                    + " document: TWD, HKD or MOP for Traditional text about Taiwan, Hong Kong or Macau, else CNY).")
    String currency;

    @Option(names = "--segmenter", paramLabel = "MODEL", hidden = true,
            description = "CoreNLP segmenter model path (default: ctb.small.gz).")
    String segmenter;

    public boolean allQuantities() {
        return allQuantities;
    }

    /** The ISO 4217 code given, or null: guessed per document. */
    public String currency() {
        return currency;
    }

    /** The segmenter model path given, or null: the default. */
    public String segmenter() {
        return segmenter;
    }

    public Extractor.Options options() {
        return new Extractor.Options(allQuantities, currency);
    }

    /** {@code --currency}: three letters, as ISO 4217 codes are, in any case ({@code cny} is {@code CNY}). */
    static final class CurrencyCode implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.matches("[A-Za-z]{3}")) {
                throw new TypeConversionException("'" + value + "' is not an ISO 4217 code such as CNY, HKD, TWD");
            }
            return value.toUpperCase(java.util.Locale.ROOT);
        }
    }
}
