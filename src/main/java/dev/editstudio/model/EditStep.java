package dev.editstudio.model;

import java.util.Map;

/** One op of an edit program with its parameters, as in {@code {"op": "adjust", "params": {...}}}. */
public record EditStep(String op, Map<String, Object> params) {

    public EditStep {
        params = Map.copyOf(params);
    }

    public double number(String name, double fallback) {
        Object v = params.get(name);
        return v instanceof Number n ? n.doubleValue() : fallback;
    }

    public String text(String name, String fallback) {
        Object v = params.get(name);
        return v == null ? fallback : v.toString();
    }
}
