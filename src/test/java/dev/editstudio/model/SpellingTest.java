package dev.editstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void aLiteralWordOneSlipAwayIsPutRight() {
        assertEquals("make it yellow", Spelling.correct("make it yelow"), "a letter dropped");
        assertEquals("make it yellow", Spelling.correct("make it yelllow"), "a letter doubled");
        assertEquals("turn the leaves brown", Spelling.correct("turn the leaves borwn"), "two letters swapped");
        assertEquals("paint it orange", Spelling.correct("paint it orynge"), "a letter changed");
        assertEquals("at the bottom right", Spelling.correct("at the bottm rght"));
        assertEquals("move it 20 pixels left", Spelling.correct("move it 20 pixles left"));
        assertEquals("make it red", Spelling.correct("make it redd"), "a short word from a longer slip");
    }

    @Test
    void shortenedColoursAreWrittenOut() {
        assertEquals("make the car blue", Spelling.correct("make the car blu"), "the model had read blur");
        assertEquals("paint the wall green and the door black", Spelling.correct("paint the wall grn and the door BLK"));
        assertEquals("blur it", Spelling.correct("blur it"));
        assertEquals("a blu-ray cover", Spelling.correct("a blu-ray cover"), "part of a hyphenated word is no colour");
        assertEquals("blues", Spelling.correct("blues"), "only whole words");
    }

    @Test
    void realWordsShortWordsAndAmbiguousSlipsStayAsTyped() {
        for (String word : new String[] {"remove the glue", "write it", "blur it", "move it back", "at night",
                "lift it", "bold text", "make it darkr"}) {
            assertEquals(word, Spelling.correct(word));
        }
        assertEquals("rde", Spelling.correct("rde"), "three letters are too few to guess from");
        assertEquals("grby", Spelling.correct("grby"), "as near gray as grey");
        assertEquals("an xray look", Spelling.correct("an xray look"), "a word of its own that the English list lacks");
        assertEquals("QTEXT0 yellow", Spelling.correct("QTEXT0 yelow"), "placeholders are not words");
        assertEquals("black and white", Spelling.correct("black adn white"), "a small word with two letters swapped");
        assertEquals("转成黑白，去噪", Spelling.correct("转成黑百，去燥"), "an input method's slips of the catalogue's words");
        assertEquals("天气干燥", Spelling.correct("天气干燥"), "燥 in a word of its own stays");
    }

    @Test
    void oneEditMeansExactlyOne() {
        assertTrue(Spelling.oneEditApart("bron", "brown"));
        assertTrue(Spelling.oneEditApart("borwn", "brown"));
        assertFalse(Spelling.oneEditApart("brown", "brown"));
        assertFalse(Spelling.oneEditApart("bwron", "brown"), "a letter moved two places is two edits");
        assertFalse(Spelling.oneEditApart("brwnn", "brown"));
    }
}
