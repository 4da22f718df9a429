package dev.editstudio.model.build;

import dev.editstudio.model.Ops;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TUint8;

/**
 * Builds {@code models/instruct-edit/<version>/}, a SavedModel in TensorFlow Serving's layout, from code:
 * deterministic, no downloads. Run with {@code bin/build-model}.
 *
 * <p>Colour edits are affine maps of RGB ({@code y = M x + b}): the four adjustments are
 * {@code M = I + amount * S[p]}, {@code b = amount * c[p]}; the colour styles are fixed {@code (M, b)} pairs.
 * One matrix multiply per pixel, then a masked blend that leaves unselected pixels bit-identical.
 */
public final class ModelBuilder {

    public static final String NAME = "instruct-edit";
    public static final int VERSION = 1;
    static final String SERVING = "tensorflow/serving/predict";

    private static final float[] LUMA = {0.299f, 0.587f, 0.114f};

    private ModelBuilder() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "models/" + NAME);
        Path target = root.resolve(Integer.toString(VERSION));
        build(target);
        System.out.println("Exported " + target.toAbsolutePath());
        // the signature dump for models/README.md, read back from what was written
        try (SavedModelBundle bundle = SavedModelBundle.load(target.toString(), SavedModelBundle.DEFAULT_TAG)) {
            bundle.signatures().stream().sorted(Comparator.comparing(Signature::key))
                    .forEach(signature -> System.out.println(signature));
        }
    }

    public static void build(Path target) throws IOException {
        deleteRecursively(target);
        try (Graph graph = new Graph()) {
            org.tensorflow.op.Ops tf = org.tensorflow.op.Ops.create(graph);
            Signature adjust = adjustSignature(tf.withSubScope("edit_adjust"));
            Signature style = styleSignature(tf.withSubScope("edit_style"));
            // the exporter saves variables; the version doubles as the one variable so a checkpoint exists
            Variable<TInt32> version = tf.withName("model_version").variable(tf.constant(VERSION));
            try (Session session = new Session(graph)) {
                session.initialize();
                session.runner().fetch(version).run().close();
                SavedModelBundle.exporter(target.toString()).withSession(session)
                        .withSignatures(adjust, style).export();
            }
        }
    }

    private record Inputs(Placeholder<TUint8> image, Placeholder<TFloat32> mask, Placeholder<TFloat32> strength) {
        Signature.Builder into(Signature.Builder builder) {
            return builder.input("image", image).input("mask", mask).input("strength", strength);
        }
    }

    private static Inputs inputs(org.tensorflow.op.Ops tf) {
        return new Inputs(
                tf.withName("image").placeholder(TUint8.class, Placeholder.shape(Shape.of(-1, -1, 3))),
                tf.withName("mask").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, 1))),
                tf.withName("strength").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar())));
    }

    static Signature adjustSignature(org.tensorflow.op.Ops tf) {
        Inputs in = inputs(tf);
        var property = tf.withName("property").placeholder(TInt32.class, Placeholder.shape(Shape.scalar()));
        var amount = tf.withName("amount").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
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
        var a = tf.clipByValue(amount, tf.constant(-1f), tf.constant(1f));
        Operand<TFloat32> m = tf.math.add(tf.constant(identity3()),
                tf.math.mul(a, tf.gather(tf.constant(slopes), property, tf.constant(0))));
        Operand<TFloat32> b = tf.math.mul(a, tf.gather(tf.constant(offsets), property, tf.constant(0)));
        Operand<TUint8> out = affineMasked(tf, in, m, b);
        return in.into(Signature.builder().key("edit_adjust").methodName(SERVING))
                .input("property", property).input("amount", amount)
                .output("image", tf.withName("output").identity(out)).build();
    }

    static Signature styleSignature(org.tensorflow.op.Ops tf) {
        Inputs in = inputs(tf);
        var style = tf.withName("style").placeholder(TInt32.class, Placeholder.shape(Shape.scalar()));
        float[][] sepia = {{0.393f, 0.769f, 0.189f}, {0.349f, 0.686f, 0.168f}, {0.272f, 0.534f, 0.131f}};
        float[][][] matrices = new float[Ops.STYLES.size()][][];
        float[][] offsets = new float[Ops.STYLES.size()][];
        matrices[Ops.STYLES.indexOf("grayscale")] = lumaRows();
        offsets[Ops.STYLES.indexOf("grayscale")] = new float[3];
        matrices[Ops.STYLES.indexOf("sepia")] = sepia;
        offsets[Ops.STYLES.indexOf("sepia")] = new float[3];
        matrices[Ops.STYLES.indexOf("invert")] = scale(identity3(), -1f);
        offsets[Ops.STYLES.indexOf("invert")] = new float[] {1f, 1f, 1f};
        // vintage: half sepia, lower contrast, lifted blacks
        matrices[Ops.STYLES.indexOf("vintage")] = scale(plus(scale(identity3(), 0.5f), scale(sepia, 0.5f)), 0.85f);
        offsets[Ops.STYLES.indexOf("vintage")] = new float[] {0.07f, 0.05f, 0.03f};
        // cyberpunk: magenta highlights, teal shadows
        matrices[Ops.STYLES.indexOf("cyberpunk")] = new float[][] {{1.15f, 0f, 0.15f}, {0f, 0.8f, 0.1f}, {0.1f, 0.2f, 1.25f}};
        offsets[Ops.STYLES.indexOf("cyberpunk")] = new float[] {0.02f, -0.03f, 0.06f};
        Operand<TFloat32> m = tf.gather(tf.constant(matrices), style, tf.constant(0));
        Operand<TFloat32> b = tf.gather(tf.constant(offsets), style, tf.constant(0));
        Operand<TUint8> out = affineMasked(tf, in, m, b);
        return in.into(Signature.builder().key("edit_style").methodName(SERVING))
                .input("style", style)
                .output("image", tf.withName("output").identity(out)).build();
    }

    /** {@code y = clip(M x + b)}, blended by {@code mask * strength}; unselected pixels are copied as they are. */
    static Operand<TUint8> affineMasked(org.tensorflow.op.Ops tf, Inputs in, Operand<TFloat32> m, Operand<TFloat32> b) {
        Operand<TFloat32> x = tf.math.mul(tf.dtypes.cast(in.image(), TFloat32.class), tf.constant(1f / 255f));
        Operand<TFloat32> flat = tf.reshape(x, tf.constant(new long[] {-1, 3}));
        Operand<TFloat32> y = tf.math.add(tf.linalg.matMul(flat, m, MatMul.transposeB(true)), b);
        y = tf.reshape(tf.clipByValue(y, tf.constant(0f), tf.constant(1f)), tf.shape(in.image()));
        Operand<TFloat32> weight = tf.math.mul(in.mask(),
                tf.clipByValue(in.strength(), tf.constant(0f), tf.constant(1f)));
        Operand<TFloat32> blended = tf.math.add(x, tf.math.mul(weight, tf.math.sub(y, x)));
        Operand<TUint8> edited = tf.dtypes.cast(tf.math.round(tf.math.mul(blended, tf.constant(255f))), TUint8.class);
        var selected = tf.math.greater(weight, tf.constant(0f));
        return tf.select(selected, edited, in.image());
    }

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

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
