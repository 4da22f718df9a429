package dev.editstudio.base.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Renders every failure of the REST API as {@link ApiError}; nothing else reaches a client, and never a
 * stack trace. Unexpected errors are logged with an incident id that the response repeats.
 */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        return json(e.status(), new ApiError(e.code(), e.getMessage(), e.details(), e.fields()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        Map<String, Object> fields = new TreeMap<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            fields.put(leaf(v.getPropertyPath().toString()), v.getMessage());
        }
        String summary = fields.entrySet().stream().map(f -> f.getKey() + " " + f.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return json(400, new ApiError("validation_failed", summary, Map.of("fields", fields)));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        String message = e instanceof MismatchedInputException m && !m.getPath().isEmpty()
                ? "field '" + m.getPath().getLast().getFieldName() + "' has the wrong type"
                : "the request body is not valid JSON";
        return json(400, new ApiError("malformed_json", message));
    }

    /** Wrong types ({@code "editsPerDay": "many"}): ours, not the framework's own mapper with its other shape. */
    @ServerExceptionMapper({MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class})
    public Response wrongType(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.status(401).type(MediaType.APPLICATION_JSON)
                .header("WWW-Authenticate", dev.editstudio.base.security.ApiAuthenticationMechanism.CHALLENGE)
                .entity(new ApiError("unauthorized", "valid credentials are required")).build();
    }

    @ServerExceptionMapper
    public Response loginLocked(dev.editstudio.base.security.TooManyLoginAttemptsException e) {
        long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), e.until()).toSeconds());
        return Response.status(429).type(MediaType.APPLICATION_JSON)
                .header("Retry-After", seconds)
                .entity(new ApiError("too_many_login_attempts",
                        "too many failed logins for this user; try again in " + seconds + " s",
                        Map.of("retryAfterSeconds", seconds))).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return json(403, new ApiError("forbidden", "you are not allowed to do this"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        String code = switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
        String message = status >= 500 ? "internal error" : simpleMessage(e, status);
        return json(status, new ApiError(code, message));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error, incident %s", incident);
        return json(500, new ApiError("internal_error", "internal error (incident " + incident + ")"));
    }

    private static String simpleMessage(WebApplicationException e, int status) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.startsWith("HTTP ")) {
            return Response.Status.fromStatusCode(status) != null
                    ? Response.Status.fromStatusCode(status).getReasonPhrase().toLowerCase() : "request failed";
        }
        return message;
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
    }
}
