package dev.editstudio.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tensorflow.Graph;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.DeviceStepStats;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.TString;
import org.tensorflow.types.TUint8;

/**
 * The edit model run in process by TensorFlow Java from a SavedModel directory (contract in {@link EditModel}).
 * A loaded bundle is thread-safe; every tensor and result is closed as soon as it is read.
 */
public final class EmbeddedEditModel implements EditModel {

    private final SavedModelBundle bundle;
    private final ModelInfo info;
    /** Per signature key, its graph endpoints, resolved once (also the key set for {@link EditModel#editSignature}). */
    private final Map<String, Endpoints> endpoints;

    /**
     * A signature's inputs and outputs as graph outputs. {@code bundle.function(key)} would look every name up in
     * the graph again on each call, checking them as it builds the function: about 0.4 ms a call on a 2-core machine.
     */
    private record Endpoints(Map<String, Output<?>> inputs, Map<String, Output<?>> outputs) {

        static Endpoints of(Signature signature, Graph graph) {
            return new Endpoints(resolve(signature.getInputs(), graph), resolve(signature.getOutputs(), graph));
        }

        private static Map<String, Output<?>> resolve(Map<String, Signature.TensorDescription> names, Graph graph) {
            return names.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    e -> graph.outputOrThrow(e.getValue().name)));
        }

        /**
         * Runs the signature on {@code feeds} (one per input), fetching {@code outputs} in that order; with
         * {@code options} (null for none) the result also holds the run's metadata.
         */
        Result run(Session session, Map<String, Tensor> feeds, RunOptions options, String... outputs) {
            Session.Runner runner = session.runner();
            inputs.forEach((key, input) -> runner.feed(input, Objects.requireNonNull(feeds.get(key), key)));
            for (String output : outputs) {
                runner.fetch(this.outputs.get(output));
            }
            return options == null ? runner.run() : runner.setOptions(options).runAndFetchMetadata();
        }
    }

    private EmbeddedEditModel(SavedModelBundle bundle, String name, String version, String device) {
        this.bundle = bundle;
        this.endpoints = bundle.signatures().stream().collect(Collectors.toUnmodifiableMap(Signature::key,
                signature -> Endpoints.of(signature, bundle.graph())));
        boolean canEdit = endpoints.containsKey("edit");
        this.info = ModelInfo.of(name, version, labels(), canEdit, device);
    }

    /** Loads the highest numbered version under {@code modelDir}; {@code device} "gpu" lets TensorFlow use GPUs. */
    public static EmbeddedEditModel load(Path modelDir, String device, int threads) {
        Path version = latestVersion(modelDir);
        ConfigProto.Builder config = ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(Math.max(0, threads))
                .setInterOpParallelismThreads(1);
        boolean gpu = "gpu".equalsIgnoreCase(device);
        if (!gpu) {
            config.putDeviceCount("GPU", 0);
        } else {
            config.setAllowSoftPlacement(true).getGpuOptionsBuilder().setAllowGrowth(true);
        }
        SavedModelBundle bundle = SavedModelBundle.loader(version.toString()).withTags(SavedModelBundle.DEFAULT_TAG)
                .withConfigProto(config.build()).load();
        return new EmbeddedEditModel(bundle, modelDir.toAbsolutePath().normalize().getFileName().toString(),
                version.getFileName().toString(), gpu ? "gpu" : "cpu");
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

    private List<String> labels() {
        try (TString none = TString.tensorOf(NdArrays.vectorOfObjects(""));
                Result result = parse(none, "labels")) {
            TString labels = (TString) result.get(0);
            List<String> out = new ArrayList<>();
            for (long i = 0; i < labels.shape().size(); i++) {
                out.add(labels.getObject(i));
            }
            return out;
        }
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public List<Intent> classify(List<String> clauses) {
        if (clauses.isEmpty()) {
            return List.of();
        }
        try (TString input = TString.tensorOf(NdArrays.vectorOfObjects(clauses.toArray(String[]::new)));
                Result result = parse(input, "intent", "confidence")) {
            TString intents = (TString) result.get(0);
            TFloat32 confidence = (TFloat32) result.get(1);
            List<Intent> out = new ArrayList<>(clauses.size());
            for (int i = 0; i < clauses.size(); i++) {
                out.add(new Intent(intents.getObject(i), confidence.getFloat(i)));
            }
            return out;
        }
    }

    private Result parse(TString clauses, String... outputs) {
        return endpoints.get("parse").run(bundle.session(), Map.of("clauses", clauses), null, outputs);
    }

    @Override
    public Raster edit(Raster image, Mask mask, EditStep step, long seed) {
        return edit(image, mask, step, seed, EditModel.editSignature(endpoints.keySet(), step.op()));
    }

    /** One step through the named signature ({@code edit} or an {@code edit_<op>}, which take the same inputs). */
    Raster edit(Raster image, Mask mask, EditStep step, long seed, String signature) {
        try (Result result = run(image, mask, step, seed, signature, null)) {
            TUint8 out = (TUint8) result.get(0);
            long[] shape = out.shape().asArray();
            byte[] data = new byte[Math.toIntExact(out.shape().size())];
            // copyTo moves the bytes in one block; read(byte[]) goes through them one at a time, 4x slower
            out.asRawTensor().data().copyTo(DataBuffers.of(data, false, false), data.length);
            return new Raster((int) shape[1], (int) shape[0], (int) shape[2], data);
        }
    }

    /**
     * Runs one step traced and counts, per device, the graph nodes that ran there (device name to count), so that a
     * GPU build can show where a step's work went ({@code bin/benchmark-gpu}).
     */
    public Map<String, Integer> placement(Raster image, Mask mask, EditStep step, long seed) {
        // the executor's own step stats: a hardware trace would also need CUPTI and adds nothing to the node counts
        RunOptions traced = RunOptions.newBuilder().setTraceLevel(RunOptions.TraceLevel.SOFTWARE_TRACE).build();
        try (Result result = run(image, mask, step, seed, EditModel.editSignature(endpoints.keySet(), step.op()),
                traced)) {
            Map<String, Integer> nodes = new TreeMap<>();
            for (DeviceStepStats device : result.getMetadata().orElseThrow().getStepStats().getDevStatsList()) {
                nodes.merge(device.getDevice(), device.getNodeStatsCount(), Integer::sum);
            }
            return nodes;
        }
    }

    private Result run(Raster image, Mask mask, EditStep step, long seed, String signature, RunOptions options) {
        Raster rgb = image.toRgb();
        StepEncoding.Encoded e = StepEncoding.encode(step, rgb.width(), rgb.height(), mask);
        Map<String, Tensor> feeds = new HashMap<>();
        try {
            feeds.put("image", TUint8.tensorOf(Shape.of(rgb.height(), rgb.width(), 3), DataBuffers.of(rgb.data(), true,
                    false)));
            // a full selection goes over as one broadcast value: 4 bytes instead of 4 per pixel, and less to compute
            feeds.put("mask", mask.isFull() ? TFloat32.tensorOf(Shape.of(1, 1, 1), DataBuffers.of(new float[] {1f}))
                    : TFloat32.tensorOf(Shape.of(mask.height(), mask.width(), 1), DataBuffers.of(mask.alpha(), true, false)));
            feeds.put("op", TString.scalarOf(e.op()));
            feeds.put("variant", TString.scalarOf(e.variant()));
            feeds.put("params", TFloat32.vectorOf(e.params()));
            feeds.put("strength", TFloat32.scalarOf(e.strength()));
            feeds.put("seed", TInt64.scalarOf(seed));
            feeds.put("overlay", TFloat32.tensorOf(Shape.of(e.overlayHeight(), e.overlayWidth(), 1),
                    DataBuffers.of(e.overlay(), true, false)));
            return endpoints.get(signature).run(bundle.session(), feeds, options, "image");
        } finally {
            feeds.values().forEach(Tensor::close);
        }
    }

    @Override
    public void close() {
        bundle.close();
    }
}
