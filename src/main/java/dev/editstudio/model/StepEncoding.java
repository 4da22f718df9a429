package dev.editstudio.model;

import java.util.List;
import java.util.Locale;

/**
 * Lays one program step out as the {@code edit} signature's inputs: the {@code variant} string, the eight
 * {@code params} and, for text, the glyph {@code overlay}. Validates parameters against the image first, so a bad
 * step fails with a message a user can act on (these become HTTP 400s), not inside TensorFlow.
 *
 * <table>
 *   <caption>params layout per op</caption>
 *   <tr><td>recolor</td><td>r, g, b (target, 0..1), r, g, b (source), has_source (0/1)</td></tr>
 *   <tr><td>adjust</td><td>amount (-1..1)</td></tr>
 *   <tr><td>style</td><td>block px (pixelate) or levels (posterize), 0 = automatic</td></tr>
 *   <tr><td>blur</td><td>radius px, 0 = automatic</td></tr>
 *   <tr><td>sharpen, denoise, smooth_skin</td><td>amount (0..1)</td></tr>
 *   <tr><td>vignette</td><td>amount (-1..1: positive darkens the edges, negative lightens them)</td></tr>
 *   <tr><td>move</td><td>dx px, dy px, scale</td></tr>
 *   <tr><td>text</td><td>r, g, b, shadow softness px</td></tr>
 *   <tr><td>background</td><td>r, g, b, blur radius px</td></tr>
 *   <tr><td>crop</td><td>x, y, width, height px</td></tr>
 *   <tr><td>rotate</td><td>degrees clockwise (variant free)</td></tr>
 *   <tr><td>expand</td><td>left, top, right, bottom px</td></tr>
 *   <tr><td>upscale</td><td>factor (2 or 4)</td></tr>
 * </table>
 */
public final class StepEncoding {

    /** Largest image the model produces, in pixels (upscale and expand are checked against it). */
    public static final long MAX_OUTPUT_PIXELS = 40_000_000L;

    /** The op-specific inputs of one {@code edit} call. */
    public record Encoded(String op, String variant, float[] params, float strength, float[] overlay, int overlayWidth,
            int overlayHeight) {}

    private StepEncoding() {}

    public static Encoded encode(EditStep step, int width, int height, Mask mask) {
        String op = step.op();
        if (!Ops.ALL.contains(op)) {
            throw new IllegalArgumentException("unknown op '" + op + "'; the ops are " + Ops.ALL);
        }
        if (mask.width() != width || mask.height() != height) {
            throw new IllegalArgumentException("the mask is " + mask.width() + "x" + mask.height()
                    + " but the image is " + width + "x" + height);
        }
        boolean local = Ops.LOCAL.contains(op) || (op.equals("blur") && !"image".equals(step.text("target", "")));
        if (local && mask.isEmpty()) {
            throw new IllegalArgumentException("'" + op + "' changes the selection, and nothing is selected");
        }
        float strength = (float) clamp(step.number("strength", 1.0), 0, 1);
        float[] p = new float[8];
        String variant = "";
        float[] overlay = {0f};
        int ow = 1;
        int oh = 1;
        switch (op) {
            case "recolor" -> {
                putRgb(p, 0, required(step, "color"));
                if (step.params().containsKey("match")) {
                    oneOf(step, "match", List.of(Ops.RED_EYE), null); // the runner narrows the mask for it
                }
                String source = step.text("source_color", null);
                if (source != null) {
                    putRgb(p, 3, source);
                    p[6] = 1f;
                }
            }
            case "adjust" -> {
                variant = oneOf(step, "property", Ops.ADJUST_PROPERTIES, null);
                p[0] = (float) clamp(step.number("amount", 0.3), -1, 1);
            }
            case "style" -> {
                variant = oneOf(step, "name", Ops.STYLES, null);
                p[0] = (float) clamp(step.number(variant.equals("posterize") ? "levels" : "block", 0), 0, 512);
            }
            case "blur" -> {
                variant = oneOf(step, "target", Ops.BLUR_TARGETS, "selection");
                p[0] = (float) clamp(step.number("radius", 0), 0, 500);
                if (variant.equals("background") && mask.isFull()) {
                    throw new IllegalArgumentException("select the subject to keep sharp, then blur the background");
                }
            }
            case "sharpen", "denoise", "smooth_skin" -> p[0] = (float) clamp(step.number("amount", 0.5), 0, 1);
            case "vignette" -> p[0] = (float) clamp(step.number("amount", 0.5), -1, 1);
            case "remove" -> {
                if (mask.isFull()) {
                    throw new IllegalArgumentException("select what to remove first");
                }
            }
            case "move" -> {
                boolean percent = "percent".equals(step.text("unit", "px"));
                double dx = step.number("dx", 0);
                double dy = step.number("dy", 0);
                p[0] = (float) (percent ? dx * width / 100.0 : dx);
                p[1] = (float) (percent ? dy * height / 100.0 : dy);
                p[2] = (float) clamp(step.number("scale", 1), 0.05, 10);
                if (mask.isFull()) {
                    throw new IllegalArgumentException("select what to move first");
                }
            }
            case "text" -> {
                String text = required(step, "text");
                putRgb(p, 0, step.text("color", "#ffffff"));
                TextRenderer.Coverage coverage = TextRenderer.render(text,
                        oneOf(step, "position", Ops.POSITIONS, "center"), (int) step.number("size", 0), width, height);
                overlay = coverage.alpha();
                ow = width;
                oh = height;
                p[3] = Math.max(1.5f, coverage.fontSize() / 18f);
            }
            case "background" -> {
                variant = oneOf(step, "mode", Ops.BACKGROUND_MODES, "color");
                putRgb(p, 0, step.text("color", "#ffffff"));
                p[3] = (float) clamp(step.number("radius", 0), 0, 500);
                if (mask.isFull() || mask.isEmpty()) {
                    throw new IllegalArgumentException("select the subject first; everything else is the background");
                }
            }
            case "crop" -> crop(step, width, height, mask, p);
            case "rotate" -> {
                double degrees = step.number("degrees", 90);
                double d = ((degrees % 360) + 360) % 360;
                variant = d == 90 ? "90" : d == 180 ? "180" : d == 270 ? "270" : "free";
                p[0] = (float) d;
            }
            case "flip" -> variant = oneOf(step, "axis", Ops.FLIP_AXES, "horizontal");
            case "expand" -> {
                String direction = oneOf(step, "direction", Ops.EXPAND_DIRECTIONS, "all");
                double amount = clamp(step.number("amount", 0.25), 0.02, 0.9);
                long pixels = Math.round(step.number("pixels", 0)); // a width in pixels, where given, before a share
                if (step.params().containsKey("pixels") && pixels < 1) {
                    throw new IllegalArgumentException("expand.pixels must be a number of pixels, 1 or more");
                }
                int dx = (int) Math.max(1, Math.min(width - 1, pixels > 0 ? pixels : Math.round(width * amount)));
                int dy = (int) Math.max(1, Math.min(height - 1, pixels > 0 ? pixels : Math.round(height * amount)));
                boolean all = direction.equals("all");
                p[0] = all || direction.equals("left") ? dx : 0;
                p[1] = all || direction.equals("top") ? dy : 0;
                p[2] = all || direction.equals("right") ? dx : 0;
                p[3] = all || direction.equals("bottom") ? dy : 0;
                checkOutput((long) (width + p[0] + p[2]) * (long) (height + p[1] + p[3]));
            }
            case "upscale" -> {
                int factor = step.number("factor", 2) >= 3 ? 4 : 2;
                p[0] = factor;
                checkOutput((long) width * height * factor * factor);
            }
            default -> throw new IllegalArgumentException("unknown op '" + op + "'");
        }
        return new Encoded(op, variant, p, strength, overlay, ow, oh);
    }

