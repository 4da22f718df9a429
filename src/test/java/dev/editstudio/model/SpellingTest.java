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
                "lift it", "bold text"}) {
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
    void wordsOfTheEditsAndOfTheCorpusArePutRightToo() {
        assertEquals("swap the background for a grey one", Spelling.correct("swap the backgorund for a grey one"));
        assertEquals("take away some contrast", Spelling.correct("take away some cotnrast"));
        assertEquals("scale it down by 20%", Spelling.correct("sacle it down by 20%"));
        assertEquals("add some vignette", Spelling.correct("add some vignete"));
        assertEquals("desaturate it", Spelling.correct("dsaturate it"), "a catalogue word the English list lacks");
    }

    @Test
    void ofSeveralNearWordsTheLikelySlipDecidesOrNone() {
        assertEquals("make it green", Spelling.correct("make it gren"), "a doubled letter typed once: not grey");
        assertEquals("too little contrast", Spelling.correct("too litle contrast"), "not title");
        assertEquals("remove the trash can", Spelling.correct("remove the tarsh can"), "same first and last letter: not harsh");
        assertEquals("make it darker", Spelling.correct("make it darkr"), "not dark, which ends otherwise");
        assertEquals("crop it square", Spelling.correct("crop it squre"), "the corpus hardly says sure");
        assertEquals("make it green", Spelling.correct("make it grean"), "a literal before other words: not great");
        assertEquals("make it coolr", Spelling.correct("make it coolr"), "color and cooler are both common: the model's");
        assertEquals("witen the teeth", Spelling.correct("witen the teeth"), "whiten, which the corpus lacks, is as likely");
    }

    @Test
    void namesAndWordsOfTheirOwnStay() {
        assertEquals("make Tina's hat red", Spelling.correct("make Tina's hat red"), "a name, not tint");
        assertEquals("Make The Bike silver", Spelling.correct("Make The Bike Slver"), "every word capitalised: no names");
        assertEquals("dont want the car there", Spelling.correct("dont want the car there"), "don't, not font");
        assertEquals("brighten my pics", Spelling.correct("brighten my pics"));
    }

    @Test
    void oneEditMeansExactlyOne() {
        assertTrue(Spelling.oneEditApart("bron", "brown"));
        assertTrue(Spelling.oneEditApart("borwn", "brown"));
        assertFalse(Spelling.oneEditApart("brown", "brown"));
        assertFalse(Spelling.oneEditApart("bwron", "brown"), "a letter moved two places is two edits");
        assertFalse(Spelling.oneEditApart("brwnn", "brown"));
        assertTrue(Spelling.doubledLetterTypedOnce("gren", "green"));
        assertFalse(Spelling.doubledLetterTypedOnce("grey", "green"));
    }
}
