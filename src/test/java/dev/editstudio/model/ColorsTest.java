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
}
