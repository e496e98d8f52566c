package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --excel-safe: text cells that a spreadsheet would run as a formula get a ', numbers stay numbers. */
class ExcelSafeTest {

    static final String TEXT = "=HYPERLINK(\"http://x\")据统计，毛利率从2018年的62.9%暴跌至2020年的29.1%。\n"
            + "气温为-5度，营收增长-3.5%。\n"
            + "@某某：利润增长了3%，-2亿元的亏损。\n"
            + "+86的号码不算，全年增长6%。\n";

    @Test
    void formulaLikeTextCellsArePrefixedNumbersAreNot(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("f.txt"), TEXT, StandardCharsets.UTF_8);
        CliTest.Run safe = CliTest.run("-q", "--excel-safe", f.toString());
        assertEquals(ExitCode.OK, safe.code(), safe.err());
        List<Map<String, String>> rows = HtmlInputTest.rows(safe.out());
        Map<String, String> change = rows.get(1);
        assertEquals("29.1%", change.get("mention"));
        assertEquals("-33.8", change.get("delta"), "a negative delta stays a number");
        assertEquals("'=HYPERLINK(\"http://x\")据统计，毛利率从2018年的62.9%暴跌至2020年的29.1%。", change.get("context"));
        Map<String, String> minus = rows.stream().filter(r -> r.get("mention").contains("-3.5%")).findFirst().orElseThrow();
        assertEquals("'-3.5%", minus.get("mention"), "a mention starting with - is text");
        assertEquals("-3.5", minus.get("value"), "a negative value stays a number");
        assertEquals("气温为-5度，营收增长-3.5%。", minus.get("context"), "only the start of a cell matters");
        Map<String, String> money = rows.stream().filter(r -> r.get("mention").contains("-2亿元")).findFirst().orElseThrow();
        assertEquals("-200000000", money.get("value"));
        assertEquals("'@某某：利润增长了3%，-2亿元的亏损。", money.get("context"));
        assertEquals("'+86的号码不算，全年增长6%。", rows.get(rows.size() - 1).get("context"));
        for (Map<String, String> r : rows) {
            for (String numeric : List.of("id", "sentence", "start", "end", "value", "value_max", "change_from", "compared_with", "delta")) {
                assertEquals(-1, r.get(numeric).indexOf('\''), numeric + " in " + r);
            }
        }
        // without the option the cells are verbatim
        CliTest.Run plain = CliTest.run("-q", f.toString());
        assertEquals(safe.out().replace(",'", ",").replace("\"'", "\""), plain.out());
    }
}
