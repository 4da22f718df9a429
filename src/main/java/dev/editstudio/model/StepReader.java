package dev.editstudio.model;

import static dev.editstudio.model.Wording.HALF_TURN_WORDS;
import static dev.editstudio.model.Wording.NEGATION;
import static dev.editstudio.model.Wording.OUTSIDE_THE_SELECTION;
import static dev.editstudio.model.Wording.PERCENT_SIGN;
import static dev.editstudio.model.Wording.THE_BACKGROUND;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The step for one clause once its label is known: the label names the op and its kind ({@code adjust.brightness.up},
 * {@code move.left}, {@code rotate.ccw}), and this class reads the literal values from the words: colours, amounts,
 * distances, sizes, angles, aspect ratios, positions, the lifted text, and whether the change goes outside the
 * selection.
 */
final class StepReader {

    /** The background or the rest kept as it is ("keep the background", "背景不要动"): no place for the change. */
    private static final Pattern KEEPS_THE_REST = Pattern.compile("\\b(?:keep|leave|not|don'?t|do not|without|except"
            + "|apart from|other than|but)\\b[^,;.]*\\b(?:background|backdrop|bg|rest)\\b|(?:保留|不要|别|不动|除了)\\S*背景"
            + "|背景\\S*(?:不要动|不动|别动|保持)", Pattern.CASE_INSENSITIVE);
    /**
     * A place in the picture to move something to, not a distance ("to the top right corner", "to the top right", "to
     * the left edge", "to the middle", "移到左上角", "放到中间"): the move goes there, where before it went 20 px that way.
     */
    static final Pattern TO_A_PLACE = Pattern.compile("\\b(?:to|into|in|at|against) the (?:very |far )?"
            + "(?:(?:top|bottom|upper|lower)[ -]?(?:left|right)?|left|right)(?:[ -]hand)? (?:corner|edge|side|border)\\b"
            + "|\\b(?:to|into|in|at) the (?:very )?(?:middle|center|centre)\\b"
            // two sides name a corner without the word ("move it to the top right"), unless a little way is asked ("nudge")
            + "|(?<!nudge (?:it|this|that|them) )\\b(?:to|into|in|at) the (?:very |far )?(?:top|bottom|upper|lower)[ -]?"
            + "(?:left|right)\\b"
            + "(?!(?:[ -]hand)? (?:a bit|a little|slightly|a touch|some)\\b)"
            + "|(?:移到|移至|放到|放在|挪到|移动到|拖到)(?:画面|图片|照片)?的?(?:(?:左上|右上|左下|右下)角?|正?(?:中间|中央|中心|正中)"
            + "|顶部|底部|最(?:左|右|上|下)(?:边|面|侧)?|(?:左|右|上|下)边缘)(?!一?[点些])", Pattern.CASE_INSENSITIVE);
    /** Text that signs a picture ("watermark it with ...", "add my signature", "加水印"): it goes in a corner. */
    private static final Pattern SIGNATURE = Pattern.compile("\\b(?:watermark|signature|sign it|credit|copyright|©)"
            + "|水印|署名|签名|版权", Pattern.CASE_INSENSITIVE);
    /**
     * A tilt to straighten ("the horizon is tilted 2 degrees to the right"): a turn the other way; an angle after a
     * verb of turning ("it's tilted, so rotate it 5 degrees clockwise") is the turn asked for.
     */
    static final Pattern TILTED = Pattern.compile("\\b(?:tilted|tilts|tilting|leaning|leans|crooked|slanted|slanting"
            + "|askew)\\b(?:(?!\\b(?:rotate|turn|spin)\\b)\\D)*?(?<angle>\\d+(?:\\.\\d+)?)\\s*(?:°|degrees?|deg)?\\s*"
            + "(?:to(?:wards)? the )?(?<side>right|left|clockwise|counter-?clockwise|anti-?clockwise)"
            // the side first ("tilted to the left by about 2 degrees"), and in Chinese as a statement ("地平线往左歪了大概2度";
            // "向左倾斜5度" asks for the tilt)
            + "|\\b(?:tilted|tilts|tilting|leaning|leans|slanted|slanting)\\s+(?:to(?:wards)? the )?(?<sideFirst>right|left)"
            + "\\s+(?:by\\s+)?(?:about |around |roughly |approximately )?(?<angleAfter>\\d+(?:\\.\\d+)?)\\s*(?:°|degrees?|deg)"
            + "|(?:往|向)(?<zhSide>左|右)边?(?:歪|斜)了(?:大概|大约|约|差不多)?(?<zhAngle>\\d+(?:\\.\\d+)?)\\s*(?:度|°)",
            Pattern.CASE_INSENSITIVE);
    /**
     * Stronger than usual ("add a vignette, stronger", "a strong vignette", "暗角强一点", "强力降噪"): an amount between
     * the usual 0.5 and "a lot"'s 1, where "一点" alone would have read as "a bit" and halved it.
     */
    private static final Pattern STRONGER = Pattern.compile("\\b(?<!not too )(?<!not so )(?<!too )"
            + "(?:stronger|more intense|heavier|strong|heavy|intense)\\b"
            + "|(?<![太不])(?:强|重)(?:一点|一些|点|些)|更强|强力|重度|大力|强度(?:再)?(?:大|高)|力度(?:再)?(?:大|高)|加强(?:一点|一些|些)?$",
            Pattern.CASE_INSENSITIVE);
    /** A turn said to be small ("rotate it slightly to the right", "a few degrees", "往右转一点", "稍微向左旋转"). */
    private static final Pattern SLIGHT_TURN = Pattern.compile("\\b(?:slightly|slight|a (?:little|bit|touch|tad|smidge)"
            + "|a (?:few|couple(?: of)?) degrees)\\b|一点|一些|稍微|稍稍|微微|略微|几度");
    /** A strength given on the contract's own 0..1 scale ("intensity 0.4", "amount: .3", "强度0.5"). */
    private static final Pattern STRENGTH_FRACTION = Pattern.compile("(?:strength|intensity|amount|level|强度|力度)"
            + "(?: of| =| is| at|:|为|是|：)? ?(0?\\.\\d+|1\\.0*|1)(?![\\d.%])");
    /** A vignette said to be light or soft ("a light vignette", "soft vignette", "淡淡的暗角"). */
    private static final Pattern LIGHT_VIGNETTE = Pattern.compile("\\b(?:light|soft|gentle|faint|mild)\\b(?! ?(?:up|en))"
            + "|淡淡|淡一点|轻微|轻一点|柔和", Pattern.CASE_INSENSITIVE);
    /**
     * Red eye to take away ("remove red eye", "fix the red eyes", "去掉红眼"): the red of the selected pupils made dark
     * ({@link ProgramRunner#redPupils}), where the model had removed the eye itself.
     */
    static final Pattern RED_EYE = Pattern.compile("\\bred[- ]?eyes?\\b|红眼", Pattern.CASE_INSENSITIVE);
    /** The colour a red pupil becomes: nearly black, as a pupil is. */
    private static final String PUPIL = "#1c1818";
    private static final String RED = Colors.find("red").getFirst().hex();
    /** A distance or size in pixels ("10px", "20 pixels", "100个像素"). */
    private static final Pattern PIXELS = Pattern.compile("(\\d{1,4})\\s*(?:个\\s*)?(px|pixels?|像素)");
    /** A title ("add a title: My Trip", "加个标题"): text that goes at the top when no place is named. */
    private static final Pattern TITLE = Pattern.compile("\\b(?:title|heading|headline)\\b|标题", Pattern.CASE_INSENSITIVE);
    /** A caption or subtitle: text that goes at the bottom when no place is named. */
    private static final Pattern CAPTION = Pattern.compile("\\b(?:caption|subtitles?)\\b|字幕|图注",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:" + PERCENT_SIGN + ")");
    private static final Pattern PERCENT_UNIT = Pattern.compile(PERCENT_SIGN, Pattern.CASE_INSENSITIVE);
    /** A percentage in Chinese numerals ("百分之二十"). */
    private static final Pattern CJK_PERCENT = Pattern.compile("百分之(" + NumberWords.NUMERAL + "+)");
    /** An amount on the contract's own scale after "by" ("increase saturation by 0.5"), with no unit after it. */
    private static final Pattern BY_FRACTION = Pattern.compile("\\bby\\s+(0?\\.\\d+|1(?:\\.0+)?)(?![\\d.]|\\s*(?:%|percent|px"
            + "|pixels?|x\\b|times))");
    /** A count of stops or EV, the photographer's unit of exposure ("a stop", "half a stop", "1/3 EV"). */
    static final String STOP_COUNT = "(?<count>\\d+(?:\\.\\d+)?(?:/\\d+)?|one and a half|half(?: of)?(?: a| an)?|a half"
            + "|a third of an?|a quarter of an?|an?|one|two|three)\\s*(?:full\\s+)?(?:f-?)?(?:stops?|ev)\\b";
    /**
     * Exposure in stops or EV ("brighten by a stop", "half a stop darker", "+1 EV"), the photographer's unit; a sign
     * before the count says the direction.
     */
    static final Pattern STOPS = Pattern.compile("(?<![\\w.])(?<sign>[+-])?\\s?" + STOP_COUNT,
            Pattern.CASE_INSENSITIVE);
    /** The brightness amount of one stop: a shift of 0.15, about what a stop does to the midtones. */
    private static final double STOP = 0.5;
    /** A signed slider value ("exposure +0.5", "contrast -15%", "亮度+20"): the sign says the direction. */
    private static final Pattern SIGNED = Pattern.compile(
            "(?<![\\w.])(?<![\\d.]\\s)([+-])\\s?(\\d+(?:\\.\\d+)?)\\s*(" + PERCENT_SIGN + ")?");
    /** 负 before a number in Chinese numerals: a minus ("旋转负九十度"). */
    private static final Pattern CJK_MINUS = Pattern.compile("负\\s*" + NumberWords.NUMERAL);
    /** An angle, signed where a minus comes right before its digits ("-90"). */
    private static final Pattern ANGLE = Pattern.compile("(?<![\\d.])((?:-|负)?)(\\d{1,3}(?:\\.\\d+)?)\\s*(°|degrees?|deg|度)?");
    private static final Pattern NUMBER = Pattern.compile(
            "(-?\\d+(?:\\.\\d+)?)\\s*(" + PERCENT_SIGN + "|px|pixels?|pts?|像素|度|°|degrees?|x|倍)?",
            Pattern.CASE_INSENSITIVE);
    /** Two directions in one phrase ("up-left", "lower right", 左下, 右上); "up and to the left" is two clauses. */
    private static final Pattern DIAGONAL = Pattern.compile("[左右][上下]"
            + "|\\b(?:up|upper|top|down|lower|bottom)[- ]?(?:left|right)\\b|\\b(?:left|right)[- ]?(?:up|down)(?:wards?)?\\b"
            + "|\\b(?:up|down) and (?:to the )?(?:left|right)\\b|\\b(?:left|right) and (?:up|down)\\b");
    /** A side of an aspect ratio: digits, or a small number in English or Chinese words ("four by three", "三比四"). */
    private static final String SIDE = "\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen"
            + "|[一二两三四五六七八九十]{1,3}";
    static final Pattern ASPECT = Pattern.compile("(?<![\\w.])(" + SIDE + ")\\s*(?:[:：比x×/]|\\s(?:by|to)\\s)\\s*("
            + SIDE + ")(?![\\w.])");
    /** A size in pixels, width by height ("1920x1080", "1080 × 1350 px"): a crop to it keeps its shape. */
    private static final Pattern PIXEL_SIZE = Pattern.compile("(?<![\\w.])([1-9]\\d{1,4})\\s*(?:px\\s*)?[x×*]\\s*([1-9]\\d{1,4})(?![\\w.])");
    /** Shapes a size in pixels is taken for when its exact ratio is within 1% of one (1366×768 is 16:9). */
    private static final List<String> COMMON_ASPECTS = List.of("1:1", "4:3", "3:4", "3:2", "2:3", "16:9", "9:16", "4:5",
            "5:4", "2:1", "1:2", "21:9");
    /**
     * Shapes named by what they are for, in the order they are tried: a square, the formats made for a phone held
     * upright (before "youtube", so "youtube shorts" is upright), and wide screens.
     */
    private static final List<Map.Entry<Pattern, String>> NAMED_ASPECTS = List.of(
            Map.entry(Pattern.compile("square|正方|方形|方的|方图|1比1|profile (?:picture|photo|pic)|avatar|\\bpfp\\b|头像"), "1:1"),
            Map.entry(Pattern.compile("\\bstor(?:y|ies)\\b|\\breels?\\b|tiktok|youtube shorts|phone wallpaper"
                    + "|lock ?screen|抖音|快手|竖屏|竖版|手机壁纸|锁屏"), "9:16"),
            // a post in the feed is square (its portrait size is 4:5); stories and reels, above, are tall
            Map.entry(Pattern.compile("(?:instagram|insta|\\big) portrait|portrait (?:post )?(?:for|on) (?:instagram|insta)"),
                    "4:5"),
            Map.entry(Pattern.compile("\\b(?:instagram|insta|ig)\\b"), "1:1"),
            Map.entry(Pattern.compile("widescreen|wide screen|宽屏|横屏|横版|youtube|b站|bilibili|哔哩哔哩|desktop wallpaper|桌面壁纸"), "16:9"));
    /** A turn given as a fraction ("a quarter turn", "1/4 turn", "half a turn", "转半圈"): its angle in degrees. */
    static final Pattern FRACTION_TURN = Pattern.compile("\\b(?:(?<three>three[ -]quarters?|3/4)|(?<half>half|1/2)"
            + "|(?<quarter>quarter|1/4))(?: of)?(?: a)?[ -]?turn|(?<zhhalf>半圈|半周)|(?<zhquarter>四分之一圈|四分之一周)");
    /** "3x", "3 x", "3×", "3倍", "3 times": digits and a multiple sign (not "3 px"). */
    private static final Pattern MULTIPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(x|×|倍|times)(?![a-z])");
    private static final Pattern CJK_MULTIPLE = Pattern.compile("([一二两三四五六七八九十]+)倍");
    private static final Pattern WORD_MULTIPLE = Pattern.compile(
            "\\b(twice|double|triple|thrice|quadruple|(two|three|four|five|ten) times)\\b|翻倍");
    static final Map<String, Integer> NUMBER_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "ten", 10);
    /** A picture asked for in 4K or 8K, about four times a photo's usual width on the web. */
    private static final Pattern ULTRA_HD = Pattern.compile("(?<![\\w.])[48]\\s?k\\b|超高清", Pattern.CASE_INSENSITIVE);
    /** The number after "by", "x" or "×" ("upscale by 4", "by four", "x2"). */
    private static final Pattern BY_FACTOR = Pattern.compile("(?:\\bx|\\bby|×)\\s*(\\d|two|three|four)\\b");
    /** A size given as the result ("scale it to 75%", "shrink to half", "缩小到原来的一半") rather than as a change. */
    private static final Pattern TO_SIZE = Pattern.compile(
            "\\bto\\s+(?:\\d+(?:\\.\\d+)?\\s*(?:" + PERCENT_SIGN + ")|(half|a third|a quarter))"
                    // "three quarters of its size", "120% of the original size"
                    + "|(?:\\d+(?:\\.\\d+)?\\s*(?:" + PERCENT_SIGN + ")|(half|a third|a quarter|three quarters|two thirds))"
                    + " of (?:its|the|their|his|her) (?:original |current |old )?size"
                    + "|(?:到|至|为|成)(?:原来的|原图的|原先的)?\\s*(?:\\d+(?:\\.\\d+)?\\s*%|百分之" + NumberWords.NUMERAL + "+"
                    + "|(一半|二分之一|三分之一|四分之一))");
    /** A distance given as a share of the picture ("by a tenth of the picture", "画面的五分之一"). */
    private static final Pattern SHARE_OF_THE_PICTURE = Pattern.compile("(?<share>(?:a|one) (?:tenth|fifth|quarter|third)|half)"
            + "(?: of)? (?:the |its )?(?:picture|image|photo|frame|width|height|way)\\b"
            + "|(?:画面|图片|照片|图|宽度|高度)的?(?<zhshare>十分之一|五分之一|四分之一|三分之一|一半)");
    /** The shares of {@link #SHARE_OF_THE_PICTURE}, in percent. */
    private static final Map<String, Double> SHARES = Map.of("a tenth", 10.0, "a fifth", 20.0, "a quarter", 25.0,
            "a third", 100.0 / 3, "half", 50.0, "十分之一", 10.0, "五分之一", 20.0, "四分之一", 25.0, "三分之一", 100.0 / 3, "一半", 50.0);
    private static final Pattern CJK_NUMBER = Pattern.compile("(百分之)?(" + NumberWords.NUMERAL + "+)(分之([一二三四五六七八九十]+))?\\s*(倍|像素|度|个像素)?");

    private StepReader() {
    }

    /**
     * Whether a colour, tone or style change goes outside the selection: the clause names the background
     * ({@link Wording#THE_BACKGROUND}) or the rest ("everything but the sky", "人物以外"), and does not keep it as it is.
     */
    private static boolean outsideTheSelection(String clause) {
        return (THE_BACKGROUND.matcher(clause).find() || OUTSIDE_THE_SELECTION.matcher(clause).find())
                && !KEEPS_THE_REST.matcher(clause).find();
    }

    /** Builds the step for one classified clause, reading its literal values; null for "none". */
    static EditStep step(String label, String clause, List<String> quotes) {
        // numbers in words are read as digits ("fifty pixels"), signed ("minus ninety" = -90); unquoted text keeps the words
        String lower = NumberWords.toDigits(clause).toLowerCase(Locale.ROOT);
        String[] parts = label.split("\\.");
        String op = parts[0];
        Map<String, Object> p = new LinkedHashMap<>();
        switch (op) {
            case "none" -> {
                return null;
            }
            case "recolor" -> {
                if (RED_EYE.matcher(lower).find()) {
                    p.put("color", PUPIL);
                    p.put("source_color", RED);
                    p.put("match", Ops.RED_EYE);
                    break;
                }
                String plain = withoutQuotes(clause);
                // the colour it should not be ("brown instead of black", "purple, not pink") is the one it has now
                Map<Boolean, List<Colors.Found>> byNegation = Colors.find(plain).stream()
                        .collect(Collectors.partitioningBy(c -> negated(plain, c)));
                List<Colors.Found> wanted = byNegation.get(false);
                List<Colors.Found> now = byNegation.get(true);
                if (wanted.isEmpty()) {
                    return null;
                }
                p.put("color", wanted.getLast().hex());
                if (!now.isEmpty()) {
                    p.put("source_color", now.getFirst().hex());
                } else if (wanted.size() > 1) {
                    p.put("source_color", wanted.getFirst().hex());
                }
            }
            case "adjust" -> {
                p.put("property", parts[1]);
                Matcher signed = SIGNED.matcher(lower);
                Matcher stops = STOPS.matcher(lower);
                if (parts[1].equals("brightness") && stops.find()) {
                    double magnitude = Math.min(1, STOP * stops(stops.group("count")));
                    boolean down = stops.group("sign") != null ? stops.group("sign").equals("-") : parts[2].equals("down");
                    p.put("amount", round(down ? -magnitude : magnitude));
                } else if (signed.find() && Double.parseDouble(signed.group(2)) > 0) {
                    // a slider value: 0.5 as it stands, 20 or 20% out of 100
                    double v = Double.parseDouble(signed.group(2));
                    double magnitude = Math.min(1, signed.group(3) != null || v > 1 ? v / 100 : v);
                    p.put("amount", round(signed.group(1).equals("-") ? -magnitude : magnitude));
                } else {
                    // "by 0.5" is the amount itself, on the -1..1 scale of the contract
                    Matcher fraction = BY_FRACTION.matcher(lower);
                    double magnitude = fraction.find() ? Double.parseDouble(fraction.group(1))
                            : percent(lower).orElse(degree(lower));
                    p.put("amount", round(parts[2].equals("down") ? -magnitude : magnitude));
                }
            }
            case "style" -> {
                p.put("name", parts[1]);
                if (parts[1].equals("pixelate")) {
                    pixels(lower).ifPresent(px -> p.put("block", px));
                }
            }
            case "blur" -> {
                p.put("target", parts[1]);
                pixels(lower).or(() -> number(lower, "(?:radius|半径)\\s*(?:of\\s*|is\\s*|[=:：]\\s*|为|是)?(\\d{1,3})"))
                        .ifPresent(px -> p.put("radius", px));
            }
            case "sharpen", "denoise", "smooth_skin" -> p.put("amount", round(strength(lower)));
            case "vignette" -> {
                // a light or soft vignette is a gentle one; edges to be lighter are a vignette the other way
                double amount = LIGHT_VIGNETTE.matcher(lower).find() && percent(lower).isEmpty() ? 0.25 : strength(lower);
                p.put("amount", round(Wording.EDGES_LIGHTENED.matcher(lower).find() ? -amount : amount));
            }
            case "remove" -> { }
            case "move" -> move(parts[1], clause, lower, p);
            case "text" -> {
                // typed without quotes, the words were lifted out as quoted ones are (UnquotedText)
                String text = quotes.isEmpty() ? null : quotes.get(quoteIndex(clause));
                if (text == null || text.isBlank()) {
                    return null;
                }
                p.put("text", text);
                String around = withoutQuotes(lower);
                p.put("position", position(around).orElseGet(() -> usualPlace(around)));
                List<Colors.Found> colors = Colors.find(withoutQuotes(clause));
                p.put("color", colors.isEmpty() ? "#ffffff" : colors.getLast().hex());
                number(lower, "(?:size|字号)\\s*(\\d{1,3})").ifPresent(size -> p.put("size", size));
            }
            case "background" -> {
                p.put("mode", parts[1]);
                if (parts[1].equals("color")) {
                    List<Colors.Found> colors = Colors.find(clause);
                    p.put("color", colors.isEmpty() ? "#ffffff" : colors.getLast().hex());
                }
            }
            case "crop" -> {
                Matcher aspect = ASPECT.matcher(lower);
                int width = aspect.find() ? side(aspect.group(1)) : 0;
                int height = width > 0 ? side(aspect.group(2)) : 0;
                Matcher pixels = PIXEL_SIZE.matcher(lower); // "1920x1080": its shape
                if (width > 0 && height > 0) {
                    p.put("aspect", width + ":" + height);
                } else if (pixels.find()) {
                    p.put("aspect", aspectOf(Integer.parseInt(pixels.group(1)), Integer.parseInt(pixels.group(2))));
                } else {
                    String named = namedAspect(lower);
                    if (named != null) {
                        p.put("aspect", named);
                    }
                }
            }
            case "rotate" -> {
                // a turn with no angle is a quarter, or half when the picture is upside down; "slightly" is a few degrees
                double degrees = angle(lower).orElse(HALF_TURN_WORDS.matcher(lower).find() ? 180
                        : SLIGHT_TURN.matcher(lower).find() ? 5 : 90);
                Matcher tilt = TILTED.matcher(lower);
                if (tilt.find()) {
                    // straightened: turned back the way it leans ("tilted 2 degrees to the right" is -2)
                    double leaning = Double.parseDouble(Wording.firstGroup(tilt, "angle", "angleAfter", "zhAngle"));
                    String side = Wording.firstGroup(tilt, "side", "sideFirst", "zhSide");
                    boolean clockwise = side.equals("right") || side.equals("clockwise") || side.equals("右");
                    p.put("degrees", clockwise ? -leaning : leaning);
                    break;
                }
                // a signed angle ("rotate by -90") says its direction itself
                p.put("degrees", parts[1].equals("ccw") && degrees > 0 ? -degrees : degrees);
            }
            case "flip" -> p.put("axis", parts[1]);
            case "expand" -> {
                p.put("direction", parts[1]);
                // "向上扩展100像素": a width in pixels, where a share ("by 20%") is one of the side
                pixels(lower).ifPresentOrElse(px -> p.put("pixels", px),
                        () -> percent(lower).ifPresent(a -> p.put("amount", round(a))));
            }
            case "upscale" -> p.put("factor", factor(lower) >= 3 ? 4 : 2);
            default -> {
                return null;
            }
        }
        if (Ops.REGIONAL.contains(op) && outsideTheSelection(clause)) {
            p.put("region", Ops.OUTSIDE);
        }
        return new EditStep(op, p);
    }

    private static void move(String kind, String clause, String lower, Map<String, Object> p) {
        double dx = 0;
        double dy = 0;
        double scale = 1;
        String unit = "px";
        switch (kind) {
            case "to" -> p.put("to", position(lower).orElse("center"));
            case "scale_up", "scale_down" -> {
                OptionalDouble target = targetSize(lower);
                double f = scaleChange(lower);
                scale = target.isPresent() ? target.getAsDouble()
                        : kind.equals("scale_up") ? (f >= 1 ? f : 1 + f) : (f >= 1 ? 1 / f : 1 - f);
                if (TO_A_PLACE.matcher(lower).find()) {
                    // "把logo缩小一半放到右下角": resized, then where it goes
                    p.put("to", position(lower).orElse("center"));
                }
            }
            default -> {
                Matcher n = NUMBER.matcher(lower);
                Matcher share = SHARE_OF_THE_PICTURE.matcher(lower);
                double amount = 20;
                boolean distanceSaid = n.find();
                if (share.find()) {
                    // "down by a tenth of the picture": a share of it, in percent
                    String named = share.group("share") != null ? share.group("share").replace("one ", "a ")
                            : share.group("zhshare");
                    amount = round(SHARES.get(named));
                    unit = "percent";
                    distanceSaid = true;
                } else if (distanceSaid) {
                    amount = Math.abs(Double.parseDouble(n.group(1)));
                    if (n.group(2) != null && PERCENT_UNIT.matcher(n.group(2)).matches()) {
                        unit = "percent";
                    }
                } else {
                    Double cjk = cjkNumber(clause);
                    distanceSaid = cjk != null;
                    if (distanceSaid) {
                        amount = cjk;
                        // "向下移动百分之五" is five percent of the picture, not five pixels
                        unit = CJK_PERCENT.matcher(clause).find() ? "percent" : unit;
                    }
                }
                if (!distanceSaid && TO_A_PLACE.matcher(lower).find()) {
                    // "to the top right corner": a place, found when the selection is known (ProgramRunner)
                    p.put("to", position(lower).orElse("center"));
                    break;
                }
                switch (kind) {
                    case "left" -> dx = -amount;
                    case "right" -> dx = amount;
                    case "up" -> dy = -amount;
                    default -> dy = amount;
                }
                // a diagonal ("up-left", "lower right", "向左下") moves along both axes, whichever the model named
                Matcher diagonal = DIAGONAL.matcher(lower);
                if (diagonal.find()) {
                    String d = diagonal.group();
                    dx = d.matches(".*(left|左).*") ? -amount : amount;
                    dy = d.matches(".*(up|top|上).*") ? -amount : amount;
                }
            }
        }
        p.put("dx", dx);
        p.put("dy", dy);
        p.put("unit", unit);
        p.put("scale", round(scale));
    }

    /** The new size when the clause gives it ("to 75%" = 0.75, "到一半" = 0.5), else empty. */
    static OptionalDouble targetSize(String lower) {
        Matcher m = TO_SIZE.matcher(lower);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        String fraction = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (fraction == null) {
            OptionalDouble size = percentValue(m.group());
            return size.isPresent() && size.getAsDouble() > 0 ? size : OptionalDouble.empty();
        }
        return OptionalDouble.of(switch (fraction) {
            case "a third", "三分之一" -> 1.0 / 3;
            case "a quarter", "四分之一" -> 0.25;
            case "three quarters" -> 0.75;
            case "two thirds" -> 2.0 / 3;
            default -> 0.5;
        });
    }

    /** Relative size change: 0.2 for "20%", 0.5 for "half"/"一半", 3 for "three times"/"三倍"/"3x". */
    private static double scaleChange(String lower) {
        OptionalDouble times = multiple(lower);
        if (times.isPresent()) {
            return times.getAsDouble();
        }
        if (lower.matches(".*(half|一半|二分之一|50 ?%).*")) {
            return 0.5;
        }
        if (lower.matches(".*(two thirds|三分之二).*")) {
            return 2.0 / 3;
        }
        if (lower.matches(".*(a third|三分之一).*")) {
            return 1.0 / 3;
        }
        if (lower.matches(".*(a quarter|四分之一).*")) {
            return 0.25;
        }
        return percent(lower).orElse(0.2);
    }

    /** The aspect of the first shape the clause names by its use ({@link #NAMED_ASPECTS}), or null. */
    static String namedAspect(String lower) {
        return NAMED_ASPECTS.stream().filter(named -> named.getKey().matcher(lower).find()).findFirst()
                .map(Map.Entry::getValue).orElse(null);
    }

    /** Where text goes when its clause names no place: watermarks bottom right, titles top, captions bottom. */
    private static String usualPlace(String lower) {
        return SIGNATURE.matcher(lower).find() ? "bottom_right" : TITLE.matcher(lower).find() ? "top"
                : CAPTION.matcher(lower).find() ? "bottom" : "center";
    }

    /** Literal position words: "top left", "右下角", "bottom"... */
    static Optional<String> position(String lower) {
        boolean top = lower.matches(".*(top|upper|header|顶|上方|上面|上边|上部|上角|左上|右上).*");
        boolean bottom = lower.matches(".*(bottom|lower|footer|底|下方|下面|下边|下部|左下|右下).*");
        boolean left = lower.matches(".*(left|左).*");
        boolean right = lower.matches(".*(right|右).*");
        boolean center = lower.matches(".*(center|centre|middle|中间|中央|正中|中心).*");
        String vertical = top ? "top" : bottom ? "bottom" : null;
        String horizontal = left ? "left" : right ? "right" : null;
        if (vertical != null && horizontal != null) {
            return Optional.of(vertical + "_" + horizontal);
        }
        if (vertical != null) {
            return Optional.of(vertical);
        }
        if (horizontal != null) {
            return Optional.of(horizontal);
        }
        if (center) {
            return Optional.of("center");
        }
        // a corner with no side named: where captions and watermarks go
        return lower.matches(".*(corner|角落).*") ? Optional.of("bottom_right") : Optional.empty();
    }

    /** How strongly a filter (sharpen, denoise, vignette, smooth_skin) applies, 0..1: a share said, or 0.5 by degree. */
    private static double strength(String lower) {
        Matcher fraction = STRENGTH_FRACTION.matcher(lower);
        return fraction.find() ? Math.min(1, Double.parseDouble(fraction.group(1)))
                : percent(lower).orElse(STRONGER.matcher(lower).find() ? 0.75 : 0.5 * degree(lower) / 0.3);
    }

    /** How many stops a count says ("half a" 0.5, "1/3" a third, "two" 2). */
    private static double stops(String count) {
        String c = count.toLowerCase(Locale.ROOT);
        if (c.matches("\\d+/\\d+")) {
            String[] fraction = c.split("/");
            return Double.parseDouble(fraction[0]) / Math.max(1, Double.parseDouble(fraction[1]));
        }
        if (c.matches("\\d.*")) {
            return Double.parseDouble(c);
        }
        return switch (c) {
            case "one and a half" -> 1.5;
            case "two" -> 2;
            case "three" -> 3;
            default -> c.contains("half") ? 0.5 : c.contains("third") ? 1 / 3.0 : c.contains("quarter") ? 0.25 : 1;
        };
    }

    /** How strongly: 0.15 for "a bit"/"一点", 0.6 for "a lot"/"大幅", 0.3 otherwise. */
    private static double degree(String lower) {
        if (lower.matches(".*(not (?:too|so|overly)|don'?t overdo|not much|不要太|别太|不要过|别过|不用太|过头).*")) {
            return 0.15;
        }
        if (lower.matches(".*(a lot|much|very|way|significantly|strongly|really|大幅|很多|非常|特别|强烈|明显).*")) {
            return 0.6;
        }
        if (lower.matches(".*(a bit|a little|slight|a touch|somewhat|subtle|一点|一些|稍微|稍|略|些许|轻微).*")) {
            return 0.15;
        }
        return 0.3;
    }

    /** "20%", "20 percent", "百分之二十" as a fraction, at most 1. */
    private static OptionalDouble percent(String lower) {
        OptionalDouble v = percentValue(lower);
        return v.isPresent() ? OptionalDouble.of(Math.min(1.0, v.getAsDouble())) : v;
    }

    /** "150%" as 1.5: the first percentage in the text, uncapped. */
    private static OptionalDouble percentValue(String lower) {
        Matcher m = PERCENT.matcher(lower);
        if (m.find()) {
            return OptionalDouble.of(Double.parseDouble(m.group(1)) / 100);
        }
        Matcher cjk = CJK_PERCENT.matcher(lower);
        if (cjk.find()) {
            Double v = NumberWords.chinese(cjk.group(1));
            if (v != null) {
                return OptionalDouble.of(v / 100);
            }
        }
        return OptionalDouble.empty();
    }

    private static Optional<Integer> pixels(String lower) {
        Matcher m = PIXELS.matcher(lower);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static Optional<Integer> number(String lower, String regex) {
        Matcher m = Pattern.compile(regex).matcher(lower);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The shape of a size in pixels: a common aspect within 1% of it, else the ratio in lowest terms. */
    static String aspectOf(int width, int height) {
        double ratio = (double) width / height;
        for (String common : COMMON_ASPECTS) {
            String[] ab = common.split(":");
            if (Math.abs(ratio / (Double.parseDouble(ab[0]) / Double.parseDouble(ab[1])) - 1) < 0.01) {
                return common;
            }
        }
        int d = BigInteger.valueOf(width).gcd(BigInteger.valueOf(height)).intValue();
        return width / d + ":" + height / d;
    }

    /** One side of an aspect ratio as a number; 0 when it is none. */
    private static int side(String side) {
        if (side.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(side);
        }
        Double cjk = NumberWords.chinese(side);
        return cjk != null ? cjk.intValue() : NumberWords.value(side);
    }

    private static OptionalDouble angle(String lower) {
        Matcher turn = FRACTION_TURN.matcher(lower);
        if (turn.find()) {
            return OptionalDouble.of(turn.group("three") != null ? 270
                    : turn.group("half") != null || turn.group("zhhalf") != null ? 180 : 90);
        }
        Matcher m = ANGLE.matcher(lower);
        while (m.find()) {
            double v = Double.parseDouble(m.group(2));
            if (v > 0 && v <= 360) {
                return OptionalDouble.of(m.group(1).isEmpty() ? v : -v);
            }
        }
        Double cjk = cjkNumber(lower);
        // 负 before the number is a minus ("旋转负九十度")
        return cjk != null && cjk > 0 && cjk <= 360 ? OptionalDouble.of(CJK_MINUS.matcher(lower).find() ? -cjk : cjk)
                : OptionalDouble.empty();
    }

    /**
     * The upscale factor: a multiple ("4x", "四倍"), the number after "by"/"x" ("upscale by 4", "by four"), or 4 for a
     * 4K or 8K picture; 2 when none.
     */
    private static double factor(String lower) {
        if (ULTRA_HD.matcher(lower).find()) {
            return 4;
        }
        OptionalDouble times = multiple(lower);
        if (times.isPresent()) {
            return times.getAsDouble();
        }
        Matcher m = BY_FACTOR.matcher(lower);
        if (!m.find()) {
            return 2;
        }
        return NUMBER_WORDS.containsKey(m.group(1)) ? NUMBER_WORDS.get(m.group(1)) : Double.parseDouble(m.group(1));
    }

    /**
     * A size given as a multiple: "3x", "3 times", "three times", "triple", "三倍", "twice", "double", "翻倍". In
     * Chinese 放大一倍 ("grow by one times") doubles, so 一倍/1倍 reads as 2.
     */
    static OptionalDouble multiple(String lower) {
        Matcher digits = MULTIPLE.matcher(lower);
        if (digits.find()) {
            double v = Double.parseDouble(digits.group(1));
            return v > 0 ? OptionalDouble.of(v == 1 && "倍".equals(digits.group(2)) ? 2 : v) : OptionalDouble.empty();
        }
        Matcher cjk = CJK_MULTIPLE.matcher(lower);
        if (cjk.find()) {
            Double v = NumberWords.chinese(cjk.group(1));
            if (v != null) {
                return OptionalDouble.of(v == 1 ? 2 : v);
            }
        }
        Matcher word = WORD_MULTIPLE.matcher(lower);
        if (!word.find()) {
            return OptionalDouble.empty();
        }
        if (word.group(2) != null) {
            return OptionalDouble.of(NUMBER_WORDS.get(word.group(2)));
        }
        return OptionalDouble.of(switch (word.group()) {
            case "triple", "thrice" -> 3;
            case "quadruple" -> 4;
            default -> 2;
        });
    }

    /** Whether the colour is named as what something should not be ("not pink", "而不是深蓝色"). */
    static boolean negated(String clause, Colors.Found colour) {
        return NEGATION.matcher(clause.substring(Math.max(0, colour.start() - 16), colour.start())).find();
    }

    private static String withoutQuotes(String clause) {
        return UnquotedText.PLACEHOLDERS.matcher(clause).replaceAll(" ");
    }

    private static int quoteIndex(String clause) {
        Matcher m = UnquotedText.PLACEHOLDERS.matcher(clause);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Double cjkNumber(String text) {
        Matcher m = CJK_NUMBER.matcher(text);
        while (m.find()) {
            if (m.group(2).equals("一") && m.group(1) == null && m.group(3) == null && m.group(5) == null) {
                continue; // a bare 一 is "a" or "once" (转一下, 移一点), not the number one
            }
            Double v = NumberWords.chinese(m.group(2));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
