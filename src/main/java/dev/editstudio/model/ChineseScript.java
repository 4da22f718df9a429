package dev.editstudio.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional Chinese read as Simplified, character by character ("把車改成紅色" as "把车改成红色"), for the model and the
 * parser, which learnt Simplified: before, the colour of that instruction went unread and it made no step. The table
 * ({@link #RESOURCE}, from OpenCC by {@code bin/traditional-chinese}) holds only characters that Simplified text never
 * uses, so a Simplified instruction reads as it is; and each character stays one {@code char}, so a position in the
 * text is the same position in its Simplified reading (which lets quoted and unquoted text keep the characters typed).
 */
final class ChineseScript {

    /** The resource of "traditional simplified" character pairs. */
    static final String RESOURCE = "traditional-simplified.txt";

    private static final Map<Character, Character> SIMPLIFIED = table();

    private ChineseScript() {}

    /** {@code text} with each Traditional character of the table as its Simplified form; the same length. */
    static String simplified(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            Character s = SIMPLIFIED.get(chars[i]);
            if (s != null) {
                chars[i] = s;
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }

    private static Map<Character, Character> table() {
        try (InputStream in = ChineseScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<Character, Character> table = new HashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && line.length() == 3)
                    .forEach(line -> table.put(line.charAt(0), line.charAt(2)));
            return Map.copyOf(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
