package dev.editstudio.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Named colours in English and Chinese, and finding them in text ("dark green", "浅蓝色", "#ff8800"). */
public final class Colors {

    /** A colour found in text: where its words start (with a shade word: "dark green", "浅蓝") and end, and its value. */
    public record Found(int start, int end, String hex) {}

    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    /** Each name's first name of the same value in the other script (a Chinese one with 色); absent when there is none. */
    private static final Map<String, String> COUNTERPARTS = new HashMap<>();
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");
    private static final Pattern EN_MODIFIER = Pattern.compile(
            "(?:(darker|deeper|lighter|paler|dark|deep|light|pale|bright|pastel|neon)[ -]?)$");
    /** A colour written as CSS writes it, {@code rgb(255, 136, 0)}. */
    private static final Pattern RGB = Pattern.compile(
            "rgb\\s*\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)", Pattern.CASE_INSENSITIVE);
    /** The names a colour written as a value is read as, for a classifier that learnt names, not values. */
    private static final List<String> PLAIN = List.of("red", "orange", "yellow", "green", "cyan", "blue", "purple",
            "pink", "brown", "white", "black", "gray");
    private static final Pattern NAME_PATTERN;
    private static final Set<String> COMPARABLE = Set.of("red", "blue", "green", "yellow", "white",
            "black", "pink", "gray", "grey", "brown", "purple");

