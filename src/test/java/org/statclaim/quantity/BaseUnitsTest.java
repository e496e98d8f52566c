package org.statclaim.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.statclaim.text.ResourceText;

/**
 * Replays base-units.tsv: each unit's example is recognized as a measure in that very unit, and
 * its value in the base unit (for the row's region) is the one written next to it. Every measure
 * unit of units.tsv is listed there, with a conversion or with "-" (no fixed conversion).
 */
class BaseUnitsTest {

    static final QuantityRecognizer RECOGNIZER = QuantityRecognizer.standard();
    static final BaseUnits UNITS = BaseUnits.standard();

    @TestFactory
    Stream<DynamicTest> everyConversionHasAWorkingExample() {
        List<DynamicTest> tests = new ArrayList<>();
        for (BaseUnits.Conversion c : UNITS.conversions()) {
            tests.add(DynamicTest.dynamicTest(c.unit() + " (" + c.region() + "): " + c.example() + " => " + c.expected() + " " + c.base(), () -> {
                Quantity q = RECOGNIZER.recognize(c.example(), "CNY").stream()
                        .max(Comparator.comparingInt(Quantity::length))
                        .orElseThrow(() -> new AssertionError("no quantity in " + c.example()));
                assertEquals(c.example(), c.example().substring(q.start(), q.end()), "the example is one mention");
                assertEquals(Kind.MEASURE, q.kind(), "kind");
                assertEquals(c.unit(), q.unit(), "unit as written");
                String region = c.region().equals(BaseUnits.EVERYWHERE) ? "CN" : c.region();
                BaseUnits.Base b = UNITS.of(q, region);
                assertNotNull(b, "a base value");
                assertEquals(c.expected(), Decimals.format(b.value()), "base value");
                assertEquals(c.base(), b.unit(), "base unit");
            }));
        }
        return tests.stream();
    }

    @Test
    void everyMeasureUnitIsListed() {
        Set<String> listed = new HashSet<>(UNITS.withoutConversion());
        UNITS.conversions().forEach(c -> listed.add(c.unit()));
        List<String> missing = new ArrayList<>();
        for (String[] row : ResourceText.tsv(Quantity.class, "units.tsv")) {
            if (row[1].equals("measure") && !listed.contains(row[0])) {
                missing.add(row[0]);
            }
        }
        assertEquals(List.of(), missing, "measure units of units.tsv missing from base-units.tsv (give a conversion or -)");
    }

    @Test
    void rangesConvertBothEnds() {
        Quantity q = RECOGNIZER.recognize("1.6m-3.9m", "CNY").get(0);
        BaseUnits.Base b = UNITS.of(q, "CN");
        assertEquals("1.6", Decimals.format(b.value()));
        assertEquals("3.9", Decimals.format(b.max()));
    }

    @Test
    void regionDecidesTheCatty() {
        Quantity q = RECOGNIZER.recognize("三斤", "CNY").get(0);
        assertEquals("1.5", Decimals.format(UNITS.of(q, UNITS.region("CNY")).value()));
        assertEquals("1.8", Decimals.format(UNITS.of(q, UNITS.region("TWD")).value()));
        assertEquals("1.81436946", Decimals.format(UNITS.of(q, UNITS.region("HKD")).value()));
        assertEquals("1.5", Decimals.format(UNITS.of(q, UNITS.region("USD")).value()), "another currency: the mainland's");
    }

    @Test
    void subUnitsPerUnitFollowTheRegion() {
        assertEquals("10", UNITS.ratio("\u65a4", "\u4e24", "CN").toPlainString()); // jin, liang
        assertEquals("16", UNITS.ratio("\u65a4", "\u5169", "TW").toPlainString());
        assertEquals("16", UNITS.ratio("\u65a4", "\u5169", "HK").toPlainString());
        assertEquals("1000", UNITS.ratio("\u516c\u65a4", "\u514b", "CN").toPlainString()); // gongjin, ke
        assertNull(UNITS.ratio("\u65a4", "\u7c73", "CN"), "a weight and a length"); // jin, mi
        assertNull(UNITS.ratio("\u65a4", "\u4e2a", "CN"), "a count word has no conversion");
        // six jin and eight liang: 68 liang on the mainland (3.4 kg), 104 in Hong Kong text
        String text = "\u516d\u65a48\u5169";
        Quantity cn = RECOGNIZER.recognize(text, "CNY").get(0);
        assertEquals("68", Decimals.format(cn.value()));
        assertEquals("3.4", Decimals.format(UNITS.of(cn, "CN").value()));
        Quantity hk = RECOGNIZER.recognize(text, "HKD").get(0);
        assertEquals("104", Decimals.format(hk.value()));
        assertEquals("3.93113383", Decimals.format(UNITS.of(hk, "HK").value()));
    }

    @Test
    void noBaseForCountsMoneyPercentScoresAndYears() {
        for (String text : List.of("3个", "30元", "16%", "得分86.7分", "十到二十年", "三个月", "20多岁")) {
            Quantity q = RECOGNIZER.recognize(text, "CNY").get(0);
            assertNull(UNITS.of(q, "CN"), text);
        }
        assertTrue(UNITS.withoutConversion().contains("年"));
    }
}
