package dev.editstudio.model;

import java.util.List;
import java.util.Set;

/** What a loaded model is and can do: the ops it runs and the intents its parser knows. */
public record ModelInfo(String name, String version, Set<String> ops, List<String> intents, String device) {}
