package dev.editstudio.model;

import java.util.List;

/** The op catalog: names shared by the model builder, the tensor contract and the program JSON. */
public final class Ops {

    /** Every op of an edit program, in catalog order. */
    public static final List<String> ALL = List.of("recolor", "adjust", "style", "blur", "sharpen", "denoise",
            "remove", "move", "text", "background", "crop", "rotate", "flip", "expand", "upscale", "vignette",
            "smooth_skin");

    /** Ops that change pixels only inside the selection (they need a non-empty mask). */
    public static final List<String> LOCAL = List.of("recolor", "adjust", "style", "sharpen", "denoise", "remove",
            "move", "vignette", "smooth_skin");

    /**
     * Local ops that may take {@code region: "outside"}: they then change what is outside the selection (the
     * background around a selected subject) and leave the selection itself untouched. The program runner inverts the
     * mask for such a step; the model sees an ordinary mask.
     */
    public static final List<String> REGIONAL = List.of("recolor", "adjust", "style", "sharpen", "denoise");

    /** {@code region}: the selection itself (the default) or everything outside it. */
    public static final String INSIDE = "inside";
    public static final String OUTSIDE = "outside";

    /** {@code recolor.match} for red eye: only pixels red as a flash makes a pupil change (see {@link ProgramRunner}). */
    public static final String RED_EYE = "red_eye";

    /** Ops that change the image size or the pixel grid. */
    public static final List<String> GEOMETRY = List.of("crop", "rotate", "flip", "expand", "upscale");

    /** {@code adjust.property}; {@code edit}'s {@code variant} for adjust. */
    public static final List<String> ADJUST_PROPERTIES = List.of("brightness", "contrast", "saturation", "warmth");

    /** {@code style.name}; {@code edit}'s {@code variant} for style. */
    public static final List<String> STYLES = List.of("grayscale", "sepia", "vintage", "sketch", "cartoon",
            "watercolor", "pixelate", "posterize", "invert", "cyberpunk");

    /** The styles that are one affine colour map each (computed in one shared branch of the graph). */
    public static final List<String> AFFINE_STYLES = List.of("grayscale", "sepia", "vintage", "invert", "cyberpunk");

    /** {@code blur.target}. */
    public static final List<String> BLUR_TARGETS = List.of("selection", "background", "image");

    /** {@code background.mode}. */
    public static final List<String> BACKGROUND_MODES = List.of("color", "blur", "transparent");

    /** {@code flip.axis}. */
    public static final List<String> FLIP_AXES = List.of("horizontal", "vertical");

    /** {@code expand.direction}. */
    public static final List<String> EXPAND_DIRECTIONS = List.of("left", "right", "top", "bottom", "all");

    /** {@code text.position}. */
    public static final List<String> POSITIONS = List.of("top_left", "top", "top_right", "left", "center", "right",
            "bottom_left", "bottom", "bottom_right");

    /** {@code unsupported.category}: edits that need a generative model. */
    public static final List<String> UNSUPPORTED = List.of("subject_replace", "subject_add", "pose", "material");

    /** {@code rotate}'s {@code variant}: exact right angles, or a free angle with the canvas grown to fit. */
    public static final List<String> ROTATIONS = List.of("90", "180", "270", "free");

    private Ops() {}
}
