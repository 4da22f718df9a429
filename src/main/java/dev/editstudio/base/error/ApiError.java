package dev.editstudio.base.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The one error shape of the API: a stable machine-readable {@code error} code and a human {@code message};
 * some errors add {@code details} (for example the fields that failed validation).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, Map<String, Object> details) {

    public ApiError(String error, String message) {
        this(error, message, null);
    }
}
