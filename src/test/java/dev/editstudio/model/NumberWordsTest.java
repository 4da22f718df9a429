package dev.editstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

    @Test
    void numbersWithAUnitOrAfterByBecomeDigits() {
        assertEquals("move it right 50 pixels", NumberWords.toDigits("move it right fifty pixels"));
        assertEquals("rotate 45 degrees", NumberWords.toDigits("rotate forty-five degrees"));
        assertEquals("rotate 180°", NumberWords.toDigits("rotate one hundred and eighty°"));
        assertEquals("make it 30 per cent smaller", NumberWords.toDigits("make it thirty per cent smaller"));
        assertEquals("rotate it by 90", NumberWords.toDigits("rotate it by ninety"));
        assertEquals("move it 200 px", NumberWords.toDigits("move it two hundred px"));
        assertEquals("move it twenty thirty px", NumberWords.toDigits("move it twenty thirty px"), "not one number");
        assertEquals("rotate -90 degrees", NumberWords.toDigits("rotate minus ninety degrees"));
        assertEquals("rotate -90", NumberWords.toDigits("rotate negative 90"));
        assertEquals("MOVE IT 12 PX", NumberWords.toDigits("MOVE IT TWELVE PX"));
    }

    @Test
    void chineseNumeralsBeforeDegreesAndPixelsBecomeDigits() {
        assertEquals("转45度", NumberWords.toDigits("转四十五度"));
        assertEquals("旋转180度", NumberWords.toDigits("旋转一百八十度"));
        assertEquals("半径20个像素", NumberWords.toDigits("半径二十个像素"));
        assertEquals("歪了2度", NumberWords.toDigits("歪了两度"));
        // a lone 一 is "once" or "a", a signed numeral keeps its sign to itself, and other numerals are the readers'
        assertEquals("温度调高一度", NumberWords.toDigits("温度调高一度"));
        assertEquals("旋转+三十度", NumberWords.toDigits("旋转+三十度"));
        assertEquals("放大百分之二十", NumberWords.toDigits("放大百分之二十"));
    }

    @Test
    void forTheModelASignStaysAWord() {
        assertEquals("rotate minus 90 degrees", NumberWords.withDigits("rotate minus ninety degrees"));
        assertEquals("brightness minus 20 percent", NumberWords.withDigits("brightness minus twenty percent"));
        assertEquals("rotate -90 degrees", NumberWords.toDigits("rotate minus ninety degrees"));
    }

    @Test
    void wordsThatAreNotACountStayWords() {
        assertEquals("make this one red", NumberWords.toDigits("make this one red"));
        assertEquals("shrink it by two thirds", NumberWords.toDigits("shrink it by two thirds"));
        assertEquals("make it three times bigger", NumberWords.toDigits("make it three times bigger"));
        assertEquals("someone moved ten", NumberWords.toDigits("someone moved ten"));
        assertEquals("a tenfold pixel", NumberWords.toDigits("a tenfold pixel"));
    }

    @Test
    void valuesFollowEnglishNumberGrammar() {
        assertEquals(21, NumberWords.value("twenty-one"));
        assertEquals(1250, NumberWords.value("one thousand two hundred and fifty"));
        assertEquals(100, NumberWords.value("a hundred"));
        assertNull(NumberWords.value("twenty thirty"));
        assertNull(NumberWords.value("five five"));
        assertNull(NumberWords.value("ten one"));
    }
}
