package dev.editstudio.base.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The one error shape of the API: a stable machine-readable {@code error} code and a human {@code message};
 * some errors add {@code details} (for example the fields that failed validation).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, Map<String, Object> details,
        @JsonIgnore Map<String, Object> fields) {

    public ApiError(String error, String message) {
        this(error, message, null, null);
    }

    public ApiError(String error, String message, Map<String, Object> details) {
        this(error, message, details, null);
    }

    /** Fields some errors carry beside the three above, at the top level (quota_exceeded: quota, used, resetsAt). */
    @JsonAnyGetter
    public Map<String, Object> extra() {
        return fields == null ? Map.of() : fields;
    }
}
