package dev.editstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parse contract with the committed model: literal values, multi-step programs, odd input, phrasings it never saw. */
class InstructionParserTest {

    static final InstructionParser PARSER = new InstructionParser(Photos.model());

    static List<EditStep> steps(String instruction) {
        return PARSER.interpret(instruction).steps();
    }

    @Test
    void readsLiteralValuesBesideTheModelsDecision() {
        EditStep recolor = steps("turn the green leaves brown").getFirst();
        assertEquals("recolor", recolor.op());
        assertEquals("#2e9e3e", recolor.params().get("source_color"));
        assertEquals("#7b4a24", recolor.params().get("color"));

        EditStep text = steps("在右下角添加白色文字「特价」").getFirst();
        assertEquals(Map.of("text", "特价", "position", "bottom_right", "color", "#ffffff"), text.params());

        EditStep rotate = steps("逆时针旋转90度").getFirst();
        assertEquals(-90.0, rotate.number("degrees", 0));
        assertEquals("16:9", steps("裁成16:9").getFirst().params().get("aspect"));
        assertEquals(4, ((Number) steps("upscale 4x").getFirst().params().get("factor")).intValue());
        assertEquals(4, ((Number) steps("upscale by four").getFirst().params().get("factor")).intValue());
    }

    @Test
    void aColourNamingWhatIsRemovedIsNoRecolour() {
        // the model, seeing a colour word, had read these as recolours to yellow, blue and white
        assertEquals("remove", steps("remove the yellow car").getFirst().op());
        assertEquals("remove", steps("delete the blue bag").getFirst().op());
        assertEquals("remove", steps("删除白色的杯子").getFirst().op());
        assertEquals("remove", steps("take out the orange cone").getFirst().op(), "v14 had read no edit");
        // the colour itself named after a removal is left to the model, which takes it for a cast to take out
        assertEquals(Map.of("property", "warmth", "amount", -0.3), steps("remove the yellow").getFirst().params());
        assertEquals(Map.of("property", "warmth", "amount", 0.3), steps("get rid of the blue cast").getFirst().params());
    }

    @Test
    void lessOfAQualityAsksForTheOtherPoleOfItsProperty() {
        // v14 took the adjective's pole for the direction: "less dark" darker, "less vivid" more colour
        assertEquals(Map.of("property", "brightness", "amount", 0.3), steps("less dark").getFirst().params());
        assertEquals(Map.of("property", "saturation", "amount", -0.3), steps("less vivid").getFirst().params());
        assertTrue(steps("not so flat").getFirst().number("amount", 0) > 0, "not so flat: more contrast");
        assertEquals(Map.of("property", "brightness", "amount", 0.3), steps("别那么暗").getFirst().params());
        assertEquals("saturation", steps("way too vivid").getFirst().params().get("property"));
        assertTrue(steps("way too vivid").getFirst().number("amount", 0) < 0, "too much of it asks for less");
        assertEquals(Map.of("property", "contrast", "amount", 0.3), steps("deepen the contrast").getFirst().params());
        // v15: "shouldn't be so dark" darker, "overly flat" and "less sharp" a sharpening
        assertEquals(Map.of("property", "brightness", "amount", 0.3),
                steps("the photo shouldn't be so dark").getFirst().params());
        assertEquals(Map.of("property", "contrast", "amount", 0.3), steps("the image is overly flat").getFirst().params());
        assertEquals(Map.of("target", "background"), steps("make the background less sharp").getFirst().params());
        assertEquals("sharpen", steps("make the photo sharper").getFirst().op(), "more of it still sharpens");
    }

    @Test
    void aCastSeenOnWhiteThingsIsWhiteBalanceAndHairColoursAreColours() {
        // v15 recoloured the whites blue, and knew no "blonde"
        assertEquals(Map.of("property", "warmth", "amount", 0.3), steps("the whites look blue, warm it").getFirst().params());
        assertEquals(Map.of("color", "#e8c860"), steps("dye her hair blonde").getFirst().params());
        assertEquals("recolor", steps("I'd like the walls light gray").getFirst().op(), "v15 read a removal");
    }

    @Test
    void aThingPointedOutThenTakenAwayIsOneRemoval() {
        // v14 read "there's a person in the corner" as adding one, which made the whole instruction a refusal
        assertEquals(List.of("remove"), ops("there's a person in the corner, remove it"));
        assertEquals(List.of("remove"), ops("the lamp post is distracting, get rid of it"));
        // ...while "remove it" after a problem that an adjustment or denoising fixes takes the problem away
        assertEquals(List.of("adjust"), ops("there's an orange cast, remove it"));
        assertEquals(List.of("denoise"), ops("there's too much noise, remove it"));
    }

    @Test
    void aPropertysLevelNamedAsTheProblemAsksForTheOtherWay() {
        // v13 took the level word for the direction: "too low" as lower, "偏高" as higher
        assertEquals(Map.of("property", "contrast", "amount", 0.3), steps("the contrast is too low").getFirst().params());
        assertEquals(Map.of("property", "warmth", "amount", 0.3), steps("it lacks warmth").getFirst().params());
        assertEquals(Map.of("property", "brightness", "amount", -0.3), steps("亮度偏高").getFirst().params());
        assertEquals(Map.of("property", "saturation", "amount", 0.3), steps("饱和度太低了").getFirst().params());
        // ...while a degree after the property still asks for it weaker
        assertEquals(-0.15, steps("对比度弱一点").getFirst().number("amount", 0));
        assertEquals(Map.of("property", "brightness", "amount", -0.3), steps("the whites are blown out").getFirst().params());
        assertEquals("pose", steps("close his eyes").getFirst().params().get("category"));
    }

    @Test
    void aColourNameOrBlackAndWhiteInTheOtherLanguageReadsAsInTheClausesOwn() {
        // the model learnt "white" in English sentences: inside a Chinese one it had read as black and white
        assertEquals(Map.of("mode", "color", "color", "#ffffff"), steps("背景换成 white").getFirst().params());
        assertEquals(Map.of("mode", "color", "color", "#101010"), steps("把背景改成black的").getFirst().params());
        assertEquals(Map.of("name", "grayscale"), steps("make it 黑白").getFirst().params());
        assertEquals("recolor", steps("make the hat 黄色的").getFirst().op());
    }

    @Test
    void misspeltLiteralsAreReadButQuotedTextIsKeptAsTyped() {
        EditStep recolor = steps("turn the green leaves borwn").getFirst();
        assertEquals("#7b4a24", recolor.params().get("color"));
        assertEquals("#2e9e3e", recolor.params().get("source_color"));
        EditStep text = steps("put 'Yelow Sub' in the top rght corner").getFirst();
        assertEquals(Map.of("text", "Yelow Sub", "position", "top_right", "color", "#ffffff"), text.params());
        // the rest of the instruction is read in compatibility form, the quoted words are rendered as typed
        assertEquals("摄影：小王", steps("左下角加文字“摄影：小王”").getFirst().params().get("text"));
        assertEquals("ＳＡＬＥ", steps("ａｄｄ \"ＳＡＬＥ\" at the top").getFirst().params().get("text"));
    }

    @Test
    void blackAndWhiteAsTwoColoursIsARecolourAndAThingInTheBackgroundIsRemoved() {
        // the model, seeing black and white, may take the style; the words for the style decide
        assertEquals(Map.of("source_color", "#101010", "color", "#ffffff"),
                steps("turn her dress from black into white").getFirst().params());
        assertEquals("recolor", steps("make the white shirt black").getFirst().op());
        for (String style : List.of("make it black and white", "turn it black-and-white", "b&w please", "转成黑白")) {
            assertEquals(Map.of("name", "grayscale"), steps(style).getFirst().params(), style);
        }
        // seeing "remove" and "background" the model may take the background away; the thing in it is what goes
        assertEquals(List.of("remove"), ops("去掉背景里的路人"));
        assertEquals(List.of("remove"), ops("remove the people in the background"));
        assertEquals(List.of("background"), ops("把背景去掉"));
        assertEquals(List.of("background"), ops("remove the background completely"));
        // and everything in the background gone is a cut-out, which v17 takes for a removal of the selection
        assertEquals(List.of("background"), ops("remove everything in the background"));
        assertEquals(List.of("background"), ops("remove all the stuff in the background"));
    }

    @Test
    void ratiosInWordsTurnsAsFractionsAndColourValuesAreRead() {
        // v15 cropped these to the selection (no ratio read), turned 1° and read "#ff8800" as a pose
        for (String instruction : List.of("crop to 4 by 5", "crop it to four by five", "裁剪成四比五", "crop to a 4 to 5 ratio")) {
            assertEquals(Map.of("aspect", "4:5"), steps(instruction).getFirst().params(), instruction);
        }
        // a size in pixels is its shape, not a ratio of its first digits
        assertEquals(Map.of("aspect", "4:5"), steps("crop to 1080x1350").getFirst().params());
        assertEquals(90.0, steps("rotate 1/4 turn to the right").getFirst().number("degrees", 0));
        assertEquals(180.0, Math.abs(steps("rotate it half a turn").getFirst().number("degrees", 0)), "either way round");
        assertEquals(-90.0, steps("旋转负九十度").getFirst().number("degrees", 0));
        assertEquals(Map.of("color", "#ff8800"), steps("make the car #ff8800").getFirst().params());
        assertEquals(Map.of("color", "#ff0000"), steps("paint it rgb(255, 0, 0)").getFirst().params());
        // an amount on the contract's scale is taken as it stands (it had been the default 0.3)
        assertEquals(Map.of("property", "saturation", "amount", 0.5),
                steps("increase saturation by 0.5").getFirst().params());
        // words before a quoted text describe it: v16 rendered "红字 " and the placeholder, in white
        assertEquals(Map.of("text", "你好", "color", "#e02020", "position", "top"), steps("在顶端写红字“你好”").getFirst().params());
    }

    @Test
    void whereATextGoesAndHowItLooksShapeTheTextStepBeforeOrAfterThem() {
        // alone, "放在顶部" had read as adding an object, which refused the whole instruction
        assertEquals(List.of(new EditStep("text", Map.of("text", "Hello World", "position", "top", "color", "#ffffff"))),
                steps("加文字：Hello World，放在顶部"));
        assertEquals("bottom_right", steps("add the text \"Hello\", put it at the bottom right corner").getFirst()
                .params().get("position"));
        // said before the text, "字号大一点" had enlarged the selection as a move of its own
        assertEquals(List.of("text"), ops("字号大一点，在底部加“Sale”"));
        assertEquals(Map.of("text", "你好", "position", "bottom", "color", "#e02020"), steps("红色的字，在底部写“你好”").getFirst().params());
    }

    @Test
    void aDistanceAloneSaysHowFarTheMoveBeforeItGoes() {
        // alone, "10px" had been a second move (down), so "left a bit, 10px" went 20 px left and 10 px down
        for (String instruction : List.of("move it left a bit, 10px", "往左边挪一点，10px", "move it a little to the left, by 10 px")) {
            EditStep move = steps(instruction).getFirst();
            assertEquals(List.of(-10.0, 0.0), List.of(move.number("dx", 0), move.number("dy", 1)), instruction);
        }
        EditStep percent = steps("向下移动百分之五").getFirst();
        assertEquals(Map.of("dx", 0.0, "dy", 5.0, "unit", "percent", "scale", 1.0), percent.params());
    }

    @Test
    void aColourAloneAfterTheBackgroundStepIsTheBackgroundsColour() {
        // v15 recoloured the selection (the subject) white after taking its background away
        Map<String, Object> white = Map.of("mode", "color", "color", "#ffffff");
        for (String instruction : List.of("先去掉背景，再换成白色", "remove the background, then make it white", "去掉背景，换成白色")) {
            List<EditStep> steps = steps(instruction);
            assertEquals(1, steps.size(), instruction);
            assertEquals(white, steps.getFirst().params(), instruction);
        }
        // a thing named for the colour keeps it a recolour of that thing
        assertEquals(List.of("background", "recolor"),
                ops("remove the background, then make the shirt white"));
    }

    @Test
    void clausesOfOneMoveMergeAndOthersStayInOrder() {
        EditStep move = steps("move the object down 25px and make it 20% smaller").getFirst();
        assertEquals(0.0, move.number("dx", 1));
        assertEquals(25.0, move.number("dy", 0));
        assertEquals(0.8, move.number("scale", 0), 1e-9);
        EditStep up = steps("往上移30像素并放大10%").getFirst();
        assertEquals(-30.0, up.number("dy", 0));
        assertEquals(1.1, up.number("scale", 0), 1e-9);

        List<EditStep> two = steps("先转黑白，再加暗角");
        assertEquals(List.of("style", "vignette"), two.stream().map(EditStep::op).toList());
        List<EditStep> quoted = steps("make it brighter and add 'Salt and Pepper' at the top");
        assertEquals(List.of("adjust", "text"), quoted.stream().map(EditStep::op).toList());
        assertEquals("Salt and Pepper", quoted.get(1).params().get("text"), "quoted text is never split");
    }

    @Test
    void aSizeGivenAsTheResultIsTheScaleItself() {
        assertEquals(0.75, steps("scale it down to 75%").getFirst().number("scale", 0), 1e-9);
        assertEquals(1.5, steps("enlarge it to 150%").getFirst().number("scale", 0), 1e-9);
        assertEquals(0.5, steps("缩小到原来的一半").getFirst().number("scale", 0), 1e-9);
        assertEquals(0.5, steps("shrink it by half").getFirst().number("scale", 0), 1e-9, "by half is a change");
        assertEquals(0.75, steps("make it 25% smaller").getFirst().number("scale", 0), 1e-9, "a change, not the size");
    }

