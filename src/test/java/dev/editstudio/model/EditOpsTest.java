package dev.editstudio.model;

import static dev.editstudio.model.Photos.changedOutside;
import static dev.editstudio.model.Photos.detail;
import static dev.editstudio.model.Photos.meanDifferenceInside;
import static dev.editstudio.model.Photos.meanLuma;
import static dev.editstudio.model.Photos.px;
import static dev.editstudio.model.Photos.softRectangle;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every op of the committed model on real photos (Kodak kodim04, a portrait, and kodim22): what each op promises,
 * with tolerances, and that local ops leave every unselected pixel bit-identical.
 */
class EditOpsTest {

    static final Raster PHOTO = Photos.read("kodim04.png");
    static final int W = PHOTO.width();
    static final int H = PHOTO.height();
    /** A feathered rectangle over the face and shoulder. */
    static final Mask BOX = softRectangle(W, H, 150, 250, 450, 550, 6);
    static final Mask ALL = Mask.all(W, H);

    static Raster edit(Mask mask, String op, Object... params) {
        Map<String, Object> p = new java.util.HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            p.put((String) params[i], params[i + 1]);
        }
        return Photos.model().edit(PHOTO, mask, new EditStep(op, p), 7);
    }

    @Test
    void everyLocalOpLeavesUnselectedPixelsBitIdenticalAndChangesTheSelection() {
        List<EditStep> steps = List.of(
                new EditStep("recolor", Map.of("color", "#1f5fd0")),
                new EditStep("adjust", Map.of("property", "contrast", "amount", 0.5)),
                new EditStep("blur", Map.of("target", "selection")),
                new EditStep("sharpen", Map.of("amount", 0.8)),
                new EditStep("denoise", Map.of("amount", 0.8)),
                new EditStep("remove", Map.of()),
                new EditStep("vignette", Map.of("amount", 1.0)),
                new EditStep("smooth_skin", Map.of("amount", 1.0)));
        List<EditStep> withStyles = new java.util.ArrayList<>(steps);
        Ops.STYLES.forEach(s -> withStyles.add(new EditStep("style", Map.of("name", s))));
        for (EditStep step : withStyles) {
            Raster out = Photos.model().edit(PHOTO, BOX, step, 1);
            assertEquals(W, out.width(), step.toString());
            assertEquals(H, out.height(), step.toString());
            assertEquals(0, changedOutside(PHOTO, out, BOX), step + " changed unselected pixels");
            assertTrue(meanDifferenceInside(PHOTO, out, BOX) > 0.2, step + " changed the selection");
        }
    }

    @Test
    void redEyeRemovalAsParsedDarkensTheRedPupilAndKeepsTheSkinAroundIt() {
        // a red pupil painted over the portrait's face, selected with a margin of skin around it, as a user would
        byte[] rgb = PHOTO.data().clone();
        int cx = 240;
        int cy = 330;
        float[] pupilAlpha = new float[W * H];
        for (int y = cy - 10; y <= cy + 10; y++) {
            for (int x = cx - 10; x <= cx + 10; x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= 100) {
                    int i = (y * W + x) * 3;
                    rgb[i] = (byte) 200;
                    rgb[i + 1] = (byte) 30;
                    rgb[i + 2] = (byte) 35;
                    pupilAlpha[y * W + x] = 1f;
                }
            }
        }
        Raster redEye = Raster.rgb(W, H, rgb);
        Mask pupil = new Mask(W, H, pupilAlpha);
        Mask around = softRectangle(W, H, cx - 24, cy - 24, cx + 24, cy + 24, 2);
        List<EditStep> steps = InstructionParserTest.steps("remove red eye");
        Raster out = new ProgramRunner(Photos.model()).run(redEye, around, steps, 1f, 7, () -> false, (done, total) -> { });
        assertTrue(Photos.luma(out, cx, cy) < 50, "the pupil is dark: " + Photos.luma(out, cx, cy));
        assertTrue(px(out, cx, cy, 0) - px(out, cx, cy, 2) < 20, "and no longer red");
        // the hue match alone had darkened the skin next to it from 81 to 45
        assertEquals(0, changedOutside(redEye, out, pupil), "skin and everything else untouched");
        // with nothing selected it would darken every red in the picture (her hat), and without red it says so
        assertThrows(IllegalArgumentException.class, () -> ProgramRunner.validate(steps, W, H, ALL));
        Mask skin = softRectangle(W, H, cx - 60, cy + 40, cx - 30, cy + 70, 0);
        assertThrows(IllegalArgumentException.class, () -> new ProgramRunner(Photos.model()).run(PHOTO, skin, steps, 1f, 7,
                () -> false, (done, total) -> { }));
    }

    @Test
    void aStepOutsideTheSelectionLeavesTheSelectedSubjectBitIdenticalAndChangesTheRest() {
        // BOX is feathered: its inverse is 0 exactly where BOX is fully selected
        EditStep darkerAround = new EditStep("adjust", Map.of("property", "brightness", "amount", -0.5,
                "region", Ops.OUTSIDE));
        EditStep greyAround = new EditStep("style", Map.of("name", "grayscale", "region", Ops.OUTSIDE));
        Raster out = new ProgramRunner(Photos.model()).run(PHOTO, BOX, List.of(darkerAround, greyAround), 1f, 7,
                () -> false, (done, total) -> { });
        assertEquals(0, changedOutside(PHOTO, out, BOX.inverted()), "the selected subject is untouched");
        assertTrue(meanLuma(out, BOX, false) < meanLuma(PHOTO, BOX, false) - 10, "the rest is darker");
        int x = 20;
        int y = 20; // far outside the box: grey now
        assertEquals(px(out, x, y, 0), px(out, x, y, 2), 1);
        // around a selection of everything there is nothing, and a removal takes no region
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> ProgramRunner.validate(List.of(darkerAround), W, H, ALL));
        assertTrue(none.getMessage().startsWith("select the subject first"), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProgramRunner.validate(
                List.of(new EditStep("remove", Map.of("region", Ops.OUTSIDE))), W, H, BOX));
    }

    @Test
    void aMoveToAPlacePutsTheSelectedThingThereAtItsNewSize() {
        // BOX spans x 150..450, y 250..550 of a 512 x 768 photo; the margin is 2% of the shorter side, 10 px
        int margin = (int) Math.round(0.02 * Math.min(W, H));
        EditStep corner = ProgramRunner.placed(new EditStep("move", Map.of("to", "top_left", "dx", 0.0, "dy", 0.0,
                "scale", 1.0)), BOX, W, H);
        assertEquals(margin - 150.0, corner.number("dx", 0));
        assertEquals(margin - 250.0, corner.number("dy", 0));
        assertFalse(corner.params().containsKey("to"));
        Raster out = new ProgramRunner(Photos.model()).run(PHOTO, BOX, List.of(new EditStep("move",
                Map.of("to", "top_left", "scale", 1.0))), 1f, 7, () -> false, (done, total) -> { });
        // a fully selected pixel of the thing now sits as far from the corner as it sat from the box's
        for (int[] at : new int[][] {{200, 300}, {300, 400}, {420, 520}}) {
            for (int c = 0; c < 3; c++) {
                assertEquals(px(PHOTO, at[0], at[1], c), px(out, at[0] - 150 + margin, at[1] - 250 + margin, c), 1);
            }
        }
        // at half size, centred: the box's centre goes to the picture's
        EditStep centred = ProgramRunner.placed(new EditStep("move", Map.of("to", "center", "scale", 0.5)), BOX, W, H);
        double[] c = BOX.centroid();
        double boxCentreX = c[0] + 0.5 * ((150 + 450) / 2.0 - c[0]);
        assertEquals(W / 2.0, boxCentreX + centred.number("dx", 0), 1.0);
        assertThrows(IllegalArgumentException.class, () -> ProgramRunner.placed(
                new EditStep("move", Map.of("to", "the moon")), BOX, W, H));
    }

    @Test
    void recolorPaintsTheTargetColourAndKeepsTheShading() {
        Raster out = edit(BOX, "recolor", "color", "#f5d000");
        double[] mean = meanRgbInside(out, BOX);
        assertTrue(mean[0] > mean[2] + 60 && mean[1] > mean[2] + 60, "yellow: red and green above blue " + Arrays.toString(mean));
        // shading survives: the region still has texture
        assertTrue(detail(out, BOX) > 0.3 * detail(PHOTO, BOX));
    }

    @Test
    void recolorWithASourceColourChangesOnlyPixelsOfThatColour() {
        // kodim04's hat is red; its skin and background are not
        Raster out = edit(ALL, "recolor", "color", "#1f5fd0", "source_color", "#e02020");
        int blueNow = 0;
        int greenish = 0;
        int changedNonRed = 0;
        for (int i = 0; i < W * H; i++) {
            int r = PHOTO.data()[3 * i] & 0xff;
            int g = PHOTO.data()[3 * i + 1] & 0xff;
            int b = PHOTO.data()[3 * i + 2] & 0xff;
            boolean strongRed = r > 120 && r > 2 * g && r > 2 * b;
            boolean clearlyNotRed = g >= r || b >= r;
            if (strongRed && (out.data()[3 * i + 2] & 0xff) > (out.data()[3 * i] & 0xff)) {
                blueNow++;
            }
            if (clearlyNotRed) {
                greenish++;
                if (Math.abs((out.data()[3 * i] & 0xff) - r) > 2) {
                    changedNonRed++;
                }
            }
        }
        assertTrue(blueNow > 10_000, "red hat pixels became blue: " + blueNow);
        assertTrue(changedNonRed < greenish / 100, "non-red pixels stay: " + changedNonRed + " of " + greenish);
    }

    @Test
    void adjustmentsMoveTheWayTheirSignSays() {
        Mask box = softRectangle(W, H, 100, 100, 400, 300, 0);
        double before = meanLuma(PHOTO, box, true);
        assertTrue(meanLuma(Photos.model().edit(PHOTO, box, new EditStep("adjust",
                Map.of("property", "brightness", "amount", 0.4)), 0), box, true) > before + 20);
        assertTrue(meanLuma(Photos.model().edit(PHOTO, box, new EditStep("adjust",
                Map.of("property", "brightness", "amount", -0.4)), 0), box, true) < before - 20);
        Raster warmer = Photos.model().edit(PHOTO, box, new EditStep("adjust", Map.of("property", "warmth", "amount", 0.8)), 0);
        assertTrue(meanRgbInside(warmer, box)[0] - meanRgbInside(warmer, box)[2]
                > meanRgbInside(PHOTO, box)[0] - meanRgbInside(PHOTO, box)[2] + 10);
    }

    @Test
    void wholeImageColourMapsTakeTheFastPathAndMatchTheBlendedOne() {
        // all ones but one pixel: the blended branch; a full selection goes over as [1,1,1] and skips the blend
        float[] almost = new float[W * H];
        java.util.Arrays.fill(almost, 1f);
        almost[0] = 0f;
        Mask allButOne = new Mask(W, H, almost);
        List<Map<String, Object>> steps = List.of(Map.of("op", "style", "name", "grayscale"),
                Map.of("op", "style", "name", "sepia"), Map.of("op", "style", "name", "invert"),
                Map.of("op", "style", "name", "vintage"), Map.of("op", "style", "name", "cyberpunk"),
                Map.of("op", "adjust", "property", "brightness", "amount", 0.3),
                Map.of("op", "adjust", "property", "contrast", "amount", -0.5),
                Map.of("op", "adjust", "property", "saturation", "amount", 0.7),
                Map.of("op", "adjust", "property", "warmth", "amount", -0.4));
        for (Map<String, Object> step : steps) {
            Map<String, Object> params = new java.util.HashMap<>(step);
            EditStep edit = new EditStep((String) params.remove("op"), params);
            byte[] fast = Photos.model().edit(PHOTO, ALL, edit, 0).data();
            byte[] blended = Photos.model().edit(PHOTO, allButOne, edit, 0).data();
            int differing = 0;
            for (int i = 3; i < fast.length; i++) {
                int d = Math.abs((fast[i] & 0xff) - (blended[i] & 0xff));
                assertTrue(d <= 1, step + ": byte " + i + " differs by " + d);
                differing += d;
            }
            // float rounding of the two orders of arithmetic: a level apart on well under 1% of the bytes
            assertTrue(differing < fast.length / 100, step + ": " + differing + " bytes off by one");
            assertFalse(java.util.Arrays.equals(fast, PHOTO.data()), step + " changed nothing");
        }
    }

    @Test
    void stylesDoWhatTheirNamesSay() {
        Raster gray = edit(ALL, "style", "name", "grayscale");
        for (int i = 0; i < W * H; i += 97) {
            assertTrue(Math.abs((gray.data()[3 * i] & 0xff) - (gray.data()[3 * i + 2] & 0xff)) <= 1);
        }
        Raster inverted = edit(ALL, "style", "name", "invert");
        for (int i = 0; i < W * H * 3; i += 101) {
            assertEquals(255 - (PHOTO.data()[i] & 0xff), inverted.data()[i] & 0xff, 1);
        }
        Raster poster = edit(ALL, "style", "name", "posterize");
        Set<Integer> levels = new HashSet<>();
        for (byte v : poster.data()) {
            levels.add(v & 0xff);
        }
        assertEquals(Set.of(0, 85, 170, 255), levels);
        Raster mosaic = edit(ALL, "style", "name", "pixelate", "block", 16);
        assertEquals(px(mosaic, 17, 17, 0), px(mosaic, 30, 30, 0));
        assertEquals(px(mosaic, 17, 17, 1), px(mosaic, 17, 30, 1));
        Raster sketch = edit(ALL, "style", "name", "sketch");
        assertTrue(meanLuma(sketch, ALL, true) > meanLuma(PHOTO, ALL, true) + 30, "a sketch is mostly paper-white");
        Raster cartoon = edit(ALL, "style", "name", "cartoon");
        assertTrue(distinctColours(cartoon) < distinctColours(PHOTO) / 4, "cartoon flattens regions into bands");
    }

    @Test
    void blurTargetsSelectionBackgroundOrImage() {
        Raster selection = edit(BOX, "blur", "target", "selection", "radius", 12);
        assertTrue(detail(selection, BOX) < 0.5 * detail(PHOTO, BOX));
        Raster background = edit(BOX, "blur", "target", "background");
        Mask inner = softRectangle(W, H, 160, 260, 440, 540, 0);
        assertEquals(0.0, meanDifferenceInside(PHOTO, background, inner), "the subject stays sharp");
        Mask outside = softRectangle(W, H, 500, 20, 760, 240, 0);
        assertTrue(detail(background, outside) < 0.7 * detail(PHOTO, outside));
        Raster image = edit(BOX, "blur", "target", "image");
        assertTrue(detail(image, outside) < 0.7 * detail(PHOTO, outside));
        assertTrue(detail(image, inner) < 0.7 * detail(PHOTO, inner));
    }

    @Test
    void sharpenAddsDetailAndDenoiseRemovesNoise() {
        assertTrue(detail(edit(BOX, "sharpen", "amount", 1.0), BOX) > 1.5 * detail(PHOTO, BOX));
        java.util.Random random = new java.util.Random(1);
        byte[] noisy = PHOTO.data().clone();
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = (byte) Math.max(0, Math.min(255, (noisy[i] & 0xff) + (int) Math.round(random.nextGaussian() * 12)));
        }
        Raster noisyPhoto = Raster.rgb(W, H, noisy);
        Raster cleaned = Photos.model().edit(noisyPhoto, ALL, new EditStep("denoise", Map.of("amount", 1.0)), 0);
        assertTrue(meanDifferenceInside(PHOTO, cleaned, ALL) < 0.75 * meanDifferenceInside(PHOTO, noisyPhoto, ALL),
                "closer to the clean photo than the noisy input");
    }

    @Test
    void removeFillsTheHoleFromItsSurroundings() {
        Mask hole = softRectangle(W, H, 380, 40, 460, 120, 0);
        Raster out = edit(hole, "remove");
        assertEquals(0, changedOutside(PHOTO, out, hole));
        // closer to the hidden truth than a flat fill with the mean colour of a 16-pixel ring around the hole
        double[] ring = new double[3];
        int n = 0;
        for (int y = 24; y < 136; y++) {
            for (int x = 364; x < 476; x++) {
                if (hole.alpha()[y * W + x] == 0f) {
                    for (int c = 0; c < 3; c++) {
                        ring[c] += px(PHOTO, x, y, c);
                    }
                    n++;
                }
            }
        }
        byte[] flat = PHOTO.data().clone();
        for (int i = 0; i < W * H; i++) {
            if (hole.alpha()[i] > 0f) {
                for (int c = 0; c < 3; c++) {
                    flat[3 * i + c] = (byte) Math.round(ring[c] / n);
                }
            }
        }
        double ours = meanDifferenceInside(PHOTO, out, hole);
        double naive = meanDifferenceInside(PHOTO, Raster.rgb(W, H, flat), hole);
        assertTrue(ours < 0.85 * naive, "fill error " + ours + " vs flat fill " + naive);
    }

    @Test
    void moveCarriesTheSelectionAndFillsWhereItWas() {
        Mask box = softRectangle(W, H, 200, 300, 300, 400, 0);
        Raster out = edit(box, "move", "dx", 60, "dy", -20, "scale", 1.0);
        for (int y = 310; y < 390; y += 7) {
            for (int x = 210; x < 290; x += 7) {
                for (int c = 0; c < 3; c++) {
                    assertEquals(px(PHOTO, x, y, c), px(out, x + 60, y - 20, c), 2, "moved pixel");
                }
            }
        }
        Raster bigger = edit(box, "move", "dx", 0, "dy", 0, "scale", 1.5);
        // the centre stays, the edge of the copy now reaches 25 px further out
        assertEquals(px(PHOTO, 250, 350, 0), px(bigger, 250, 350, 0), 8);
        assertEquals(px(PHOTO, 290, 350, 1), px(bigger, 310, 350, 1), 8);
    }

    @Test
    void textRendersLatinAndChineseAtThePosition() {
        Raster latin = edit(ALL, "text", "text", "OPEN", "position", "top_left", "color", "#ffffff");
        Raster chinese = edit(ALL, "text", "text", "中秋快乐", "position", "bottom", "color", "#e02020");
        assertTrue(countChanged(latin, 0, 0, W / 2, H / 4) > 500, "glyphs in the top-left quarter");
        assertEquals(0, countChanged(latin, 0, H / 2, W, H), "nothing at the bottom");
        assertTrue(countChanged(chinese, 0, 3 * H / 4, W, H) > 1000, "CJK glyphs at the bottom");
        assertEquals(0, countChanged(chinese, 0, 0, W, H / 2));
    }

    @Test
    void backgroundReplacesEverythingButTheSubject() {
        Raster white = edit(BOX, "background", "mode", "color", "color", "#ffffff");
        assertEquals(255, px(white, 700, 50, 0));
        assertEquals(255, px(white, 700, 50, 2));
        Mask inner = softRectangle(W, H, 160, 260, 440, 540, 0);
        assertEquals(0.0, meanDifferenceInside(PHOTO, white, inner));
        Raster cutout = edit(BOX, "background", "mode", "transparent");
        assertEquals(4, cutout.channels());
        assertEquals(0, px(cutout, 700, 50, 3));
        assertEquals(255, px(cutout, 300, 400, 3));
        assertEquals(px(PHOTO, 300, 400, 1), px(cutout, 300, 400, 1));
    }

    @Test
    void geometryOpsResizeAndMapPixelsExactly() {
        Raster square = edit(ALL, "crop", "aspect", "1:1");
        assertEquals(square.width(), square.height());
        assertEquals(Math.min(W, H), square.width());
        Raster toSelection = edit(softRectangle(W, H, 100, 50, 300, 150, 0), "crop");
        assertEquals(200, toSelection.width());
        assertEquals(100, toSelection.height());
        assertEquals(px(PHOTO, 100, 50, 0), px(toSelection, 0, 0, 0));

        Raster right = edit(ALL, "rotate", "degrees", 90);
        assertEquals(H, right.width());
        assertEquals(W, right.height());
        // clockwise: the top-left pixel goes to the top-right corner
        assertEquals(px(PHOTO, 0, 0, 0), px(right, H - 1, 0, 0));
        Raster left = edit(ALL, "rotate", "degrees", -90);
        assertEquals(px(PHOTO, 0, 0, 1), px(left, 0, W - 1, 1));
        Raster half = edit(ALL, "rotate", "degrees", 180);
        assertEquals(px(PHOTO, 0, 0, 2), px(half, W - 1, H - 1, 2));
        Raster tilted = edit(ALL, "rotate", "degrees", 30);
        assertTrue(tilted.width() > W && tilted.height() > H);
        assertEquals(255, px(tilted, 0, 0, 0), "corners fill white");

        Raster mirrored = edit(ALL, "flip", "axis", "horizontal");
        assertEquals(px(PHOTO, 0, 10, 0), px(mirrored, W - 1, 10, 0));
        Raster upsideDown = edit(ALL, "flip", "axis", "vertical");
        assertEquals(px(PHOTO, 10, 0, 0), px(upsideDown, 10, H - 1, 0));

        Raster wider = edit(ALL, "expand", "direction", "left", "amount", 0.25);
        int added = Math.round(W * 0.25f);
        assertEquals(W + added, wider.width());
        assertEquals(H, wider.height());
        assertEquals(px(PHOTO, 0, 5, 0), px(wider, added, 5, 0));
        Raster everywhere = edit(ALL, "expand", "direction", "all", "amount", 0.1);
        assertEquals(W + 2 * Math.round(W * 0.1f), everywhere.width());
        assertEquals(H + 2 * Math.round(H * 0.1f), everywhere.height());
        Raster taller = edit(ALL, "expand", "direction", "top", "pixels", 7, "amount", 0.5);
        assertEquals(H + 7, taller.height(), "a width in pixels goes before a share");
        assertEquals(W, taller.width());
        assertEquals(px(PHOTO, 3, 0, 1), px(taller, 3, 7, 1));

        Raster up = edit(ALL, "upscale", "factor", 2);
        assertEquals(2 * W, up.width());
        assertEquals(2 * H, up.height());
        assertEquals(px(PHOTO, 100, 100, 0), px(up, 201, 201, 0), 12);
    }

    @Test
    void quarterTurnsHalfTurnsAndFlipsMoveEveryPixelExactly() {
        // heights with a band size (768, 96), without one from 8 to 64 (67, a prime; 5 and 1, too short)
        List<Raster> images = new java.util.ArrayList<>(List.of(PHOTO));
        java.util.Random random = new java.util.Random(11);
        for (int[] size : new int[][] {{128, 96}, {131, 67}, {9, 5}, {7, 1}, {1, 7}}) {
            byte[] bytes = new byte[size[0] * size[1] * 3];
            random.nextBytes(bytes);
            images.add(Raster.rgb(size[0], size[1], bytes));
        }
        for (Raster in : images) {
            int w = in.width();
            int h = in.height();
            Mask all = Mask.all(w, h);
            String where = w + "x" + h;
            Raster right = Photos.model().edit(in, all, new EditStep("rotate", Map.of("degrees", 90)), 0);
            Raster left = Photos.model().edit(in, all, new EditStep("rotate", Map.of("degrees", -90)), 0);
            Raster half = Photos.model().edit(in, all, new EditStep("rotate", Map.of("degrees", 180)), 0);
            Raster mirrored = Photos.model().edit(in, all, new EditStep("flip", Map.of("axis", "horizontal")), 0);
            Raster upsideDown = Photos.model().edit(in, all, new EditStep("flip", Map.of("axis", "vertical")), 0);
            assertEquals(List.of(h, w, h, w, w, h, w, h, w, h), List.of(right.width(), right.height(), left.width(),
                    left.height(), half.width(), half.height(), mirrored.width(), mirrored.height(),
                    upsideDown.width(), upsideDown.height()), where);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    for (int c = 0; c < 3; c++) {
                        int v = px(in, x, y, c);
                        if (v != px(right, h - 1 - y, x, c) || v != px(left, y, w - 1 - x, c)
                                || v != px(half, w - 1 - x, h - 1 - y, c) || v != px(mirrored, w - 1 - x, y, c)
                                || v != px(upsideDown, x, h - 1 - y, c)) {
                            throw new AssertionError(where + ": pixel (" + x + "," + y + ") channel " + c + " misplaced");
                        }
                    }
                }
            }
        }
    }

    @Test
    void eachOpsOwnSignatureGivesTheImageEditGives() {
        Map<String, EditStep> steps = new java.util.LinkedHashMap<>();
        steps.put("recolor", new EditStep("recolor", Map.of("color", "#1f5fd0", "source_color", "#d04020")));
        steps.put("adjust", new EditStep("adjust", Map.of("property", "warmth", "amount", 0.4)));
        steps.put("style", new EditStep("style", Map.of("name", "watercolor")));
        steps.put("blur", new EditStep("blur", Map.of("target", "background")));
        steps.put("sharpen", new EditStep("sharpen", Map.of("amount", 0.6)));
        steps.put("denoise", new EditStep("denoise", Map.of("amount", 0.6)));
        steps.put("remove", new EditStep("remove", Map.of()));
        steps.put("move", new EditStep("move", Map.of("dx", 20, "dy", -10, "unit", "px", "scale", 0.9)));
        steps.put("text", new EditStep("text", Map.of("text", "开业 OPEN", "position", "bottom")));
        steps.put("background", new EditStep("background", Map.of("mode", "transparent")));
        steps.put("crop", new EditStep("crop", Map.of("aspect", "16:9")));
        steps.put("rotate", new EditStep("rotate", Map.of("degrees", -90)));
        steps.put("flip", new EditStep("flip", Map.of("axis", "vertical")));
        steps.put("expand", new EditStep("expand", Map.of("direction", "top", "amount", 0.2)));
        steps.put("upscale", new EditStep("upscale", Map.of("factor", 2)));
        steps.put("vignette", new EditStep("vignette", Map.of("amount", 0.7)));
        steps.put("smooth_skin", new EditStep("smooth_skin", Map.of("amount", 0.7)));
        assertEquals(new java.util.TreeSet<>(Ops.ALL), new java.util.TreeSet<>(steps.keySet()), "every op is tried");
        for (EditStep step : steps.values()) {
            Raster viaEdit = Photos.model().edit(PHOTO, BOX, step, 5, "edit");
            Raster viaOwn = Photos.model().edit(PHOTO, BOX, step, 5, "edit_" + step.op());
            assertEquals(List.of(viaEdit.width(), viaEdit.height(), viaEdit.channels()),
                    List.of(viaOwn.width(), viaOwn.height(), viaOwn.channels()), step.toString());
            assertArrayEquals(viaEdit.data(), viaOwn.data(), step.toString());
        }
    }

    @Test
    void vignetteDarkensCornersMoreThanTheCentre() {
        Raster out = edit(ALL, "vignette", "amount", 1.0);
        assertTrue(Photos.luma(out, 2, 2) < 0.6 * Photos.luma(PHOTO, 2, 2));
        assertEquals(Photos.luma(PHOTO, W / 2, H / 2), Photos.luma(out, W / 2, H / 2), 2.0);
    }

    @Test
    void aNegativeVignetteLightensTheCornersAndUndoesAPositiveOne() {
        Raster lighter = edit(ALL, "vignette", "amount", -0.5);
        assertTrue(Photos.luma(lighter, 2, 2) > 1.3 * Photos.luma(PHOTO, 2, 2), "a corner is lighter");
        assertEquals(Photos.luma(PHOTO, W / 2, H / 2), Photos.luma(lighter, W / 2, H / 2), 2.0, "the centre stays");
        // "remove the vignette" after "add a vignette": back to the photo, but for rounding and what was clipped
        Raster darker = edit(ALL, "vignette", "amount", 0.5);
        Raster back = Photos.model().edit(darker, ALL, new EditStep("vignette", Map.of("amount", -0.5)), 0);
        byte[] a = PHOTO.data();
        byte[] b = back.data();
        int far = 0;
        for (int i = 0; i < a.length; i++) {
            far += Math.abs((a[i] & 0xff) - (b[i] & 0xff)) > 2 ? 1 : 0;
        }
        assertTrue(far < a.length / 1000, far + " of " + a.length + " values more than 2 levels from the photo");
    }

    @Test
    void strengthZeroChangesNothing() {
        Raster out = Photos.model().edit(PHOTO, ALL, new EditStep("style", Map.of("name", "invert", "strength", 0.0)), 0);
        assertArrayEquals(PHOTO.data(), out.data());
    }

    @Test
    void badStepsAreRefusedWithAMessage() {
        Mask empty = new Mask(W, H, new float[W * H]);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> edit(empty, "remove")).getMessage()
                .contains("nothing is selected"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Photos.model().edit(PHOTO, Mask.all(10, 10), new EditStep("style", Map.of("name", "sepia")), 0))
                .getMessage().contains("mask is 10x10"));
        assertThrows(IllegalArgumentException.class, () -> edit(ALL, "teleport"));
        assertThrows(IllegalArgumentException.class, () -> edit(ALL, "style", "name", "baroque"));
        assertThrows(IllegalArgumentException.class, () -> edit(ALL, "recolor", "color", "blueish"));
        assertThrows(IllegalArgumentException.class, () -> edit(ALL, "remove"));
        assertThrows(IllegalArgumentException.class, () -> edit(ALL, "crop"));
        assertThrows(IllegalArgumentException.class, () -> edit(BOX, "recolor", "color", "#101010", "match", "lips"));
        assertThrows(IllegalArgumentException.class, () -> edit(ALL, "expand", "direction", "top", "pixels", 0));
        assertThrows(IllegalArgumentException.class, () -> edit(ALL, "expand", "direction", "top", "pixels", "lots"));
        assertThrows(IllegalArgumentException.class, () -> Photos.model().edit(Raster.rgb(4000, 3000, new byte[36_000_000]),
                Mask.all(4000, 3000), new EditStep("upscale", Map.of("factor", 4)), 0));
    }

    @Test
    void aTracedStepCountsItsNodesOnTheDeviceTheyRanOn() {
        // the CPU build hides every GPU, so the whole step runs on the CPU; bin/benchmark-gpu reads the same counts
        java.util.Map<String, Integer> nodes = Photos.model().placement(PHOTO, BOX,
                new EditStep("blur", Map.of("target", "selection", "radius", 8)), 7);
        assertFalse(nodes.isEmpty());
        assertTrue(nodes.keySet().stream().allMatch(device -> device.endsWith("/device:CPU:0")), nodes::toString);
        assertTrue(nodes.values().stream().mapToInt(Integer::intValue).sum() > 10, nodes::toString);
    }

    @Test
    void theModelReportsWhatItCanDo() {
        assertEquals(new java.util.TreeSet<>(Ops.ALL), Photos.model().info().ops());
        assertTrue(Photos.model().info().intents().contains("unsupported.pose"));
        assertFalse(Photos.model().info().intents().isEmpty());
    }

    private static double[] meanRgbInside(Raster r, Mask mask) {
        double[] sum = new double[3];
        long n = 0;
        for (int i = 0; i < r.width() * r.height(); i++) {
            if (mask.alpha()[i] >= 1f) {
                for (int c = 0; c < 3; c++) {
                    sum[c] += r.data()[3 * i + c] & 0xff;
                }
                n++;
            }
        }
        for (int c = 0; c < 3; c++) {
            sum[c] /= n;
        }
        return sum;
    }

    private static int distinctColours(Raster r) {
        Set<Integer> colours = new HashSet<>();
        for (int i = 0; i < r.width() * r.height(); i++) {
            colours.add(((r.data()[3 * i] & 0xff) << 16) | ((r.data()[3 * i + 1] & 0xff) << 8) | (r.data()[3 * i + 2] & 0xff));
        }
        return colours.size();
    }

    private static int countChanged(Raster out, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (px(out, x, y, 0) != px(PHOTO, x, y, 0) || px(out, x, y, 1) != px(PHOTO, x, y, 1)) {
                    n++;
                }
            }
        }
        return n;
    }
}
