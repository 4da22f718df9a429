package dev.editstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MaskTest {

    @Test
    void fullEmptyAndPartialMasksSayWhatTheyAre() {
        Mask all = Mask.all(4, 3);
        assertTrue(all.isFull());
        assertFalse(all.isEmpty());

        Mask none = new Mask(4, 3, new float[12]);
        assertTrue(none.isEmpty());
        assertFalse(none.isFull());

        float[] ones = new float[12];
        Arrays.fill(ones, 1f);
        assertTrue(new Mask(4, 3, ones).isFull(), "all ones made by hand is full too");

        float[] soft = ones.clone();
        soft[11] = 0.5f;
        Mask partial = new Mask(4, 3, soft);
        assertFalse(partial.isFull());
        assertFalse(partial.isEmpty());
        assertEquals(partial.isFull(), partial.isFull(), "asked twice, the same answer");

        float[] notANumber = new float[12];
        notANumber[3] = Float.NaN;
        Mask odd = new Mask(4, 3, notANumber);
        assertFalse(odd.isFull(), "NaN is no weight of 1");
        assertFalse(odd.isEmpty(), "nor of 0");
    }

    @Test
    void weightsMustCoverThePicture() {
        assertThrows(IllegalArgumentException.class, () -> new Mask(4, 3, new float[11]));
    }

    @Test
    void featheringLeavesFullAndEmptyMasksAsTheyAre() {
        Mask all = Mask.all(16, 16);
        assertSame(all, all.feathered(4));
        float[] box = new float[32 * 32];
        for (int y = 12; y < 20; y++) {
            Arrays.fill(box, y * 32 + 12, y * 32 + 20, 1f);
        }
        Mask soft = new Mask(32, 32, box).feathered(4);
        float edge = soft.alpha()[12 * 32 + 12];
        assertTrue(edge > 0f && edge < 1f, "the corner of the box fades: " + edge);
        assertEquals(0f, soft.alpha()[0], 1e-6f, "far from the box nothing is selected");
    }
}
