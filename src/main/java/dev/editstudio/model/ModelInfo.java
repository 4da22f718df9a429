package dev.editstudio.model;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What a loaded model is and can do: the ops it runs and the intents its parser knows. */
public record ModelInfo(String name, String version, Set<String> ops, List<String> intents, String device) {

    /** The ops a model offers: those its intent vocabulary names, if it has an {@code edit} signature at all. */
    static ModelInfo of(String name, String version, List<String> intents, boolean canEdit, String device) {
        TreeSet<String> ops = new TreeSet<>();
        for (String intent : intents) {
            String op = intent.split("\\.")[0];
            if (canEdit && Ops.ALL.contains(op)) {
                ops.add(op);
            }
        }
        return new ModelInfo(name, version, Collections.unmodifiableSortedSet(ops), List.copyOf(intents), device);
    }
}