    @Test
    void aSizeGivenAsAMultipleIsThatMultiple() {
        assertEquals(3, steps("make it three times bigger").getFirst().number("scale", 0), 1e-9);
        assertEquals(1.5, steps("make it 1.5x bigger").getFirst().number("scale", 0), 1e-9);
        assertEquals(4, steps("把它放大四倍").getFirst().number("scale", 0), 1e-9, "a Chinese numeral before 倍");
        assertEquals(2, steps("放大一倍").getFirst().number("scale", 0), 1e-9, "放大一倍 doubles");
        assertEquals(0.5, steps("缩小两倍").getFirst().number("scale", 0), 1e-9);
        assertEquals(4, ((Number) steps("放大四倍分辨率").getFirst().params().get("factor")).intValue());
        EditStep moved = steps("move it 20px right and make it 2x bigger").getFirst();
        assertEquals(20, moved.number("dx", 0), 1e-9, "pixels are not a multiple");
        assertEquals(2, moved.number("scale", 0), 1e-9);
    }

    @Test
    void fragmentsAndSecondThoughtsShapeTheStepBeforeThem() {
        List<EditStep> bit = steps("make it brighter, a bit");
        assertEquals(1, bit.size(), "a degree on its own is not an edit: " + bit);
        assertEquals(0.15, bit.getFirst().number("amount", 0), 1e-9, "it says how much");
        List<EditStep> corrected = steps("make it darker, no, brighter");
        assertEquals(1, corrected.size(), corrected.toString());
        assertTrue(corrected.getFirst().number("amount", 0) > 0, "the later of two opposite adjustments stands");
        List<EditStep> more = steps("对比度再强一些");
        assertEquals(1, more.size(), "再 meaning 'more' does not split the clause: " + more);
        assertEquals("contrast", more.getFirst().params().get("property"));
        assertEquals(List.of("denoise", "sharpen"), steps("先去噪再锐化").stream().map(EditStep::op).toList(),
                "再 between two edits still splits");
    }

    @Test
    void comparisonsNegatedColoursAndRemediesAfterAComplaintMakeNoStepOfTheirOwn() {
        List<EditStep> sunset = steps("make it warmer, like a sunset");
        assertEquals(1, sunset.size(), "a comparison is no subject to add: " + sunset);
        assertEquals("warmth", sunset.getFirst().params().get("property"));
        List<EditStep> notPink = steps("the flowers should be purple, not pink");
        assertEquals(1, notPink.size(), notPink.toString());
        assertEquals(Map.of("color", "#7a2fb8", "source_color", "#ff8fb8"), notPink.getFirst().params(),
                "the colour it should not be is the one it has");
        assertEquals(Map.of("color", "#7b4a24", "source_color", "#101010"),
                steps("the bag should be brown instead of black").getFirst().params());
        List<EditStep> grainy = steps("the photo is grainy, fix it");
        assertEquals(List.of("denoise"), grainy.stream().map(EditStep::op).toList(), "'fix it' fixes the grain");
        List<EditStep> vivid = steps("颜色太艳了，降低一点");
        assertEquals(1, vivid.size(), vivid.toString());
        assertEquals("saturation", vivid.getFirst().params().get("property"));
        assertTrue(vivid.getFirst().number("amount", 0) < 0);
        assertEquals(List.of("adjust", "adjust"), steps("make it brighter, reduce the contrast").stream()
                .map(EditStep::op).toList(), "a command after a command is a step of its own");
        assertEquals(List.of("adjust", "style"), steps("先调亮，再像素化").stream().map(EditStep::op).toList(),
                "像素 is no comparison");
        List<EditStep> underexposed = steps("underexposed, fix please");
        assertEquals(1, underexposed.size(), "a problem named in one word is a complaint: " + underexposed);
        assertTrue(underexposed.getFirst().number("amount", 0) > 0, underexposed.toString());
    }

    @Test
    void aPurposeAfterAnEditAddsNoStep() {
        List<EditStep> clearer = steps("提亮一点，这样更清楚");
        assertEquals(List.of("adjust"), clearer.stream().map(EditStep::op).toList(), "'so it is clearer' is no sharpen");
        assertEquals(List.of("blur"), ops("blur the background, so that the face stands out"));
        assertEquals(List.of("adjust", "style"), ops("make it brighter, then sepia"), "a command still counts");
    }

    @Test
    void aSignedSliderValueGivesDirectionAndAmount() {
        EditStep exposure = steps("exposure +0.5").getFirst();
        assertEquals(Map.of("property", "brightness", "amount", 0.5), exposure.params(), "had read as darker");
        assertEquals(-0.15, steps("contrast -15%").getFirst().number("amount", 0), 1e-9);
        assertEquals(-0.1, steps("brightness -10").getFirst().number("amount", 0), 1e-9, "out of 100 on a slider");
        assertEquals(0.2, steps("亮度+20").getFirst().number("amount", 0), 1e-9);
        assertTrue(steps("make it 10-20% brighter").getFirst().number("amount", 0) > 0, "a range is no sign");
    }

    @Test
    void aPropertyNamedAloneAfterAnotherGoesTheSameWay() {
        List<EditStep> both = steps("increase the brightness and contrast");
        assertEquals(List.of("brightness", "contrast"), both.stream().map(s -> s.params().get("property")).toList());
        assertTrue(both.stream().allMatch(s -> s.number("amount", 0) > 0), both.toString());
        List<EditStep> down = steps("降低亮度，对比度");
        assertEquals(2, down.size(), down.toString());
        assertTrue(down.stream().allMatch(s -> s.number("amount", 0) < 0), down.toString());
        // 和 between two properties joins two adjustments (v16 made one, of the second property only)
        for (String instruction : List.of("降低亮度和饱和度", "亮度和对比度都调低一点")) {
            List<EditStep> two = steps(instruction);
            assertEquals(2, two.size(), instruction + ": " + two);
            assertTrue(two.stream().allMatch(s -> s.number("amount", 0) < 0), instruction + ": " + two);
        }
        // ...and a property named alone first goes the way of the one after it
        List<EditStep> up = steps("亮度和对比度都调高一点");
        assertEquals(List.of(0.15, 0.15), up.stream().map(s -> s.number("amount", 0)).toList());
    }

    @Test
    void anArrowSaysWhatSomethingBecomesAnd后JoinsTwoEdits() {
        assertEquals(Map.of("color", "#e02020"), steps("the hat -> red").getFirst().params());
        assertEquals(List.of("recolor"), ops("帽子→红色"));
        assertEquals("A -> B", steps("add the text 'A -> B' at the top").getFirst().params().get("text"),
                "quoted text keeps its arrow");
        List<EditStep> flipThenTurn = steps("水平翻转后顺时针转90度");
        assertEquals(List.of("flip", "rotate"), flipThenTurn.stream().map(EditStep::op).toList(), flipThenTurn.toString());
        assertEquals(90, flipThenTurn.get(1).number("degrees", 0), 1e-9);
        assertEquals(List.of("remove"), ops("把背后的人去掉"), "背后 is behind, not after");
        assertEquals(List.of("blur"), ops("把后面的背景虚化"), "后面 is behind, not after");
    }

    @Test
    void textTypedWithoutQuotesIsReadAsText() {
        assertEquals(Map.of("text", "SALE", "position", "bottom", "color", "#ffffff"),
                steps("write SALE at the bottom").getFirst().params(), "had read as widening the picture");
        assertEquals(Map.of("text", "hello world", "position", "center", "color", "#ffffff"),
                steps("add the text hello world").getFirst().params(), "had read as adding an object");
        assertEquals(Map.of("text", "欢迎光临", "position", "top", "color", "#ffffff"),
                steps("在顶部写上欢迎光临").getFirst().params());
        assertEquals("新品上市", steps("加上新品上市字样").getFirst().params().get("text"));
        assertEquals("summer vibes", steps("caption: summer vibes").getFirst().params().get("text"));
        EditStep red = steps("write SALE in big red letters at the bottom").getFirst();
        assertEquals(Map.of("text", "SALE", "position", "bottom", "color", "#e02020"), red.params(),
                "the colour and position around the words are read, not written");
        List<EditStep> two = steps("add text hello and make it brighter");
        assertEquals(List.of("text", "adjust"), two.stream().map(EditStep::op).toList(), two.toString());
        assertEquals("hello", two.getFirst().params().get("text"));
        assertEquals(List.of("recolor"), ops("make the text red"), "text named as a thing is no text to write");
        assertEquals(List.of("remove"), ops("去掉水印"));
    }

    @Test
    void aLoneProblemWordAfterMakeGoesOnWithTheMake() {
        assertEquals(List.of(new EditStep("blur", Map.of("target", "image"))), steps("make everything soft and blurry"),
                "'blurry' alone names a problem and had read as sharpening");
        assertEquals(List.of(new EditStep("blur", Map.of("target", "background"))),
                steps("make the backdrop soft and out of focus"), "'out of focus' goes on with 'make the backdrop'");
        assertEquals(List.of("denoise"), ops("there's a lot of noise, clean it"), "'clean it' fixes the noise");
        assertEquals(List.of("adjust"), ops("this pic is super dark, can u fix"));
    }

    @Test
    void anEnlargementAfterSharpeningIsAnUpscale() {
        List<EditStep> chain = steps("降噪、锐化，然后放大两倍");
        assertEquals(List.of("denoise", "sharpen", "upscale"), chain.stream().map(EditStep::op).toList(), chain.toString());
        assertEquals(2, ((Number) chain.getLast().params().get("factor")).intValue());
        assertEquals(List.of("move"), ops("放大两倍"), "alone it still enlarges the selection");
        assertEquals(List.of("adjust", "move"), ops("提亮一点，然后放大两倍"), "after a colour change too");
    }

