package dev.editstudio.model;

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
        Map<Character, Character> table = new HashMap<>();
        for (String pair : WordLists.lines(RESOURCE)) {
            table.put(pair.charAt(0), pair.charAt(pair.length() - 1));
        }
        return Map.copyOf(table);
    }
}
