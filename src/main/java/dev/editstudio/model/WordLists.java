package dev.editstudio.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The word lists bundled beside the parser's classes, written by {@code bin/spelling-words} and the like. */
final class WordLists {

    private WordLists() {}

    /** The lines of the resource {@code name} in this package, stripped, blank lines and {@code #} comments aside. */
    static List<String> lines(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
