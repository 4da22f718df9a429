package dev.editstudio.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editstudio.model.build.ModelBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed model is what the code builds: corpus, training and export are deterministic. */
class ModelBuildTest {

    @Test
    void rebuildingGivesTheCommittedModel(@TempDir Path dir) throws IOException {
        Path fresh = dir.resolve(Integer.toString(ModelBuilder.VERSION));
        ModelBuilder.build(fresh);
        Path committed = Path.of("models", ModelBuilder.NAME, Integer.toString(ModelBuilder.VERSION));
        // equal as messages: protobuf writes node attributes (a map) in hash order, so bytes may differ
        assertEquals(org.tensorflow.proto.SavedModel.parseFrom(Files.readAllBytes(committed.resolve("saved_model.pb"))),
                org.tensorflow.proto.SavedModel.parseFrom(Files.readAllBytes(fresh.resolve("saved_model.pb"))));
        assertArrayEquals(Files.readAllBytes(committed.resolve("variables/variables.data-00000-of-00001")),
                Files.readAllBytes(fresh.resolve("variables/variables.data-00000-of-00001")),
                "the trained weights are bit-identical");
    }
}