    @Test
    void greetingsFillersAndThanksAroundAnEditAreNoStep() {
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "warmth", "amount", -0.3))),
                steps("hey, make it cooler"), "'hey' had read as a pose, which made the whole instruction unsupported");
        assertEquals(List.of("blur"), ops("alright, blur the backdrop"), "'alright' had read as brightness");
        assertEquals(List.of("remove"), ops("so, remove the trash can"));
        assertEquals(List.of("background"), ops("um, gray backdrop"));
        assertEquals(List.of("background"), ops("remove the background, cheers"));
        assertEquals(List.of("style", "vignette"), ops("yeah, black and white, hmm, and a vignette"));
        assertEquals(List.of("adjust"), ops("嗯，亮一点，辛苦了"));
        assertEquals(List.of(), steps("heyyy, thanks!"), "talk alone is no edit");
        assertEquals(List.of("adjust"), ops("make it brighter, good"), "a clause of other words still counts");
    }

    @Test
    void numbersInWordsDiagonalsAndSignedAnglesAreRead() {
        EditStep moved = steps("move it right fifty pixels").getFirst();
        assertEquals(50, moved.number("dx", 0), 1e-9, "had kept the default 20");
        assertEquals(1.3, steps("make the selection thirty per cent bigger").getFirst().number("scale", 0), 1e-9);
        assertEquals(180, steps("rotate it one hundred and eighty degrees").getFirst().number("degrees", 0), 1e-9);
        assertEquals(-45, steps("rotate counterclockwise by forty-five degrees").getFirst().number("degrees", 0), 1e-9);
        assertEquals(-90, steps("rotate by -90").getFirst().number("degrees", 0), 1e-9, "the sign is the direction");
        assertEquals(-90, steps("rotate minus ninety degrees").getFirst().number("degrees", 0), 1e-9);
        EditStep diagonal = steps("向左下移动10像素").getFirst();
        assertEquals(List.of(-10.0, 10.0), List.of(diagonal.number("dx", 0), diagonal.number("dy", 0)));
        EditStep upRight = steps("move the logo up-right 40 px").getFirst();
        assertEquals(List.of(40.0, -40.0), List.of(upRight.number("dx", 0), upRight.number("dy", 0)));
        assertEquals(1.0 / 3, steps("shrink it by two thirds").getFirst().number("scale", 0), 0.01);
        assertEquals("16:9", steps("crop to widescreen").getFirst().params().get("aspect"));
        assertEquals(Map.of("color", "#e02020"), steps("make this one red").getFirst().params(), "a pronoun stays");
    }

    @Test
    void aSecondThoughtReplacesTheStepBeforeAndAButClauseMayOnlyLimitIt() {
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#2e9e3e"))), steps("make it blue, wait, green"),
                "had made two recolours");
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#f5d000"))), steps("把帽子改成绿色，我是说黄色"));
        assertEquals("4:3", steps("crop to 16:9, I mean 4:3").getFirst().params().get("aspect"));
        assertEquals(List.of(new EditStep("style", Map.of("name", "grayscale"))), steps("sepia, no, black and white"));
        assertEquals(List.of("background"), ops("no background"), "a 'no' that opens a clause is part of it");
        assertEquals(90, steps("rotate left, sorry, right").getFirst().number("degrees", 0), 1e-9,
                "a direction alone amends the clause before; 'right' had been dropped as filler");
        EditStep down = steps("move it up 10px, no, down").getFirst();
        assertEquals(List.of(0.0, 10.0), List.of(down.number("dx", 0), down.number("dy", 0)));
        EditStep right = steps("向左移动10像素，不对，右").getFirst();
        assertEquals(10, right.number("dx", 0), 1e-9);
        List<EditStep> gentle = steps("make it brighter but not too much");
        assertEquals(1, gentle.size(), gentle.toString());
        assertEquals(0.15, gentle.getFirst().number("amount", 0), 1e-9, "had read as much darker (-0.6)");
        assertEquals(List.of("adjust"), ops("调亮，但是别太亮"));
        assertEquals(List.of("style"), ops("make it black and white but keep the red"));
        assertEquals(List.of("adjust", "adjust"), ops("make it brighter but lower the contrast"),
                "a 'but' that asks for another edit is a step of its own");
    }

    @Test
    void historyCommandsAreNoEditAndTheEditAfterThemStays() {
        Map<String, InstructionParser.History> commands = Map.of("undo the last edit", InstructionParser.History.UNDO,
                "please undo that", InstructionParser.History.UNDO, "go back", InstructionParser.History.UNDO,
                "帮我撤销一下", InstructionParser.History.UNDO, "redo", InstructionParser.History.REDO,
                "revert to the original", InstructionParser.History.ORIGINAL,
                "start over", InstructionParser.History.ORIGINAL, "reset everything", InstructionParser.History.ORIGINAL,
                "恢复原图吧", InstructionParser.History.ORIGINAL);
        commands.forEach((text, history) -> {
            InstructionParser.Interpretation reading = PARSER.interpret(text);
            assertEquals(history, reading.history(), text);
            assertEquals(List.of(), reading.steps(), text + " had read as an edit (a cut-out, a flip...)");
        });
        InstructionParser.Interpretation instead = PARSER.interpret("undo that and make it blue");
        assertEquals(InstructionParser.History.UNDO, instead.history());
        assertEquals(List.of("recolor"), instead.steps().stream().map(EditStep::op).toList());
        // a whole clause or nothing: these name what to reset or where to move, so they are edits
        assertEquals(null, PARSER.interpret("reset the brightness").history());
        assertEquals(List.of("move"), ops("go back 20px"));
        assertEquals(null, PARSER.interpret("make it brighter").history());
    }

    private static List<String> ops(String instruction) {
        return steps(instruction).stream().map(EditStep::op).toList();
    }

    @Test
    void editsThatNeedAGenerativeModelSaySoInOneStep() {
        List<EditStep> program = steps("make it brighter and replace the horse with a zebra");
        assertEquals(1, program.size());
        assertEquals("unsupported", program.getFirst().op());
        assertEquals("subject_replace", program.getFirst().params().get("category"));
        assertTrue(program.getFirst().text("reason", "").contains("generative"));
    }

    @Test
    void oddInputGetsAnAnswerNeverACrash() {
        assertEquals(List.of(), steps(""));
        assertEquals(List.of(), steps("   \t  "));
        assertEquals(List.of(), steps("🎨🎨🎨"));
        assertEquals(List.of(), steps("a"), "one letter is a slip, not an edit");
        assertEquals(List.of(), steps(" B! "));
        assertEquals(List.of(), steps("\u0000\u0007\u001b\u0008"));
        assertEquals("adjust", steps("make it\u0000 brighter\u0007").getFirst().op(), "control characters are dropped");
        assertEquals(List.of(), steps(null));
        assertEquals(List.of(), steps("what a lovely day"), "small talk is no edit");
        assertEquals(List.of(), steps("love it"));
        steps("make it 更亮 please 😀 and 加暗角");
        steps("x".repeat(2000));
        steps("and and and , , ， 然后 再");
        assertEquals("adjust", steps("ＭＡＫＥ　ＩＴ　ＢＲＩＧＨＴＥＲ").getFirst().op(), "full-width text is normalised");
    }

    @Test
    void whatAProblemKeepsOneFromSeeingAddsNoStep() {
        EditStep brighter = steps("its too dark cant see a thing").getFirst();
        assertEquals(List.of(brighter), steps("its too dark cant see a thing"));
        assertEquals("brightness", brighter.params().get("property"));
        assertTrue(brighter.number("amount", 0) > 0);
        List<EditStep> darker = steps("too bright cant see the details");
        assertEquals(1, darker.size(), darker.toString());
        assertTrue(darker.getFirst().number("amount", 0) < 0);
        assertTrue(steps("so dark i can barely see her face").getFirst().number("amount", 0) > 0);
        // alone, the same words are the model's to read (probes.jsonl: "cant see the details", a sharpening, which v16
        // read as no edit and v17 sharpens)
    }

    @Test
    void chineseComplaintsWith好Or这么AskForTheOpposite() {
        assertTrue(steps("好暗啊什么都看不见").getFirst().number("amount", 0) > 0);
        assertTrue(steps("怎么这么暗").getFirst().number("amount", 0) > 0);
        EditStep lessColour = steps("颜色好艳").getFirst();
        assertEquals("saturation", lessColour.params().get("property"));
        assertTrue(lessColour.number("amount", 0) < 0);
        assertEquals("sharpen", steps("好糊啊").getFirst().op());
    }

    @Test
    void howTextLooksShapesTheTextStepInsteadOfMakingOne() {
        String red = Colors.find("red").getFirst().hex();
        assertEquals(List.of(new EditStep("text", Map.of("text", "SALE", "position", "top", "color", red))),
                steps("add 'SALE' at the top, in big red letters"));
        assertEquals(List.of(new EditStep("text", Map.of("text", "hello", "position", "center", "color", "#ffffff"))),
                steps("write 'hello' in the middle, big"));
        assertEquals(red, steps("加上文字“你好”，红色的字").getFirst().params().get("color"));
        assertEquals(2, steps("add 'hi' at the top, then make it darker").size(), "another edit is still one");
    }

    @Test
    void praiseIsTalkAndANiceStateIsWished() {
        assertEquals(List.of(), steps("lovely day"));
        assertEquals(List.of(), steps("beautiful sunset, isn't it"));
        assertEquals(-0.3, steps("cool tones").getFirst().number("amount", 0), 1e-9, "a look, not praise");
        assertTrue(steps("make it nice and bright").getFirst().number("amount", 0) > 0);
        assertTrue(steps("nice and warm please").getFirst().number("amount", 0) > 0);
    }

    @Test
    void aColourNamedAsTooMuchIsLessColourNotMoreOfIt() {
        for (String complaint : List.of("too green", "偏绿", "too magenta", "偏红")) {
            EditStep step = steps(complaint).getFirst();
            assertEquals("saturation", step.params().get("property"), complaint);
            assertTrue(step.number("amount", 0) < 0, complaint);
        }
        assertEquals("recolor", steps("make it more red").getFirst().op());
        assertEquals("recolor", steps("把帽子改成红色").getFirst().op());
        // said first, "dim" is the verb: less light, where "a bit dim" is the problem
        assertTrue(steps("dim it a bit").getFirst().number("amount", 0) < 0);
        assertTrue(steps("it's a bit dim").getFirst().number("amount", 0) > 0);
    }

    @Test
    void somethingTurnedIntoAColourIsRecoloured() {
        assertEquals("recolor", steps("hey, can you turn the jacket into a deep red?").getFirst().op());
        assertEquals("recolor", steps("swap the shirt for a navy one").getFirst().op());
        for (String replace : List.of("turn the apple into an orange", "replace the sky with a red sunset",
                "turn the rose into a tulip")) {
            EditStep step = steps(replace).getFirst();
            assertEquals("subject_replace", step.text("category", ""), replace);
        }
    }

    @Test
    void aVignetteThatComesWithALookIsAStepOfItsOwn() {
        List<EditStep> sepia = steps("make it sepia with a vignette");
        assertEquals(List.of("style", "vignette"), sepia.stream().map(EditStep::op).toList());
        assertEquals("sepia", sepia.getFirst().text("name", ""));
        assertEquals(List.of("style", "vignette"), ops("黑白带暗角"));
        assertEquals(List.of("style", "vignette"), ops("复古风格加暗角"));
        assertEquals(List.of("vignette"), ops("四周加暗角"), "a place before 加暗角 is where the vignette goes");
        assertEquals(List.of("blur"), ops("blur it with a radius of 5"), "with and anything else stays one clause");
    }

    @Test
    void aCropForAFormatTakesItsShape() {
        assertEquals("9:16", steps("crop for instagram story").getFirst().params().get("aspect"));
        assertEquals("9:16", steps("裁剪成抖音竖屏").getFirst().params().get("aspect"));
        assertEquals("1:1", steps("crop it for my profile picture").getFirst().params().get("aspect"));
        assertEquals("16:9", steps("crop for youtube").getFirst().params().get("aspect"));
        assertEquals(Map.of(), steps("crop to the selection").getFirst().params());
    }

    @Test
    void fourTimesAsBigWithNothingNamedIsAnUpscale() {
        assertEquals(List.of(new EditStep("upscale", Map.of("factor", 4))), steps("放大四倍"));
        assertEquals(List.of(new EditStep("upscale", Map.of("factor", 4))), steps("enlarge 4x"));
        assertEquals(4, ((Number) steps("make it 4k").getFirst().params().get("factor")).intValue());
        // twice stays a move of the selection, as "缩小一半" is, and a named thing four times as big is moved too
        assertEquals("move", steps("放大两倍").getFirst().op());
        assertEquals(4.0, steps("把狗放大四倍").getFirst().number("scale", 0));
    }

    @Test
    void smallWordsAroundAnInstructionInTheOtherScriptAreLeftOut() {
        // "please" had pulled a background step to a recolour
        EditStep white = new EditStep("background", Map.of("mode", "color", "color", "#ffffff"));
        assertEquals(List.of(white), steps("把背景换成白色 please"));
        assertEquals(List.of(white), steps("pls 把背景换成白色"));
        assertEquals(List.of(white), steps("把背景换成白色 thanks!"));
    }

    @Test
    void moreOfSomethingAfterAPlaceSaysWhatGoesThere() {
        assertEquals(List.of(new EditStep("expand", Map.of("direction", "top"))), steps("上方再多一点天空"));
        assertEquals(List.of("denoise", "sharpen"), ops("先去噪再锐化"));
    }

    @Test
    void whatACropKeepsIsTheCropItself() {
        assertEquals(List.of("crop"), ops("剪裁一下，只保留选中部分"));
        assertEquals(List.of("crop"), ops("crop it, keep only the selected part"));
    }

    @Test
    void praiseOfThePictureWithAWordOfLooksIsTalk() {
        assertEquals(List.of(), steps("cool photo"));
        assertEquals(List.of(), steps("neat shot!"));
        assertEquals("adjust", steps("cool the sky").getFirst().op());
    }

    @Test
    void aBlurOfEverythingButTheSelectionIsABackgroundBlur() {
        EditStep background = new EditStep("blur", Map.of("target", "background"));
        for (String rest : List.of("把人物以外的地方虚化", "其余部分模糊掉", "blur the rest", "blur everything else",
                "blur everything but the selection", "blur outside the selection")) {
            assertEquals(List.of(background), steps(rest), rest);
        }
        assertEquals("selection", steps("blur the selected area").getFirst().text("target", ""));
        assertEquals("selection", steps("blur the plate of the car outside").getFirst().text("target", ""),
                "outside names a place, not everything but the selection");
    }

    @Test
    void aColouredBackgroundPutBehindIsNoBlur() {
        assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#101010"))),
                steps("put a black background behind it"));
        assertEquals(List.of(new EditStep("blur", Map.of("target", "background"))), steps("blur the background"));
    }

    @Test
    void greyScaleInTwoWordsIsTheStyleAndABackgroundSwappedForAColourIsABackground() {
        assertEquals(List.of(new EditStep("style", Map.of("name", "grayscale"))), steps("turn the whole thing grey scale"));
        assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#808080"))),
                steps("swap the background for a grey one"));
        assertEquals("subject_replace", steps("swap the background for a beach").getFirst().text("category", ""));
        // a plain or solid colour is still only a colour
        assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#808080"))),
                steps("swap the background for a plain gray one"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#e02020"))), steps("turn the shirt into a solid red one"));
    }

    @Test
    void stopsOfExposureAreHalfTheBrightnessScaleEach() {
        assertEquals(List.of(adjust("brightness", -0.25)), steps("pull the exposure down half a stop"));
        assertEquals(List.of(adjust("brightness", 0.5)), steps("brighten by a stop"));
        assertEquals(List.of(adjust("brightness", -0.5)), steps("drop it a stop"));
        assertEquals(List.of(adjust("brightness", 0.75)), steps("one and a half stops brighter"));
        assertEquals(List.of(adjust("brightness", 1.0)), steps("brighten by 2 stops"));
        // the sign says the way, and EV is a stop too ("+1 EV" had been more saturation)
        assertEquals(List.of(adjust("brightness", 0.5)), steps("+1 EV"));
        assertEquals(List.of(adjust("brightness", -0.5)), steps("exposure -1 EV"));
        // a slider value without the unit stays on the contract's scale; a stop sign is no stop of exposure
        assertEquals(List.of(adjust("brightness", 0.7)), steps("exposure +0.7"));
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("remove the stop sign"));
    }

    @Test
    void aTintWishedOnThePictureTurnsTheWhiteBalanceItsWay() {
        assertEquals(List.of(adjust("warmth", -0.3)), steps("give it a teal tint"));
        assertEquals(List.of(adjust("warmth", 0.15)), steps("give the photo a slight orange tint"),
                "orange wished for had been taken for a cast to take out");
        assertEquals(List.of(adjust("warmth", -0.3)), steps("add a blue tint to the photo"));
        // a thing named keeps its recolour; a tint across the warmth axis or a look by name keeps its reading
        assertEquals("recolor", steps("add a red tint to the car").getFirst().op());
        assertEquals("recolor", steps("give the sky a purple tint").getFirst().op());
        assertEquals("recolor", steps("give everything a green tint").getFirst().op());
        assertEquals(List.of(new EditStep("style", Map.of("name", "sepia"))), steps("give it a sepia tint"));
    }

    @Test
    void aColourComplainedOfThenAWayOfTheBalanceIsOneShiftAndAChangeCalledOffIsNone() {
        assertEquals(List.of(adjust("warmth", -0.3)), steps("skin looks too red, cool it"),
                "the complaint had also taken colour out");
        assertEquals(List.of(adjust("warmth", -0.15)), steps("偏黄了，调冷一点"));
        // a fix that does not say which way takes it from the complaint
        assertEquals(List.of(adjust("warmth", -0.3)), steps("too orange, remove the cast"));
        assertEquals(List.of(), steps("算了，不改了"), "不改了 had been a removal");
        assertEquals(List.of(), steps("不要再改了"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#e02020"))), steps("背景不改了，只把帽子换成红色"));
        assertEquals(List.of(new EditStep("denoise", Map.of("amount", 0.5)), new EditStep("sharpen", Map.of("amount", 0.5))),
                steps("先去噪再锐化"));
    }

    @Test
    void deeperBlacksAreMoreContrastAndTheBlacksWithTheWhitesAreOneWish() {
        for (String deeper : List.of("richer blacks please", "deeper blacks", "make the blacks deeper", "give it inkier blacks",
                "the blacks look washed out", "more punchy blacks and whites", "strong blacks and whites",
                "deeper blacks and brighter whites", "darker blacks, brighter whites", "more separation between blacks and whites",
                "黑的更黑，白的更白")) {
            assertEquals(List.of(adjust("contrast", 0.3)), steps(deeper), deeper);
        }
        // the blacks and the whites stay together, the next edit is still a step of its own
        assertEquals(List.of(adjust("contrast", 0.3), new EditStep("text", Map.of("text", "END", "position", "bottom",
                "color", "#ffffff"))), steps("deeper blacks, then add 'END' at the bottom"));
        // lifted blacks are the matte look; blacks said to be too deep want less; the look by name keeps its reading
        assertEquals(List.of(adjust("contrast", -0.3)), steps("lift the blacks"));
        assertEquals(List.of(adjust("contrast", -0.3)), steps("the blacks are too deep"));
        assertEquals(List.of(new EditStep("style", Map.of("name", "grayscale"))), steps("make it black and white with deep blacks"));
        assertEquals(List.of(), steps("blacks look great"));
    }

    @Test
    void someColourTakenOutIsLessSaturationAndSkinFlawsAreSmoothed() {
        assertEquals("saturation", steps("drain some colour out of it").getFirst().text("property", ""));
        assertEquals(List.of(new EditStep("style", Map.of("name", "grayscale"))), steps("remove the colour"));
        assertEquals("smooth_skin", steps("把她脸上的皱纹磨平").getFirst().op(), "磨平 had read as a move");
        assertEquals("smooth_skin", steps("毛孔细腻一点").getFirst().op());
        assertEquals("move", steps("把斑马往左移").getFirst().op(), "斑马 is a zebra, no flaw of the skin");
    }

    @Test
    void warmOrCoolColoursNamedAsSuchShiftTheWhiteBalance() {
        // the model read a recolour that named no colour, which made no step at all
        assertEquals(1, Math.round(Math.signum(steps("调成暖色").getFirst().number("amount", 0))));
        assertEquals(-1, Math.round(Math.signum(steps("调成冷色").getFirst().number("amount", 0))));
        assertEquals("warmth", steps("调成暖色").getFirst().text("property", ""));
        List<EditStep> cooler = steps("不要暖色，要冷色");
        assertEquals(1, cooler.size(), "the warm colours not wanted make no step");
        assertEquals(-1, Math.round(Math.signum(cooler.getFirst().number("amount", 0))));
    }

    @Test
    void aThingMadeToDisappearIsRemoved() {
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("让这个瓶子消失"));
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("make the car vanish"));
    }

    @Test
    void aColourSaidAsAVerbIsARecolour() {
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#ffffff"))), steps("whiten her teeth"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#ff8fb8"))), steps("pinkify the flowers"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#101010"))), steps("blacken the shoes"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#e02020"))), steps("redden the sky slightly"));
        // read by the model as smoothed skin and as a blur
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#e02020"))), steps("redden her cheeks slightly"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#101010"))), steps("blacken the selected area"));
        assertEquals(List.of("recolor", "adjust"), steps("whiten the wall then brighten the whole picture").stream()
                .map(EditStep::op).toList());
        // not colours: darker and lighter are brightness
        assertEquals("brightness", steps("darken the sky").getFirst().params().get("property"));
        assertEquals("brightness", steps("lighten the shadows").getFirst().params().get("property"));
    }

    @Test
    void chineseRemovalsWithTheVerbLastOrAsCleaningUpRemove() {
        List<EditStep> remove = List.of(new EditStep("remove", Map.of()));
        assertEquals(remove, steps("地上的垃圾清理一下"));
        assertEquals(remove, steps("清理一下背景里的杂物"));
        assertEquals(remove, steps("背景里的路人清理一下"));
        // the whole background, taken away, is still a cut-out
        assertEquals(List.of(new EditStep("background", Map.of("mode", "transparent"))), steps("去掉背景"));
    }

    @Test
    void aTurnTheOtherWayIsAnticlockwise() {
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", -90.0))), steps("rotate it the other way"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", -90.0))), steps("rotate it 90 degrees the other way"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", -90.0))), steps("反方向转90度"));
        // "the other" alone is no turn
        assertEquals("remove", steps("remove the other car").getFirst().op());
    }

    @Test
    void handDrawnIsTheSketchStyleAndACornerWithNoSideIsBottomRight() {
        assertEquals(List.of(new EditStep("style", Map.of("name", "sketch"))), steps("让画面看起来像手绘的"));
        assertEquals("bottom_right", steps("put a thin label \"draft\" in the corner").getFirst().params().get("position"));
        assertEquals("bottom_right", steps("在角落加上“样片”").getFirst().params().get("position"));
        assertEquals("top_left", steps("add \"ACME\" in the top left corner").getFirst().params().get("position"));
        // a watermark or signature with no place named goes there too; with one, where it is said
        assertEquals("bottom_right", steps("watermark it with \"© 2026 Studio\"").getFirst().params().get("position"));
        assertEquals("bottom_right", steps("加水印“小王摄影”").getFirst().params().get("position"));
        assertEquals("center", steps("add a watermark \"DRAFT\" in the center").getFirst().params().get("position"));
        assertEquals("center", steps("add \"hello\"").getFirst().params().get("position"));
    }

    @Test
    void aMoodyLookIsDarker() {
        for (String moody : List.of("make it moodier", "give it a moody look", "make it more moody")) {
            List<EditStep> steps = steps(moody);
            assertEquals(1, steps.size(), moody);
            assertEquals("brightness", steps.getFirst().params().get("property"), moody);
            assertTrue(steps.getFirst().number("amount", 0) < 0, moody);
        }
        // a moody style keeps its style
        assertEquals(List.of(new EditStep("style", Map.of("name", "grayscale"))), steps("moody black and white"));
    }

    @Test
    void aDecadeNamedAsALookIsVintage() {
        assertEquals(List.of(new EditStep("style", Map.of("name", "vintage"))),
                steps("make it look like it was shot in the 70s"));
    }

    @Test
    void aMoveGoesWhereItsDirectionSaysNotWhereTheThingIs() {
        assertEquals(List.of(new EditStep("move", Map.of("dx", 0.0, "dy", -10.0, "unit", "px", "scale", 1.0))),
                steps("move the left shoe up 10px"));
        assertEquals(20.0, steps("move the right car down 20px").getFirst().number("dy", 0));
        assertEquals(0.0, steps("move the right car down 20px").getFirst().number("dx", 0));
        EditStep dragged = steps("drag it down a little").getFirst();
        assertEquals("move", dragged.op(), "'down a little' had read as darker");
        assertTrue(dragged.number("dy", 0) > 0);
        assertEquals("adjust", steps("move the exposure up a bit").getFirst().op());
    }

    @Test
    void aPictureSaidToBeUpsideDownTurnsHalfWayOnce() {
        List<EditStep> halfTurn = List.of(new EditStep("rotate", Map.of("degrees", 180.0)));
        for (String upsideDown : List.of("照片是倒的，帮我转过来", "照片倒了", "图片是倒着的，转正", "照片拍倒了，帮我旋转一下",
                "the photo is upside down, rotate it", "it's upside down, turn it around", "这张图倒了，转一下")) {
            assertEquals(halfTurn, steps(upsideDown), upsideDown);
        }
        // a turn with its own angle after the statement is a turn of its own
        assertEquals(2, steps("it's upside down, then rotate it 90 degrees").size());
        // 倒 in other words, or something other than the picture fallen over, is no turn
        assertEquals("remove", steps("把倒了的杯子去掉").getFirst().op());
        assertEquals("text", steps("在顶部写“倒计时3天”").getFirst().op());
        assertTrue(steps("杯子倒了").stream().noneMatch(s -> s.op().equals("rotate")));
    }

    @Test
    void lookingLikeAMetalIsAMaterialAndTheMetalsColourIsARecolour() {
        for (String metal : List.of("make the chair look like gold", "make the chair look like silver",
                "make the chair out of gold", "make the spoon look like it's made of silver")) {
            assertEquals("material", steps(metal).getFirst().params().get("category"), metal);
        }
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#d4a017"))), steps("make the chair gold"));
        assertEquals("recolor", steps("make the car silver-coloured").getFirst().op());
        // the model had read this as cooler, away from the colour named
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#d4a017"))), steps("make the frame look gold"));
        // a cast named stays a shift of the white balance
        assertEquals(Map.of("property", "warmth", "amount", -0.3), steps("there is a yellow cast").getFirst().params());
    }

    @Test
    void aBackgroundTakenAwayAndGivenAColourIsOneBackground() {
        EditStep white = new EditStep("background", Map.of("mode", "color", "color", "#ffffff"));
        assertEquals(List.of(white), steps("remove the background and add a white one"));
        assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#2e9e3e"))),
                steps("get rid of the background and put a green one behind it"));
        // cut out, with the background gone, keeps the thing cut out
        EditStep transparent = new EditStep("background", Map.of("mode", "transparent"));
        assertEquals(List.of(transparent), steps("cut the person out, no background"));
        assertEquals(List.of(transparent), steps("cut the person out, transparent background"));
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("cut the person out"));
        // a colour for something else after the background is no background
        assertEquals(List.of("background", "text"),
                steps("remove the background and add \"SALE\" in white").stream().map(EditStep::op).toList());
    }

    @Test
    void moreOfAColourAfterAShiftTheSameWaySaysTheShiftAgain() {
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "warmth", "amount", -0.3))),
                steps("make the tones cooler and bluer"));
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "warmth", "amount", 0.3))),
                steps("warmer and more orange"));
        // the other way it is two edits as said
        assertEquals(List.of("adjust", "recolor"),
                steps("make it cooler and more orange").stream().map(EditStep::op).toList());
    }

    @Test
    void blurAskedForIsABlurAndBlurComplainedOfIsSharpened() {
        // the model, knowing "有点模糊" as a complaint, had sharpened these, and read "add some blur" as nothing
        for (String add : List.of("加点模糊", "来点模糊", "加一点模糊", "add some blur")) {
            assertEquals(List.of(new EditStep("blur", Map.of("target", "selection"))), steps(add), add);
        }
        assertEquals("sharpen", steps("有点模糊").getFirst().op());
        assertEquals("sharpen", steps("太模糊了").getFirst().op());
        // a dreamy look is a soft blur of the whole picture; with the background named, of the background
        assertEquals(List.of(new EditStep("blur", Map.of("target", "image"))), steps("give it a dreamy soft look"));
        assertEquals(List.of(new EditStep("blur", Map.of("target", "image"))), steps("make it dreamy"));
        assertEquals("background", steps("make the background dreamy").getFirst().params().get("target"));
    }

    @Test
    void moreOrLessOfAPropertyGoesTheWayTheQuantitySays() {
        // the model had turned "多点对比" into less contrast and "少点对比" into more
        assertTrue(steps("多点对比").getFirst().number("amount", 0) > 0);
        assertTrue(steps("少点对比").getFirst().number("amount", 0) < 0);
        assertTrue(steps("对比度少一点").getFirst().number("amount", 0) < 0);
        assertEquals(Map.of("property", "brightness", "amount", 0.3), steps("加点光").getFirst().params());
        assertEquals(Map.of("property", "saturation", "amount", -0.3), steps("少点颜色").getFirst().params());
        // less of the cool is warmer
        assertEquals(Map.of("property", "warmth", "amount", 0.3), steps("少点冷色").getFirst().params());
        assertTrue(steps("take away some contrast").getFirst().number("amount", 0) < 0);
        // a quantity with no way ("一点") is left to the model
        assertTrue(steps("对比度高一点").getFirst().number("amount", 0) > 0);
    }

    @Test
    void aToneOrStyleChangeOfTheBackgroundGoesOutsideTheSelection() {
        Map<String, Object> darkerAround = Map.of("property", "brightness", "amount", -0.3, "region", "outside");
        assertEquals(List.of(new EditStep("adjust", darkerAround)), steps("darken the background"));
        assertEquals(List.of(new EditStep("adjust", darkerAround)), steps("把背景弄暗"));
        Map<String, Object> greyAround = Map.of("name", "grayscale", "region", "outside");
        for (String around : List.of("make the background black and white", "背景变成黑白", "背景去色",
                "make everything except the person black and white", "把人物以外变成黑白")) {
            assertEquals(List.of(new EditStep("style", greyAround)), steps(around), around);
        }
        // "sharpen the background" had been a background blur, its opposite
        assertEquals(List.of(new EditStep("sharpen", Map.of("amount", 0.5, "region", "outside"))),
                steps("sharpen the background"));
        // the background's own ops keep their meaning, and a grey background is a colour
        assertEquals(List.of(new EditStep("blur", Map.of("target", "background"))), steps("blur the background"));
        assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#808080"))),
                steps("gray background"));
        // the background kept as it is is no place for the change, nor an edit of its own
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "brightness", "amount", 0.3))),
                steps("brighten the person, not the background"));
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "brightness", "amount", 0.3))),
                steps("背景不要动，人物调亮"));
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "brightness", "amount", 0.3))),
                steps("make it brighter but keep the background as is"));
        // read again without the background: "make the background cooler" had been nothing, "desaturate the
        // backdrop" a cut-out; taking the background away stays that
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "warmth", "amount", -0.3, "region", "outside"))),
                steps("make the background cooler"));
        assertEquals("outside", steps("desaturate the backdrop").getFirst().params().get("region"));
        assertEquals(List.of(new EditStep("background", Map.of("mode", "transparent"))), steps("knock out the background"));
        // an exception said before its clause belongs to it
        assertEquals(List.of(new EditStep("style", greyAround)), steps("除了人物，其他都变成黑白"));
    }

    @Test
    void aMoveToAPlaceSaysThePlaceAndAMoveThatWayADistance() {
        for (String corner : List.of("move it to the top right corner", "把它移到右上角")) {
            EditStep step = steps(corner).getFirst();
            assertEquals("top_right", step.params().get("to"), corner);
            assertEquals(0.0, step.number("dx", 1));
        }
        for (String centre : List.of("center it", "put the logo in the middle", "放到中间", "居中")) {
            assertEquals("center", steps(centre).getFirst().params().get("to"), centre);
        }
        // a place and a size are one move; a direction without a place stays a distance
        EditStep smaller = steps("move it to the bottom left corner and make it 20% smaller").getFirst();
        assertEquals(List.of("bottom_left", 0.8), List.of(smaller.params().get("to"), smaller.number("scale", 1)));
        assertEquals(-20.0, steps("move it to the left").getFirst().number("dx", 0));
        assertEquals(-20.0, steps("挪到左边一点").getFirst().number("dx", 0));
        assertEquals(-30.0, steps("move it to the left 30px").getFirst().number("dx", 0));
    }

    @Test
    void aHalfTurnInChineseAndFormatsNamedInChineseAreRead() {
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 180.0))), steps("转半圈"));
        assertEquals("9:16", steps("裁成竖版").getFirst().params().get("aspect"));
        assertEquals("16:9", steps("裁成横版").getFirst().params().get("aspect"));
        assertEquals("1:1", steps("裁成方的").getFirst().params().get("aspect"));
    }

    @Test
    void sliverAsAColourIsSilver() {
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#c0c0c0"))), steps("paint the car sliver"));
        assertEquals("a sliver of blue", Spelling.correct("a sliver of blue"));
    }

    @Test
    void aColourSwappedInIsARecolourAndASubjectSetOnAColourIsABackground() {
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#101010", "source_color", "#ffffff"))),
                steps("swap the white shirt for a black one"));
        assertEquals("unsupported", steps("swap the dog for a cat").getFirst().op());
        for (String onWhite : List.of("isolate the subject on white", "place the product on a white background",
                "cut the person out and place them on white")) {
            assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#ffffff"))), steps(onWhite),
                    onWhite);
        }
        // two colours: a recolour from one to the other, not a background
        assertEquals("recolor", steps("put the red car on black").getFirst().op());
    }

    @Test
    void aCastPutRightBesideItsDirectionIsOneShiftAndAfterADislikeTheWishIsTheStep() {
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "warmth", "amount", -0.3))),
                steps("remove the colour cast, it's too warm"));
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "warmth", "amount", -0.3))), steps("偏色了，太黄"));
        // a cast that names its colour says its own direction, alone
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "warmth", "amount", -0.3))),
                steps("remove the yellow cast"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#1f5fd0"))), steps("i don't like the colour, make it blue"));
        assertEquals(List.of(new EditStep("style", Map.of("name", "grayscale"))), steps("日系小清新不要，直接黑白"));
        // a thing not wanted is still removed
        assertEquals("remove", steps("路人不要，背景虚化").getFirst().op());
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("i don't want the lamp post there"));
    }

    @Test
    void titlesGoAtTheTopAndCaptionsAtTheBottomUnlessAPlaceIsNamed() {
        assertEquals("top", steps("add a title: 'My Trip'").getFirst().params().get("position"));
        assertEquals("top", steps("加个标题“菜单”").getFirst().params().get("position"));
        assertEquals("bottom", steps("add a caption 'at the lake'").getFirst().params().get("position"));
        assertEquals("bottom", steps("加上字幕“你好世界”").getFirst().params().get("position"));
        assertEquals("bottom", steps("add the title 'Menu' at the bottom").getFirst().params().get("position"));
        assertEquals("center", steps("write 'Hello'").getFirst().params().get("position"));
    }

    @Test
    void plusAndAmpersandJoinTwoEditsButNotASignOrBlackAndWhite() {
        assertEquals(List.of("style", "vignette"), ops("grayscale + vignette"));
        assertEquals(List.of("crop", "rotate"), ops("crop & rotate"));
        assertEquals(List.of("style"), ops("black & white"));
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "brightness", "amount", 0.2))),
                steps("brightness +20%"));
        // a high-contrast look is more contrast and the look; "too high" is a complaint
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "contrast", "amount", 0.3)),
                new EditStep("style", Map.of("name", "grayscale"))), steps("high-contrast b&w"));
        assertEquals(-0.3, steps("the contrast is too high").getFirst().number("amount", 0));
    }

    @Test
    void turnsShapesAndSizesSaidAsTheModelHadNotRead() {
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 90.0))), steps("转一下"));
        assertEquals(List.of(new EditStep("flip", Map.of("axis", "horizontal"))), steps("水平翻转"));
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "1:1"))), steps("裁一下，1比1"));
        // a crop with its own shape taken back keeps the shape said last
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "4:3"))), steps("crop to 16:9, I mean 4:3"));
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "16:9"))), steps("make it a youtube thumbnail"));
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "9:16"))), steps("做成抖音竖屏"));
        assertEquals(List.of(new EditStep("upscale", Map.of("factor", 4))), steps("make the photo 4 times bigger"));
        assertEquals("move", steps("make the logo 4 times bigger").getFirst().op());
        assertEquals(List.of(new EditStep("blur", Map.of("target", "background"))), steps("bluer the background"));
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "brightness", "amount", 0.3))),
                steps("the shadows are too deep, lift them"));
        assertEquals(List.of(new EditStep("style", Map.of("name", "watercolor"))), steps("油画效果"));
    }

    @Test
    void scenesAgesAndWeatherNeedAGenerativeModelAndAWishTakenBackAsksForNothing() {
        for (String scene : List.of("turn night into day", "把白天变成黑夜", "make the person older", "make her younger")) {
            assertEquals("subject_replace", steps(scene).getFirst().params().get("category"), scene);
        }
        assertEquals("subject_add", steps("下雪").getFirst().params().get("category"));
        assertEquals("subject_add", steps("let it rain").getFirst().params().get("category"));
        // the photo made older is a look; 白天 names no colour
        assertEquals(List.of(new EditStep("style", Map.of("name", "vintage"))), steps("make it look older"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#1f5fd0"))), steps("白天的天空变成蓝色"));
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "brightness", "amount", 0.3))),
                steps("change the text colour to... nah, just make it brighter"));
        // a statement that something is there makes no step; the clause after it says what to do
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("there's a stranger in the background, remove him"));
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("背景里有个路人，去掉"));
    }

    @Test
    void numbersSaidInLooserWaysReachTheirParameters() {
        // two directions said together share the distance after them; "and" before another edit still splits
        EditStep diagonal = steps("move it down and to the right by 30px").getFirst();
        assertEquals(List.of(30.0, 30.0), List.of(diagonal.number("dx", 0), diagonal.number("dy", 0)));
        assertEquals(List.of(new EditStep("move", Map.of("dx", -20.0, "dy", 0.0, "unit", "px", "scale", 1.2))),
                steps("move it left and make it bigger"));
        assertEquals(0.75, steps("make it three quarters of its size").getFirst().number("scale", 1));
        assertEquals(1.2, steps("make the selection 120% of its size").getFirst().number("scale", 1));
        assertEquals(12.0, steps("blur the background with radius 12").getFirst().number("radius", 0));
        assertEquals(List.of(new EditStep("upscale", Map.of("factor", 4))), steps("upscale by a factor of 4"));
        // after text, a bare place and a bare colour are how the text goes
        assertEquals(List.of(new EditStep("text", Map.of("text", "Happy New Year", "position", "top", "color", "#e02020"))),
                steps("text: Happy New Year, top, red"));
        assertEquals(List.of(new EditStep("text", Map.of("text", "夏日特惠", "position", "right", "color", "#ff8c1a"))),
                steps("在右边加文字『夏日特惠』，颜色用橙色"));
    }

    @Test
    void whatUsersSayAroundTheWishShapesItWithoutAStepOfItsOwn() {
        assertEquals(List.of(new EditStep("blur", Map.of("target", "background"))), steps("hey can u blur the bg real quick"));
        // a thing in the background blurred stays the selection
        assertEquals(List.of(new EditStep("blur", Map.of("target", "selection"))), steps("blur the person in the background"));
        assertEquals(List.of(new EditStep("adjust", Map.of("property", "warmth", "amount", 0.6))),
                steps("the colors are off, way too blue"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", -2.0))),
                steps("the horizon is tilted 2 degrees to the right, fix it"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 3.0))),
                steps("the building is leaning 3 degrees to the left, straighten it"));
        // an angle after a verb of turning is the turn asked for
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 5.0))),
                steps("it's tilted so rotate it 5 degrees clockwise"));
        assertEquals(List.of(new EditStep("expand", Map.of("direction", "top"))), steps("I want more space above his head"));
        assertEquals(List.of(new EditStep("upscale", Map.of("factor", 2))), steps("make this printable at large size"));
        assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#ffffff"))),
                steps("麻烦把背景弄成白色，我要上传淘宝"));
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("右边那个人太碍眼了，去掉吧"));
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("that trash can is an eyesore"));
    }

    @Test
    void aComplaintBeforeItsFixMakesNoStepOfItsOwn() {
        // a colour complained of, then recoloured: that colour is what changes
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#4d4d4d", "source_color", "#e02020"))),
                steps("the red on the bus is too loud, make it a dark grey"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#ff8c1a", "source_color", "#f5d000"))),
                steps("i hate the yellow, make it orange"));
        // a vague look, then the property to fix it with
        assertEquals(List.of(adjust("contrast", 0.3)), steps("it's washed out and boring, more contrast please"));
        assertEquals(List.of(new EditStep("sharpen", Map.of("amount", 0.5))), steps("kinda hazy, sharpen it"));
        // a complaint that names its own property stays, and so does a fix said to come as well
        assertEquals(List.of(adjust("brightness", 0.3), adjust("contrast", 0.3)), steps("it's too dark, add contrast"));
        assertEquals(List.of(adjust("saturation", 0.3), adjust("contrast", 0.3)),
                steps("it's washed out, add contrast too"));
        // a look of a season, then how to get it
        assertEquals(List.of(adjust("warmth", -0.3)), steps("make it look like winter, colder tones"));
        // a question about the look asks for nothing; a request put as a question does
        assertEquals(List.of(), steps("is this image too dark?"));
        assertEquals(List.of(), steps("do you think it's too saturated"));
        assertEquals(List.of(adjust("brightness", 0.3)), steps("is it possible to make it brighter?"));
        // where the picture goes is said, then what to do
        assertEquals(List.of(new EditStep("sharpen", Map.of("amount", 0.5))), steps("i'm uploading it to youtube, sharpen it"));
        assertEquals(List.of(adjust("brightness", 0.3)), steps("this is for instagram, brighten it"));
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "1:1"))), steps("crop for an instagram post"));
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "9:16"))), steps("crop for instagram story"));
    }

    @Test
    void wordsForLooksAndHidingThatTheModelHadNotLearnt() {
        assertEquals(List.of(style("invert")), steps("x-ray effect"));
        assertEquals(List.of(style("invert")), steps("xray look"));
        assertEquals(List.of(style("vintage")), steps("lomo effect"));
        // 杂色 is colour noise, not 去色
        assertEquals(List.of(new EditStep("denoise", Map.of("amount", 0.5))), steps("去除杂色"));
        assertEquals(List.of(style("pixelate")), steps("mosaic blur on the plate"));
        assertEquals(List.of(style("pixelate")), steps("hide the kid's face"));
        assertEquals(List.of(style("pixelate")), steps("把车牌遮住"));
        // covering with something is a thing added, not a censor
        assertEquals("unsupported", steps("hide the ugly cable with a plant").getFirst().op());
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.5))), steps("dark edges around the photo"));
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.5))), steps("边缘压暗"));
        // edges said to be too dark want light there, not a darker vignette (edgesToBeLighterAreAVignetteTheOtherWay)
        assertEquals(-0.5, steps("the edges are too dark, brighten them").getFirst().number("amount", 0), 1e-9);
        assertEquals(List.of(style("grayscale")), steps("b+w"));
        assertEquals(List.of(style("vintage")), steps("film look, faded and nostalgic"));
        assertEquals(List.of(style("vintage"), adjust("warmth", 0.3)), steps("vintage and warmer"));
        assertEquals(List.of(adjust("warmth", 0.3)), steps("warmth +"));
        assertEquals(List.of(adjust("saturation", -0.3)), steps("saturation -"));
        assertEquals(List.of(adjust("warmth", -0.3)), steps("cooler please"));
        assertEquals(List.of(adjust("warmth", -0.3)), steps("冷蓝色调"));
        assertEquals(List.of(adjust("warmth", 0.3)), steps("change the cool tones to warm tones"));
        // less of a cool colour is warmer
        assertEquals(List.of(adjust("warmth", 0.3)), steps("少点冷色"));
    }

    @Test
    void thingsWishedGoneOrInAndColoursMadeMoreOfThemselves() {
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("clean this spot"));
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("make the bird go away"));
        // a thing said to be gone is no request
        assertEquals(List.of(), steps("车不见了"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#f5d000"))), steps("i'd love the bag in mustard yellow"));
        assertEquals("subject_add", steps("i'd love some birds in the sky").getFirst().text("category", ""));
        assertEquals("pose", steps("make the cat sleep").getFirst().text("category", ""));
        // a look of a material is still a material
        assertEquals("material", steps("make the table look like marble").getFirst().text("category", ""));
        assertEquals(List.of(adjust("brightness", 0.3)), steps("make the whites whiter"));
        assertEquals(List.of(adjust("contrast", 0.3)), steps("make the blacks blacker"));
        assertEquals(List.of(adjust("saturation", 0.3)), steps("make the reds redder"));
        assertEquals(List.of(adjust("contrast", 0.15)), steps("crush the blacks a little"));
        assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#ffffff"))), steps("white bg"));
        assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#101010"))),
                steps("studio shot on black"));
        assertEquals(List.of(new EditStep("crop", Map.of())), steps("crop out everything except the selection"));
        assertEquals(List.of(new EditStep("upscale", Map.of("factor", 4))), steps("make the photo bigger, 4x"));
        // a multiple taken back is the new one
        assertEquals(List.of(new EditStep("upscale", Map.of("factor", 4))), steps("upscale 2x... no, 4x"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#c3b091"))), steps("裤子颜色换成卡其色"));
        assertEquals(List.of(new EditStep("smooth_skin", Map.of("amount", 0.5)), adjust("brightness", 0.15)),
                steps("磨皮，美白一点"));
        // with 磨皮 in one clause, 美白 is the same retouch
        assertEquals(List.of(new EditStep("smooth_skin", Map.of("amount", 0.5))), steps("磨皮美白"));
    }

    @Test
    void chainsSecondThoughtsAndSignedAnglesSaidTheWayPeopleTypeThem() {
        // black before "and" joins two edits unless white follows
        assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#101010")),
                new EditStep("text", Map.of("text", "NEW", "position", "top_right", "color", "#ffffff"))),
                steps("turn the background black and add \"NEW\" in the top right in white"));
        assertEquals(List.of(style("grayscale"), adjust("contrast", 0.3)), steps("make it black and white and add contrast"));
        // a property with an amount but no direction goes the way of the one before, by its own amount
        assertEquals(List.of(adjust("brightness", 0.2), adjust("contrast", 0.1)),
                steps("increase brightness by 20% and contrast by 10%"));
        assertEquals(List.of(adjust("saturation", -0.3), adjust("warmth", -0.1)),
                steps("reduce saturation by 30% and warmth by 10%"));
        // second thoughts said in more words, or as 不是
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 90.0))), steps("rotate left, sorry I mean right"));
        assertEquals(List.of(new EditStep("flip", Map.of("axis", "horizontal"))),
                steps("flip it vertically, sorry I mean horizontally"));
        assertEquals(30.0, steps("往左移，不是，往右移30像素").getFirst().number("dx", 0));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#1f5fd0"))), steps("变成红色，不是，蓝色"));
        // "不是很亮" is a complaint, not a second thought
        assertEquals(List.of(adjust("brightness", 0.3)), steps("不是很亮"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", -90.0))), steps("旋转-90度"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 30.0))), steps("旋转+30度"));
    }

    @Test
    void photoTalkHashtagsAndPicturesLyingOnTheirSide() {
        assertEquals(List.of(adjust("contrast", 0.3)), steps("dehaze"));
        assertEquals(List.of(adjust("contrast", 0.3)), steps("去雾"));
        // sky and water named with a colour are what changes colour; the light alone is a white balance
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#1f5fd0"))), steps("天空更蓝一点"));
        assertEquals("adjust", steps("更蓝一点").getFirst().op());
        // a picture on its side is a quarter turn, and "rotate it" after that says no second one
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 90.0))), steps("照片是横的，转正"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 90.0))), steps("the photo is sideways, rotate it"));
        assertEquals(List.of(new EditStep("text", Map.of("text", "#summer", "position", "bottom_right", "color", "#ffffff"))),
                steps("add a hashtag #summer in the corner"));
        // a colour's hex value is still a colour
        assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#ff0000"))),
                steps("make the background red #ff0000"));
        assertEquals(List.of(new EditStep("crop", Map.of())), steps("crop it for a linkedin banner"));
        assertEquals(List.of(new EditStep("expand", Map.of("direction", "all"))), steps("zoom out a bit, add more background"));
        // a side named is a widening of its own
        assertEquals(2, steps("expand the left side, and add more at the top").size());
    }

    @Test
    void topicsSizesBusyBackgroundsAndThingsPutOnSomeone() {
        // a thing named alone is what the clause after acts on; a property named alone is not a topic
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#e02020", "source_color", "#1f5fd0"))),
                steps("ok so the umbrella, make it red instead of blue"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#e02020", "source_color", "#1f5fd0"))),
                steps("那把伞，蓝的改成红的"));
        assertEquals(List.of(adjust("brightness", -0.3), adjust("contrast", -0.3)),
                steps("the brightness and the contrast should be lower"));
        // a size complained of: the resize after it, once; alone, the fix; for print, more pixels
        assertEquals(List.of(move(0.5)), steps("logo太大了，缩小一半"));
        assertEquals("move", steps("logo太大了").getFirst().op());
        assertTrue(steps("logo太大了").getFirst().number("scale", 1) < 1);
        assertEquals(List.of(new EditStep("upscale", Map.of("factor", 2))), steps("it's too small for printing, upscale it"));
        assertEquals(List.of(new EditStep("upscale", Map.of("factor", 2))), steps("too small to print, can you make it bigger"));
        // how a photo came out is how it is
        assertEquals(List.of(adjust("brightness", 0.6)), steps("the photo came out really dark"));
        // a busy background is what a background blur quiets, and a bare blur after it is that blur
        assertEquals(List.of(new EditStep("blur", Map.of("target", "background"))),
                steps("the background is distracting, blur it out"));
        assertEquals(List.of(new EditStep("blur", Map.of("target", "background"))), steps("背景太乱了，虚化掉"));
        assertEquals(2, steps("背景虚化，然后模糊一下人物").size());
        // a thing to wear or hold is a new thing; hands held and a colour worn are not
        assertEquals("subject_add", steps("make him wear a hat").getFirst().text("category", ""));
        assertEquals("subject_add", steps("让她穿上裙子").getFirst().text("category", ""));
        assertEquals("pose", steps("make them hold hands").getFirst().text("category", ""));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#e02020"))), steps("make her wear red"));
        // the colour of a complaint is the complaint's
        assertEquals(List.of(adjust("warmth", 0.3)), steps("it feels cold and blue, warm it"));
        assertEquals(List.of(style("vintage")), steps("give it that 90s disposable camera feel"));
        assertEquals(List.of(style("invert")), steps("颜色全部反过来"));
        assertEquals(List.of(style("cyberpunk")), steps("搞成银翼杀手那种风格"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 180.0))), steps("照片倒过来了哈哈"));
        assertEquals(List.of(adjust("saturation", 0.3)), steps("颜色有点没精神"));
    }

    @Test
    void complaintsBeforeTheirFixesWishesAndMaterialsSaidInPassing() {
        // a colour complained of, then the colour wanted: one recolour, from the one to the other
        assertEquals(List.of(new EditStep("recolor", Map.of("source_color", "#2e9e3e", "color", "#138a8a"))),
                steps("that green is ugly, go with teal"));
        assertEquals("recolor", steps("the blue looks awful, try orange").getFirst().op());
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("remove the red car"));
        // what is hard to make out, then what makes it clear: that fix alone; alone, a sharpening
        assertEquals(List.of(new EditStep("sharpen", Map.of("amount", 0.5))), steps("招牌上的字看不清，锐化"));
        assertEquals(List.of(new EditStep("sharpen", Map.of("amount", 0.5))), steps("it's hard to read"));
        // a colour wondered about is a recolour; a thing that has to go, a removal
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#f5d000"))), steps("hmm what if the door was yellow"));
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("the guy in red needs to go"));
        // a material named is a material; a thing named after one ("the glass") keeps its colour
        assertEquals("material", steps("make the jacket denim").getFirst().text("category", ""));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#1f5fd0"))), steps("make the glass blue"));
        // the hole filled after a removal is the removal's own fill
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("remove the person and fill in the background"));
        // too little of a property, or one turned back
        assertEquals(List.of(adjust("brightness", 0.3)), steps("光线不够"));
        assertEquals(List.of(adjust("brightness", -0.15)), steps("亮度往回调一点"));
        assertEquals(List.of(adjust("warmth", 0.3)), steps("来点黄金时刻的暖光"));
        assertEquals(List.of(style("cartoon")), steps("皮克斯风格"));
        assertEquals(List.of(style("grayscale")), steps("i want it to look like an old newspaper photo"));
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "16:9"))), steps("做成B站封面"));
        assertEquals(List.of(new EditStep("expand", Map.of("direction", "all"))), steps("画布四周加大"));
        assertEquals(List.of(new EditStep("expand", Map.of("direction", "right"))), steps("画布往右扩大"));
        assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#c0c0c0"))), steps("背景改成浅灰"));
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("能让污渍消失吗"));
        assertEquals(List.of(new EditStep("blur", Map.of("target", "background"))), steps("背景太清楚了，虚一点"));
        assertEquals(List.of(), steps("干得漂亮！"));
    }

    @Test
    void inputMethodSlipsSharesOfThePictureAndEnlargementsBesideQualitySteps() {
        // a Chinese input method's slips of the catalogue's words, and small words with letters swapped
        assertEquals(List.of(style("grayscale")), steps("转成黑百"));
        assertEquals(List.of(new EditStep("denoise", Map.of("amount", 0.5)), new EditStep("sharpen", Map.of("amount", 0.5))),
                steps("去燥一下再锐化"));
        assertEquals(List.of(style("grayscale")), steps("conver to black adn white"));
        // a distance as a share of the picture is a percentage of it
        assertEquals(List.of(new EditStep("move", Map.of("dx", 0.0, "dy", 10.0, "unit", "percent", "scale", 1.0))),
                steps("move it down by a tenth of the picture"));
        assertEquals(List.of(new EditStep("move", Map.of("dx", 25.0, "dy", 0.0, "unit", "percent", "scale", 1.0))),
                steps("把它向右移动画面的四分之一"));
        // twice as big before sharpening or denoising is the picture; alone, the selection
        assertEquals(List.of(new EditStep("upscale", Map.of("factor", 2)), new EditStep("sharpen", Map.of("amount", 0.5))),
                steps("放大2倍再锐化"));
        assertEquals(List.of(move(2.0)), steps("放大两倍"));
        // what is kept is no removal
        assertEquals(List.of(new EditStep("background", Map.of("mode", "transparent"))),
                steps("keep the person, remove the background"));
        assertEquals(List.of(new EditStep("smooth_skin", Map.of("amount", 0.5))), steps("只磨脸部"));
    }

    @Test
    void tiltsSaidSideFirstPicturesTooBigThingsMovedAWayAndPeopleMadeIntoOthers() {
        // a tilt stated side first is straightened the other way; a tilt asked for is that tilt
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 2.0))),
                steps("the horizon is tilted to the left by about 2 degrees"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", -3.0))), steps("照片往右歪了3度"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", -5.0))), steps("向左倾斜5度"));
        // the picture too big has no op of its own, too small is upscaled; a thing too big is made smaller
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "16:9"))),
                steps("the photo is too big for the website, crop it to 16:9"));
        assertEquals(List.of(new EditStep("upscale", Map.of("factor", 2))), steps("the photo is too small, can you fix it"));
        assertEquals(List.of(move(0.8)), steps("the logo is too big"));
        // moved a way with a verb of moving; brought up, a property
        assertEquals(List.of(new EditStep("move", Map.of("dx", 0.0, "dy", -20.0, "unit", "px", "scale", 1.0))),
                steps("shift everything up a little"));
        assertEquals(List.of(new EditStep("move", Map.of("dx", 0.0, "dy", -20.0, "unit", "px", "scale", 1.0))),
                steps("整体往上挪一点"));
        assertEquals("adjust", steps("bring up the shadows").getFirst().op());
        assertEquals(List.of(new EditStep("flip", Map.of("axis", "horizontal"))),
                steps("mirror the selfie so the text reads right"));
        assertEquals(List.of(new EditStep("flip", Map.of("axis", "horizontal"))), steps("翻一下"));
        // what the picture is for or shows asks for nothing; the clause after does
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "2:3"))), steps("I need this for a poster, make it 2:3"));
        assertEquals(List.of(new EditStep("smooth_skin", Map.of("amount", 0.25))),
                steps("it's a portrait of my mom, could you smooth her skin a little"));
        assertEquals("subject_replace", steps("lol make him a pirate").getFirst().text("category", ""));
        assertEquals("subject_replace", steps("哈哈把他变成海盗").getFirst().text("category", ""));
        assertEquals("adjust", steps("make her a bit brighter").getFirst().op());
        assertEquals(List.of(adjust("saturation", 0.3)), steps("让颜色更出彩"));
        assertEquals(List.of(adjust("brightness", -0.3)), steps("来点暗黑情绪风"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 90.0))), steps("照片是侧的，修正一下"));
    }

    @Test
    void courtesiesAroundARequestChangeNothingOfIt() {
        // openers and closers in either language, and what the model had made of them before they were set aside
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("ok remove the yellow car"));
        assertEquals(List.of(new EditStep("upscale", Map.of("factor", 2))), steps("can you make it high res?"));
        assertEquals(List.of(new EditStep("move", Map.of("to", "top_left", "dx", 0.0, "dy", 0.0, "unit", "px", "scale", 1.0))),
                steps("kindly put the logo in the top left corner"));
        assertEquals(List.of(style("sepia")), steps("I'd like you to make it sepia, thanks!"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#e02020"))), steps("把苹果染红行吗"));
        assertEquals(List.of(new EditStep("recolor", Map.of("color", "#e02020"))), steps("麻烦你把苹果染红呀"));
        assertEquals(List.of(new EditStep("background", Map.of("mode", "color", "color", "#c0c0c0"))),
                steps("能不能背景改成浅灰？"));
        // a particle or a tag question closes the sentence before it is split: "再高一点吧" is still "more"
        assertEquals(List.of(adjust("contrast", 0.15)), steps("对比度再高一点吧"));
        assertEquals(List.of(adjust("contrast", 0.15)), steps("对比度再高一点，好吗？"));
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "1:1"))), steps("裁一下，1比1呗"));
        // unquoted words end before the particle or the question mark; quoted ones keep theirs
        assertEquals("新品上市", steps("能不能把字放在右上角：新品上市？").getFirst().params().get("text"));
        assertEquals("晚安", steps("底部加一句：晚安呀").getFirst().params().get("text"));
        assertEquals("加油啊", steps("底部加一句“加油啊”").getFirst().params().get("text"));
        // words that only end like a particle, and courtesy alone, are what they were
        assertEquals(List.of(), steps("谢谢"));
        assertEquals(List.of(), steps("thanks so much!"));
        assertEquals("subject_add", steps("在背景里加一个酒吧").getFirst().text("category", ""));
    }

    @Test
    void anEllipsisEndsAClauseButStaysInTheTextToWrite() {
        // "16:9..." had kept a dot that hid the ratio, and "再强一些……" had been split at 再 into less contrast
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "16:9"))), steps("crop it to 16:9..."));
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "1:1"))), steps("裁剪成1:1……"));
        assertEquals(List.of(adjust("contrast", 0.15)), steps("对比度再强一些……"));
        assertEquals(List.of(adjust("brightness", 0.3), new EditStep("blur", Map.of("target", "background"))),
                steps("make it brighter… then blur the background"));
        // written as typed: three dots stay three (one had gone), and NFKC no longer spells "…" as dots
        assertEquals("hello world...", steps("add text: hello world...").getFirst().params().get("text"));
        assertEquals("即将开业……", steps("在底部写上即将开业……").getFirst().params().get("text"));
        assertEquals("Coming soon…", steps("add text: Coming soon…").getFirst().params().get("text"));
    }

    @Test
    void chineseNumeralsBeforeDegreesAndPixelsAreReadAsDigits() {
        // the model had known "转45度" and not "转四十五度", the tilt rule "歪了3度" and not "歪了三度"
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 45.0))), steps("转四十五度"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", -3.0))), steps("照片往右歪了三度"));
        assertEquals(20, steps("背景虚化半径二十像素").getFirst().number("radius", 0), 1e-9);
        // a signed numeral is a sign, not a "+" between two edits
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 30.0))), steps("旋转+三十度"));
    }

    @Test
    void aRadiusSaidOnItsOwnIsTheRadiusOfTheBlurBeforeIt() {
        // alone, "radius 10 px" had moved the selection up 10 px, "半径10像素" pixelated it and "半径为15" cropped
        for (String instruction : List.of("blur the background, radius 10 px", "blur the background. use a 10px radius",
                "模糊背景，半径十像素", "模糊背景，半径为10", "模糊一下背景，模糊半径10像素")) {
            List<EditStep> got = steps(instruction);
            assertEquals(1, got.size(), instruction + " -> " + got);
            assertEquals("background", got.getFirst().text("target", ""), instruction);
            assertEquals(10, got.getFirst().number("radius", 0), 1e-9, instruction);
        }
        assertEquals(6, steps("blur the selection, radius: 6").getFirst().number("radius", 0), 1e-9);
    }

    @Test
    void 将IsReadAs把ButNotAsWill() {
        for (String instruction : List.of("将logo移到左下角", "请将它放到画面中间", "将那个人从照片里弄走", "将我变成超人")) {
            assertEquals(steps(instruction.replace('将', '把')), steps(instruction), instruction);
        }
        assertEquals("bottom_left", steps("将logo移到左下角").getFirst().text("to", ""));
        assertEquals("即将开业", steps("在底部写上即将开业").getFirst().params().get("text"));
    }

    @Test
    void anAmountInWordsOrChineseNumeralsStillGoesTheWayOfThePropertyBefore() {
        // "contrast by ten percent" had gone down after "increase brightness by 20 percent"; "by 10 percent" had not
        assertEquals(List.of(adjust("brightness", 0.2), adjust("contrast", 0.1)),
                steps("increase brightness by 20 percent and contrast by ten percent"));
        assertEquals(List.of(adjust("brightness", 0.2), adjust("contrast", 0.1)), steps("亮度调高百分之二十，对比度百分之十"));
        assertEquals(List.of(adjust("brightness", -0.2), adjust("contrast", -0.1)), steps("降低亮度百分之二十，对比度百分之十"));
    }

    @Test
    void aResizeByAShareGoesTheWayItsWordSays() {
        // "make it 15% shorter" had grown it by 15%, "make him 15 percent shorter" had been no edit
        assertEquals(List.of(move(0.85)), steps("make it 15% shorter"));
        assertEquals(List.of(move(0.85)), steps("make him 15 percent shorter"));
        assertEquals(List.of(move(1.1)), steps("make the tree 10% taller"));
    }

    @Test
    void aCanvasGrownByPixelsKeepsThemAndIsNoMove() {
        assertEquals(List.of(new EditStep("expand", Map.of("direction", "top", "pixels", 100))), steps("向上扩展一百像素"));
        assertEquals(List.of(new EditStep("expand", Map.of("direction", "top", "pixels", 100))),
                steps("extend the canvas 100 px on top"));
        // the model, hearing a side and a distance, had moved the selection
        assertEquals(List.of(new EditStep("expand", Map.of("direction", "left", "pixels", 200))),
                steps("expand left by 200 pixels"));
        assertEquals(List.of(new EditStep("expand", Map.of("direction", "bottom", "pixels", 80))), steps("把画布往下延伸80像素"));
        assertEquals(List.of(new EditStep("expand", Map.of("direction", "left", "amount", 0.2))), steps("expand left by 20%"));
    }

    @Test
    void aClauseOpeningWithCropIsACrop() {
        // "crop out the left half" had moved the selection left, "把右边裁掉一点" removed it
        for (String instruction : List.of("crop out the left half", "crop off the bottom 100 pixels", "把右边裁掉一点")) {
            assertEquals(List.of(new EditStep("crop", Map.of())), steps(instruction), instruction);
        }
    }

    @Test
    void twoSidesNameACornerToMoveToUnlessALittleWayIsAsked() {
        // "move it to the top right" had gone 20 px up and right; as "to the top right corner" it goes there
        assertEquals("top_right", steps("move it to the top right").getFirst().text("to", ""));
        assertEquals(2.0, steps("make it 2x bigger and move it to the top right").getFirst().number("scale", 0), 1e-9);
        assertEquals("top_right", steps("make it 2x bigger and move it to the top right").getFirst().text("to", ""));
        for (String small : List.of("move it to the top right a bit", "nudge it to the upper left")) {
            assertEquals(20, Math.abs(steps(small).getFirst().number("dx", 0)), 1e-9, small);
        }
    }

    @Test
    void whatACropMustKeepShapesTheCrop() {
        // "保留人物" had cut the background out as well, "别裁掉头" removed the selection
        for (String instruction : List.of("裁成正方形，保留人物", "crop it square, keep her in frame")) {
            assertEquals(List.of(new EditStep("crop", Map.of("aspect", "1:1"))), steps(instruction), instruction);
        }
        assertEquals(List.of(new EditStep("crop", Map.of("aspect", "16:9"))), steps("裁成16比9，别裁掉头"));
    }

    @Test
    void redEyeIsItsRedMadeDarkNotTheEyeRemoved() {
        for (String instruction : List.of("remove red eye", "去掉红眼", "fix the red eyes")) {
            EditStep step = steps(instruction).getFirst();
            assertEquals("recolor", step.op(), instruction);
            assertEquals(Ops.RED_EYE, step.text("match", ""), instruction);
            assertEquals(Colors.find("red").getFirst().hex(), step.text("source_color", ""), instruction);
        }
        assertEquals(List.of(new EditStep("recolor", Map.of("color", Colors.find("red").getFirst().hex()))),
                steps("make her eyes red"));
    }

    @Test
    void aResizeThenAPlaceGoesThere() {
        EditStep step = steps("把logo缩小一半放到右下角").getFirst();
        assertEquals(0.5, step.number("scale", 0), 1e-9);
        assertEquals("bottom_right", step.text("to", ""));
    }

    @Test
    void howFarAnEditGoesSaidAfterItShapesThatEdit() {
        // alone, "不要太过" had removed the selection, "don't overdo it" darkened it, "强度大一点" brightened it
        assertEquals(List.of(new EditStep("sharpen", Map.of("amount", 0.25))), steps("锐化一下，不要太过"));
        assertEquals(List.of(new EditStep("sharpen", Map.of("amount", 0.25))), steps("sharpen it, don't overdo it"));
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.25))), steps("加暗角，不要太重"));
        assertEquals(List.of(new EditStep("blur", Map.of("target", "background"))), steps("背景虚化，强度大一点"));
        // stronger is more than the usual half, where "一点" alone had read as "a bit" and halved it
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.75))), steps("加个暗角，强一点"));
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.75))), steps("add a vignette, stronger"));
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.75))), steps("add a strong vignette"));
        assertEquals(List.of(new EditStep("denoise", Map.of("amount", 0.75))), steps("强力降噪"));
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.25))), steps("add a vignette, not too strong"));
    }

    @Test
    void edgesToBeLighterAreAVignetteTheOtherWay() {
        // "remove the vignette" had removed the selection, "lighten the corners" darkened them, "四角太暗了" and "the
        // corners are too dark" brightened the whole picture
        EditStep lighter = new EditStep("vignette", Map.of("amount", -0.5));
        for (String said : List.of("remove the vignette", "去掉暗角", "reduce vignetting", "lighten the corners",
                "brighten the edges", "the corners are too dark", "四角太暗了", "四角提亮", "the vignette is too strong",
                "the edges are too dark, brighten them", "四角太暗了，提亮一下")) {
            assertEquals(List.of(lighter), steps(said), said);
        }
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", -0.25))), steps("lighten up the edges a bit"));
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.5))), steps("darken the corners"));
        assertEquals(-0.25, steps("the edges are a bit dark").getFirst().number("amount", 0), 1e-9);
        assertEquals(List.of(lighter), steps("去除镜头暗角"));
        assertEquals(List.of(lighter), steps("四个角有点暗，提亮一下"));
    }

    @Test
    void howStrongAVignetteIsSaidAroundIt() {
        // "not too strong vignette" had lowered the saturation, "sepia, no vignette" added one, "强度30%" brightened
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.25))), steps("not too strong vignette"));
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.25))), steps("a vignette that is not too strong"));
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.25))), steps("add a soft vignette"));
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.25))), steps("slight vignette"));
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.3))), steps("加暗角，强度30%"));
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.4))), steps("add a vignette, intensity 0.4"));
        assertEquals(List.of(new EditStep("sharpen", Map.of("amount", 0.8))), steps("sharpen, strength 80%"));
        assertEquals(List.of("style"), ops("sepia, no vignette"));
        assertEquals(List.of(), ops("no vignette please"));
        assertEquals(List.of(), ops("what is a vignette"));
        assertEquals(List.of(new EditStep("vignette", Map.of("amount", 0.2))), steps("vignette, 20%"));
    }

    @Test
    void looksNamedForWhatTheyAreLikeAreTheEditsThatMakeThem() {
        // "黄昏色调" had been cooler, "sunset colors" more colour, "cinematic" a cartoon, "更有质感" a material refused,
        // "faded look" more colour, "日系" no edit
        for (String warmer : List.of("sunset tones", "黄昏色调", "夕阳的感觉", "晚霞的颜色", "make it look like sunset",
                "give it a sunset glow", "调成黄昏的色调")) {
            assertEquals(List.of(adjust("warmth", 0.3)), steps(warmer), warmer);
        }
        assertEquals(List.of(adjust("warmth", -0.3)), steps("sunset tones, but cooler"));
        assertEquals("subject_add", steps("add a sunset to the sky").getFirst().text("category", ""));
        for (String contrast : List.of("cinematic", "电影感", "give it a cinematic feel", "要有大片感")) {
            assertEquals(List.of(adjust("contrast", 0.3)), steps(contrast), contrast);
        }
        assertEquals(List.of(style("vintage")), steps("老电影风格"));
        assertEquals(List.of(style("vintage")), steps("filmic"));
        for (String sharper : List.of("更有质感", "增加画面质感", "提升一下质感", "bring out the texture", "add clarity")) {
            assertEquals("sharpen", steps(sharper).getFirst().op(), sharper);
        }
        assertEquals("material", steps("金属质感").getFirst().text("category", ""));
        assertEquals("material", steps("花瓶做成瓷器质感").getFirst().text("category", ""));
        assertEquals(List.of(style("vintage")), steps("胶片质感"));
        assertEquals(List.of(adjust("saturation", -0.3)), steps("give it a faded look"));
        assertEquals(List.of(adjust("saturation", 0.3)), steps("the colors are faded"));
        assertEquals(List.of(adjust("contrast", -0.3)), steps("matte look"));
        assertEquals(List.of(adjust("brightness", 0.3)), steps("日系小清新"));
        assertEquals(List.of(style("vintage")), steps("日系胶片风"));
    }

    @Test
    void editsTheCatalogueHasNoOpForMakeNoStep() {
        // the model had read the nearest op it knew: pixelation in blocks of 800, a removal, a denoise (the opposite)
        for (String none : List.of("resize to 800 pixels wide", "resize it to 1024x768", "把尺寸改成800x600",
                "fix the perspective", "透视校正", "make it grainy", "add film grain", "加噪点", "remove the green tint")) {
            assertEquals(List.of(), steps(none), none);
        }
        assertEquals(List.of("denoise"), ops("add noise reduction"));
        assertEquals(List.of("upscale"), ops("upscale to 3840x2160"));
    }

    @Test
    void aColourCastTakenAwayGoesTheOtherWayInWarmth() {
        // "remove the red tint" had removed the selection
        assertEquals(List.of(adjust("warmth", -0.3)), steps("remove the red tint"));
        assertEquals(List.of(adjust("warmth", 0.3)), steps("remove the blue tint"));
        assertEquals(List.of("remove"), ops("remove the red car"));
    }

    @Test
    void anotherOfTheThingSelectedIsAThingAdded() {
        assertEquals("subject_add", steps("duplicate the bird").getFirst().text("category", ""));
        assertEquals("subject_add", steps("clone the tree").getFirst().text("category", ""));
        assertEquals("subject_add", steps("把这只猫复制一个").getFirst().text("category", ""));
        assertEquals(List.of("remove"), ops("clone out the power lines"));
    }

    @Test
    void aCropToASizeInPixelsKeepsItsShape() {
        // these had cropped to the selection
        assertEquals("16:9", steps("crop to 1920x1080").getFirst().text("aspect", ""));
        assertEquals("16:9", steps("裁剪成1920×1080").getFirst().text("aspect", ""));
        assertEquals("1:1", steps("crop it to 1080x1080").getFirst().text("aspect", ""));
        assertEquals("4:5", steps("crop to 1080 x 1350 px").getFirst().text("aspect", ""));
        assertEquals("16:9", steps("crop to 1366x768").getFirst().text("aspect", ""), "within 1% of 16:9");
        assertEquals("10:7", steps("crop to 1000x700").getFirst().text("aspect", ""), "no common shape: lowest terms");
        assertEquals(List.of(), steps("resize to 1920x1080"), "a resize to pixels is no op of the catalogue");
    }

    @Test
    void automaticCorrectionIsNoOpOfTheCatalogue() {
        // "auto fix" had smoothed skin, "auto-correct the colors" lowered the saturation, "一键美化" smoothed skin
        for (String none : List.of("auto fix", "auto-correct the colors", "automatically adjust the colours",
                "one-click enhance", "一键美化", "自动调色")) {
            assertEquals(List.of(), steps(none), none);
        }
        assertEquals(List.of("smooth_skin"), ops("一键美颜"));
        assertEquals(List.of("crop"), ops("auto enhance then crop to square"));
    }

    @Test
    void aRemedyBeforeItsComplaintMakesNoStepOfItsOwn() {
        // "tone it down" alone is darker; before the complaint it had darkened as well as taken colour away
        assertEquals(List.of(adjust("saturation", -0.3)), steps("tone it down, colours are too loud"));
        assertEquals(List.of(adjust("saturation", -0.3)), steps("调低一点，颜色太艳了"));
        assertEquals(List.of(adjust("brightness", -0.3)), steps("tone it down"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", -5.0))), steps("照片往右歪了5度，纠正过来"));
    }

    @Test
    void aMeasureOfAPropertyAddsIt() {
        // "a hint of warmth" had been cooler
        assertEquals(List.of(adjust("warmth", 0.3)), steps("a hint of warmth"));
        assertEquals(List.of(adjust("warmth", 0.15)), steps("a touch of warmth"));
        assertEquals(1, steps("just a dash of contrast").size());
        assertTrue(steps("just a dash of contrast").getFirst().number("amount", 0) > 0);
    }

    @Test
    void anEditAskedNotToBeMadeMakesNoStep() {
        // these had blurred the background too
        assertEquals(List.of(), steps("don't blur the background"));
        assertEquals(List.of(new EditStep("blur", Map.of("target", "selection"))),
                steps("don't blur the background, blur the subject"));
        assertEquals(List.of(new EditStep("blur", Map.of("target", "selection"))), steps("不要虚化背景，虚化人物"));
        // degree and dislike stay what they were: the other way, and a thing not wanted
        assertTrue(steps("don't make it so dark").getFirst().number("amount", 0) > 0);
        assertEquals(List.of("remove"), ops("don't want the car there"));
        assertEquals(List.of("text"), ops("don't forget to add the text 'hi' at the top"), "a reminder asks for it");
    }

    @Test
    void theSubjectSaidToStaySharpIsWhatABackgroundBlurIsFor() {
        // "人物清晰" had sharpened the selection as a second step
        assertEquals(List.of(new EditStep("blur", Map.of("target", "background"))), steps("背景模糊掉，人物清晰"));
        assertEquals(List.of(new EditStep("blur", Map.of("target", "background"))),
                steps("blur the background, keep the subject sharp"));
    }

    @Test
    void theWordIsOneWordAndWhatItGoesOnIsNotWritten() {
        assertEquals("OPEN", steps("put the word OPEN on the sign area in white").getFirst().text("text", ""));
        assertEquals("happy new year", steps("add the words happy new year on the banner").getFirst().text("text", ""));
    }

    @Test
    void aSizeSaidAfterAVagueResizeIsTheNewSize() {
        // 0.8 x 0.7 had been 0.56
        assertEquals(List.of(move(0.7)), steps("make the sun smaller, about 70% of its size"));
        assertEquals(List.of(move(0.6)), steps("缩小一点，缩到原来的60%"));
        assertEquals(List.of(move(0.64)), steps("make it smaller and smaller again"), "again: on top of the first");
    }

    @Test
    void aFinishedLookThenAnotherEditIsTwoSteps() {
        assertEquals(List.of("style", "text"), ops("转黑白后在底部加上文字“回忆”"));
        assertEquals(List.of("style", "vignette"), ops("复古后加暗角"));
    }

    @Test
    void aSlightTurnIsAFewDegrees() {
        // these had turned a quarter
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 5.0))), steps("rotate it slightly to the right"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 5.0))), steps("往右转一点"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", -5.0))), steps("稍微向左旋转"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", -5.0))), steps("rotate a few degrees to the left"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 90.0))), steps("转一下"));
        assertEquals(List.of(new EditStep("rotate", Map.of("degrees", 90.0))), steps("rotate right"));
    }

    @Test
    void nightOrASeasonAsTheLookOfTheSceneNeedsAGenerativeModel() {
        // alone these had made no step, a background blur or a material refused; "turn day into night" already did this
        for (String scene : List.of("make it look like night", "night look", "夜景效果", "冬天的感觉", "把它变成晚上",
                "convert day to night", "night time version")) {
            assertEquals("subject_replace", steps(scene).getFirst().text("category", ""), scene);
        }
        // how the tones go, said after, is the edit; a photo shot at night is only context
        assertEquals(List.of(adjust("warmth", -0.3)), steps("make it look like winter, cooler"));
        assertEquals(List.of("denoise"), ops("reduce noise, it was shot at night"));
    }

    @Test
    void decorationAtTheEndGoesWithThePunctuationAfterIt() {
        // "嘿嘿。" had been split at 再 into less contrast and an upscale; ":D ." had written "D"
        assertEquals(List.of(adjust("contrast", 0.15)), steps("对比度再高一些嘿嘿。"));
        assertEquals(List.of(adjust("contrast", 0.15)), steps("对比度再高一些呵呵…"));
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("remove the watermark :D ."));
        assertEquals("hello world", steps("add text: hello world lol.").getFirst().params().get("text"));
        assertEquals("隆重开业", steps("在底部写上隆重开业😊😊!").getFirst().params().get("text"));
    }

    @Test
    void asidesAroundARequestChangeNothingOfItButWhatTheyLimitOrWish() {
        assertEquals(List.of(style("sepia")), steps("just make it sepia real quick"));
        assertEquals(List.of(style("sepia")), steps("maybe go ahead and make it sepia if possible :)"));
        assertEquals(List.of(style("sepia")), steps("let's make it sepia 🙏"));
        assertEquals(List.of(adjust("contrast", 0.15)), steps("我想对比度再高一点就好"));
        assertEquals(List.of(adjust("contrast", 0.15)), steps("对比度再高一点吧就可以了～"));
        // "just the face" limits, and what it names says what a bare "smooth it" after it smooths
        assertEquals(List.of(new EditStep("smooth_skin", Map.of("amount", 0.5))), steps("just the face, smooth it"));
        assertEquals(List.of(), steps("the wall, smooth it"));
        // a wish is no courtesy: "我希望裙子是翡翠绿" stays a recolour, "我要一个帽子" a new thing
        assertEquals("recolor", steps("我希望裙子是翡翠绿").getFirst().op());
        assertEquals("unsupported", steps("我要一个帽子").getFirst().op());
        // more openers and closers, and decoration at the end, which is no part of unquoted text either
        assertEquals(List.of(style("sepia")), steps("how about we make it sepia when you get a chance, tia"));
        assertEquals(List.of(style("sepia")), steps("i think we should make it sepia if that's ok"));
        assertEquals(List.of(new EditStep("denoise", Map.of("amount", 0.5))), steps("想请你降噪哈"));
        assertEquals(List.of(new EditStep("remove", Map.of())), steps("erase the watermark :D"));
        assertEquals("hello world", steps("add text: hello world 👍").getFirst().params().get("text"));
        assertEquals(List.of(adjust("contrast", 0.15)), steps("对比度再高一点嘿嘿😂"));
    }

    /**
     * Phrasings written for testing, never copied into the training corpus, in both languages with typos
     * ({@code paraphrases.jsonl}, and the twelve probe rounds and the number and greeting checks of
     * {@code probes.jsonl}): the op and the key categorical parameters must match for at least 90% of each file (the
     * numbers are in the README).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/parse/paraphrases.jsonl", "/parse/probes.jsonl"})
    void generalisesToPhrasingsItNeverSaw(String resource) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        int total = 0;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = json.readTree(line);
                total++;
                List<EditStep> got = steps(item.get("instruction").asText());
                if (!matches(item.get("expect"), got)) {
                    failures.add(item.get("instruction").asText() + " -> " + got);
                }
            }
        }
        double accuracy = 1.0 - (double) failures.size() / total;
        assertTrue(accuracy >= 0.9, "accuracy " + accuracy + "; failures: " + failures);
    }

    @Test
    void aHueAskedForInChineseTurnsTheLightItsWay() {
        // the model knows "偏蓝" as a complaint (warmer); these ask for the blue or the yellow, and had gone the other way
        assertEquals(List.of(adjust("warmth", -0.15)), steps("加一点蓝色调"));
        assertEquals(List.of(adjust("warmth", -0.15)), steps("让画面偏蓝一点"));
        assertEquals(List.of(adjust("warmth", -0.15)), steps("稍微偏蓝一点"));
        assertEquals(List.of(adjust("warmth", -0.3)), steps("整体加点蓝"));
        assertEquals(List.of(adjust("warmth", -0.15)), steps("往蓝色方向调一点"));
        assertEquals(List.of(adjust("warmth", 0.15)), steps("稍微偏黄一点"));
        // the complaint and the cast taken away still go against the hue
        assertEquals(List.of(adjust("warmth", 0.3)), steps("有点偏蓝"));
        assertEquals(List.of(adjust("warmth", -0.3)), steps("画面偏黄"));
        assertEquals(List.of(adjust("warmth", 0.3)), steps("消除蓝色调"));
        assertEquals(List.of(adjust("warmth", 0.3)), steps("少点蓝"));
    }

    @Test
    void aBorderAroundThePictureIsMoreCanvasOnEverySide() {
        // "add a white border" had painted the whole picture white, "add a border" refused it as an added thing
        for (String border : List.of("add a white border", "add a border", "add a thin black frame", "加个白色边框",
                "给照片加一圈白边")) {
            assertEquals(List.of(new EditStep("expand", Map.of("direction", "all"))), steps(border), border);
        }
        assertEquals("recolor", steps("make the frame look gold").getFirst().op());
        // a thing put at or on a border is not a border added
        assertNotEquals(List.of(new EditStep("expand", Map.of("direction", "all"))),
                steps("place the logo near the right border"));
        assertNotEquals(List.of(new EditStep("expand", Map.of("direction", "all"))), steps("put the logo on the frame"));
    }

    @Test
    void whatIsWrittenAfterAColonFollowsTheWordsThatDescribeIt() {
        // "一行白色的字：" and "标题：" had been written too
        assertEquals("欢迎光临", steps("底部写一行白色的字：欢迎光临").getFirst().params().get("text"));
        assertEquals("夏日冲浪", steps("在顶部写标题：夏日冲浪").getFirst().params().get("text"));
        assertEquals("打折", steps("写红色的字：打折").getFirst().params().get("text"));
        assertEquals("欢迎光临", steps("写上欢迎光临").getFirst().params().get("text"));
    }

    @Test
    void softerAfterOrBeforeAHarshPropertySoftensThatProperty() {
        // "make it softer" had also blurred the picture
        assertEquals(List.of(adjust("contrast", -0.3)), steps("make it softer, the contrast is too harsh"));
        assertEquals(List.of(adjust("contrast", -0.3)), steps("the contrast is too harsh, make it softer"));
        assertEquals("blur", steps("make it softer").getFirst().op());
    }

    private static EditStep adjust(String property, double amount) {
        return new EditStep("adjust", Map.of("property", property, "amount", amount));
    }

    private static EditStep move(double scale) {
        return new EditStep("move", Map.of("dx", 0.0, "dy", 0.0, "unit", "px", "scale", scale));
    }

    private static EditStep style(String name) {
        return new EditStep("style", Map.of("name", name));
    }

    private static boolean matches(JsonNode expect, List<EditStep> got) {
        if (expect.size() != got.size()) {
            return false;
        }
        for (int i = 0; i < got.size(); i++) {
            JsonNode e = expect.get(i);
            EditStep s = got.get(i);
            if (!e.get("op").asText().equals(s.op())) {
                return false;
            }
            for (var field : e.properties()) {
                String key = field.getKey();
                JsonNode want = field.getValue();
                boolean ok = switch (key) {
                    case "op", "color", "source_color" -> key.equals("op") || s.params().containsKey(key);
                    case "sign" -> Math.signum(s.number("amount", 0)) == Math.signum(want.asDouble());
                    case "dx", "dy" -> Math.abs(s.number(key, 0) - want.asDouble()) <= 0.5;
                    case "scale" -> Math.abs(s.number(key, 1) - want.asDouble()) <= 0.02;
                    case "degrees", "factor" -> Math.abs(s.number(key, 0) - want.asDouble()) < 1e-6;
                    default -> want.asText().equalsIgnoreCase(s.text(key, ""));
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }
}
