package dev.editstudio.model;

import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and phrases that more than one stage of reading an instruction needs ({@link InstructionParser},
 * {@link ClauseSplitter}, {@link LabelCorrections}, {@link StepReader}): how a request opens, a problem named in one
 * word, the properties, the background, a picture said to be upside down or on its side, negation; and ways of
 * looking at a clause around the colours it names.
 */
final class Wording {

    /** A property named alone, as after "and" in "increase the brightness and contrast". */
    static final Pattern BARE_PROPERTY = Pattern.compile("(?:the |its )?(?:brightness|exposure|lightness|contrast"
            + "|saturation|vibrance|warmth|colou?r temperature|temperature)|亮度|曝光|对比度|对比|饱和度|色温",
            Pattern.CASE_INSENSITIVE);
    /** Words before a colour that make it the colour something should not be. */
    static final Pattern NEGATION = Pattern.compile(
            "(?:\\bnot(?: the)?|\\binstead of|\\brather than|而不是|不是|不要)\\s*$", Pattern.CASE_INSENSITIVE);
    /** A problem named in one word ("underexposed, fix please"; "blurry"). */
    static final String ONE_WORD_PROBLEM = "(?:(?:way |so |very |a bit |kinda |quite )?(?:under|over)exposed"
            + "|blurry|grainy|noisy|murky|hazy|garish|washed out|faded|dull|muddy|out of focus|unfocused)";
    /** What a problem keeps one from doing, in English and in Chinese ("can't see anything", "什么都看不见"). */
    static final String CANNOT_SEE = "(?:i |you |u |we |one )?(?:can'?t|cannot|can not|couldn'?t|can barely"
            + "|can hardly)\\s+(?:see|make|tell|read|recogni[sz]e|spot|notice)\\b";
    static final String ZH_CANNOT_SEE = "(?:什么都|都|完全|根本)?看不[清见到]";
    /** Something hard to make out ("the text is hard to read", "看不清"): what sharpening or more light answers. */
    static final Pattern HARD_TO_MAKE_OUT = Pattern.compile(CANNOT_SEE + "|" + ZH_CANNOT_SEE
            + "|\\b(?:hard|difficult|impossible|tough) to (?:read|see|make out|tell)\\b|认不出|不清楚", Pattern.CASE_INSENSITIVE);
    /**
     * What decorates the end of a message and says nothing of the edit: emoticons, emoji, laughter and tildes (":)",
     * ":D", "👍", "😂", "lol", "哈哈", "嘿嘿", "～").
     */
    static final String DECORATION = "(?:[:;]-?[)(DPp](?![\\p{L}])|[\\p{So}\\x{FE0F}\\x{200D}\\x{1F3FB}-\\x{1F3FF}]+|[~～]+"
            + "|[哈呵嘿嘻]{2,}|\\b(?:lol|lmao|haha+|hehe+)\\b)";
    /** A vignette named ("vignette", "vignetting", "暗角", "晕影"). */
    static final Pattern VIGNETTE = Pattern.compile("\\bvignett\\w*|暗角|晕影", Pattern.CASE_INSENSITIVE);
    /**
     * Edges to be lighter, or a vignette taken out or toned down ("remove the vignette", "the corners are too dark",
     * "brighten the edges", "去掉暗角", "四角提亮"): a vignette with a negative amount, which lightens the edges
     * (and undoes one of the same amount).
     */
    static final Pattern EDGES_LIGHTENED = Pattern.compile("\\b(?:remove|reduce|lessen|lower|decrease|cut|fix|correct"
            + "|undo|take (?:out|away)|get rid of|tone down|dial back|less|eliminate|counteract|soften|weaken)\\b"
            + "(?:\\s+(?:down|back|out|away|off|up))?(?:\\s+(?:the|a|that|this|some|of|its|any|all|lens|strong|heavy|dark"
            + "|natural))*\\s+(?:vignett\\w*|dark(?:ened)? (?:edges|corners|borders))"
            + "|\\bvignett\\w*\\b[^,.;]*?(?<!\\bnot )\\btoo (?:strong|heavy|dark|much|obvious|visible)\\b"
            + "|\\b(?:lighten|brighten|lift|raise)(?: up)?\\s+(?:the\\s+|its\\s+|all\\s+)?(?:dark\\s+)?(?:outer\\s+)?"
            + "(?:edges|corners|borders)\\b"
            + "|\\b(?:edges|corners|borders)\\b[^,.;]*?\\b(?:too (?:dark|black|dim|shadowy)|lighter|brighter)\\b"
            + "|\\b(?:edges|corners|borders) (?:are|look|seem|feel)(?: (?:a bit|a little|kind of|kinda|quite|very|so|rather"
            + "|slightly|really))* (?:dark|black|dim|shadowy)\\b"
            + "|(?:去掉|去除|消除|减少|减弱|减轻|降低|修正|校正|矫正|淡化|弱化)(?:一下|一点|掉)?(?:照片|图片|画面)?的?(?:镜头)?(?:暗角|晕影)"
            + "|(?:暗角|晕影)(?:太重|太强|太明显|太深|太暗|过重|有点重|去掉|去除|消除)"
            + "|(?:四角|四个角|四边|四周|边缘|边角|角落|周边)\\p{IsHan}{0,2}?(?:提亮|亮一点|亮一些|亮些|变亮|调亮|太暗|太黑|有点暗|偏暗|发暗|发黑)"
            + "|(?:提亮|调亮|加亮)(?:一下)?(?:四角|四个角|四边|四周|边缘|边角|角落)", Pattern.CASE_INSENSITIVE);
    /** No vignette wanted ("sepia, no vignette", "不要暗角"): a limit on the look, no step. */
    static final Pattern NO_VIGNETTE = Pattern.compile("^(?:but |and )?(?:no|without|not|skip|don'?t add)(?: an?| the| any)?"
            + " vignett\\w*(?: please| pls| effect)?[.!]?$|^(?:但是?|并且)?(?:不要|不加|别加|不用|无)(?:加)?暗角$",
            Pattern.CASE_INSENSITIVE);
    /** How a request may open, in English and in Chinese ("can you ", "please ", "请", "帮我"). */
    static final String ASKING = "(?:(?:can|could) (?:you|u) |please |pls |plz )?";
    static final String ZH_ASKING = "(?:请|帮我)?";
    /**
     * Everything but the selection ("blur the rest", "everything except the person", "人物以外的地方", "其余部分"): a blur
     * of it is a blur of the background, where the model, seeing "blur" and no "background", blurred the selection.
     */
    static final Pattern OUTSIDE_THE_SELECTION = Pattern.compile("\\b(?:the rest|everything else|all else"
            + "|everywhere else|anything else|elsewhere|except|other than|apart from|outside(?: of)? (?:the |my |this |that )?"
            + "(?:selection|selected|subject|person|people|object|box|mask|area|region|outline|frame|face|figure|him|her"
            + "|them|it)|but (?:the|him|her|them|it|me|my|this|that|these|those|what)\\b)"
            + "|以外|之外|除了|其余|其他(?:地方|部分|区域)|其它(?:地方|部分|区域)|别的(?:地方|部分)", Pattern.CASE_INSENSITIVE);
    /** Words of a blur, which a background blur names and a plain coloured background does not. */
    static final Pattern BLUR_WORDS = Pattern.compile("blur|bokeh|defocus|out of focus|unfocus|soft|fuzz|haz|dream"
            + "|depth|虚|糊|景深|朦胧|柔", Pattern.CASE_INSENSITIVE);
    /** The picture as what a statement of how it lies is about ("照片…", "这张…", "是…", "拍…"). */
    private static final String ZH_THE_PICTURE_IS = "(?:(?:照片|相片|图片|图像|画面|图|这张|整张|它)\\p{IsHan}*?|[拍放是]|^)";
    /**
     * A picture said to be upside down ("照片是倒的", "拍倒了", "图片倒着的"): half a turn, where the model, not knowing
     * the statement, had read nothing or sharpening. The picture is what is upside down ("杯子倒了" is a cup fallen over),
     * and 倒 closes the phrase: "倒影", "倒计时" and "倒了的杯子" are other words.
     */
    static final Pattern ZH_UPSIDE_DOWN = Pattern.compile(ZH_THE_PICTURE_IS + "倒(?:着的?|的|了|过来了)(?!\\p{IsHan})");
    /** A picture said to lie on its side ("the photo is sideways", "照片是横的"): a quarter turn. */
    static final Pattern SIDEWAYS = Pattern.compile("\\bsideways\\b|" + ZH_THE_PICTURE_IS
            + "[横侧](?:着的?|的|了|过来了)(?!\\p{IsHan})", Pattern.CASE_INSENSITIVE);
    /** Upside down in words: a turn of 180° when no angle is given. */
    static final Pattern HALF_TURN_WORDS = Pattern.compile("upside[- ]down|倒过来|颠倒|" + ZH_UPSIDE_DOWN.pattern(),
            Pattern.CASE_INSENSITIVE);
    /**
     * The background named as the place of a colour, tone or style change ("darken the background", "背景变成黑白"):
     * the change goes outside the selection, as the background op's does, where before it changed the selected subject.
     */
    static final Pattern THE_BACKGROUND = Pattern.compile("\\b(?:background|backdrop|bg)\\b|背景",
            Pattern.CASE_INSENSITIVE);
    /** How a wish against something opens ("I don't ", "dont "). */
    static final String I_DO_NOT = "^(?:i )?(?:don'?t|do not|dont) ";
    /** The ways of writing a percentage. */
    static final String PERCENT_SIGN = "%|percent|per cent";

