package dev.editstudio.edit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.model.InstructionParser;
import dev.editstudio.model.ModelService;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the model understands of an instruction, without editing anything. */
@Path("/api/v1/interpret")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "edits")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class InterpretResource {

    private final ModelService models;

    public InterpretResource(ModelService models) {
        this.models = models;
    }

    public record InterpretRequest(String instruction) {}

    public record Step(String op, Map<String, Object> params) {}

    public record Clause(String text, String intent, double confidence) {}

    /**
     * {@code steps} in execution order; {@code clauses} shows how the instruction was read; {@code history}, present
     * only when the instruction asks to move through the session's history first or instead ("undo that", "start
     * over"), is {@code undo}, {@code redo} or {@code original}.
     */
    public record InterpretResponse(List<Step> steps, List<Clause> clauses, String model,
            @JsonInclude(JsonInclude.Include.NON_NULL) String history) {}

    @POST
    @Operation(summary = "Interpret an instruction as an edit program",
            description = "Not an edit: no steps. Needs a generative model: one step with op \"unsupported\". "
                    + "A history command (\"undo\", \"start over\", \"撤销\"): history is set.")
    public Uni<InterpretResponse> interpret(InterpretRequest request) {
        String instruction = request == null || request.instruction() == null ? "" : request.instruction();
        if (instruction.length() > InstructionParser.MAX_LENGTH) {
            throw new ApiException(400, "instruction_too_long", "An instruction may have at most "
                    + InstructionParser.MAX_LENGTH + " characters; this one has " + instruction.length(),
                    Map.of("maxLength", InstructionParser.MAX_LENGTH, "length", instruction.length()));
        }
        // TensorFlow work runs on a worker thread, never on the event loop
        return Uni.createFrom().item(() -> toResponse(models.interpret(instruction)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private InterpretResponse toResponse(InstructionParser.Interpretation interpretation) {
        return new InterpretResponse(
                interpretation.steps().stream().map(s -> new Step(s.op(), s.params())).toList(),
                interpretation.clauses().stream()
                        .map(c -> new Clause(c.text(), c.intent(), Math.round(c.confidence() * 1000) / 1000.0)).toList(),
                models.info().name() + "/" + models.info().version(),
                interpretation.history() == null ? null : interpretation.history().id());
    }
}