    private static void crop(EditStep step, int width, int height, Mask mask, float[] p) {
        String aspect = step.text("aspect", null);
        int[] box = mask.isFull() || mask.isEmpty() ? new int[] {0, 0, width, height} : mask.bounds();
        if (aspect == null) {
            if (mask.isFull() || mask.isEmpty()) {
                throw new IllegalArgumentException("crop needs an aspect such as \"1:1\" or a selection");
            }
            p[0] = box[0];
            p[1] = box[1];
            p[2] = box[2] - box[0];
            p[3] = box[3] - box[1];
            return;
        }
        String[] ab = aspect.split(":");
        double ratio;
        try {
            ratio = Double.parseDouble(ab[0]) / Double.parseDouble(ab[1]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("crop.aspect must look like \"16:9\", not \"" + aspect + "\"");
        }
        if (!(ratio > 0.01 && ratio < 100)) {
            throw new IllegalArgumentException("crop.aspect " + aspect + " is out of range");
        }
        // the largest box of that aspect inside the image, centred on the selection (or the image)
        int w = width;
        int h = (int) Math.round(width / ratio);
        if (h > height) {
            h = height;
            w = (int) Math.round(height * ratio);
        }
        w = Math.max(1, Math.min(width, w));
        h = Math.max(1, Math.min(height, h));
        int cx = (box[0] + box[2]) / 2;
        int cy = (box[1] + box[3]) / 2;
        p[0] = Math.max(0, Math.min(width - w, cx - w / 2));
        p[1] = Math.max(0, Math.min(height - h, cy - h / 2));
        p[2] = w;
        p[3] = h;
    }

    private static void checkOutput(long pixels) {
        if (pixels > MAX_OUTPUT_PIXELS) {
            throw new IllegalArgumentException("the result would have " + pixels / 1_000_000 + " megapixels; the limit is "
                    + MAX_OUTPUT_PIXELS / 1_000_000);
        }
    }

    private static String required(EditStep step, String name) {
        String v = step.text(name, null);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(step.op() + "." + name + " is required");
        }
        return v;
    }

    private static String oneOf(EditStep step, String name, java.util.List<String> allowed, String fallback) {
        String v = step.text(name, fallback);
        if (v == null || !allowed.contains(v.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(step.op() + "." + name + " must be one of " + allowed);
        }
        return v.toLowerCase(Locale.ROOT);
    }

    private static void putRgb(float[] p, int at, String hex) {
        int[] rgb = Colors.rgb(hex);
        for (int i = 0; i < 3; i++) {
            p[at + i] = rgb[i] / 255f;
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
    }
}
