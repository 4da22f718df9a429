package dev.editstudio.image;

/**
 * How a camera file's pixels are turned for display: the EXIF {@code Orientation} tag (TIFF tag 274). Phones store
 * a portrait photo as a landscape JPEG with orientation 6, and browsers show it turned (CSS {@code image-orientation:
 * from-image}, the default), so the editor's canvas and the selection mask drawn on it are upright. The server turns
 * the decoded pixels the same way, so pixels, mask and what the user sees agree.
 *
 * <p>Each constant maps a display pixel {@code (x, y)} to the stored pixel it shows: {@code sx = ax x + bx y + cx},
 * {@code sy = ay x + by y + cy}, where a {@code c} of 1 stands for "last column" or "last row" of the stored image.
 */
public enum Orientation {
    /** 1: as stored. */
    NORMAL(1, 0, 0, 0, 1, 0),
    /** 2: mirrored left to right. */
    MIRRORED(-1, 0, 1, 0, 1, 0),
    /** 3: a half turn. */
    HALF_TURN(-1, 0, 1, 0, -1, 1),
    /** 4: mirrored top to bottom. */
    MIRRORED_HALF_TURN(1, 0, 0, 0, -1, 1),
    /** 5: mirrored along the main diagonal (transposed). */
    TRANSPOSED(0, 1, 0, 1, 0, 0),
    /** 6: stored a quarter turn anticlockwise, shown a quarter turn clockwise (a phone held upright). */
    QUARTER_TURN_CLOCKWISE(0, 1, 0, -1, 0, 1),
    /** 7: mirrored along the other diagonal (transversed). */
    TRANSVERSED(0, -1, 1, -1, 0, 1),
    /** 8: shown a quarter turn anticlockwise. */
    QUARTER_TURN_ANTICLOCKWISE(0, -1, 1, 1, 0, 0);

    private final int ax;
    private final int bx;
    private final int cx;
    private final int ay;
    private final int by;
    private final int cy;

    Orientation(int ax, int bx, int cx, int ay, int by, int cy) {
        this.ax = ax;
        this.bx = bx;
        this.cx = cx;
        this.ay = ay;
        this.by = by;
        this.cy = cy;
    }

    /** The EXIF value 1..8; anything else (absent, damaged, out of range) is {@link #NORMAL}, as browsers read it. */
    public static Orientation ofExif(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    public int exifValue() {
        return ordinal() + 1;
    }

    /** Whether width and height trade places on display. */
    public boolean swapsAxes() {
        return ay != 0;
    }

    public int displayWidth(int storedWidth, int storedHeight) {
        return swapsAxes() ? storedHeight : storedWidth;
    }

    public int displayHeight(int storedWidth, int storedHeight) {
        return swapsAxes() ? storedWidth : storedHeight;
    }

    /** The pixels as displayed: a new image for any orientation but {@link #NORMAL}, which returns {@code stored}. */
    public DecodedImage apply(DecodedImage stored) {
        if (this == NORMAL) {
            return stored;
        }
        int sw = stored.width();
        int sh = stored.height();
        int c = stored.channels();
        int w = displayWidth(sw, sh);
        int h = displayHeight(sw, sh);
        byte[] src = stored.data();
        byte[] out = new byte[src.length];
        // along a display row the stored offset moves by a constant step: one pixel sideways or one row up or down
        int step = (ay * sw + ax) * c;
        int o = 0;
        for (int y = 0; y < h; y++) {
            int sx0 = bx * y + cx * (sw - 1);
            int sy0 = by * y + cy * (sh - 1);
            int s = (sy0 * sw + sx0) * c;
            if (c == 3) {
                for (int x = 0; x < w; x++, s += step, o += 3) {
                    out[o] = src[s];
                    out[o + 1] = src[s + 1];
                    out[o + 2] = src[s + 2];
                }
            } else {
                for (int x = 0; x < w; x++, s += step, o += c) {
                    System.arraycopy(src, s, out, o, c);
                }
            }
        }
        return new DecodedImage(w, h, c, out);
    }
}
