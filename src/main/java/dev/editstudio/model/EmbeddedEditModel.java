package dev.editstudio.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TUint8;

/**
 * The edit model run in process by TensorFlow Java from a SavedModel directory. A loaded bundle is
 * thread-safe; every tensor and result is closed as soon as it is read.
 */
public final class EmbeddedEditModel implements EditModel {

    private final SavedModelBundle bundle;
    private final ModelInfo info;

    private EmbeddedEditModel(SavedModelBundle bundle, ModelInfo info) {
        this.bundle = bundle;
        this.info = info;
    }

    /** Loads the highest numbered version under {@code modelDir}. */
    public static EmbeddedEditModel load(Path modelDir, String device, int threads) {
        Path version = latestVersion(modelDir);
        ConfigProto.Builder config = ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(Math.max(0, threads))
                .setInterOpParallelismThreads(1);
        if (!"gpu".equalsIgnoreCase(device)) {
            config.putDeviceCount("GPU", 0);
        }
        SavedModelBundle bundle = SavedModelBundle.loader(version.toString()).withTags(SavedModelBundle.DEFAULT_TAG)
                .withConfigProto(config.build()).load();
        java.util.SortedSet<String> ops = new TreeSet<>();
        bundle.signatures().forEach(s -> {
            if (s.key().startsWith("edit_")) {
                ops.add(s.key().substring("edit_".length()));
            }
        });
        return new EmbeddedEditModel(bundle, new ModelInfo(modelDir.getFileName().toString(),
                version.getFileName().toString(), java.util.Collections.unmodifiableSortedSet(ops), device.toLowerCase()));
    }

    static Path latestVersion(Path modelDir) {
        try (Stream<Path> children = Files.list(modelDir)) {
            return children.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> Files.exists(p.resolve("saved_model.pb")))
                    .max(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("No model version (<n>/saved_model.pb) in "
                            + modelDir.toAbsolutePath() + "; run bin/build-model"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model directory " + modelDir.toAbsolutePath(), e);
        }
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public RgbImage edit(RgbImage image, Mask mask, EditStep step) {
        if (mask.width() != image.width() || mask.height() != image.height()) {
            throw new IllegalArgumentException("the mask must be " + image.width() + "x" + image.height());
        }
        if (!info.ops().contains(step.op())) {
            throw new UnsupportedOperationException("this model cannot run '" + step.op() + "'");
        }
        float strength = (float) Math.clamp(step.number("strength", 1.0), 0.0, 1.0);
        try (TUint8 pixels = TUint8.tensorOf(Shape.of(image.height(), image.width(), 3),
                        DataBuffers.of(image.rgb(), true, false));
                TFloat32 weights = TFloat32.tensorOf(Shape.of(mask.height(), mask.width(), 1),
                        DataBuffers.of(mask.alpha(), true, false));
                TFloat32 strengthTensor = TFloat32.scalarOf(strength);
                OpInputs extra = opInputs(step)) {
            Map<String, Tensor> feeds = new java.util.HashMap<>(extra.tensors());
            feeds.put("image", pixels);
            feeds.put("mask", weights);
            feeds.put("strength", strengthTensor);
            try (Result result = bundle.function("edit_" + step.op()).call(feeds)) {
                TUint8 out = (TUint8) result.get("image").orElseThrow();
                long[] shape = out.shape().asArray();
                byte[] rgb = new byte[Math.toIntExact(out.shape().size())];
                out.asRawTensor().data().read(rgb);
                return new RgbImage((int) shape[1], (int) shape[0], rgb);
            }
        }
    }

    /** The op-specific input tensors of one step, closed together. */
    private record OpInputs(Map<String, Tensor> tensors) implements AutoCloseable {
        @Override
        public void close() {
            tensors.values().forEach(Tensor::close);
        }
    }

    private static OpInputs opInputs(EditStep step) {
        return switch (step.op()) {
            case "adjust" -> {
                int property = Ops.ADJUST_PROPERTIES.indexOf(step.text("property", ""));
                if (property < 0) {
                    throw new IllegalArgumentException("adjust.property must be one of " + Ops.ADJUST_PROPERTIES);
                }
                float amount = (float) Math.clamp(step.number("amount", 0.3), -1.0, 1.0);
                yield new OpInputs(Map.of("property", TInt32.scalarOf(property), "amount", TFloat32.scalarOf(amount)));
            }
            case "style" -> {
                int style = Ops.STYLES.indexOf(step.text("name", ""));
                if (style < 0) {
                    throw new UnsupportedOperationException("this model has no style '" + step.text("name", "")
                            + "'; it has " + Ops.STYLES);
                }
                yield new OpInputs(Map.of("style", TInt32.scalarOf(style)));
            }
            default -> throw new UnsupportedOperationException("this model cannot run '" + step.op() + "'");
        };
    }

    @Override
    public void close() {
        bundle.close();
    }
}
