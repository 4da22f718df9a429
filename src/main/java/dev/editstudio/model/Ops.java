package dev.editstudio.model;

import java.util.List;

/** Names shared by the model builder and the runtime: the tensor contract's enumerations. */
public final class Ops {

    /** {@code edit_adjust}'s {@code property} input indexes this list. */
    public static final List<String> ADJUST_PROPERTIES = List.of("brightness", "contrast", "saturation", "warmth");

    /** {@code edit_style}'s {@code style} input indexes this list (the styles that are colour transforms). */
    public static final List<String> STYLES = List.of("grayscale", "sepia", "invert", "vintage", "cyberpunk");

    private Ops() {}
}
