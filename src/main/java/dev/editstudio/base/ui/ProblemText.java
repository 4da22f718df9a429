package dev.editstudio.base.ui;

import dev.editstudio.base.error.ApiException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * What a service refused, in the user's language. A refusal is an {@link ApiException}: its code, and for some a
 * variant read from its details, names a {@code problem.*} text whose arguments come from the same details. A code
 * with no text keeps the service's own (English) message, so a new refusal never shows blank.
 */
public final class ProblemText {

    /** A view's {@code getTranslation}: the text for a key, or the key itself when there is none. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... params);
    }

    private static final double MB = 1024 * 1024;

    private ProblemText() {}

    public static String of(ApiException problem, Translator translator) {
        Map<String, Object> details = problem.details() == null ? Map.of() : problem.details();
        Map<String, Object> fields = problem.fields() == null ? Map.of() : problem.fields();
        String key = "problem." + problem.code();
        Object[] args = {};
        switch (problem.code()) {
            case "image_too_large" -> {
                if (details.containsKey("width")) {
                    key += ".pixels";
                    args = new Object[] {details.get("width"), details.get("height"),
                        number(details.get("width")) * number(details.get("height")) / 1e6,
                        number(details.get("maxPixels")) / 1e6};
                } else {
                    key += ".bytes";
                    args = new Object[] {number(details.get("byteSize")) / MB, number(details.get("maxBytes")) / MB};
                }
            }
            case "unsupported_image_format" -> {
                Object format = details.get("format");
                if (format != null) {
                    key += format.equals("HEIC") || format.equals("HEIF") ? ".heic" : ".named";
                    args = new Object[] {format};
                }
            }
            case "invalid_image" -> key += details.containsKey("reason") ? "." + details.get("reason") : "";
            case "quota_exceeded" -> {
                Object quota = fields.get("quota");
                key += "." + quota;
                double limit = number(fields.get("limit"));
                Object resetsAt = fields.get("resetsAt");
                args = new Object[] {"storageBytes".equals(quota) ? Math.floor(limit / MB) : limit,
                    resetsAt == null ? "" : Date.from(Instant.parse(resetsAt.toString()))};
            }
            case "instruction_too_long" -> args = new Object[] {details.get("maxLength")};
            default -> { }
        }
        String text = translator.translate(key, args);
        return text.equals(key) ? problem.getMessage() : text;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