    static {
        String[][] en = {
            {"red", "#e02020"}, {"crimson", "#c0142c"}, {"maroon", "#800020"}, {"burgundy", "#800020"},
            {"scarlet", "#ff2400"}, {"pink", "#ff8fb8"}, {"hot pink", "#ff4fa0"}, {"coral", "#ff7f50"},
            {"orange", "#ff8c1a"}, {"yellow", "#f5d000"}, {"gold", "#d4a017"}, {"golden", "#d4a017"},
            {"green", "#2e9e3e"}, {"lime", "#7fdc2a"}, {"lime green", "#6fcf2a"}, {"olive", "#708238"},
            {"emerald", "#1f9e5a"}, {"mint", "#8fe0b0"}, {"mint green", "#8fe0b0"}, {"teal", "#138a8a"},
            {"blue-green", "#138a8a"}, {"green-blue", "#138a8a"},
            {"cyan", "#20c8d8"}, {"turquoise", "#30c8c0"}, {"blue", "#1f5fd0"}, {"navy", "#1a2a6c"},
            {"navy blue", "#1a2a6c"}, {"sky blue", "#69b7f0"}, {"royal blue", "#2850c8"}, {"purple", "#7a2fb8"},
            {"violet", "#8a3fd0"}, {"lavender", "#b497e0"}, {"magenta", "#d020d0"},
            {"brown", "#7b4a24"}, {"chocolate", "#6b3a1a"}, {"beige", "#d8c3a0"}, {"tan", "#c8a070"},
            {"cream", "#f3ead2"}, {"ivory", "#f6f1e0"}, {"white", "#ffffff"}, {"black", "#101010"}, {"gray", "#808080"},
            {"grey", "#808080"}, {"charcoal", "#383838"}, {"silver", "#c0c0c0"},
            // hair and fabric colours people name: a blonde is a light golden yellow, auburn a red brown
            {"blonde", "#e8c860"}, {"blond", "#e8c860"}, {"auburn", "#9a3b22"}, {"khaki", "#c3b091"},
            {"indigo", "#4b2a9a"}};
        for (String[] c : en) {
            NAMES.put(c[0], c[1]);
        }
        String[][] zh = {
            {"红", "#e02020"}, {"大红", "#e02020"}, {"深红", "#a01020"}, {"酒红", "#800020"}, {"玫红", "#e0306a"},
            {"洋红", "#d020d0"}, {"品红", "#d020d0"}, {"粉红", "#ff8fb8"}, {"粉", "#ff8fb8"}, {"橙", "#ff8c1a"},
            {"橘", "#ff8c1a"}, {"橘黄", "#ff9a1a"},
            {"黄", "#f5d000"}, {"淡黄", "#f8e88a"}, {"金", "#d4a017"}, {"金黄", "#e0b020"}, {"绿", "#2e9e3e"},
            {"深绿", "#1d6b2a"}, {"浅绿", "#8fdc8a"}, {"墨绿", "#1f4a2a"}, {"草绿", "#6cbf3a"}, {"青", "#20c8d8"},
            {"蓝", "#1f5fd0"}, {"深蓝", "#1a2f80"}, {"浅蓝", "#8ec5f0"}, {"天蓝", "#69b7f0"}, {"宝蓝", "#2850c8"},
            {"藏青", "#1a2a5c"}, {"湖蓝", "#30a0c8"}, {"紫", "#7a2fb8"}, {"浅紫", "#b497e0"}, {"棕", "#7b4a24"},
            {"褐", "#6b4423"}, {"咖啡", "#6b4423"}, {"米", "#e8dcc0"}, {"米白", "#f3ead2"}, {"白", "#ffffff"},
            {"黑", "#101010"}, {"灰", "#808080"}, {"浅灰", "#c0c0c0"}, {"深灰", "#484848"}, {"银", "#c0c0c0"},
            {"靛蓝", "#4b2a9a"}, {"蓝绿", "#138a8a"}, {"青绿", "#20b2a0"},
            // fabric and fashion colours with no colour character of their own (卡其 is khaki; 驼色 camel, 杏色 apricot)
            {"卡其", "#c3b091"}, {"驼色", "#c19a6b"}, {"杏色", "#f5c89a"}, {"橄榄", "#708238"}, {"珊瑚", "#ff7f50"},
            {"香槟", "#f1ddb0"}};
        for (String[] c : zh) {
            NAMES.put(c[0], c[1]);
        }
        NAMES.forEach((name, hex) -> NAMES.entrySet().stream()
                .filter(e -> e.getValue().equals(hex) && latin(e.getKey()) != latin(name)).findFirst()
                .ifPresent(e -> COUNTERPARTS.put(name, latin(e.getKey()) ? e.getKey() : e.getKey() + "色")));
        // English names as whole words (also "greenish"; for the basic ones also comparatives and verbs, "greener",
        // "redder", "whiten", "redden", "pinkify", so that "Oliver" is no olive); Chinese names followed by 色 or not.
        // The group that matched holds the name itself.
        String alternatives = "\\b(?<en>" + names(k -> latin(k) && !COMPARABLE.contains(k))
                + ")(?:ish|s)?\\b|\\b(?<comparable>" + names(COMPARABLE::contains) + ")(?:ish|s|er|r|der|en|n|den|ify)?\\b"
                + "|(?<zh>" + names(k -> !latin(k)) + ")(?:色)?";
        NAME_PATTERN = Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE);
    }

    /** The names that pass {@code which} as regex alternatives, longest first ("lime green" is not read as "lime"). */
    private static String names(Predicate<String> which) {
        return NAMES.keySet().stream().filter(which).sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static boolean latin(String name) {
        return name.chars().allMatch(ch -> ch < 128);
    }

    private Colors() {}

    /** The value of a colour name ("white" is {@code #ffffff}), or null for a name not known. */
    public static String hexOf(String name) {
        return NAMES.get(name);
    }

    /** The English colour names ("red", "navy blue"...), lower case. */
    public static List<String> englishNames() {
        return NAMES.keySet().stream().filter(Colors::latin).toList();
    }

    /** Two-character Chinese words, each beginning with a colour's character, that name no colour. */
    private static final Pattern NOT_COLOURS = Pattern.compile("黑白|白天|白昼|黑夜|黑暗|黄昏");

    /**
     * The colours named in {@code text}, in order of appearance. Chinese words that begin with a colour's character but
     * name no colour are not one: "黑白" (black and white), "白天" (daytime), "黑夜" and "黑暗" (night, darkness),
     * "黄昏" (dusk).
     */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        String lower = NOT_COLOURS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("  ");
        Matcher hex = HEX.matcher(lower);
        while (hex.find()) {
            found.add(new Found(hex.start(), hex.end(), normalizeHex(hex.group(1))));
        }
        Matcher m = NAME_PATTERN.matcher(lower);
        while (m.find()) {
            if (overlaps(found, m.start(), m.end())) {
                continue;
            }
            String name = nameOf(m);
            String hexValue = NAMES.get(name);
            int start = m.start();
            int before = Math.max(0, start - 8);
            Matcher modifier = EN_MODIFIER.matcher(lower.substring(before, start));
            String mod = null;
            if (modifier.find()) {
                mod = modifier.group(1);
                start = before + modifier.start();
            } else if (start > 0 && (lower.charAt(start - 1) == '深' || lower.charAt(start - 1) == '浅'
                    || lower.charAt(start - 1) == '淡')) {
                mod = lower.charAt(start - 1) == '深' ? "dark" : "light";
                start--;
            }
            found.add(new Found(start, m.end(), modify(hexValue, mod)));
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * {@code clause} with the colour names of the other script in its own ("背景换成 white" becomes "背景换成 白色",
     * "make it 黑白" becomes "make it black and white"), for a classifier that learnt each language's colour words
     * in that language's sentences. The clause's script is the one most of its other letters are in; a name with no
     * counterpart ("navy", "藏青") stays as written, and a clause in one script comes back unchanged.
     */
    public static String inOneScript(String clause) {
        // each name as written, and what it is in the other script (null: it stays as written)
        record Name(int start, int end, boolean chinese, String other) {}
        List<Name> names = new ArrayList<>();
        Matcher m = NAME_PATTERN.matcher(clause);
        while (m.find()) {
            String name = nameOf(m).toLowerCase(Locale.ROOT);
            // "greenish", "redder", "whiten" are more than the name, which a swap would lose
            boolean bare = name.equals(m.group().toLowerCase(Locale.ROOT).replaceFirst("色$", ""));
            boolean chinese = m.group("zh") != null;
            names.add(new Name(m.start(), m.end(), chinese, bare ? COUNTERPARTS.get(name) : null));
        }
        for (int i = clause.indexOf("黑白"); i >= 0; i = clause.indexOf("黑白", i + 2)) {
            int at = i;
            names.removeIf(n -> n.start() < at + 2 && at < n.end());
            names.add(new Name(i, i + 2, true, "black and white"));
        }
        if (names.isEmpty()) {
            return clause;
        }
        // the letters around the names decide; a quoted text's placeholder says nothing of the clause's language
        char[] around = clause.replace(UnquotedText.PLACEHOLDER, " ".repeat(UnquotedText.PLACEHOLDER.length())).toCharArray();
        names.forEach(n -> Arrays.fill(around, n.start(), n.end(), ' '));
        int han = 0;
        int latin = 0;
        for (char c : around) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            han += script == Character.UnicodeScript.HAN ? 1 : 0;
            latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
        }
        if (han == latin) {
            return clause;
        }
        boolean chinese = han > latin;
        names.sort(Comparator.comparingInt(Name::start));
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Name n : names) {
            String other = n.chinese() == chinese ? null : n.other();
            out.append(clause, last, n.start());
            if (other == null) {
                out.append(clause, n.start(), n.end());
            } else {
                out.append(chinese ? other : " " + other + " ");
            }
            last = n.end();
        }
        return out.append(clause.substring(last)).toString().replaceAll(" {2,}", " ").strip();
    }

    /** {@code text} with each {@code rgb(r, g, b)} as {@code #rrggbb}, which the parser reads as one colour. */
    public static String rgbAsHex(String text) {
        return RGB.matcher(text).replaceAll(m -> {
            int[] c = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
            return c[0] > 255 || c[1] > 255 || c[2] > 255 ? m.group() : String.format("#%02x%02x%02x", c[0], c[1], c[2]);
        });
    }

    /**
     * {@code clause} with each {@code #rrggbb} as the plain name nearest to it ("make the car #ff8800" as "make the car
     * orange"), for the classifier, which learnt colour names and had read a value as a pose; the value itself is
     * read from the clause as written.
     */
    public static String hexAsNames(String clause) {
        return HEX.matcher(clause).replaceAll(m -> nearestName(normalizeHex(m.group(1))));
    }

    private static String nearestName(String hex) {
        int[] c = rgb(hex);
        String best = PLAIN.getFirst();
        long bestDistance = Long.MAX_VALUE;
        for (String name : PLAIN) {
            int[] n = rgb(NAMES.get(name));
            long d = 0;
            for (int i = 0; i < 3; i++) {
                d += (long) (c[i] - n[i]) * (c[i] - n[i]);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        return best;
    }

    /** The name itself in a match of {@link #NAME_PATTERN}, without its ending ("green" of "greenish", "蓝" of "蓝色"). */
    private static String nameOf(Matcher m) {
        return m.group("en") != null ? m.group("en") : m.group("comparable") != null ? m.group("comparable")
                : m.group("zh");
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        return found.stream().anyMatch(f -> start < f.end() && f.start() < end);
    }

    private static String normalizeHex(String digits) {
        String six = digits.length() == 3
                ? "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
                        + digits.charAt(2)
                : digits;
        return "#" + six.toLowerCase(Locale.ROOT);
    }

    /** Darker or lighter variants keep the hue: "dark green" stays green. */
    private static String modify(String hex, String modifier) {
        if (modifier == null || modifier.equals("bright") || modifier.equals("neon")) {
            return hex;
        }
        int[] rgb = rgb(hex);
        boolean dark = modifier.startsWith("dark") || modifier.startsWith("deep");
        for (int i = 0; i < 3; i++) {
            rgb[i] = dark ? (int) Math.round(rgb[i] * 0.6) : (int) Math.round(rgb[i] + (255 - rgb[i]) * 0.45);
        }
        return String.format("#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    /**
     * The side of the white balance a colour stands on: 1 for the warm hues (red, orange, yellow, gold), -1 for the cool
     * ones (cyan, teal, blue), 0 for the rest (greens, purples, pinks) and for greys.
     */
    public static int warmth(String hex) {
        return side(hex, 0.2f, 65, 340, 165, 250);
    }

    /**
     * The side of the white balance a colour cast stands on ("a red tint", "a blue cast"), which the opposite shift in
     * warmth takes out: 1 for red to yellow and for magenta and pink, which a cooler balance tones down too, -1 for cyan
     * to blue, 0 for casts across that axis (greens, purples) and for greys. Wider than {@link #warmth}, which says
     * how a colour named as a look leans.
     */
    public static int castSide(String hex) {
        return side(hex, 0.15f, 70, 290, 170, 260);
    }

    /**
     * 1 for a hue below {@code warmBelow} or from {@code warmFrom} degrees, -1 for one from {@code coolFrom} to below
     * {@code coolBelow}, 0 for the rest and for colours less saturated than {@code minSaturation}.
     */
    private static int side(String hex, float minSaturation, float warmBelow, float warmFrom, float coolFrom,
            float coolBelow) {
        int[] c = rgb(hex);
        float[] hsb = java.awt.Color.RGBtoHSB(c[0], c[1], c[2], null);
        float hue = hsb[0] * 360;
        if (hsb[1] < minSaturation) {
            return 0;
        }
        return hue < warmBelow || hue >= warmFrom ? 1 : hue >= coolFrom && hue < coolBelow ? -1 : 0;
    }

    /** {@code "#rrggbb"} to {@code [r, g, b]}; throws on anything else. */
    public static int[] rgb(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a colour must be \"#rrggbb\", not " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }
}
