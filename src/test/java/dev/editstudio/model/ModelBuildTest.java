package dev.editstudio.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editstudio.model.build.ModelBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed model is what the code builds: corpus, training and export are deterministic. */
class ModelBuildTest {

    @Test
    void rebuildingGivesTheCommittedModelByteForByte(@TempDir Path dir) throws IOException {
        Path fresh = dir.resolve(Integer.toString(ModelBuilder.VERSION));
        ModelBuilder.build(fresh);
        Path committed = Path.of("models", ModelBuilder.NAME, Integer.toString(ModelBuilder.VERSION));
        List<Path> files = files(committed);
        assertEquals(files, files(fresh), "the same files");
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(committed.resolve(file)), Files.readAllBytes(fresh.resolve(file)),
                    file + " is bit-identical");
        }
    }

    /** The model's files (graph, checkpoint, assets) relative to its directory, README aside. */
    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize)
                    .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }
}
