package org.statclaim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SimplifiedViewTest {

    @Test
    void convertsCharacterForCharacterKeepingOffsets() {
        String t = "臺灣經濟成長率為2.32%，約佔員工總數的一成。𠀀";
        String s = SimplifiedView.of(t);
        assertEquals(t.length(), s.length());
        assertEquals("台湾经济成长率为2.32%，约占员工总数的一成。𠀀", s);
        assertEquals("已经是简体", SimplifiedView.of("已经是简体"));
    }

    @Test
    void blanksPinyinGlossesForTheModels() {
        String t = "英國《金融時報(bào)》的實(shí)力(AI)領(lǐng)域";
        String v = SimplifiedView.forModels(t);
        assertEquals(t.length(), v.length());
        assertEquals("英国《金融时报     》的实     力(AI)领      域", v);
    }
}