    private Wording() {
    }

    /**
     * The clause in lower case with {@code colour} written as {@code C}; empty where lower-casing changes the length
     * (the colour's offsets would no longer hold).
     */
    static String blanked(String clause, Colors.Found colour) {
        String lower = clause.toLowerCase(Locale.ROOT);
        return lower.length() != clause.length() ? ""
                : (lower.substring(0, colour.start()) + "C" + lower.substring(colour.end())).strip();
    }

    /** {@code text} with every colour it names taken out, spaces collapsed. */
    static String withoutColours(String text) {
        StringBuilder rest = new StringBuilder(text);
        for (Colors.Found c : Colors.find(text).reversed()) {
            rest.replace(c.start(), c.end(), "");
        }
        return rest.toString().replaceAll("\\s+", " ").strip();
    }

    /** Whether the clause names a colour and every colour it names passes {@code test}. */
    /** The first of the named groups {@code names} that took part in {@code m}'s match, or null when none did. */
    static String firstGroup(Matcher m, String... names) {
        for (String name : names) {
            if (m.group(name) != null) {
                return m.group(name);
            }
        }
        return null;
    }

    static boolean everyColour(String clause, BiPredicate<String, Colors.Found> test) {
        List<Colors.Found> colours = Colors.find(clause);
        return !colours.isEmpty() && colours.stream().allMatch(c -> test.test(clause, c));
    }
}
