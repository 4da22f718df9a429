package dev.editstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColorsTest {

    private static List<String> hexes(String text) {
        return Colors.find(text).stream().map(Colors.Found::hex).toList();
    }

    @Test
    void namesAreFoundAsWordsWithTheirEndingsAndInChinese() {
        assertEquals(List.of("#2e9e3e", "#7b4a24"), hexes("turn the green leaves brown"));
        assertEquals(List.of("#2e9e3e"), hexes("make the grass greener"));
        assertEquals(List.of("#1f5fd0", "#e02020"), hexes("a bluer sky and redder roofs"));
        assertEquals(List.of("#f5d000"), hexes("a yellowish tint"));
        assertEquals(List.of("#ffffff", "#e02020", "#ff8fb8"), hexes("whiten the teeth, redden the lips, pinkify it"));
        assertEquals(List.of("#1f5fd0"), hexes("帽子换成蓝色"));
        assertEquals(List.of(), hexes("转成黑白"), "黑白 is black and white, not a colour");
        assertEquals(List.of(), hexes("reduce the redness? no: bored, greenery"), "only whole words with an ending");
        assertEquals(List.of("#e02020"), hexes("make Oliver's shirt red"), "a name is not a comparative of olive");
        assertEquals(List.of("#d020d0", "#d020d0"), hexes("气球改成洋红色, magenta"), "洋红 is magenta, not red");
    }

    @Test
    void aClauseInOneScriptWithAColourNameInTheOtherGetsItsOwnName() {
        assertEquals("背景换成 白色", Colors.inOneScript("背景换成 white"));
        assertEquals("把车改成红色的", Colors.inOneScript("把车改成red的"));
        assertEquals("make the car red", Colors.inOneScript("make the car 红色"));
        assertEquals("make it black and white", Colors.inOneScript("make it 黑白"));
        assertEquals("转成黑白", Colors.inOneScript("转成黑白"), "Chinese in a Chinese clause stays");
        assertEquals("make it navy 藏青", Colors.inOneScript("make it navy 藏青"), "no counterpart: as written");
        assertEquals("把 whiten teeth 做一下", Colors.inOneScript("把 whiten teeth 做一下"), "more than a name: as written");
        assertEquals("在顶部写QTEXT, 白色", Colors.inOneScript("在顶部写QTEXT, white"), "a placeholder is no English");
        assertEquals("make the car blue", Colors.inOneScript("make the car blue"));
    }

    @Test
    void valuesAreReadAndShownToTheClassifierAsTheNearestName() {
        assertEquals("paint it #ff8800", Colors.rgbAsHex("paint it rgb(255, 136, 0)"));
        assertEquals("rgb(300, 0, 0)", Colors.rgbAsHex("rgb(300, 0, 0)"), "out of range: left as written");
        assertEquals("make the car orange", Colors.hexAsNames("make the car #ff8800"));
        assertEquals("把车改成blue", Colors.hexAsNames("把车改成#1e40af"));
        assertEquals(List.of("#ff8800"), hexes("make the car #ff8800"), "the value itself is what the step gets");
    }

    @Test
    void aComparativeShadeDarkensOrLightens() {
        assertEquals(List.of("#1c5f25"), hexes("make it a darker green"));
        assertEquals(List.of("#13397d"), hexes("a deeper blue"));
        assertEquals(hexes("a light blue"), hexes("a lighter blue"));
    }

    @Test
    void warmHuesStandOnTheWarmSideAndGreysOnNeither() {
        for (String warm : List.of("red", "orange", "yellow", "gold", "crimson")) {
            assertEquals(1, Colors.warmth(Colors.find(warm).getFirst().hex()), warm);
        }
        for (String cool : List.of("blue", "cyan", "teal", "navy", "sky blue")) {
            assertEquals(-1, Colors.warmth(Colors.find(cool).getFirst().hex()), cool);
        }
        for (String neither : List.of("green", "purple", "gray", "white", "black", "silver")) {
            assertEquals(0, Colors.warmth(Colors.find(neither).getFirst().hex()), neither);
        }
    }
}
