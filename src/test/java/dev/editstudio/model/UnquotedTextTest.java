package dev.editstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which unquoted words are lifted out as text, and where they end. */
class UnquotedTextTest {

    private static List<String> lifted(String instruction) {
        List<String> quotes = new ArrayList<>();
        UnquotedText.lift(instruction, quotes);
        return quotes;
    }

    @Test
    void wordsAfterAMarkerOfTextEndAtAPositionColourOrAnotherEdit() {
        assertEquals(List.of("Happy Birthday"), lifted("put the words Happy Birthday at the top"));
        assertEquals(List.of("best day ever"), lifted("add a caption saying best day ever"));
        assertEquals(List.of("Before"), lifted("label it Before in the top left"));
        assertEquals(List.of("Our Trip"), lifted("add a title Our Trip"));
        assertEquals(List.of("SALE"), lifted("write SALE in big red letters at the bottom"));
        assertEquals(List.of("hello"), lifted("add text hello and make it brighter"));
        assertEquals(List.of("Tom and Jerry"), lifted("write Tom and Jerry at the top"), "'and' before no edit is text");
        assertEquals(List.of("A", "B"), lifted("add text A at the top, then add text B at the bottom"));
        assertEquals(List.of("SALE"), lifted("write SALE please"), "politeness is not written");
    }

    @Test
    void chineseWordsAfter写OrAround字样() {
        assertEquals(List.of("欢迎光临"), lifted("在顶部写上欢迎光临"));
        assertEquals(List.of("样片"), lifted("右下角加文字：样片"));
        assertEquals(List.of("新品上市"), lifted("加上新品上市的字样"));
        assertEquals(List.of("欢迎光临"), lifted("写上红色的欢迎光临"), "the colour is read, not written");
        assertEquals(List.of("特色美食"), lifted("在顶部写上特色美食"), "特色 is no colour");
        assertEquals(List.of("金榜题名"), lifted("写上金榜题名"), "a colour character alone is no colour");
    }

    @Test
    void wordsAfterAColonThatFollowsAMarkerOfText() {
        assertEquals(List.of("Grand Opening"), lifted("put the text in the top right: Grand Opening"));
        assertEquals(List.of("summer vibes"), lifted("add a caption at the bottom: summer vibes"));
        assertEquals(List.of("新品上市"), lifted("把字放在右上角：新品上市"));
        assertEquals(List.of("晚安"), lifted("底部加一句：晚安"));
        assertEquals(List.of("夏日特惠"), lifted("标题：夏日特惠"));
    }

    @Test
    void nothingIsLiftedWithoutWordsToWrite() {
        for (String instruction : List.of("make the text red", "add a watermark", "add some text to the bottom",
                "put text on it", "remove the text", "what type of flower is this", "写实风格", "特写镜头", "去掉水印", "加暗角", "把文字改成红色",
                "make the text bigger: it is hard to read", "字体大一点")) {
            assertEquals(List.of(), lifted(instruction), instruction);
        }
        List<String> quotes = new ArrayList<>(List.of("Hi"));
        assertEquals("add text  QTEXT0  at the top", UnquotedText.lift("add text  QTEXT0  at the top", quotes));
        assertEquals(List.of("Hi"), quotes, "quoted text is left as lifted");
    }
}
