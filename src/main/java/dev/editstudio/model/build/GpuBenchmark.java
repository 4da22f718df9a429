package dev.editstudio.model.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.editstudio.model.EditModel;
import dev.editstudio.model.EditStep;
import dev.editstudio.model.EmbeddedEditModel;
import dev.editstudio.model.Mask;
import dev.editstudio.model.Raster;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Checks the GPU build ({@code -Pgpu}) on a machine with a GPU (run by {@code bin/benchmark-gpu}): the same model
 * loaded twice in one process, once with {@code device=cpu} and once with {@code device=gpu}; for each op, how many
 * of its graph nodes ran on the GPU, its mean latency on each, and how far the GPU's pixels are from the CPU's; then
 * whether the parse signature reads every evaluation instruction the same on both.
 */
public final class GpuBenchmark {

    private record Selected(String name, EditStep step, Mask mask) {}

    private GpuBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path eval = Path.of(args[0]);
        Path dir = Path.of("models", ModelBuilder.NAME);
        try (EmbeddedEditModel cpu = EmbeddedEditModel.load(dir, "cpu", 0);
                EmbeddedEditModel gpu = EmbeddedEditModel.load(dir, "gpu", 0)) {
            Map<String, Integer> probe = gpu.placement(Raster.rgb(64, 64, new byte[64 * 64 * 3]), Mask.all(64, 64),
                    new EditStep("adjust", Map.of("property", "brightness", "amount", 0.3)), 1);
            if (probe.keySet().stream().noneMatch(device -> device.contains("GPU"))) {
                System.out.println("No node ran on a GPU (" + probe + "): TensorFlow found none it could use. Build"
                        + " with -Pgpu and put CUDA 12 and cuDNN 9 on LD_LIBRARY_PATH; TensorFlow's log names any"
                        + " library it could not open.");
                System.exit(2);
            }
            latency(cpu, gpu, ImageIO.read(eval.resolve("images/kodim08.png").toFile()));
            parse(cpu, gpu, eval.resolve("instructions-dev.jsonl"));
        }
    }

    static void latency(EditModel cpu, EmbeddedEditModel gpu, BufferedImage photo) throws Exception {
        System.out.printf("## Latency, CPU (%d cores) and GPU in one process: mean of 15 runs%n",
                Runtime.getRuntime().availableProcessors());
        System.out.println(
                "| op | size | nodes on the GPU | CPU ms | GPU ms | CPU/GPU | max abs diff | bytes differing |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        StringBuilder placements = new StringBuilder("Nodes per device, traced:\n");
        for (int size : new int[] {1024, 2048}) {
            Raster raster = Raster.of(ModelBenchmark.scale(photo, size));
            Mask all = Mask.all(size, size);
            Mask hole = ModelBenchmark.rectangle(size, size, 0.05, new Random(5));
            List<Selected> cases = new ArrayList<>();
            ModelBenchmark.cases().forEach(c -> cases.add(new Selected(c.name(), c.step(), all)));
            cases.add(new Selected("remove (5% hole)", new EditStep("remove", Map.of()), hole));
            cases.add(new Selected("recolor (selection)", new EditStep("recolor", Map.of("color", "#d03030")), hole));
            cases.add(new Selected("background blur", new EditStep("background", Map.of("mode", "blur")), hole));
            for (Selected c : cases) {
                cpu.edit(raster, c.mask(), c.step(), 1);
                gpu.edit(raster, c.mask(), c.step(), 1);
            }
            for (Selected c : cases) {
                Map<String, Integer> nodes = gpu.placement(raster, c.mask(), c.step(), 1);
                int onGpu = nodes.entrySet().stream().filter(e -> e.getKey().contains("GPU"))
                        .mapToInt(Map.Entry::getValue).sum();
                int total = nodes.values().stream().mapToInt(Integer::intValue).sum();
                System.gc();
                double cpuMs = ModelBenchmark.meanMs(() -> cpu.edit(raster, c.mask(), c.step(), 1));
                double gpuMs = ModelBenchmark.meanMs(() -> gpu.edit(raster, c.mask(), c.step(), 1));
                byte[] a = cpu.edit(raster, c.mask(), c.step(), 1).data();
                byte[] b = gpu.edit(raster, c.mask(), c.step(), 1).data();
                int maxDiff = 0;
                long differing = 0;
                for (int i = 0; i < Math.min(a.length, b.length); i++) {
                    int d = Math.abs((a[i] & 0xff) - (b[i] & 0xff));
                    maxDiff = Math.max(maxDiff, d);
                    differing += d != 0 ? 1 : 0;
                }
                if (size == 1024 && c.step().op().equals("remove")) {
                    placements.append(String.format("%s: %s%n", c.name(), nodes));
                }
                String diff = a.length != b.length ? "sizes differ" : Integer.toString(maxDiff);
                System.out.printf("| %s | %d² | %d of %d | %.1f | %.1f | %.2f | %s | %.3f%% |%n", c.name(), size, onGpu,
                        total, cpuMs, gpuMs, cpuMs / gpuMs, diff, 100.0 * differing / a.length);
            }
        }
        System.out.println();
        System.out.println(placements);
    }

    /** Every instruction of the evaluation set as one clause through {@code parse} on both devices. */
    static void parse(EditModel cpu, EditModel gpu, Path jsonl) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> clauses = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                clauses.add(json.readTree(line).path("instruction").asText());
            }
        }
        List<EditModel.Intent> onCpu = cpu.classify(clauses);
        List<EditModel.Intent> onGpu = gpu.classify(clauses);
        int same = 0;
        double maxConfidenceDiff = 0;
        for (int i = 0; i < clauses.size(); i++) {
            same += onCpu.get(i).label().equals(onGpu.get(i).label()) ? 1 : 0;
            maxConfidenceDiff = Math.max(maxConfidenceDiff,
                    Math.abs(onCpu.get(i).confidence() - onGpu.get(i).confidence()));
        }
        System.out.printf("## Parse: %d of %d instructions read the same intent on CPU and GPU; largest confidence "
                + "difference %.2g%n", same, clauses.size(), maxConfidenceDiff);
    }
}
