package dev.editstudio.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts right misspelt literal words, the ones the parser reads itself rather than leaving to the model: colours,
 * positions, units and multiples ("yelow", "borwn", "bottm", "rght", "pixles"). A word of four or more letters
 * that is one edit (a letter added, dropped, changed, or two neighbours swapped) from exactly one known word
 * becomes that word, unless it is an English word in its own right: "glue" stays glue, not blue, and "write" is
 * not "white". Those English words come from Debian's {@code wamerican} list (regenerate with
 * {@code bin/spelling-words} when {@link #KNOWN} changes), except the few in {@link #SLIPS}. Colours shortened the way people shorten them ("blu",
 * "grn") are written out, whatever their length; and a Chinese input method's slips of the catalogue's words
 * ({@link #ZH_SLIPS}: "黑百" for 黑白) are put right.
 */
public final class Spelling {

    /** The literal words corrected towards, lower case. */
    public static final Set<String> KNOWN = known();
    /** The resource listing real English words one edit from a {@link #KNOWN} word. */
    public static final String NEAR_WORDS_RESOURCE = "english-near-literals.txt";

    private static final Set<String> ENGLISH = englishNearKnown();
    /** A word of Latin letters; only one of four letters or more is guessed at ("redd"; "rde" is too short). */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'])[A-Za-z]{3,}(?![\\p{L}\\p{N}])");

    /**
     * Colours too short to guess from by one edit, written the way people shorten them: "blu" (which the model had
     * read as blur), "grn", "blk", "wht".
     */
    private static final Map<String, String> SHORTENED = Map.of("blu", "blue", "grn", "green", "blk", "black",
            "wht", "white", "pnk", "pink", "gry", "gray", "ylw", "yellow", "prpl", "purple", "orng", "orange");

    /**
     * English words that, said as a colour, can only be a colour misspelt: "paint it sliver". A sliver in its own sense
     * is "a sliver of" something, which stays.
     */
    private static final Map<String, String> SLIPS = Map.of("sliver", "silver");
    /**
     * Slips of a Chinese input method in the catalogue's own words: a character of the same sound in place of the right
     * one ("黑百" for 黑白, "去燥" for 去噪, "暗脚" for 暗角), none of them a word of its own.
     */
    private static final Map<String, String> ZH_SLIPS = Map.ofEntries(Map.entry("黑百", "黑白"), Map.entry("黑柏", "黑白"),
            Map.entry("去燥", "去噪"), Map.entry("降燥", "降噪"), Map.entry("燥点", "噪点"), Map.entry("暗脚", "暗角"),
            Map.entry("磨批", "磨皮"), Map.entry("虚话", "虚化"), Map.entry("锐话", "锐化"), Map.entry("饱和渡", "饱和度"),
            Map.entry("对比渡", "对比度"), Map.entry("亮渡", "亮度"));
    private static final Pattern ZH_SLIP = Pattern.compile(String.join("|", ZH_SLIPS.keySet()));
    /** Small joining words with two letters swapped ("black adn white"), too short to guess at by one edit. */
    private static final Map<String, String> SWAPPED = Map.of("adn", "and", "teh", "the", "taht", "that", "wiht", "with");
    /** Words of their own that the English list lacks, though one edit from a known one: "xray" is no "gray". */
    private static final Set<String> OWN_WORDS = Set.of("xray", "xrays");
    private static final Pattern OF_NEXT = Pattern.compile("\\s+of\\b", Pattern.CASE_INSENSITIVE);

    private Spelling() {}

    /** {@code text} with each misspelt literal word replaced by the known word it stands for. */
    public static String correct(String typed) {
        String text = ZH_SLIP.matcher(typed).replaceAll(slip -> ZH_SLIPS.get(slip.group()));
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            String fix = SWAPPED.containsKey(word) ? SWAPPED.get(word)
                    : SHORTENED.containsKey(word) ? (inCompound(text, m) ? null : SHORTENED.get(word))
                    : SLIPS.containsKey(word) ? (OF_NEXT.matcher(text).region(m.end(), text.length()).lookingAt() ? null
                            : SLIPS.get(word))
                    : word.length() < 4 || KNOWN.contains(word) || ENGLISH.contains(word) || OWN_WORDS.contains(word) ? null
                    : onlyNeighbour(word);
            if (fix != null) {
                if (out == null) {
                    out = new StringBuilder();
                }
                m.appendReplacement(out, fix);
            }
        }
        if (out == null) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether the word {@code m} found is part of a longer one ("blu-ray", "blu's"), which is no shortened colour. */
    private static boolean inCompound(String text, Matcher m) {
        return m.start() > 0 && text.charAt(m.start() - 1) == '-'
                || m.end() < text.length() && (text.charAt(m.end()) == '-' || text.charAt(m.end()) == '\'');
    }

    /** The one known word one edit from {@code word}, or null when there is none or more than one. */
    private static String onlyNeighbour(String word) {
        String found = null;
        for (String k : KNOWN) {
            if (oneEditApart(word, k)) {
                if (found != null) {
                    return null;
                }
                found = k;
            }
        }
        return found;
    }

    /** Whether {@code a} and {@code b} differ by one insertion, deletion, substitution or swap of neighbours. */
    public static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // one letter changed
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        // one letter more in the longer word, at i
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    private static Set<String> known() {
        Set<String> words = new TreeSet<>();
        for (String name : Colors.englishNames()) {
            words.addAll(List.of(name.split(" ")));
        }
        // not the shade words (dark, light, bright...): "darkr" means darker, and "dark" would read as a shade
        words.addAll(List.of("top", "upper", "header", "bottom", "lower", "footer", "left", "right", "center", "centre",
                "middle", "corner", "pixel", "pixels", "percent", "degree", "degrees",
                "half", "third", "quarter", "twice", "double", "triple", "thrice", "quadruple", "times"));
        return Set.copyOf(words);
    }

    private static Set<String> englishNearKnown() {
        try (InputStream in = Spelling.class.getResourceAsStream(NEAR_WORDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + NEAR_WORDS_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
