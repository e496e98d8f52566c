package org.statclaim.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statclaim.TestPipeline;
import org.statclaim.input.Document;

/** 报告称, 该研究指出: a source that only refers back takes the source the document named last. */
class SourceBackReferenceTest {

    private static List<String> sources(String text) {
        return TestPipeline.extractor().extract(new Document("t", text), Extractor.Options.defaults()).stream()
                .map(Claim::source).toList();
    }

    @Test
    void aReportReferredBackToIsTheOneNamedBefore() {
        assertEquals(List.of("中国信息通信研究院", "中国信息通信研究院"),
                sources("中国信息通信研究院发布的报告预计，市场规模将达到1050亿元。\n\n另一方面，报告称，金融行业的渗透率为38%。"));
    }

    @Test
    void withNothingNamedBeforeTheWordsStay() {
        assertEquals(List.of("报告"), sources("报告称，金融行业的渗透率为38%。"));
    }
}
