package dev.editstudio.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts right misspelt words of the edit vocabulary before the model or the parser reads them: the literal words the
 * parser reads itself (colours, positions, units and multiples: "yelow", "borwn", "bottm", "rght", "pixles"), the words
 * of the catalogue's edits ("backgorund", "cotnrast", "sacle", "vignete") and the other English words of the model's
 * training corpus ("litle"). A word of four or more letters that is one edit (a letter added, dropped, changed, or two
 * neighbours swapped) from one known word, or most likely from one of several ({@link #meant}), becomes that word,
 * unless it is an English word in its own right ("glue" stays glue, not blue, and "write" is not "white") or a name,
 * capitalised after the first word ("make Tina's hat red" keeps Tina, no "tint"). The word lists come from Debian's
 * {@code wamerican} list and the corpus (regenerate with {@code bin/spelling-words} when {@link #EDIT_WORDS}, the
 * literals or the corpus change), except the few in {@link #SLIPS}. Colours shortened the way people shorten them
 * ("blu", "grn") are written out, whatever their length; and a Chinese input method's slips of the catalogue's words
 * ({@link #ZH_SLIPS}: "黑百" for 黑白) are put right.
 */
public final class Spelling {

    /**
     * The words of the catalogue's edits, besides the literals: its ops, properties, looks and shapes, whether or not
     * the English list has them ("upscale", "greyscale", "colour"), and the history's commands. The other words the
     * model learnt come from its corpus ({@link #VOCABULARY_RESOURCE}).
     */
    private static final List<String> EDIT_WORDS = List.of("background", "backdrop", "contrast", "brightness",
            "brighter", "brighten", "darker", "darken", "saturation", "saturated", "desaturate", "vibrant", "vivid",
            "warmer", "warmth", "cooler", "temperature", "exposure", "sharpen", "sharper", "sharpness", "denoise",
            "noise", "noisy", "grainy", "blur", "blurry", "blurred", "remove", "erase", "delete", "rotate", "rotation",
            "clockwise", "counterclockwise", "anticlockwise", "upside", "straighten", "tilted", "flip", "mirror",
            "horizontal", "horizontally", "vertical", "vertically", "crop", "square", "portrait", "landscape",
            "widescreen", "expand", "extend", "widen", "wider", "taller", "upscale", "enlarge", "resolution",
            "vignette", "smooth", "skin", "wrinkles", "grayscale", "greyscale", "monochrome", "sepia", "vintage",
            "retro", "sketch", "pencil", "cartoon", "anime", "watercolor", "watercolour", "painting", "pixelate",
            "pixelated", "mosaic", "posterize", "posterise", "invert", "inverted", "negative", "cyberpunk", "neon",
            "text", "caption", "title", "headline", "watermark", "subtitle", "label", "move", "shift", "scale",
            "shrink", "smaller", "bigger", "larger", "resize", "original", "minus", "radius", "instagram", "stories",
            "transparent", "selection", "color", "colors", "colour", "colours", "punch", "dramatic", "moody", "faded",
            "washed", "highlights", "shadows", "teeth", "whiten", "make", "change", "replace", "picture", "photo",
            "image", "inpaint", "unblur", "start", "undo", "redo", "reset", "revert", "restore");
    /** The resource listing the English words of the model's training corpus, which are corrected towards. */
    public static final String VOCABULARY_RESOURCE = "spelling-vocabulary.txt";
    /** The resource listing real English words one edit from a {@link #KNOWN} word. */
    public static final String NEAR_WORDS_RESOURCE = "english-near-words.txt";
    /** The literal words the parser reads itself: colours, positions, units and multiples, lower case. */
    private static final Set<String> LITERALS = literals();
    /** The words corrected towards but the corpus's: the literals and {@link #EDIT_WORDS}. */
    public static final Set<String> KNOWN_BESIDES_CORPUS = union(LITERALS, Set.copyOf(EDIT_WORDS));
    /** How often each English word of the model's training corpus occurs in it. */
    private static final Map<String, Integer> CORPUS_COUNTS = counts(VOCABULARY_RESOURCE);
    /** The words corrected towards, lower case. */
    public static final Set<String> KNOWN = union(KNOWN_BESIDES_CORPUS, CORPUS_COUNTS.keySet());
    /**
     * How much more often the corpus must say one of two near words for a slip to be read as it, when it says the other
     * at most {@link #RARELY} times: a word it never says (a catalogue word it lacks, such as "whiten") may be as likely
     * as any, and two words it says often ("color" and "cooler" for "coolr") are for the model to tell apart.
     */
    private static final int FAR_MORE = 10;
    private static final int RARELY = 3;

    private static final Set<String> ENGLISH = Set.copyOf(WordLists.lines(NEAR_WORDS_RESOURCE));
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
    /**
     * Words of their own that the English list lacks, though one edit from a known one: "xray" is no "gray", and "dont"
     * is don't written without its apostrophe, not "font"; "pics" are no "pick".
     */
    private static final Set<String> OWN_WORDS = Set.of("xray", "xrays", "dont", "doesnt", "didnt", "isnt", "arent",
            "wasnt", "werent", "cant", "wont", "shouldnt", "wouldnt", "couldnt", "havent", "hasnt", "thats", "whats",
            "theres", "heres", "youre", "theyre", "ive", "im", "lets", "its", "pics", "yess", "thanx", "iphone", "sony");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}'])[a-z]");
    private static final Pattern OF_NEXT = Pattern.compile("\\s+of\\b", Pattern.CASE_INSENSITIVE);

    private Spelling() {}

    /** {@code text} with each misspelt literal word replaced by the known word it stands for. */
    public static String correct(String typed) {
        String text = ZH_SLIP.matcher(typed).replaceAll(slip -> ZH_SLIPS.get(slip.group()));
        // capitalised words are names unless every word is capitalised ("Make The Bike Slver")
        boolean namesStandOut = LOWER_CASE_WORD.matcher(text).find();
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            String fix = SWAPPED.containsKey(word) ? SWAPPED.get(word)
                    : SHORTENED.containsKey(word) ? (inCompound(text, m) ? null : SHORTENED.get(word))
                    : SLIPS.containsKey(word) ? (OF_NEXT.matcher(text).region(m.end(), text.length()).lookingAt() ? null
                            : SLIPS.get(word))
                    : word.length() < 4 || KNOWN.contains(word) || ENGLISH.contains(word) || OWN_WORDS.contains(word)
                        || namesStandOut && isName(text, m) ? null
                    : meant(word);
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

    /** Whether the word {@code m} found is capitalised, not all capitals, after the text's first word: a name. */
    private static boolean isName(String text, Matcher m) {
        String word = m.group();
        return m.start() > 0 && !text.substring(0, m.start()).isBlank() && Character.isUpperCase(word.charAt(0))
                && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** Whether the word {@code m} found is part of a longer one ("blu-ray", "blu's"), which is no shortened colour. */
    private static boolean inCompound(String text, Matcher m) {
        return m.start() > 0 && text.charAt(m.start() - 1) == '-'
                || m.end() < text.length() && (text.charAt(m.end()) == '-' || text.charAt(m.end()) == '\'');
    }

    /**
     * The word {@code word} was meant as, of the known words one edit from it: a literal first, as a literal slip is read
     * literally ("grean" is green, though also near "great"). Of several, the one with a doubled letter typed once
     * ("litle" is little, not title; "gren" green, not grey), else those that begin and end as it does ("tarsh" is
     * trash, not harsh; "lightr" lighter, not light), and of those the one the corpus says far more often than a rare
     * other ({@link #FAR_MORE}: "squre" is square, not sure); null when there is none or none stands out.
     */
    private static String meant(String word) {
        String literal = meant(word, LITERALS);
        return literal != null ? literal : meant(word, KNOWN);
    }

    private static String meant(String word, Set<String> among) {
        List<String> near = among.stream().filter(k -> oneEditApart(word, k)).toList();
        if (near.size() <= 1) {
            return near.isEmpty() ? null : near.getFirst();
        }
        List<String> doubled = near.stream().filter(k -> doubledLetterTypedOnce(word, k)).toList();
        List<String> sameEnds = near.stream().filter(k -> k.charAt(0) == word.charAt(0)
                && k.charAt(k.length() - 1) == word.charAt(word.length() - 1)).toList();
        List<String> likely = (!doubled.isEmpty() ? doubled : !sameEnds.isEmpty() ? sameEnds : near).stream()
                .sorted(Comparator.comparingInt(Spelling::count).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        if (likely.size() == 1) {
            return likely.getFirst();
        }
        int second = count(likely.get(1));
        return second > 0 && second <= RARELY && count(likely.get(0)) >= FAR_MORE * second ? likely.get(0) : null;
    }

    private static int count(String word) {
        return CORPUS_COUNTS.getOrDefault(word, 0);
    }

    /** Whether {@code word} is {@code meant} with one of a doubled letter left out ("litle" for little). */
    static boolean doubledLetterTypedOnce(String word, String meant) {
        if (meant.length() != word.length() + 1) {
            return false;
        }
        for (int i = 0; i + 1 < meant.length(); i++) {
            if (meant.charAt(i) == meant.charAt(i + 1) && word.equals(meant.substring(0, i) + meant.substring(i + 1))) {
                return true;
            }
        }
        return false;
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

    private static Set<String> literals() {
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

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** The counts of a resource of "word count" lines. */
    private static Map<String, Integer> counts(String resource) {
        return WordLists.lines(resource).stream().map(line -> line.split(" "))
                .collect(Collectors.toUnmodifiableMap(p -> p[0], p -> Integer.parseInt(p[1])));
    }
}
