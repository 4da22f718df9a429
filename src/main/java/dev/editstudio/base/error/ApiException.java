package dev.editstudio.base.error;

import java.util.Map;

/** A failure that services raise and the API renders as {@link ApiError} with the given HTTP status. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Map<String, Object> details;
    private final transient Map<String, Object> fields;

    public ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    public ApiException(int status, String code, String message, Map<String, Object> details) {
        this(status, code, message, details, null);
    }

    /** With {@code fields} rendered at the top level of the error, beside error and message. */
    public ApiException(int status, String code, String message, Map<String, Object> details,
            Map<String, Object> fields) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
        this.fields = fields;
    }

    public Map<String, Object> fields() {
        return fields;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    /** Unknown ids and other users' data answer the same: the thing does not exist for this caller. */
    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found");
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
