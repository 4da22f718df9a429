package dev.editstudio.model;

import java.util.Set;

/** What a loaded model is and can do. */
public record ModelInfo(String name, String version, Set<String> ops, String device) {}
