package dev.editstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChineseScriptTest {

    @Test
    void traditionalCharactersAreReadAsSimplifiedOneForOne() {
        assertEquals("把车改成红色", ChineseScript.simplified("把車改成紅色"));
        assertEquals("转成黑白，然后调亮一点", ChineseScript.simplified("轉成黑白，然後調亮一點"));
        String mixed = "make the 車 red";
        assertEquals(mixed.length(), ChineseScript.simplified(mixed).length(), "positions stay where they were");
    }

    @Test
    void simplifiedTextAndCharactersBothScriptsUseStayAsTheyAre() {
        String simplified = "把背景换成白色，乾坤未定";
        assertSame(simplified, ChineseScript.simplified(simplified), "乾 is Simplified too (乾坤)");
        assertEquals("著名", ChineseScript.simplified("著名"));
    }

    @Test
    void traditionalInstructionsAreReadAndTheirTextKeptAsTyped() {
        InstructionParser parser = InstructionParserTest.PARSER;
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#e02020"))), parser.interpret("把車改成紅色").steps());
        assertEquals(List.of("style", "adjust"), parser.interpret("轉成黑白，然後調暗一點").steps().stream()
                .map(EditStep::op).toList());
        assertEquals("歡迎光臨", parser.interpret("在頂部寫上歡迎光臨").steps().getFirst().params().get("text"));
        assertEquals("週年慶", parser.interpret("底部加文字“週年慶”").steps().getFirst().params().get("text"));
    }
}
