package dev.editstudio.model.build;

import dev.editstudio.model.Ops;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tensorflow.Operand;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.image.ImageProjectiveTransformV3;
import org.tensorflow.op.image.ResizeBicubic;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.types.TBool;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.TString;
import org.tensorflow.types.TUint8;

/**
 * The {@code edit} signature: one graph that runs any op of the catalog. Each op (or op variant) is a branch fed
 * through {@code Switch} nodes keyed on the {@code op} and {@code variant} inputs, so only the chosen branch
 * computes; {@code Merge} returns its output. Local ops end in a select that returns every pixel with zero weight
 * bit-identical.
 *
 * <p>Every op also has a signature of its own, {@code edit_<op>}, with the same inputs and output over the same
 * nodes, merging only that op's branches. TensorFlow still visits each node of a branch not taken (to pass on that
 * it is dead), about a millisecond over the whole catalog; a caller that knows the op skips that by calling its
 * signature.
 */
final class EditGraph {

    static final String SERVING = "tensorflow/serving/predict";
    private static final float[] LUMA = {0.299f, 0.587f, 0.114f};

    private final org.tensorflow.op.Ops root;
    private final G g;
    private final Inputs in;
    /** Per op, its branches in catalog order. */
    private final Map<String, List<Routed>> branches = new LinkedHashMap<>();

    /** One branch: the condition that routes the inputs to it, and its output. */
    private record Routed(Operand<TBool> when, Operand<TUint8> output) {}

    private record Inputs(Placeholder<TUint8> image, Placeholder<TFloat32> mask, Placeholder<TString> op,
            Placeholder<TString> variant, Placeholder<TFloat32> params, Placeholder<TFloat32> strength,
            Placeholder<TInt64> seed, Placeholder<TFloat32> overlay) {}

    /** The inputs as seen inside one branch (each passed through that branch's Switch). */
    private record Branch(G g, Operand<TUint8> image, Operand<TFloat32> mask, Operand<TString> variant,
            Operand<TFloat32> params, Operand<TFloat32> strength, Operand<TInt64> seed, Operand<TFloat32> overlay) {

        Operand<TFloat32> x() {
            return g.toFloat(image);
        }

        Operand<TFloat32> p(int index) {
            return g.at(params, index);
        }

        Operand<TFloat32> rgb(int from) {
            return g.tf.slice(params, g.tf.constant(new int[] {from}), g.tf.constant(new int[] {3}));
        }

        /** Selection weight: mask times strength, clipped to 0..1. */
        Operand<TFloat32> weight() {
            return g.clip01(g.mul(mask, g.clip01(strength)));
        }

        Operand<TFloat32> minSide() {
            return g.f(g.tf.reduceMin(g.size(image), g.tf.constant(0)));
        }

        /** Index of the variant in {@code names}; 0 when it is none of them. */
        Operand<TInt32> variantIndex(List<String> names) {
            var hits = g.tf.dtypes.cast(g.tf.math.equal(g.tf.constant(
                    org.tensorflow.ndarray.NdArrays.vectorOfObjects(names.toArray(String[]::new))), variant), TInt32.class);
            return g.i(g.tf.math.argMax(hits, g.tf.constant(0)));
        }
    }

