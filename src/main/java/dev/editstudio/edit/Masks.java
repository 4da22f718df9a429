package dev.editstudio.edit;

import dev.editstudio.image.DecodedImage;
import dev.editstudio.model.Mask;

/** Selection masks as the API receives them: an image where white is selected, grey partly, black or clear not. */
final class Masks {

    private Masks() {}

    static Mask of(DecodedImage image) {
        byte[] d = image.data();
        int c = image.channels();
        float[] alpha = new float[image.width() * image.height()];
        for (int i = 0, p = 0; i < alpha.length; i++, p += c) {
            // the brightest channel, so a coloured brush stroke counts as selected too
            int v = Math.max(d[p] & 0xff, Math.max(d[p + 1] & 0xff, d[p + 2] & 0xff));
            int a = c == 4 ? d[p + 3] & 0xff : 255;
            alpha[i] = v * a / 65025f;
        }
        return new Mask(image.width(), image.height(), alpha);
    }
}
