package dev.editstudio.model;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English numbers written as words ("fifty pixels", "forty-five degrees", "one hundred and eighty degrees", "by
 * ninety", "minus ninety degrees") rewritten as digits, so that the parser reads them as it reads "50 px". Only a
 * number with a unit after it, or "by" or "minus" before it, is rewritten: "make this one red" and "two thirds" keep
 * their words, and so do multiples ("three times larger"), which the parser reads in words already. Chinese numerals
 * are rewritten before degrees and pixels ("四十五度" as "45度").
 */
final class NumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final String WORD = "(?:" + String.join("|", SMALL.keySet()) + "|hundred|thousand)";
    /** Number words joined by spaces, hyphens or "and", optionally after "a" ("a hundred"). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}-])(?:(by|minus|negative)\\s+)?((?:an? )?" + WORD + "(?:(?:\\s+and\\s+|[\\s-]+)" + WORD + ")*)(?![\\p{L}-])"
                    + "(?=(\\s*(?:%|percent|per cent|px|pixels?|pts?|points?|degrees?|deg|°))?)",
            Pattern.CASE_INSENSITIVE);
    /** A fraction after the number ("two thirds", "by one half"): that is not a count. */
    private static final Pattern FRACTION_NEXT = Pattern.compile("\\s*(?:halfs?|halves|thirds?|quarters?|fifths?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** One character of a Chinese numeral as the readers take them (to 999: 零 … 九, 两, 十, 百). */
    static final String NUMERAL = "[零一二两三四五六七八九十百]";

    /**
     * Chinese numerals with degrees or pixels after them ("转四十五度", "半径二十像素"): digits for the model, which
     * knew "转45度" and not "转四十五度", and for the readers. A lone 一 stays, as in {@link StepReader} ("一度" is "once").
     */
    private static final Pattern CHINESE = Pattern.compile("(?<![零一二两三四五六七八九十百+\\-])(" + NUMERAL + "+)"
            + "(?=\\s*(?:度|个?像素))");

    /** "minus 90", "negative 45": a sign in words before digits. */
    private static final Pattern MINUS = Pattern.compile("\\b(?:minus|negative)\\s+(?=\\d)", Pattern.CASE_INSENSITIVE);

    private NumberWords() {}

    /** {@code text} with every number word sequence that has a unit after it or "by"/"minus" before it as digits. */
    static String toDigits(String text) {
        return MINUS.matcher(withDigits(text)).replaceAll("-");
    }

    /**
     * As {@link #toDigits}, but a sign stays as written ("minus ninety degrees" becomes "minus 90 degrees",
     * "negative ninety" "negative 90"): for the model, which knows "rotate 90 degrees" far better than "rotate ninety
     * degrees" and was trained on the words people type (its features turn a typed "-90" into "minus 0" too).
     */
    static String withDigits(String text) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean counted = m.group(3) != null || m.group(1) != null;
            Integer value = counted && !FRACTION_NEXT.matcher(text).region(m.end(2), text.length()).lookingAt()
                    ? value(m.group(2)) : null;
            // "minus ninety" becomes "minus 90", which toDigits' sign pass makes "-90"
            String replacement = value == null ? m.group() : (m.group(1) == null ? "" : m.group(1) + " ") + value;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return CHINESE.matcher(out).replaceAll(c -> {
            Double value = c.group(1).equals("一") ? null : chinese(c.group(1));
            return value == null ? c.group() : Integer.toString(value.intValue());
        });
    }

    /** 一, 二十, 三十五, 一百, 两 → numbers; null when not a numeral. */
    static Double chinese(String s) {
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        boolean any = false;
        for (char ch : s.toCharArray()) {
            int d = ch == '两' ? 2 : digits.indexOf(ch);
            if (d >= 0) {
                current = d;
                any = true;
            } else if (ch == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
                any = true;
            } else if (ch == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
                any = true;
            } else {
                return null;
            }
        }
        return any ? (double) (total + current) : null;
    }

    /** The value of a number word sequence, or null where the words do not make one number ("ten five"). */
    static Integer value(String words) {
        int total = 0;
        int current = 0;
        boolean any = false; // a number word, not only "a" or "and"
        Integer last = null; // the previous word's value, to refuse "five five" and "twenty thirty"
        for (String w : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            switch (w) {
                case "a", "an", "and" -> {
                    continue;
                }
                case "hundred" -> {
                    current = (current == 0 ? 1 : current) * 100;
                    last = 100;
                }
                case "thousand" -> {
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                    last = 1000;
                }
                default -> {
                    int v = SMALL.get(w);
                    boolean unitAfterTens = last != null && last >= 20 && last < 100 && last % 10 == 0 && v < 10;
                    if (last != null && last < 100 && !unitAfterTens) {
                        return null;
                    }
                    current += v;
                    last = v;
                }
            }
            any = true;
        }
        return any ? total + current : null;
    }
}