    private EditGraph(org.tensorflow.op.Ops tf) {
        this.root = tf;
        this.g = new G(tf);
        this.in = new Inputs(
                tf.withName("image").placeholder(TUint8.class, Placeholder.shape(Shape.of(-1, -1, 3))),
                tf.withName("mask").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, 1))),
                tf.withName("op").placeholder(TString.class, Placeholder.shape(Shape.scalar())),
                tf.withName("variant").placeholder(TString.class, Placeholder.shape(Shape.scalar())),
                tf.withName("params").placeholder(TFloat32.class, Placeholder.shape(Shape.of(8))),
                tf.withName("strength").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar())),
                tf.withName("seed").placeholder(TInt64.class, Placeholder.shape(Shape.scalar())),
                tf.withName("overlay").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, 1))));
    }

    /** Builds {@code edit} and the {@code edit_<op>} signatures into the graph behind {@code tf} (use a sub-scope). */
    static List<Signature> build(org.tensorflow.op.Ops tf) {
        EditGraph graph = new EditGraph(tf);
        graph.branches();
        List<Signature> signatures = new ArrayList<>();
        signatures.add(graph.signature("edit", graph.branches.values().stream().flatMap(List::stream).toList()));
        graph.branches.forEach((op, routed) -> signatures.add(graph.signature("edit_" + op, routed)));
        return signatures;
    }

    private void branches() {
        op("recolor", this::recolor);
        colourMap("adjust", isOp("adjust"), this::adjustMap);
        for (String style : Ops.STYLES) {
            if (!Ops.AFFINE_STYLES.contains(style)) {
                variant("style", style, switch (style) {
                    case "sketch" -> this::sketch;
                    case "cartoon" -> this::cartoon;
                    case "watercolor" -> this::watercolor;
                    case "pixelate" -> this::pixelate;
                    case "posterize" -> this::posterize;
                    default -> throw new IllegalStateException(style);
                });
            }
        }
        // one pair of branches per style, so its matrix is a constant (a computed one costs oneDNN a repack per call)
        for (String style : Ops.AFFINE_STYLES) {
            colourMap("style", root.math.logicalAnd(isOp("style"), root.math.equal(in.variant(), root.constant(style))),
                    b -> styleMap(style));
        }
        variant("blur", "selection", b -> local(b, g.gaussian(b.x(), blurSigma(b, b.p(0)), 3)));
        variant("blur", "background", this::blurBackground);
        variant("blur", "image", b -> blend(b, g.gaussian(b.x(), blurSigma(b, b.p(0)), 3),
                g.mul(root.onesLike(b.mask()), g.clip01(b.strength()))));
        op("sharpen", this::sharpen);
        op("denoise", this::denoise);
        op("remove", this::remove);
        op("move", this::move);
        op("text", this::text);
        variant("background", "color", b -> behindSubject(b, g.mul(root.onesLike(b.x()), b.rgb(0))));
        variant("background", "blur", b -> behindSubject(b,
                backgroundBlur(b.x(), g.sub(g.c(1f), b.mask()), blurSigma(b, b.p(3)))));
        variant("background", "transparent", b -> root.concat(List.of(b.image(), g.toBytes(b.mask())),
                root.constant(-1)));
        op("crop", this::crop);
        // a quarter turn clockwise takes the rows bottom up, then transposes; counter-clockwise the other way round
        variant("rotate", "90", b -> transpose(reverseRows(b.image())));
        variant("rotate", "270", b -> reverseRows(transpose(b.image())));
        variant("rotate", "180", b -> root.reverse(reverseRows(b.image()), root.constant(new int[] {1})));
        variant("rotate", "free", this::rotateFree);
        variant("flip", "horizontal", b -> root.reverse(b.image(), root.constant(new int[] {1})));
        variant("flip", "vertical", b -> reverseRows(b.image()));
        op("expand", this::expand);
        op("upscale", this::upscale);
        op("vignette", this::vignette);
        op("smooth_skin", this::smoothSkin);
    }

    /** A signature returning whichever of {@code routed} has its condition hold; a run where none does fails. */
    private Signature signature(String key, List<Routed> routed) {
        org.tensorflow.op.Ops scope = root.withSubScope(key);
        var valid = scope.reduceAny(scope.stack(routed.stream().map(Routed::when).toList()), scope.constant(0));
        var check = scope.assertThat(valid, List.of(scope.constant(key + ": unknown op/variant"), in.op(), in.variant()));
        var merged = scope.withControlDependencies(List.of(check))
                .identity(scope.merge(routed.stream().map(Routed::output).toList()).output());
        return Signature.builder().key(key).methodName(SERVING)
                .input("image", in.image()).input("mask", in.mask()).input("op", in.op())
                .input("variant", in.variant()).input("params", in.params()).input("strength", in.strength())
                .input("seed", in.seed()).input("overlay", in.overlay())
                .output("image", scope.withName("edited").identity(merged)).build();
    }

    private Operand<TBool> isOp(String name) {
        return root.math.equal(in.op(), root.constant(name));
    }

    private void op(String name, Function<Branch, Operand<TUint8>> body) {
        branch(name, isOp(name), body);
    }

    private void variant(String op, String variant, Function<Branch, Operand<TUint8>> body) {
        branch(op, root.math.logicalAnd(isOp(op), root.math.equal(in.variant(), root.constant(variant))), body);
    }

    private void branch(String op, Operand<TBool> when, Function<Branch, Operand<TUint8>> body) {
        Branch b = new Branch(g, root.switchCond(in.image(), when).outputTrue(),
                root.switchCond(in.mask(), when).outputTrue(), root.switchCond(in.variant(), when).outputTrue(),
                root.switchCond(in.params(), when).outputTrue(), root.switchCond(in.strength(), when).outputTrue(),
                root.switchCond(in.seed(), when).outputTrue(), root.switchCond(in.overlay(), when).outputTrue());
        branches.computeIfAbsent(op, k -> new ArrayList<>()).add(new Routed(when, body.apply(b)));
    }

    /** {@code x + w (y - x)} where the weight is above 0; the input pixel itself everywhere else. */
    private Operand<TUint8> blend(Branch b, Operand<TFloat32> y, Operand<TFloat32> w) {
        Operand<TUint8> edited = g.toBytes(g.lerp(b.x(), y, w));
        return root.select(g.gt(w, 0f), edited, b.image());
    }

    private Operand<TUint8> local(Branch b, Operand<TFloat32> y) {
        return blend(b, y, b.weight());
    }

    // ---- colour ----

    private Operand<TUint8> recolor(Branch b) {
        Operand<TFloat32> x = b.x();
        Operand<TFloat32> hsv = root.image.rgbToHsv(x);
        Operand<TFloat32> h = channel(hsv, 0);
        Operand<TFloat32> s = channel(hsv, 1);
        Operand<TFloat32> v = channel(hsv, 2);
        Operand<TFloat32> source = root.image.rgbToHsv(b.rgb(3));
        Operand<TFloat32> sh = g.at(source, 0);
        Operand<TFloat32> ss = g.at(source, 1);
        Operand<TFloat32> sv = g.at(source, 2);
        Operand<TFloat32> dh = root.math.abs(g.sub(h, sh));
        dh = g.min(dh, g.sub(g.c(1f), dh));
        // chromatic source: close hue, enough colour; achromatic source (white, grey, black): little colour, close value
        Operand<TFloat32> chromatic = g.mul(g.mul(g.sub(g.c(1f), g.ramp(dh, 0.05f, 0.11f)), g.ramp(s, 0.12f, 0.22f)),
                g.ramp(v, 0.08f, 0.16f));
        Operand<TFloat32> achromatic = g.mul(g.sub(g.c(1f), g.ramp(s, 0.15f, 0.25f)),
                g.sub(g.c(1f), g.ramp(root.math.abs(g.sub(v, sv)), 0.2f, 0.35f)));
        Operand<TFloat32> fromSource = root.select(g.gt(g.sub(g.c(0.2f), ss), 0f), achromatic, chromatic);
        Operand<TFloat32> match = root.select(g.gt(b.p(6), 0.5f), fromSource, root.onesLike(fromSource));
        Operand<TFloat32> w = g.mul(b.weight(), match);
        // keep the shading: the target colour plus each pixel's luminance offset from the region's mean
        Operand<TFloat32> l = g.luma(x);
        Operand<TFloat32> lMean = g.div(root.reduceSum(g.mul(l, w), root.constant(new int[] {0, 1, 2})),
                g.max(root.reduceSum(w, root.constant(new int[] {0, 1, 2})), g.c(1e-6f)));
        Operand<TFloat32> y = g.add(b.rgb(0), g.sub(l, lMean));
        return blend(b, g.clip01(y), w);
    }

    private Operand<TFloat32> channel(Operand<TFloat32> x, int c) {
        return root.slice(x, root.constant(new int[] {0, 0, c}), root.constant(new int[] {-1, -1, 1}));
    }

    /** A per-pixel colour map {@code y = M x + offset} (x and y in 0..1). */
    private record ColourMap(Operand<TFloat32> matrix, Operand<TFloat32> offset, boolean staysInRange) {}

    /** A map fixed when the graph is built; {@code staysInRange} when no input colour maps outside 0..1. */
    private ColourMap constantMap(float[][] m, float[] offset) {
        boolean staysInRange = true;
        for (int row = 0; row < 3; row++) {
            float low = offset[row];
            float high = offset[row];
            for (float w : m[row]) {
                low += Math.min(w, 0f);
                high += Math.max(w, 0f);
            }
            // with the byte scaling and rounding of mapBytes: y = 255 (M x + b) + 0.5 must stay in [0, 256)
            staysInRange &= 255f * low + 0.5f >= 0f && 255f * high + 0.5f < 255.9f;
        }
        return new ColourMap(root.constant(m), root.constant(offset), staysInRange);
    }

    /**
     * Two branches for an affine colour op: when the whole image is selected at full strength (a {@code [1,1,1]}
     * mask whose weight is 1) the map runs straight on the bytes in one matrix multiply, with no blend; any other
     * selection blends by its weight. Both round half up; they differ by one level at most, on float ties.
     */
    private void colourMap(String op, Operand<TBool> when, Function<Branch, ColourMap> map) {
        Operand<TBool> whole = wholeImage();
        branch(op, root.math.logicalAnd(when, whole), b -> {
            ColourMap m = map.apply(b);
            return mapBytes(b.image(), m);
        });
        branch(op, root.math.logicalAnd(when, root.math.logicalNot(whole)), b -> {
            ColourMap m = map.apply(b);
            return local(b, g.clip01(affine(b.x(), m.matrix(), m.offset())));
        });
    }

    /** The whole image at full weight: a {@code [1,1,1]} mask whose value times the strength is 1. */
    private Operand<TBool> wholeImage() {
        // the first value only: a real mask is not read through just to pick the branch
        Operand<TFloat32> first = root.slice(in.mask(), root.constant(new int[] {0, 0, 0}),
                root.constant(new int[] {1, 1, 1}));
        return root.math.logicalAnd(root.math.equal(root.size(in.mask()), root.constant(1)),
                root.math.greaterEqual(root.reshape(g.mul(first, g.clip01(in.strength())), root.constant(new int[0])),
                        root.constant(1f)));
    }

    private ColourMap adjustMap(Branch b) {
        float[][][] slopes = new float[4][][];
        float[][] offsets = new float[4][];
        slopes[0] = zero3();                          // brightness: shift
        offsets[0] = new float[] {0.3f, 0.3f, 0.3f};
        slopes[1] = identity3();                      // contrast: stretch around mid-grey
        offsets[1] = new float[] {-0.5f, -0.5f, -0.5f};
        slopes[2] = minus(identity3(), lumaRows());   // saturation: away from / towards the luma grey
        offsets[2] = new float[] {0f, 0f, 0f};
        slopes[3] = zero3();                          // warmth: towards orange / blue
        offsets[3] = new float[] {0.08f, 0.02f, -0.08f};
        Operand<TInt32> property = b.variantIndex(Ops.ADJUST_PROPERTIES);
        Operand<TFloat32> a = g.clip(b.p(0), -1f, 1f);
        Operand<TFloat32> m = g.add(root.constant(identity3()),
                g.mul(a, root.gather(root.constant(slopes), property, root.constant(0))));
        Operand<TFloat32> off = g.mul(a, root.gather(root.constant(offsets), property, root.constant(0)));
        return new ColourMap(m, off, false);
    }

    private ColourMap styleMap(String style) {
        float[][] sepia = {{0.393f, 0.769f, 0.189f}, {0.349f, 0.686f, 0.168f}, {0.272f, 0.534f, 0.131f}};
        return switch (style) {
            case "grayscale" -> constantMap(lumaRows(), new float[3]);
            case "sepia" -> constantMap(sepia, new float[3]);
            case "invert" -> constantMap(scale(identity3(), -1f), new float[] {1f, 1f, 1f});
            // half sepia, lower contrast, lifted blacks
            case "vintage" -> constantMap(scale(plus(scale(identity3(), 0.5f), scale(sepia, 0.5f)), 0.85f),
                    new float[] {0.07f, 0.05f, 0.03f});
            // magenta highlights, teal shadows
            case "cyberpunk" -> constantMap(new float[][] {{1.15f, 0f, 0.15f}, {0f, 0.8f, 0.1f}, {0.1f, 0.2f, 1.25f}},
                    new float[] {0.02f, -0.03f, 0.06f});
            default -> throw new IllegalArgumentException("not an affine style: " + style);
        };
    }

    /** {@code y = M x + b} per pixel, one matrix multiply with its bias added in the same kernel (not clipped). */
    private Operand<TFloat32> affine(Operand<TFloat32> x, Operand<TFloat32> m, Operand<TFloat32> offset) {
        return root.reshape(flatAffine(x, m, offset), root.shape(x));
    }

    private Operand<TFloat32> flatAffine(Operand<TFloat32> x, Operand<TFloat32> m, Operand<TFloat32> offset) {
        Operand<TFloat32> flat = root.reshape(x, root.constant(new long[] {-1, 3}));
        return root.nn.biasAdd(root.linalg.matMul(flat, m, MatMul.transposeB(true)), offset);
    }

    /**
     * The colour map on bytes, {@code M X + 255 b + 0.5} clipped and truncated: {@link G#toBytes}'s rounding with
     * the scaling folded into the map, three or four passes over the pixels instead of a dozen.
     */
    private Operand<TUint8> mapBytes(Operand<TUint8> image, ColourMap map) {
        // the shape comes from the bytes: taking it from the float copy would keep a second cast alive
        Operand<TFloat32> y = flatAffine(g.f(image), map.matrix(), g.add(g.mul(map.offset(), g.c(255f)), g.c(0.5f)));
        // a map that cannot leave the range needs no clip before the truncating cast: one pass fewer
        Operand<TUint8> bytes = map.staysInRange() ? root.dtypes.cast(y, TUint8.class) : g.truncateToBytes(y);
        return root.reshape(bytes, root.shape(image));
    }

    private Operand<TUint8> sketch(Branch b) {
        Operand<TFloat32> l = g.luma(b.x());
        Operand<TFloat32> sigma = g.max(g.c(2f), g.div(b.minSide(), g.c(180f)));
        Operand<TFloat32> blurredInverse = g.gaussian(g.sub(g.c(1f), l), sigma, 1);
        // colour dodge of the luma by its blurred negative: flat areas go white, edges stay as pencil lines
        Operand<TFloat32> dodge = g.clip01(g.div(l, g.max(g.sub(g.c(1f), blurredInverse), g.c(1f / 255f))));
        Operand<TFloat32> pencil = root.math.pow(dodge, g.c(1.6f));
        return local(b, root.tile(pencil, root.constant(new int[] {1, 1, 3})));
    }

    private Operand<TUint8> cartoon(Branch b) {
        Operand<TFloat32> x = b.x();
        Operand<TFloat32> flat = g.guided(g.guided(x, 4, g.c(0.01f)), 4, g.c(0.01f));
        Operand<TFloat32> levels = g.c(6f);
        Operand<TFloat32> bands = g.div(root.math.round(g.mul(flat, levels)), levels);
        Operand<TFloat32> edges = edgeStrength(g.gaussian(g.luma(x), 1f, 1), 0.12f, 0.3f);
        return local(b, g.mul(bands, g.sub(g.c(1f), g.mul(g.c(0.85f), edges))));
    }

    /** 0..1 edge map from the Sobel gradient magnitude of a one-channel image. */
    private Operand<TFloat32> edgeStrength(Operand<TFloat32> l, float lo, float hi) {
        Operand<TFloat32> sx = root.constant(new float[][][][] {
                {{{-1f}}, {{0f}}, {{1f}}}, {{{-2f}}, {{0f}}, {{2f}}}, {{{-1f}}, {{0f}}, {{1f}}}});
        Operand<TFloat32> sy = root.linalg.transpose(sx, root.constant(new int[] {1, 0, 2, 3}));
        List<Long> ones = List.of(1L, 1L, 1L, 1L);
        Operand<TFloat32> gx = g.unbatch(root.nn.depthwiseConv2dNative(g.batch(l), sx, ones, "SAME"));
        Operand<TFloat32> gy = g.unbatch(root.nn.depthwiseConv2dNative(g.batch(l), sy, ones, "SAME"));
        return g.ramp(root.math.sqrt(g.add(root.math.square(gx), root.math.square(gy))), lo, hi);
    }

    private Operand<TUint8> watercolor(Branch b) {
        Operand<TFloat32> x = b.x();
        Operand<TFloat32> washed = g.guided(g.guided(x, 6, g.c(0.02f)), 3, g.c(0.01f));
        Operand<TFloat32> pooled = g.lerp(washed, g.div(root.math.round(g.mul(washed, g.c(8f))), g.c(8f)), g.c(0.5f));
        // pigment gathers at the edges of washes
        Operand<TFloat32> rims = g.min(g.sub(pooled, g.gaussian(pooled, 3f, 3)), g.c(0f));
        Operand<TFloat32> painted = g.add(pooled, g.mul(g.c(1.5f), rims));
        // paper grain: seeded noise, softened
        Operand<TInt32> hw = g.size(b.image());
        Operand<TInt32> grainSize = root.concat(List.of(root.math.maximum(root.math.floorDiv(hw, root.constant(3)),
                root.constant(1)), root.constant(new int[] {1})), root.constant(0));
        Operand<TInt64> seeds = root.stack(List.of(b.seed(), root.constant(7L)));
        Operand<TFloat32> grain = g.resize(root.random.statelessRandomUniform(grainSize, seeds), hw);
        Operand<TFloat32> y = g.mul(painted, g.add(g.c(0.93f), g.mul(g.c(0.07f), grain)));
        return local(b, g.sub(g.c(1f), g.mul(g.sub(g.c(1f), g.clip01(y)), g.c(0.9f))));
    }

    private Operand<TUint8> pixelate(Branch b) {
        Operand<TFloat32> auto = g.max(g.c(4f), root.math.round(g.div(b.minSide(), g.c(48f))));
        Operand<TFloat32> block = root.select(g.gt(b.p(0), 0f), b.p(0), auto);
        Operand<TInt32> hw = g.size(b.image());
        Operand<TInt32> small = root.math.maximum(g.i(root.math.ceil(g.div(g.f(hw), block))), root.constant(1));
        Operand<TFloat32> cells = root.image.resizeArea(g.batch(b.x()), small);
        return local(b, g.unbatch(root.image.resizeNearestNeighbor(cells, hw)));
    }

    private Operand<TUint8> posterize(Branch b) {
        Operand<TFloat32> steps = g.sub(root.select(g.gt(b.p(0), 1f), b.p(0), g.c(4f)), g.c(1f));
        return local(b, g.div(root.math.round(g.mul(b.x(), steps)), steps));
    }

    // ---- filters ----

    private Operand<TFloat32> blurSigma(Branch b, Operand<TFloat32> radius) {
        return root.select(g.gt(radius, 0f), g.div(radius, g.c(2f)), g.max(g.c(2f), g.div(b.minSide(), g.c(120f))));
    }

    private Operand<TUint8> blurBackground(Branch b) {
        Operand<TFloat32> background = g.sub(g.c(1f), b.mask());
        return blend(b, backgroundBlur(b.x(), background, blurSigma(b, b.p(0))),
                g.mul(background, g.clip01(b.strength())));
    }

    /** Blur of the background only: the subject's colours do not bleed into it as a halo. */
    private Operand<TFloat32> backgroundBlur(Operand<TFloat32> x, Operand<TFloat32> background, Operand<TFloat32> sigma) {
        Operand<TFloat32> num = g.gaussian(g.mul(x, background), sigma, 3);
        Operand<TFloat32> den = g.gaussian(background, sigma, 1);
        Operand<TFloat32> plain = g.gaussian(x, sigma, 3);
        return root.select(g.gt(den, 0.05f), g.div(num, g.max(den, g.c(0.05f))), plain);
    }

    private Operand<TUint8> sharpen(Branch b) {
        Operand<TFloat32> gain = g.mul(g.clip(b.p(0), 0f, 1f), g.c(2f));
        Operand<TFloat32> x = b.x();
        return local(b, g.add(x, g.mul(gain, g.sub(x, g.gaussian(x, 1.2f, 3)))));
    }

    private Operand<TUint8> denoise(Branch b) {
        Operand<TFloat32> a = g.clip(b.p(0), 0f, 1f);
        Operand<TFloat32> eps = g.add(g.c(0.0005f), g.mul(a, g.c(0.006f)));
        return local(b, g.guided(b.x(), 3, eps));
    }

    private Operand<TUint8> smoothSkin(Branch b) {
        Operand<TFloat32> x = b.x();
        Operand<TFloat32> r = channel(x, 0);
        Operand<TFloat32> gr = channel(x, 1);
        Operand<TFloat32> bl = channel(x, 2);
        Operand<TFloat32> cb = g.add(g.c(0.5f), g.add(g.add(g.mul(g.c(-0.1687f), r), g.mul(g.c(-0.3313f), gr)),
                g.mul(g.c(0.5f), bl)));
        Operand<TFloat32> cr = g.add(g.c(0.5f), g.add(g.add(g.mul(g.c(0.5f), r), g.mul(g.c(-0.4187f), gr)),
                g.mul(g.c(-0.0813f), bl)));
        // the classic YCbCr skin box (Cb 77..127, Cr 133..173 of 255), with soft edges
        Operand<TFloat32> skin = g.mul(g.mul(g.ramp(cr, 0.50f, 0.53f), g.sub(g.c(1f), g.ramp(cr, 0.67f, 0.70f))),
                g.mul(g.ramp(cb, 0.28f, 0.31f), g.sub(g.c(1f), g.ramp(cb, 0.49f, 0.52f))));
        skin = g.gaussian(skin, 2f, 1);
        Operand<TFloat32> smooth = g.guided(x, 6, g.c(0.003f));
        Operand<TFloat32> a = g.clip(b.p(0), 0f, 1f);
        return blend(b, g.lerp(x, smooth, g.mul(a, skin)), b.weight());
    }

    private Operand<TUint8> vignette(Branch b) {
        Operand<TInt32> hw = g.size(b.image());
        Operand<TFloat32> h = g.f(g.at(hw, 0));
        Operand<TFloat32> w = g.f(g.at(hw, 1));
        Operand<TFloat32> ys = g.sub(g.div(g.mul(g.add(root.range(g.c(0f), h, g.c(1f)), g.c(0.5f)), g.c(2f)), h), g.c(1f));
        Operand<TFloat32> xs = g.sub(g.div(g.mul(g.add(root.range(g.c(0f), w, g.c(1f)), g.c(0.5f)), g.c(2f)), w), g.c(1f));
        Operand<TFloat32> r2 = g.add(root.reshape(root.math.square(ys), root.constant(new int[] {-1, 1, 1})),
                root.reshape(root.math.square(xs), root.constant(new int[] {1, -1, 1})));
        Operand<TFloat32> falloff = g.ramp(g.mul(root.math.sqrt(r2), g.c(0.7071f)), 0.35f, 1f);
        Operand<TFloat32> shade = g.mul(g.c(0.85f), root.math.square(falloff));
        // a positive amount darkens the edges by 1 - a·shade; a negative one lightens them by the inverse gain, so -a
        // undoes a (up to rounding and clipping), as when a lens's own vignetting is taken out
        Operand<TFloat32> a = g.clip(b.p(0), -1f, 1f);
        Operand<TFloat32> darken = g.sub(g.c(1f), g.mul(g.max(a, g.c(0f)), shade));
        Operand<TFloat32> lighten = g.sub(g.c(1f), g.mul(g.max(root.math.neg(a), g.c(0f)), shade));
        return local(b, g.mul(b.x(), g.div(darken, lighten)));
    }

    // ---- fill and compose ----

    private Operand<TUint8> remove(Branch b) {
        return local(b, g.fillHole(b.x(), b.mask()));
    }

    private Operand<TUint8> move(Branch b) {
        Operand<TFloat32> x = b.x();
        Operand<TFloat32> m = b.mask();
        Operand<TFloat32> filled = g.fillHole(x, m);
        Operand<TInt32> hw = g.size(b.image());
        Operand<TFloat32> h = g.f(g.at(hw, 0));
        Operand<TFloat32> w = g.f(g.at(hw, 1));
        Operand<TFloat32> mass = g.max(root.reduceSum(m, root.constant(new int[] {0, 1, 2})), g.c(1e-6f));
        Operand<TFloat32> rows = root.reshape(root.range(g.c(0f), h, g.c(1f)), root.constant(new int[] {-1, 1, 1}));
        Operand<TFloat32> cols = root.reshape(root.range(g.c(0f), w, g.c(1f)), root.constant(new int[] {1, -1, 1}));
        Operand<TFloat32> cy = g.div(root.reduceSum(g.mul(m, rows), root.constant(new int[] {0, 1, 2})), mass);
        Operand<TFloat32> cx = g.div(root.reduceSum(g.mul(m, cols), root.constant(new int[] {0, 1, 2})), mass);
        Operand<TFloat32> s = g.max(b.p(2), g.c(0.01f));
        Operand<TFloat32> inv = g.div(g.c(1f), s);
        // output pixel p samples the input at c + (p - c - d) / s
        Operand<TFloat32> a2 = g.sub(cx, g.mul(g.add(cx, b.p(0)), inv));
        Operand<TFloat32> b2 = g.sub(cy, g.mul(g.add(cy, b.p(1)), inv));
        Operand<TFloat32> zero = g.c(0f);
        Operand<TFloat32> transform = root.reshape(root.stack(List.of(inv, zero, a2, zero, inv, b2, zero, zero)),
                root.constant(new int[] {1, 8}));
        Operand<TFloat32> moved = warp(x, transform, hw, 0f);
        Operand<TFloat32> movedMask = warp(m, transform, hw, 0f);
        Operand<TFloat32> y = g.lerp(filled, moved, movedMask);
        var changed = root.math.logicalOr(g.gt(m, 0f), g.gt(movedMask, 0f));
        return root.select(changed, g.toBytes(y), b.image());
    }

    private Operand<TFloat32> warp(Operand<TFloat32> x, Operand<TFloat32> transform, Operand<TInt32> hw, float fill) {
        return g.unbatch(root.image.imageProjectiveTransformV3(g.batch(x), transform, hw, g.c(fill), "BILINEAR",
                ImageProjectiveTransformV3.fillMode("CONSTANT")));
    }

    private Operand<TUint8> text(Branch b) {
        Operand<TFloat32> alpha = g.clip01(b.overlay());
        Operand<TFloat32> shadow = g.mul(g.c(0.45f), g.gaussian(alpha, g.max(g.c(1.5f), b.p(3)), 1));
        Operand<TFloat32> x = b.x();
        Operand<TFloat32> shaded = g.mul(x, g.sub(g.c(1f), shadow));
        Operand<TFloat32> y = g.lerp(shaded, b.rgb(0), alpha);
        var touched = root.math.logicalOr(g.gt(alpha, 0f), g.gt(shadow, 0.002f));
        return root.select(touched, g.toBytes(y), b.image());
    }

    /** {@code y} everywhere but the selected subject, which stays as it is. */
    private Operand<TUint8> behindSubject(Branch b, Operand<TFloat32> y) {
        return blend(b, y, g.mul(g.sub(g.c(1f), b.mask()), g.clip01(b.strength())));
    }

    // ---- geometry ----

    private Operand<TUint8> crop(Branch b) {
        Operand<TInt32> box = g.i(root.math.round(b.params()));
        Operand<TInt32> begin = root.stack(List.of(g.at(box, 1), g.at(box, 0), root.constant(0)));
        Operand<TInt32> size = root.stack(List.of(g.at(box, 3), g.at(box, 2), root.constant(-1)));
        return root.slice(b.image(), begin, size);
    }

    /**
     * {@code [H,W,C] -> [W,H,C]} a band of rows at a time: each band is transposed while it is in cache, then the
     * bands are laid side by side, moving runs of a band's height in pixels. Bands are the largest divisor of H from
     * 8 to 64 rows (the whole image when H has none); at 2048x2048 this halves the time of one plain transpose.
     */
    private Operand<TUint8> transpose(Operand<TUint8> image) {
        Operand<TInt32> shape = root.shape(image);
        Operand<TInt32> h = g.at(shape, 0);
        Operand<TInt32> w = g.at(shape, 1);
        Operand<TInt32> c = g.at(shape, 2);
        Operand<TInt32> heights = root.range(root.constant(8), root.constant(65), root.constant(1));
        Operand<TInt32> divisors = root.select(root.math.equal(root.math.floorMod(h, heights), root.constant(0)),
                heights, root.zerosLike(heights));
        Operand<TInt32> largest = root.reduceMax(divisors, root.constant(0));
        Operand<TInt32> band = root.select(root.math.greater(largest, root.constant(0)), largest, h);
        Operand<TUint8> bands = root.reshape(image, root.stack(List.of(root.math.floorDiv(h, band), band, w, c)));
        Operand<TUint8> each = root.linalg.transpose(bands, root.constant(new int[] {0, 2, 1, 3}));
        Operand<TUint8> sideBySide = root.linalg.transpose(each, root.constant(new int[] {1, 0, 2, 3}));
        return root.reshape(sideBySide, root.stack(List.of(w, h, c)));
    }

    /** The rows bottom up: a gather of whole rows copies each in one piece, where a reverse moves pixel by pixel. */
    private Operand<TUint8> reverseRows(Operand<TUint8> image) {
        Operand<TInt32> last = root.math.sub(g.at(root.shape(image), 0), root.constant(1));
        return root.gather(image, root.range(last, root.constant(-1), root.constant(-1)), root.constant(0));
    }

    private Operand<TUint8> rotateFree(Branch b) {
        Operand<TFloat32> theta = g.mul(b.p(0), g.c((float) (Math.PI / 180)));
        Operand<TFloat32> cos = root.math.cos(theta);
        Operand<TFloat32> sin = root.math.sin(theta);
        Operand<TInt32> hw = g.size(b.image());
        Operand<TFloat32> h = g.f(g.at(hw, 0));
        Operand<TFloat32> w = g.f(g.at(hw, 1));
        Operand<TFloat32> ac = root.math.abs(cos);
        Operand<TFloat32> as = root.math.abs(sin);
        Operand<TFloat32> outW = root.math.ceil(g.sub(g.add(g.mul(w, ac), g.mul(h, as)), g.c(1e-3f)));
        Operand<TFloat32> outH = root.math.ceil(g.sub(g.add(g.mul(w, as), g.mul(h, ac)), g.c(1e-3f)));
        Operand<TFloat32> half = g.c(0.5f);
        Operand<TFloat32> cx = g.mul(g.sub(w, g.c(1f)), half);
        Operand<TFloat32> cy = g.mul(g.sub(h, g.c(1f)), half);
        Operand<TFloat32> ox = g.mul(g.sub(outW, g.c(1f)), half);
        Operand<TFloat32> oy = g.mul(g.sub(outH, g.c(1f)), half);
        // clockwise on screen (y down): input = R(-θ)(output - o) + c
        Operand<TFloat32> a2 = g.sub(cx, g.add(g.mul(cos, ox), g.mul(sin, oy)));
        Operand<TFloat32> b2 = g.add(cy, g.sub(g.mul(sin, ox), g.mul(cos, oy)));
        Operand<TFloat32> zero = g.c(0f);
        Operand<TFloat32> transform = root.reshape(root.stack(List.of(cos, sin, a2, root.math.neg(sin), cos, b2,
                zero, zero)), root.constant(new int[] {1, 8}));
        Operand<TInt32> outSize = root.stack(List.of(g.i(outH), g.i(outW)));
        return g.toBytes(warp(b.x(), transform, outSize, 1f));
    }

    private Operand<TUint8> expand(Branch b) {
        Operand<TInt32> pads = g.i(root.math.round(root.slice(b.params(), root.constant(new int[] {0}),
                root.constant(new int[] {4}))));
        // params: left, top, right, bottom
        Operand<TInt32> paddings = root.reshape(root.stack(List.of(g.at(pads, 1), g.at(pads, 3), g.at(pads, 0),
                g.at(pads, 2), root.constant(0), root.constant(0))), root.constant(new int[] {3, 2}));
        Operand<TFloat32> x = b.x();
        Operand<TFloat32> mirrored = root.mirrorPad(x, paddings, "REFLECT");
        Operand<TFloat32> original = root.pad(root.onesLike(channel(x, 0)), paddings, g.c(0f));
        // the mirror image fades into a soft blur of itself away from the old edge, hiding the symmetry
        Operand<TFloat32> reach = g.f(root.reduceMax(pads, root.constant(0)));
        Operand<TFloat32> distance = g.sub(g.c(1f), g.gaussian(original, g.max(g.div(reach, g.c(2f)), g.c(1f)), 1));
        Operand<TFloat32> soft = g.gaussian(mirrored, g.max(g.div(reach, g.c(6f)), g.c(1f)), 3);
        Operand<TFloat32> y = g.lerp(mirrored, soft, g.clip01(g.mul(distance, g.c(1.5f))));
        Operand<TUint8> image = root.pad(b.image(), paddings, root.constant((byte) 0));
        return root.select(g.gt(original, 0.5f), image, g.toBytes(y));
    }

    private Operand<TUint8> upscale(Branch b) {
        Operand<TFloat32> factor = root.select(g.gt(b.p(0), 3f), g.c(4f), g.c(2f));
        Operand<TInt32> size = g.i(g.mul(g.f(g.size(b.image())), factor));
        Operand<TFloat32> up = g.unbatch(root.image.resizeBicubic(g.batch(b.x()), size,
                ResizeBicubic.halfPixelCenters(true)));
        Operand<TFloat32> crisp = g.add(up, g.mul(g.c(0.35f), g.sub(up, g.gaussian(up, 1f, 3))));
        return g.toBytes(crisp);
    }

    // ---- 3x3 helpers ----

    private static float[][] identity3() {
        return new float[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    }

    private static float[][] zero3() {
        return new float[3][3];
    }

    private static float[][] lumaRows() {
        return new float[][] {LUMA.clone(), LUMA.clone(), LUMA.clone()};
    }

    private static float[][] minus(float[][] a, float[][] b) {
        return plus(a, scale(b, -1f));
    }

    private static float[][] plus(float[][] a, float[][] b) {
        float[][] r = new float[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = a[i][j] + b[i][j];
            }
        }
        return r;
    }

    private static float[][] scale(float[][] a, float s) {
        float[][] r = new float[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = a[i][j] * s;
            }
        }
        return r;
    }
}
