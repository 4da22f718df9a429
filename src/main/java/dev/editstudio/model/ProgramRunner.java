package dev.editstudio.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs an edit program, step by step, on one image. The selection applies until a step changes the geometry
 * (crop, rotate, flip, expand, upscale); after that it no longer lines up, and later steps see the whole image. A step
 * with {@code region: "outside"} works through the inverted selection (see {@link Ops#REGIONAL}). A
 * transparent input keeps its alpha through steps that keep the size.
 */
public final class ProgramRunner {

    private final EditModel model;

    public ProgramRunner(EditModel model) {
        this.model = model;
    }

    /** Called after each step with the number of steps done and the total. */
    @FunctionalInterface
    public interface Progress {
        void stepDone(int done, int total);
    }

    /** The program was stopped between two steps because {@code canceled} said so. */
    public static final class Canceled extends RuntimeException {
        public Canceled() {
            super("canceled", null, false, false);
        }
    }

    /**
     * Runs {@code steps} with the selection {@code mask} at {@code strength} (0..1, scales the selection).
     *
     * @throws IllegalArgumentException a step that cannot run on this image (the message says why)
     * @throws Canceled when {@code canceled} turned true between steps
     */
    public Raster run(Raster image, Mask mask, List<EditStep> steps, float strength, long seed,
            BooleanSupplier canceled, Progress progress) {
        Raster current = image;
        Mask selection = mask;
        for (int i = 0; i < steps.size(); i++) {
            if (canceled.getAsBoolean()) {
                throw new Canceled();
            }
            EditStep step = withStrength(placed(steps.get(i), selection, current.width(), current.height()), strength);
            Raster rgb = current.toRgb();
            Mask working = region(step, selection);
            Raster out = model.edit(rgb, isRedEye(step) ? redPupils(rgb, working) : working, step, seed + i);
            current = keepAlpha(current, out);
            if (Ops.GEOMETRY.contains(step.op())) {
                selection = Mask.all(current.width(), current.height());
            }
            progress.stepDone(i + 1, steps.size());
        }
        return current;
    }

    /** Checks every step against an image of this size and selection before anything is queued. */
    public static void validate(List<EditStep> steps, int width, int height, Mask mask) {
        for (EditStep step : steps) {
            EditStep placed = placed(step, mask, width, height);
            StepEncoding.encode(placed, width, height, region(placed, mask));
            if (Ops.GEOMETRY.contains(step.op())) {
                return; // later steps run on a size only known after this one; they are checked when they run
            }
        }
    }

    /**
     * A move to a place ({@code to}: a text position such as {@code top_right} or {@code center}, what "move it to the
     * top right corner" says) as the offsets that put the selected thing there at its new scale, 2% of the shorter
     * side from the edges it goes to; any other step as it is. The thing's box is scaled about the selection's centre
     * of mass, as the move op scales it.
     */
    static EditStep placed(EditStep step, Mask selection, int width, int height) {
        Object to = step.params().get("to");
        if (!step.op().equals("move") || to == null) {
            return step;
        }
        String place = to.toString();
        if (!Ops.POSITIONS.contains(place)) {
            throw new IllegalArgumentException("a move goes to one of " + Ops.POSITIONS + ", not '" + place + "'");
        }
        Map<String, Object> params = new HashMap<>(step.params());
        params.remove("to");
        if (selection.isFull() || selection.isEmpty()) {
            return new EditStep("move", params); // refused as a move with nothing selected
        }
        int[] box = selection.bounds();
        double[] c = selection.centroid();
        double s = step.number("scale", 1);
        double x0 = c[0] + s * (box[0] - c[0]);
        double x1 = c[0] + s * (box[2] - c[0]);
        double y0 = c[1] + s * (box[1] - c[1]);
        double y1 = c[1] + s * (box[3] - c[1]);
        double margin = Math.round(0.02 * Math.min(width, height));
        double dx = place.endsWith("left") ? margin - x0 : place.endsWith("right") ? width - margin - x1
                : (width - x0 - x1) / 2;
        double dy = place.startsWith("top") ? margin - y0 : place.startsWith("bottom") ? height - margin - y1
                : (height - y0 - y1) / 2;
        params.put("dx", (double) Math.round(dx));
        params.put("dy", (double) Math.round(dy));
        params.put("unit", "px");
        return new EditStep("move", params);
    }

    /**
     * The mask a step works through: the selection, or for {@code region: "outside"} everything outside it.
     *
     * @throws IllegalArgumentException for a region the op does not take, or outside a selection of everything
     */
    static Mask region(EditStep step, Mask selection) {
        String region = step.text("region", Ops.INSIDE);
        if (isRedEye(step) && selection.isFull()) {
            throw new IllegalArgumentException("select the eyes first: red-eye removal darkens the red inside the selection");
        }
        if (region.equals(Ops.INSIDE)) {
            return selection;
        }
        if (!region.equals(Ops.OUTSIDE) || !Ops.REGIONAL.contains(step.op())) {
            throw new IllegalArgumentException("'" + step.op() + "' takes no region '" + region + "'; region 'outside'"
                    + " is for " + Ops.REGIONAL);
        }
        if (selection.isFull()) {
            throw new IllegalArgumentException("select the subject first: this edit changes what is around it");
        }
        return selection.inverted();
    }

    /** A recolour that takes red eye away ({@code match: "red_eye"}, what "remove red eye" reads as). */
    static boolean isRedEye(EditStep step) {
        return step.op().equals("recolor") && Ops.RED_EYE.equals(step.text("match", ""));
    }

    /**
     * The selection narrowed to what a flash makes of a pupil: red well above both green and blue. The recolour's own
     * match by hue also takes in skin, whose hue is close to red; this keeps the skin around the eye as it was.
     *
     * @throws IllegalArgumentException when nothing in the selection is that red
     */
    static Mask redPupils(Raster rgb, Mask selection) {
        float[] alpha = selection.alpha();
        float[] narrowed = new float[alpha.length];
        byte[] d = rgb.data();
        for (int i = 0; i < alpha.length; i++) {
            if (alpha[i] > 0) {
                int r = d[3 * i] & 0xff;
                int g = d[3 * i + 1] & 0xff;
                int b = d[3 * i + 2] & 0xff;
                // skin (200, 150, 120) is 40 levels short of 1.6 times its green, a red pupil (200, 30, 35) far past it;
                // dark brown hair (40, 25, 25) is red neither by that measure nor bright enough to be a flash's red
                double excess = ramp(r - 1.6 * Math.max(g, b), 10, 40) * ramp(r, 60, 90);
                narrowed[i] = alpha[i] * (float) excess;
            }
        }
        Mask pupils = new Mask(selection.width(), selection.height(), narrowed);
        if (pupils.isEmpty()) {
            throw new IllegalArgumentException("no red eye in the selection: nothing there is red as a flash makes a pupil");
        }
        return pupils;
    }

    private static double ramp(double v, double from, double to) {
        return Math.max(0, Math.min(1, (v - from) / (to - from)));
    }

    private static EditStep withStrength(EditStep step, float strength) {
        if (strength >= 1f || step.params().containsKey("strength")) {
            return step;
        }
        Map<String, Object> params = new HashMap<>(step.params());
        params.put("strength", (double) strength);
        return new EditStep(step.op(), params);
    }

    private static Raster keepAlpha(Raster before, Raster after) {
        if (before.channels() != 4 || after.channels() == 4
                || before.width() != after.width() || before.height() != after.height()) {
            return after;
        }
        byte[] rgba = new byte[after.width() * after.height() * 4];
        byte[] rgb = after.data();
        byte[] alpha = before.data();
        for (int i = 0, j = 0; j < rgba.length; i += 3, j += 4) {
            rgba[j] = rgb[i];
            rgba[j + 1] = rgb[i + 1];
            rgba[j + 2] = rgb[i + 2];
            rgba[j + 3] = alpha[j + 3];
        }
        return new Raster(after.width(), after.height(), 4, rgba);
    }
}
