package org.statclaim.quantity;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

class NumeralParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(@NotNull String text) {
        NumeralParser.parse(text);
    }
}
