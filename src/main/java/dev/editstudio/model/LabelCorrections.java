package dev.editstudio.model;

import static dev.editstudio.model.Wording.ASKING;
import static dev.editstudio.model.Wording.BARE_PROPERTY;
import static dev.editstudio.model.Wording.BLUR_WORDS;
import static dev.editstudio.model.Wording.EDGES_LIGHTENED;
import static dev.editstudio.model.Wording.HARD_TO_MAKE_OUT;
import static dev.editstudio.model.Wording.I_DO_NOT;
import static dev.editstudio.model.Wording.NEGATION;
import static dev.editstudio.model.Wording.NO_VIGNETTE;
import static dev.editstudio.model.Wording.OUTSIDE_THE_SELECTION;
import static dev.editstudio.model.Wording.SIDEWAYS;
import static dev.editstudio.model.Wording.THE_BACKGROUND;
import static dev.editstudio.model.Wording.VIGNETTE;
import static dev.editstudio.model.Wording.ZH_ASKING;
import static dev.editstudio.model.Wording.ZH_UPSIDE_DOWN;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The model's label for one clause, put right where the clause's own words say otherwise ("remove the yellow car" is
 * a removal, not a yellow recolour; "转半圈" a turn, not nothing). The rules are read in order and most decide the label
 * outright, so a narrower rule comes before a broader one. Each has its counter-examples in
 * {@code InstructionParserTest}.
 */
final class LabelCorrections {

    /** Words before a colour that make it too much of it ("too green", "偏红", "过于鲜红"). */
    private static final Pattern EXCESS_BEFORE = Pattern.compile("(?:\\btoo(?: much)?|\\boverly|太|偏|过于)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Words after a colour that make it too much of it ("红色太多了", "绿得太重"). */
    private static final Pattern EXCESS_AFTER = Pattern.compile("^(?:色|的)?(?:了)?(?:太多|偏多|过多|太重|太浓|得太)");
    /** The verbs of taking something away, in English and in Chinese. */
    private static final String REMOVE = "(?:remove|delete|erase|get rid of|take out|take away|ditch|lose)";
    private static final String ZH_REMOVE = "(?:去掉|删掉|删除|擦掉|去除|移除|抹掉|清理掉?|清除|清掉|拿掉)";
    /** Taking something away: "remove the …", "get rid of …", "删掉…", "把…去掉". */
    private static final Pattern REMOVAL = Pattern.compile("^(?:(?:please|pls|can you|could you|now)\\s+)*" + REMOVE
            + "\\b|^" + ZH_ASKING + ZH_REMOVE + "|^" + ZH_ASKING + "把.+" + ZH_REMOVE, Pattern.CASE_INSENSITIVE);
    /**
     * Edits the catalogue has no op for, which the model read as the nearest one it knew: a resize to a size in pixels,
     * perspective correction, grain added, automatic correction ("resize to 800 pixels wide", "fix the perspective",
     * "make it grainy", "auto fix", "一键美化").
     */
    private static final Pattern NOT_IN_THE_CATALOGUE = Pattern.compile("\\b(?:resize|rescale|scale|size|make it|change)"
            + "\\b[^,.;]*?\\b\\d{2,5} ?(?:x|×|by|\\*) ?\\d{2,5}\\b|\\b(?:resize|rescale|scale)\\b[^,.;]*?\\b\\d{2,5} ?(?:px"
            + "|pixels?)\\b|\\b\\d{2,5} ?(?:px|pixels?) (?:wide|tall|high|across)\\b|(?:尺寸|大小|分辨率)\\p{IsHan}{0,4}?\\d{2,5}"
            + " ?[x×*] ?\\d{2,5}|\\bperspective\\b|\\bkeystone\\b|透视|梯形校正"
            + "|\\b(?:add|apply|put|give it|more)\\b[^,.;]*?\\b(?:film )?(?:grain|noise)\\b(?! ?(?:reduction|removal|filter))"
            + "|\\bmake it (?:look )?(?:more )?(?:grainy|noisy)\\b|(?:加|添加|增加|加点|加些|来点)(?:一点|一些|点)?(?:胶片)?(?:颗粒|噪点"
            + "|噪声|杂色)|\\bauto(?:matic(?:ally)?)?[- ]?(?:fix|correct|enhance|adjust|level|tone|colou?r)\\w*"
            + "|\\bone[- ]click (?:fix|enhance|edit|retouch)|自动(?:调色|修图|美化|增强|校正|校色|优化|调整)|一键(?:修图|美化|增强|优化|调色|调整)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A border or frame put around the picture ("add a white border", "加个白色边框"): more canvas on every side, the
     * nearest op the catalogue has, where the model had recoloured the selection or refused an added thing.
     */
    private static final Pattern ADD_A_BORDER = Pattern.compile("\\b(?:add|put|give (?:it|the (?:photo|picture|image))"
            + "|draw|place|wrap)(?: (?!(?:at|near|on|onto|in|into|to|by|along|of|from|inside|over)\\b)[\\w-]+){0,4}?"
            + " (?:border|frame)s?\\b|(?:加|添加|加上|套)(?:一个|个|一圈|一道|上)?[^，,。；]{0,4}?"
            + "(?:边框|相框|画框|白边|黑边)", Pattern.CASE_INSENSITIVE);
    /** A colour cast taken away ("remove the red tint", "get rid of the blue cast"). */
    private static final Pattern CAST_TAKEN_AWAY = Pattern.compile("\\b(?:tint|tinge|cast)\\b|偏色|色偏",
            Pattern.CASE_INSENSITIVE);
    /**
     * Another of the thing selected ("duplicate the bird", "clone the tree", "复制一个"): a thing added. Cloning out is
     * the clone stamp's removal.
     */
    private static final Pattern DUPLICATE = Pattern.compile("^" + ASKING + "(?:duplicate|clone|copy)\\b(?!\\s+(?:out|away|over|stamp)\\b)|^" + ZH_ASKING
            + "(?:把\\S{1,6}?)?复制", Pattern.CASE_INSENSITIVE);
    /** A word for taking something away, anywhere in a clause. */
    private static final Pattern TAKING_AWAY = Pattern.compile("\\b" + REMOVE + "\\b|" + ZH_REMOVE, Pattern.CASE_INSENSITIVE);
    /**
     * What after a colour makes the colour itself the thing named ("the yellow tint", "the red from the car", "the
     * blue"), not a word for a thing of that colour ("the yellow car").
     */
    private static final Pattern COLOUR_ITSELF = Pattern.compile("^(?:色|的)?\\s*(?:$|[,，.!?。！？]|(?:tint|tinge|cast|tone"
            + "|hue|colou?r|shade|from|in|out|on)\\b|色调|偏色|色偏|颜色)", Pattern.CASE_INSENSITIVE);
    /** Black and white said in words ("black and white", "black & white", "white/black", "b&w", "b/w"). */
    private static final String BLACK_AND_WHITE = "black[\\s-]*(?:and|&|n|'n'|/)?[\\s-]*white"
            + "|white[\\s-]*(?:and|&|/)[\\s-]*black|\\bb\\s*&\\s*w\\b|\\bb/w\\b";
    /**
     * Words that ask for black and white as a style ("black and white", "b&w", "monochrome", "黑白"): without one, black
     * or white named with a thing ("turn her dress from black into white", "make the white shirt black") is a recolour.
     */
    private static final Pattern GRAYSCALE_WORDS = Pattern.compile(BLACK_AND_WHITE + "|\\bbw\\b|mono|gr[ae]y|desaturat"
            + "|colou?rless|no colou?r|黑白|灰|单色|去色|无色", Pattern.CASE_INSENSITIVE);
    /**
     * A thing named as being in the background, to remove ("remove the people in the background", "去掉背景里的路人"):
     * the thing goes, not the background, which the model, seeing "remove" and "background", had taken away.
     */
    private static final Pattern THING_IN_THE_BACKGROUND = removalFromTheBackground(
            "(?:the |a |an |that |those |these |some |this )?(?!everything|all|anything|background|backdrop|bg\\b)"
            + "[a-z]+(?: [a-z]+)?", "(?!所有|全部|东西)");
    /** Everything in the background taken away ("remove everything in the background"): what a cut-out does. */
    private static final Pattern EVERYTHING_IN_THE_BACKGROUND = removalFromTheBackground(
            "(?:everything|all(?: of)?(?: the \\w+)?|anything)", "(?:所有|全部)");
    /** "grey scale" in two words: the grayscale style, which the model had read as a grey recolour. */
    private static final Pattern GREY_SCALE = Pattern.compile("\\bgr[ae]y[\\s-]+scale\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The background as what changes colour ("swap the background for a grey one", "paint the backdrop blue"): a
     * background step, where the model, seeing a colour and a verb of change, had recoloured the selection.
     */
    private static final Pattern BACKGROUND_CHANGED = Pattern.compile("^" + ASKING + "(?:swap|change|replace|switch|make"
            + "|turn|set|paint|colou?r|recolou?r|fill) (?:the |my |its |this )?(?:background|backdrop|bg)\\b(?!['’]s)"
            + "|^(?:请|帮我)?(?:把)?背景(?:色)?(?:改成|换成|变成|改为|换为|弄成|涂成|设为|设成|调成)",
            Pattern.CASE_INSENSITIVE);
    /** Some of the colour taken out ("drain some colour out", "remove some of the colour"): less saturation, not none. */
    private static final Pattern SOME_COLOUR = Pattern.compile("\\b(?:some|a bit|a little|a touch|a tad|part)(?: of)?"
            + "(?: the| its)? colou?rs?\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Flaws of the skin ("皱纹", "痘", "blemishes", "pores"): what skin smoothing evens out, where the model had read
     * "把皱纹磨平" as a move and "毛孔细腻一点" as nothing. 斑 as in 斑马 (a zebra) is no flaw.
     */
    private static final Pattern SKIN_FLAWS = Pattern.compile("\\b(?:wrinkles?|blemish(?:es)?|acne|pimples?|zits?|pores"
            + "|crow'?s feet)\\b|皱纹|细纹|痘|斑(?!马|鸠|驳|纹|斓)|毛孔|瑕疵|黑眼圈", Pattern.CASE_INSENSITIVE);
    /**
     * Warm or cool colours named as such ("调成暖色", "冷色调", "warm tones"): a shift of the white balance, where the
     * model, seeing 色 and "colours", read a recolour that named no colour and so made no step.
     */
    private static final Pattern TONE_COLOURS = Pattern.compile("(?<warm>暖色|暖调|暖光|暖(?=\\p{IsHan}{1,2}色调)|\\bwarm(?:er)? (?:colou?rs?"
            + "|tones?|hues?|palette|ones))|(?<cool>冷色|冷调|冷光|冷(?=\\p{IsHan}{1,2}色调)|\\b(?:cool|cold)(?:er)? (?:colou?rs?|tones?"
            + "|hues?|palette|ones))", Pattern.CASE_INSENSITIVE);
    /**
     * A hue asked for in Chinese ("加一点蓝色调", "让画面偏蓝一点", "稍微偏黄一点", "往蓝色方向调"): blue or cyan is cooler, yellow, orange or
     * gold warmer. The model, which knows "偏蓝" as a complaint (warmer), had read these as the complaint too.
     */
    private static final Pattern HUE_WISHED = Pattern.compile("(?:(?:加|添|来|多|增加|加上|加入|带)(?:一)?(?:点|些|丝|抹)?"
            + "|(?:让|使|调得?|弄得?|变得?|往)\\p{IsHan}{0,4}?偏|往"
            + "|^(?:稍微|稍稍|略微|微微|再|更)?偏(?=[蓝青黄橙金](?:色调|色)?(?:一点|一些|些)))(?<hue>[蓝青黄橙金])");
    /**
     * A tint wished on the whole picture ("give it a teal tint", "add a slight orange tint", "give the photo a warm
     * golden tone"): the white balance turned the way the colour leans, where the model had recoloured the selection
     * or, for orange, taken the tint for a cast to take out. A thing named ("give the sky a purple tint") keeps its
     * recolour.
     */
    private static final Pattern TINT_WISHED = Pattern.compile("^" + ASKING + "(?:add|apply|put on|give (?:it|this|the "
            + "(?:photo|image|picture|shot|pic|whole (?:thing|photo|image|picture))|everything))\\s+(?:a |an |some )?"
            + "(?:(?:slight|subtle|light|soft|faint|gentle|little|nice|bit of)\\s+)*(?<hue>[\\w-]+(?:\\s+[\\w-]+)?)\\s+"
            + "(?:tint|tinge|cast|tone|wash|hue|glow|grade)(?:\\s+(?:to|on|over|across) (?:it|this|everything|the "
            + "(?:photo|image|picture|shot|pic|whole \\w+)))?\\s*(?:please|pls)?[.!]*", Pattern.CASE_INSENSITIVE);
    /** Words that take a hue away or put it right ("去掉偏黄", "消除蓝色调", "少点蓝"): the hue is then the problem. */
    private static final Pattern HUE_UNWISHED = Pattern.compile("去|消|除|修|校|纠|减|少|不|别|太|过于|有点|有些");
    /** Going out of sight, in English ("disappear", "go away", "fly away"). */
    private static final String GOING_AWAY = "(?:disappear|vanish|(?:go|fly|run|walk|drift) away)";
    /**
     * A thing made to disappear ("让这个瓶子消失", "make the car vanish"): a removal, which the model, knowing "make X
     * do Y" as a pose and "make X Y" as a material, had refused as needing a generative model.
     */
    private static final Pattern VANISH = Pattern.compile("消失|(?<!看)不见|\\b" + GOING_AWAY, Pattern.CASE_INSENSITIVE);
    /** A thing made to vanish ("make the logo go away", "让它消失"), not one said to be gone ("车不见了"). */
    private static final Pattern MADE_TO_VANISH = Pattern.compile("\\b(?:make|let|have)\\b.*\\b" + GOING_AWAY + "\\b"
            + "|^(?:请|帮我|能|能不能|可以|可不可以|可否)*(?:让|把|使).*(?:消失|不见)", Pattern.CASE_INSENSITIVE);

    /**
     * A colour said as a verb ("whiten her teeth", "redden the lips", "pinkify the flowers"): a recolour, which the
     * model, not knowing these words, had read as anything from a warmer tone to smoothed skin, a blur or nothing.
     * Commands only: "reddened" describes.
     */
    private static final Pattern COLOUR_VERB = Pattern.compile("\\b(?:(?:whit|redd|black)en"
            + "|(?:red|pink|green|yellow|brown|gr[ae]y|black|white)ify)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A thing, then the word to take it away, closing the clause ("地上的垃圾清理一下", "电线去掉吧"): a removal, which
     * the model, used to the verb first or after 把, had read as nothing.
     */
    private static final Pattern ZH_REMOVED_LAST = Pattern.compile("^" + ZH_ASKING + "\\p{IsHan}.*" + ZH_REMOVE
            + "(?:一下|下)?(?:吧)?[。！!]*$");
    /**
     * A turn "the other way" ("rotate it the other way", "反方向转"): anticlockwise, the other way from the default,
     * which the model, seeing "other", had read as a removal.
     */
    private static final Pattern OTHER_WAY = Pattern.compile("\\b(?:rotate|turn|spin)\\b.*\\bthe other (?:way|direction)\\b"
            + "|反方向(?:转|旋转)|(?:转|旋转)到?反方向", Pattern.CASE_INSENSITIVE);
    /** Hand-drawn named as a look ("让画面看起来像手绘的"): the sketch style, which the model had refused as a material. */
    private static final Pattern HAND_DRAWN = Pattern.compile("手绘|\\bhand[- ]?drawn\\b", Pattern.CASE_INSENSITIVE);
    /** A moody look ("make it moodier", "give it a moody look", "暗黑情绪风"): darker, as the model reads "more moody". */
    private static final Pattern MOODY = Pattern.compile("\\bmood(?:y|ier|iest)\\b|暗黑|情绪(?:风|感|片)", Pattern.CASE_INSENSITIVE);
    /** A metal that is also a colour's name, or is none. */
    private static final String METAL = "(?:gold|silver|bronze|copper|brass|chrome|platinum|steel|iron|metal)";
    /**
     * Something to look like a metal or be made of it ("make the chair look like silver", "make it out of gold"): a
     * material, which the model, hearing a colour's name, had read as a recolour half the time. "Gold-coloured",
     * "golden" and "make it gold" stay colours.
     */
    private static final Pattern LOOKS_METAL = Pattern.compile("\\b(?:looks?|looking|seems?|feels?) like (?:(?:it'?s|it is"
            + "|it was|they'?re|they are) )?(?:made (?:of|from|out of) )?(?:(?:real|solid|pure|polished|shiny|brushed) )?"
            + METAL + "\\b(?![- ](?:colou?r|tone|hue|paint|tint|shade))|\\b(?:made|built|cast|carved|out) (?:of|from)"
            + " (?:(?:real|solid|pure|polished|shiny|brushed) )?" + METAL + "\\b", Pattern.CASE_INSENSITIVE);
    /** "Make X look", said just before a colour ("make the frame look gold"): X is to have that colour. */
    private static final Pattern MAKE_LOOK = Pattern.compile("\\bmake\\b[^,.;]*\\blook (?:(?:a (?:bit|little) )?more )?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Blur asked to be added ("add some blur", "加点模糊", "来点虚化"): a blur, which the model, knowing "有点模糊" (a bit
     * blurry) as a complaint to sharpen away, had read as its opposite, or as nothing.
     */
    private static final Pattern ADD_BLUR = Pattern.compile("\\b(?:add|apply|put|give (?:it|this|the \\w+))\\b[^,.;]*?"
            + "\\b(?:blur|bokeh)\\b|(?:加|添加|增加|来|给)上?一?(?:点|些|一点|一些|个)?儿?(?:模糊|虚化)",
            Pattern.CASE_INSENSITIVE);
    /**
     * More or less of a property said with a quantity ("多点对比", "少点颜色", "加点光", "对比度少一点", "take away some
     * contrast"): the property that way, where the model, reading the quantity word as the direction, had turned some
     * round ("多点对比" less contrast, "少点对比" more) and read others as nothing.
     */
    private static final Pattern QUANTITY_OF_PROPERTY = Pattern.compile("(?<more>多|加|添|增加|提高|来)?(?<less>少|减|减少|降低)?"
            + "一?(?:点|些)儿?(?<what>对比|亮度|光线|光|饱和度|颜色|色彩|暖色|暖调|冷色|冷调)"
            + "|(?<after>对比度?|亮度|光线|饱和度|颜色|色彩)再?(?:(?<moreAfter>多)|(?<lessAfter>少))一?(?:点|些)"
            + "|\\b(?<takeaway>take (?:away|out)|remove|cut|strip|lose)(?: some| a bit| a little| a touch)?(?: of)?(?: the)?"
            + " (?<prop>contrast|brightness|exposure|saturation|colou?rs?|warmth)\\b"
            // not enough of it ("光线不够", "not enough contrast"), or it turned back ("亮度往回调一点")
            + "|(?<lacking>光线|亮度|曝光|对比度?|饱和度|颜色|色彩|光)(?:有点|有些|还是|明显|太)?不(?:够|足)"
            + "|\\bnot enough (?<lackingEn>light|contrast|colou?r|saturation|brightness)\\b"
            + "|(?<back>亮度|曝光|对比度?|饱和度|色温)再?往回(?:调|收|拉|降)"
            // a measure of it ("a hint of warmth", "a touch of contrast"), which "a hint" had turned round
            + "|\\b(?:a|an) (?:little |small |slight |tiny |subtle )?(?:hint|touch|dash|splash|pinch|smidge|kiss|bit|tad)"
            + " (?:more )?of (?:extra |added )?(?<measure>warmth|contrast|colou?r|saturation|vibrance|brightness|light)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that take a measure of a property away ("reduce a touch of warmth"): the model's reading stands. */
    private static final Pattern LESS_OF_A_MEASURE = Pattern.compile("\\b(?:less|reduce|lower|decrease|drop|cut|remove"
            + "|take|without|tone|pull|knock|too much)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A clause that only keeps the background as it is ("not the background", "背景不要动"): no edit of its own, where the
     * model, hearing the background, had made it transparent.
     */
    private static final Pattern KEEP_THE_BACKGROUND = Pattern.compile("^(?:but |and )?(?:not|keep|leave|don'?t (?:touch|"
            + "change))(?: the)? (?:background|backdrop|bg)(?: (?:as it is|as is|alone|unchanged|untouched))?[.!]?$"
            + "|^背景(?:不要动|不动|别动|保持不变|保持原样|不变)$|^(?:不要动|别动|保留)背景$", Pattern.CASE_INSENSITIVE);
    /**
     * The background made lighter or darker in Chinese ("背景调亮一点", "把背景弄暗"): its brightness, which the model,
     * hearing 背景, had read as a background blur or as nothing.
     */
    private static final Pattern ZH_LIGHTER_OR_DARKER = Pattern.compile(
            "(?<up>(?:调|提|变|弄|加|更)亮|亮一?[点些])|(?<down>(?:调|压|变|弄|更)暗|暗一?[点些])");
    /** Sharpening named where the model, hearing a background, had read a background blur ("sharpen the background"). */
    private static final Pattern SHARPEN_WORDS = Pattern.compile("\\bsharpen|\\bcrisp|锐化", Pattern.CASE_INSENSITIVE);
    /**
     * Colour taken away ("black and white", "黑白", "去色", "desaturated"): the grayscale style, not a colour; unlike
     * {@link #GRAYSCALE_WORDS}, grey alone is a colour here ("a grey background").
     */
    private static final Pattern COLOUR_TAKEN_AWAY = Pattern.compile(BLACK_AND_WHITE + "|gr[ae]y[\\s-]*scale|\\bmono(?:chrome)?\\b"
            + "|colou?rless|no colou?r|\\bdesaturat|\\bdecolou?ri[sz]|黑白|灰度|单色|去色|褪色", Pattern.CASE_INSENSITIVE);
    /** Turning said as a verb ("rotate", "turn", "转"). */
    private static final Pattern TURN_VERB = Pattern.compile("\\b(?:rotate|turn|spin)\\b|转", Pattern.CASE_INSENSITIVE);
    /** A move verb opening a clause ("move it", "drag the logo", "把它移到"). */
    private static final Pattern MOVE_VERB = Pattern.compile("^" + ASKING + "(?:move|drag|shift|slide|bring|put|place"
            + "|push|nudge)\\b|^" + ZH_ASKING + "(?:把\\S{1,6}?)?(?:移|挪|拖|放)", Pattern.CASE_INSENSITIVE);
    /** Something centred, said without a move verb's direction ("center it", "put the logo in the middle"). */
    private static final Pattern CENTRE_IT = Pattern.compile("^" + ASKING + "(?:(?:center|centre) (?:it|this|that|them"
            + "|the \\w+)(?: (?:horizontally|vertically|in the (?:picture|image|frame)))?"
            + "|(?:put|move|place|bring|shift) (?:it|this|that|them|the \\w+) (?:in|to|into) the (?:middle|center|centre)"
            + "(?: of the (?:picture|image|frame|photo))?)(?: please)?[.!]?$"
            + "|^" + ZH_ASKING + "(?:把它|把\\S{1,6}?)?(?:放到|移到|挪到|放在|移动到|居中|摆到)(?:画面|图片|照片)?的?(?:正)?(?:中间|中央|中心|正中)?"
            + "(?:去|一下)?(?:吧)?$", Pattern.CASE_INSENSITIVE);
    /** 转 said of the picture, as a turn ("转一下", "帮我转一转"), where the model had read a flip. */
    private static final Pattern ZH_TURN = Pattern.compile("^" + ZH_ASKING + "(?:把(?:它|图|图片|照片|这张图?)?)?(?:旋)?转(?:一下|一转|下|一个|个)?"
            + "(?:吧|呗)?$");
    /** "Blur" mistyped as "bluer", said as a verb: a word that can start no instruction of colour. */
    private static final Pattern BLUER_AS_A_VERB = Pattern.compile("^" + ASKING + "bluer\\s+(?:the|it|this|that|everything|out|my"
            + "|her|his|their|all)\\b", Pattern.CASE_INSENSITIVE);
    /** The whole picture named ("everything", "the whole image"): where a blur goes when that is what is named. */
    private static final Pattern WHOLE_PICTURE = Pattern.compile("\\b(?:everything|all of it|the whole|the entire|the image"
            + "|the photo|the picture)\\b", Pattern.CASE_INSENSITIVE);
    /** The picture named as what grows ("make the photo 4 times bigger"): an upscale, where the model read a move. */
    private static final Pattern PICTURE_BIGGER = Pattern.compile("\\b(?:the|this|my) (?:whole |entire )?(?:photo|image|picture"
            + "|pic)\\b.*\\b(?:bigger|larger)\\b", Pattern.CASE_INSENSITIVE);
    /** A thing said to be there ("there's a stranger in the background", "背景里有个路人"): a statement, no edit of its own. */
    private static final Pattern THERE_IS = Pattern.compile("^(?:there'?s|there is|there are|i see|i can see)\\b"
            + "|^(?:背景里|背景中|后面|画面里|图里|旁边|左边|右边|角落里?)?有(?:个|一个|一些|些|只|一只|辆|一辆)", Pattern.CASE_INSENSITIVE);
    /** A thing not wanted in the picture ("I don't want the lamp post there"): a removal. */
    private static final Pattern NOT_WANTED = Pattern.compile(I_DO_NOT + "(?:want|need|like) (?:the|that"
            + "|this|those|these|any|a|an)\\b", Pattern.CASE_INSENSITIVE);
    /** Shadows said to be too dark ("the shadows are too deep", "暗部太黑"): lighter, where the model read less contrast. */
    private static final Pattern DEEP_SHADOWS = Pattern.compile("\\bshadows?\\b.*\\b(?:deep|dark|black|crushed|heavy|strong|harsh)"
            + "|(?:暗部|阴影)(?:太|过于|有点|偏)(?:黑|暗|重|深)", Pattern.CASE_INSENSITIVE);
    /** A person made older or younger ("make him look older", "让她年轻十岁"): a new face, for a generative model. */
    private static final Pattern AGE_CHANGE = Pattern.compile("\\b(?:him|her|them|he|she|the (?:person|man|woman|guy|girl|boy"
            + "|kid|child|lady|people|face))\\b.*\\b(?:older|younger)\\b|变老|变年轻|年轻(?:一点|些|点|十岁|几岁)|老(?:十岁|几岁)",
            Pattern.CASE_INSENSITIVE);
    /** Night made day, summer made winter: a new scene, for a generative model. */
    private static final Pattern SCENE_CHANGE = Pattern.compile("\\b(?:night|day|daytime|nighttime|summer|winter|autumn|fall"
            + "|spring)\\b.*\\b(?:into|to)\\b.*\\b(?:night|day|daytime|nighttime|summer|winter|autumn|fall|spring)\\b"
            + "|(?:白天|黑夜|晚上|夜晚|夜景|冬天|夏天|秋天|春天|雪景).*(?:变成|改成|换成|转成)(?:了)?(?:白天|黑夜|晚上|夜晚|夜景|冬天|夏天|秋天"
            + "|春天|雪景)|(?:变成|改成|换成)(?:夜景|雪景)", Pattern.CASE_INSENSITIVE);
    /** Weather asked for ("make it snow", "下雪"): something added, for a generative model. */
    private static final Pattern WEATHER = Pattern.compile("^" + ZH_ASKING + "(?:让它)?(?:下雪|下雨|下点雪|下点雨|飘雪)|\\b(?:make it|let it)"
            + " (?:snow|rain)\\b", Pattern.CASE_INSENSITIVE);
    /** High or low contrast said as the look wanted ("high contrast", "make it high-contrast"), not as a complaint. */
    private static final Pattern CONTRAST_WANTED = Pattern.compile("^" + ASKING + "(?:make it |go |give it (?:a )?)?(?:more )?"
            + "(?<high>high|higher|strong|hard)?(?:low|lower|soft)?[- ]contrast(?: look| style| effect| version| edit)?"
            + "(?: please| pls)?[.!]?$", Pattern.CASE_INSENSITIVE);
    /** An oil painting: the painterly look the catalogue has, watercolour. */
    private static final Pattern OIL_PAINTING = Pattern.compile("\\boil[- ]?paint|油画", Pattern.CASE_INSENSITIVE);
    /** The background blurred, said plainly ("blur the bg real quick"), where the model read the selection. */
    private static final Pattern BLUR_THE_BACKGROUND = Pattern.compile("\\bblur (?:the|my|this|that) (?:"
            + THE_BACKGROUND.pattern() + ")", Pattern.CASE_INSENSITIVE);
    /** More room on one side ("more space above his head"), where the model read a pose: the canvas made larger there. */
    private static final Pattern MORE_ROOM = Pattern.compile("\\b(?:more|extra|some) (?:space|room|headroom)\\b.*?\\b(?:(?<top>above|on"
            + " top|at the top|over)|(?<bottom>below|under|at the bottom)|(?<left>on the left|to the left)|(?<right>on the right"
            + "|to the right))\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A verb of growing the canvas ("expand left by 200 pixels", "往右扩一百个像素", "把画布往下延伸80像素"): the model, hearing
     * a side and a distance, had moved the selection that way.
     */
    private static final Pattern EXPAND_VERB = Pattern.compile("^(?:please )?(?:expand|extend"
            + "|widen the (?:canvas|image|picture|photo)|enlarge the canvas|grow the canvas)\\b|^" + ZH_ASKING + "(?:把画布|画布)?(?:往|向)?(?:左|右|上|下)?(?:边|面)?(?:扩展|扩大|扩充|扩|延伸|延展|加宽|拓展)",
            Pattern.CASE_INSENSITIVE);
    /** A picture wanted in print ("make this printable at large size", "要打印大尺寸"): more pixels, not a bigger selection. */
    private static final Pattern FOR_PRINT = Pattern.compile("\\bprint|打印|印刷", Pattern.CASE_INSENSITIVE);
    /** Big, as a print is wanted ("print it big", "大尺寸"). */
    private static final Pattern BIG = Pattern.compile("\\b(?:big|bigger|large|larger|huge)\\b|大尺寸|大图|大幅", Pattern.CASE_INSENSITIVE);
    /** A picture or thing said to be too big or too small ("too small for printing", "logo太大了"). */
    private static final Pattern WRONG_SIZE = Pattern.compile("(?<big>\\btoo (?:big|large|huge)\\b|太大|过大)"
            + "|\\btoo (?:small|tiny)\\b|\\btoo low[- ]?res|太小|过小|分辨率太低", Pattern.CASE_INSENSITIVE);
    /** A thing said to spoil the picture ("太碍眼了", "it's an eyesore"): a removal, where the model had read a tone. */
    private static final Pattern EYESORE = Pattern.compile("碍眼|煞风景|\\beyesore\\b|\\b(?:ruins|spoils) the (?:picture|photo|shot|view)",
            Pattern.CASE_INSENSITIVE);
    /** A verb of exchange leading a clause ("swap the white shirt for a black one"). */
    private static final Pattern SWAP = Pattern.compile("^" + ASKING + "(?:swap|exchange|trade|switch)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The subject set on a colour, the colour written as {@code C} ("isolate it on white", "put the product on plain black"). */
    private static final Pattern ON_A_COLOUR = Pattern.compile("^(?:" + ASKING + "(?:isolate|cut|put|place|set|show|present)\\b"
            // or a picture made to sell on one ("product shot on pure white")
            + "|(?:a |an |the )?(?:product|studio|catalog(?:ue)?|e-?commerce|packshot|listing|shop|store)(?: \\w+)?)"
            + ".*\\bon (?:a |an )?(?:plain |solid |pure |clean )?C(?: colou?r)?(?: background| backdrop| bg)?[.!]?$",
            Pattern.CASE_INSENSITIVE);
    /** A dreamy look ("make it dreamy", "梦幻一点"): a soft blur over the whole picture. */
    private static final Pattern DREAMY = Pattern.compile("\\bdream(?:y|ier|iest|like)\\b|梦幻", Pattern.CASE_INSENSITIVE);
    /** A background named ("background", "behind her", "背景"): where a blur goes when one is named. */
    private static final Pattern NAMES_BACKGROUND = Pattern.compile(THE_BACKGROUND.pattern() + "|\\b(?:behind|bokeh)\\b|景深",
            Pattern.CASE_INSENSITIVE);
    /** A decade named as a look ("shot in the 70s", "from the 1950s", "80年代"): the vintage style. */
    private static final Pattern DECADE = Pattern.compile("\\b(?:in|from|during|of) the (?:19)?[2-9]0'?s\\b|(?:19)?[2-9]0年代"
            // "that 90s feel", "a 70s film look", and the cameras of the time ("disposable camera feel")
            + "|\\b(?:19)?[2-9]0'?s (?:\\w+ ){0,2}(?:feel|look|vibe|style|aesthetic|camera|film|photo|filter|tones?)\\b"
            + "|\\b(?:disposable|polaroid|instant) camera\\b",
            Pattern.CASE_INSENSITIVE);
    /** A property and a lone sign after it ("warmth +", "saturation -", "亮度++"): the sign says the direction. */
    private static final Pattern PROPERTY_SIGN = Pattern.compile("^(?<what>" + BARE_PROPERTY.pattern()
            + ")\\s*(?:(?<up>\\++|＋+)|(?<down>-+|－+|−+))$", Pattern.CASE_INSENSITIVE);
    /** An X-ray look: light and dark swapped, the catalogue's invert. */
    private static final Pattern X_RAY = Pattern.compile("\\bx[- ]?rays?\\b|x光", Pattern.CASE_INSENSITIVE);
    /** Who someone is, hidden ("hide the kid's face", "遮住车牌"): the selection pixelated, as a censor does. */
    private static final Pattern HIDE_IDENTITY = Pattern.compile("^" + ASKING + "(?:hide|cover(?: up)?|obscure|conceal"
            + "|anonymi[sz]e|censor|blank out|mask)\\b(?!.*\\bwith\\b).*\\b(?:faces?|(?:licen[cs]e |number )?plates?|names?"
            + "|identity|identities|eyes|address|house number)\\b"
            + "|^" + ZH_ASKING + "(?:把)?\\p{IsHan}{0,6}?(?:遮住|遮挡|挡住|遮掉|盖住|遮一下|隐藏)\\p{IsHan}{0,6}?(?:脸|面部|车牌|号码|名字"
            + "|身份|眼睛|门牌)|(?:脸|面部|车牌|号码|名字|门牌)(?:遮住|遮挡|挡住|遮掉|盖住|遮一下|隐藏)", Pattern.CASE_INSENSITIVE);
    /** Edges or corners made dark ("dark edges", "darken the borders", "边缘压暗"): a vignette, not the whole picture darker. */
    private static final Pattern DARK_EDGES = Pattern.compile("\\b(?:dark|darker|darkened|shadowy|shaded|burn(?:ed)?)"
            + "\\s+(?:the\\s+)?(?:edges|corners|borders)\\b|\\bdarken(?:ed)?\\s+(?:the\\s+|its\\s+|all\\s+)?(?:outer\\s+)?"
            + "(?:edges|borders|sides|frame|outside)\\b"
            + "|\\b(?:edges|corners|borders)\\b(?:(?!\\btoo\\b)[^,.;])*\\bdark(?:er|en(?:ed)?)?\\b"
            + "|(?:边缘|四周|四角|边角|周边|角落)(?!太)\\p{IsHan}{0,2}?(?:压暗|变暗|暗一?点|暗一些|加暗|暗下来|黑一点|压黑)",
            Pattern.CASE_INSENSITIVE);
    /** A question about how the picture looks ("is this image too dark?"): an opinion asked for, no edit. */
    private static final Pattern LOOK_QUESTION = Pattern.compile("^(?:is|isn'?t|are|does|doesn'?t|do you think|would you say"
            + "|don'?t you think)\\b(?!.*\\b(?:possible|a way|able)\\b)(?:(?!\\b(?:make|turn|change|add|fix)\\b).)*"
            + "\\b(?:too|enough)\\b", Pattern.CASE_INSENSITIVE);
    /** How one says what one is doing or about to do ("I'm", "we'll be", "gonna be"). */
    private static final String WE_ARE = "(?:i'?m|i am|we'?re|we are|i'?ll be|i will be|gonna be|going to be|about to be)";
    /** Where the picture goes, said as a fact ("this is for instagram", "I'm posting it on youtube"): no shape asked for. */
    private static final Pattern WHERE_IT_GOES = Pattern.compile("(?:this is|this'?s|it'?s|it is|" + WE_ARE
            + ")\\b.*\\b(?:for|on|to)\\b|for (?:my|our|the) (?:\\w+ )?\\w+"
            + " (?:channel|page|account|profile|feed|followers)\\b", Pattern.CASE_INSENSITIVE);
    /** Where the picture is going, said as what one does ("I'm uploading it to youtube"): no edit of its own. */
    private static final Pattern UPLOADING = Pattern.compile("^(?:" + WE_ARE + "\\s+)?(?:uploading|posting|sharing|sending"
            + "|putting)\\b|^(?:i|we)(?:'?m| am|'?re| are)?\\s+(?:gonna|going to|about to|want to|wanna|will|'ll|need to)"
            + "\\s+(?:upload|post|share|send)\\b|^(?:this|it)(?:'s| is"
            + "| will be|'ll be)\\s+(?:for|going (?:on|to|up on))\\s+(?:my |our |the )?(?:instagram|insta|ig|youtube|tiktok"
            + "|facebook|twitter|linkedin|pinterest|website|blog|site|channel|feed|story|profile)\\b", Pattern.CASE_INSENSITIVE);
    /** A thing wished into the picture ("I'd love a dog in the picture"): something added, for a generative model. */
    private static final Pattern WISHED_IN = Pattern.compile("^(?:i'?d|i would|we'?d|we would|i|we)(?: really| so)? (?:love"
            + "|like|want) (?:a|an|some|two|three) (?:\\w+ ){1,2}(?:in|on|into|next to|beside|behind) (?:the|this|it|my|her"
            + "|his)\\b(?: (?:picture|photo|image|shot|pic|scene|sky|background|foreground))?", Pattern.CASE_INSENSITIVE);
    /** A colour's comparative ("blacker", "redder", "whiter"): more of that colour. */
    private static final Pattern OWN_COLOUR_MORE = Pattern.compile("\\b(?:black|whit|redd|blu|green|yellow|pink|brown|gr[ae]y"
            + "|purpl)er\\b", Pattern.CASE_INSENSITIVE);
    /** Noise in Chinese photo talk: 杂色 (colour noise), 杂点, 噪点. */
    private static final Pattern ZH_NOISE = Pattern.compile("杂色|杂点|噪点|噪声");
    /** A hashtag named as such ("add a hashtag #summer"). */
    private static final Pattern HASHTAG = Pattern.compile("\\bhash ?tags?\\b|\\btags?\\b|话题|标签", Pattern.CASE_INSENSITIVE);
    /** Haze taken out ("dehaze", "去雾"): more contrast, as a dehaze slider gives. */
    private static final Pattern DEHAZE = Pattern.compile("\\bde-?haze|\\b(?:remove|reduce|cut|clear) (?:the |some )?haze"
            + "|去雾|除雾|去灰雾", Pattern.CASE_INSENSITIVE);
    /** Sky or water, the things people make bluer ("天空更蓝一点"): a colour named for them is theirs, not the light's. */
    private static final Pattern SKY_OR_WATER = Pattern.compile("\\b(?:sky|skies|sea|ocean|water|lake|river|pool)\\b"
            + "|天空|蓝天|大海|海水|海面|湖水|湖面|河水|泳池|^天", Pattern.CASE_INSENSITIVE);
    /** A turn by an angle with its unit ("旋转-90度", "rotate by -45°"). */
    private static final Pattern TURN_BY_AN_ANGLE = Pattern.compile("(?:\\brotate|\\bspin|旋转)\\D{0,12}?[-+]?\\s?\\d{1,3}"
            + "(?:\\.\\d+)?\\s*(?:°|degrees?|deg\\b|度)", Pattern.CASE_INSENSITIVE);
    /** The blacks crushed ("crush the blacks a little"): deeper darks, more contrast, where the model read less. */
    private static final Pattern CRUSH_THE_BLACKS = Pattern.compile("^" + ASKING + "crush (?:the |those )?(?:blacks|shadows"
            + "|darks|lows)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The black point wanted deeper ("richer blacks", "deeper blacks and brighter whites", "the blacks look washed
     * out", "黑的更黑，白的更白"): more contrast, where the model had read more saturation, a black recolour, or (for
     * "deeper") less contrast. Plural "blacks" only: "black and white" is the grayscale look, and lifting or fading
     * the blacks is the matte look, less contrast.
     */
    private static final Pattern DEEPER_BLACKS = Pattern.compile("\\b(?<!\\btoo\\s)(?:deep|deeper|dark|darker|rich|richer|inky|inkier"
            + "|true|solid|strong|stronger|punchy|punchier|dense|denser|pure|real)\\s+blacks\\b"
            + "|\\bblacks\\s+(?:a (?:bit|little|touch|tad) |much |even )?(?:deeper|darker|richer|stronger|inkier|denser"
            + "|punchier)\\b"
            + "|\\bblacks\\s+(?:are|look|looks|seem|appear)\\b.{0,20}?\\b(?:washed[ -]out|faded|gr[ae]y(?:ish)?|muddy|milky"
            + "|flat|weak|dull|hazy|lifted)\\b"
            + "|\\bseparation between (?:the )?blacks and (?:the )?whites\\b|黑的更黑[，,\\s]*白的更白",
            Pattern.CASE_INSENSITIVE);
    /** Lomography: a film look, the catalogue's vintage. */
    private static final Pattern LOMO = Pattern.compile("\\blomo(?:graphy)?\\b", Pattern.CASE_INSENSITIVE);
    /** Looks the model knows by another name, and the catalogue's reading of each. */
    /** Blade Runner's neon look, in Chinese too (银翼杀手): the catalogue's cyberpunk. */
    private static final Pattern BLADE_RUNNER = Pattern.compile("\\bblade ?runner\\b|银翼杀手", Pattern.CASE_INSENSITIVE);
    /** Colours turned to their opposites ("flip the colours to their opposites", "颜色反过来"): the invert style. */
    private static final Pattern OPPOSITE_COLOURS = Pattern.compile("\\bopposite colou?rs?\\b|\\bcolou?rs?\\b.*\\bopposites?\\b"
            + "|(?:颜色|色彩)\\p{IsHan}{0,3}?反(?:过来|转|一下)|反转颜色|颜色反相", Pattern.CASE_INSENSITIVE);
    /** Animation studios named as a look ("皮克斯风格", "disney style"): the cartoon style. */
    private static final Pattern ANIMATION_STUDIO = Pattern.compile("\\b(?:pixar|disney|ghibli)\\b|皮克斯|迪士尼|吉卜力",
            Pattern.CASE_INSENSITIVE);
    /** A newspaper photo ("like an old newspaper photo", "老报纸上那种照片"): black and white. */
    private static final Pattern NEWSPAPER = Pattern.compile("\\bnewspaper\\b|报纸", Pattern.CASE_INSENSITIVE);
    /** A film-like look ("filmic"): the vintage style, as "film look" is. */
    private static final Pattern FILMIC = Pattern.compile("\\bfilmic\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The light of sunset or dawn as a look ("sunset tones", "golden hour glow", "make it look like sunset", "黄昏色调",
     * "夕阳的感觉"): warmer, where the model had read cooler, sepia, more colour, a material or no edit. A sunset added
     * to the sky stays a thing added.
     */
    private static final Pattern SUNSET_LIGHT = Pattern.compile("\\b(?:sunset|sundown|sunrise|dusk|dawn|golden[- ]hour"
            + "|magic hour)(?:'s)?[- ](?:tones?|colou?rs?|glow|light(?:ing)?|looks?|vibes?|feel(?:ing)?|mood|hues?|palette"
            + "|style|effect|grade|filter|atmosphere|warmth)\\b|\\blooks? like (?:it was (?:taken|shot) )?(?:at |during )?"
            + "(?:a |the )?(?:sunset|sundown|sunrise|dusk|dawn|golden hour)\\b|\\b(?:taken|shot) (?:at|during) (?:sunset"
            + "|sundown|dusk|golden hour|sunrise|dawn)\\b|(?:黄昏|夕阳|日落|晚霞|落日|傍晚|朝霞|日出)(?:时|时分|下)?的?(?:色调"
            + "|颜色|色彩|感觉|氛围|光线?|暖光|效果|风格|滤镜|味道|调子|色)", Pattern.CASE_INSENSITIVE);
    /**
     * Night or a season as the look of the whole scene ("make it look like night", "night look", "夜景效果", "冬天的感觉"):
     * a new scene, for a generative model, as "turn day into night" is; alone it had made no step or a blur.
     */
    private static final Pattern NEW_SCENE_LOOK = Pattern.compile("\\blooks? like (?:it was (?:taken|shot) |it'?s |it is )?(?:at |during "
            + "|in (?:the )?)?(?:a |the )?(?:night|nighttime|night time|midnight|winter|summer|autumn|fall|spring)\\b"
            + "|\\bnight(?:[- ]?time)?[- ](?:look|scene|version|effect|style|vibe)\\b"
            + "|夜景(?:效果|风格|感|的感觉)|(?:夜晚|晚上|深夜|夜里|冬天|冬季|夏天|秋天|春天|雪天)的(?:感觉|氛围|效果|样子)"
            + "|(?:夜晚|夜间)(?:效果|感|氛围)|(?:变成|改成|换成|调成)了?(?:晚上|夜晚|黑夜|夜里|深夜|冬天|冬季|雪天)", Pattern.CASE_INSENSITIVE);
    /** A cinematic look ("cinematic", "movie look", "电影感", "大片感"): more contrast, its usual mark. */
    private static final Pattern CINEMATIC = Pattern.compile("\\bcinematic\\b|\\bmovie[- ](?:look|style|still|feel)\\b"
            + "|\\bfilm still\\b|(?<!老|旧|复古|黑白)(?:电影感|电影色调|电影风|电影质感|电影画面)|大片感", Pattern.CASE_INSENSITIVE);
    /**
     * Texture or clarity brought out ("更有质感", "增加质感", "more texture", "add clarity"): sharpening, where the model had
     * refused "质感" as a material. A material's or a look's texture ("金属质感", "胶片质感", "a brick texture") is not this.
     */
    private static final Pattern CLARITY = Pattern.compile("^" + ZH_ASKING + "(?:让|使|给)?(?:照片|图片|画面|它|图|这张图?|整体)?"
            + "(?:更|更加|更有|有|增加|增强|提升|加强|提高|多点|多一点|加点|强化|加)*(?:一下|一点|一些|点)?(?:照片|图片|画面|整体)?的?质感(?:一点|一些|更强|更好|强一点"
            + "|吧)*$|\\b(?:more|enhance|boost|bring out|add(?: more)?|increase|improve)(?: the| some)? (?:texture|clarity)\\b"
            + "|\\bclarity\\b", Pattern.CASE_INSENSITIVE);
    /** A faded look wanted, not complained of ("a faded look", "褪色效果"): less colour, where the model had read more. */
    private static final Pattern FADED_LOOK = Pattern.compile("\\b(?:faded|washed[- ]out)[- ](?:look|effect|style|feel|vibe"
            + "|colou?rs? look)\\b|\\bmake it (?:look )?faded\\b|褪色(?:效果|风格|感)", Pattern.CASE_INSENSITIVE);
    /** A matte look ("matte look", "哑光效果"): lower contrast, lifted blacks. */
    private static final Pattern MATTE_LOOK = Pattern.compile("\\bmatte?[- ](?:look|effect|style|feel|finish|vibe)\\b"
            + "|\\bmake it (?:look )?matte\\b|^matte?$|哑光(?:效果|风格|感|色调)?", Pattern.CASE_INSENSITIVE);
    /** The bright, airy Japanese look ("日系", "小清新", "bright and airy"): brighter. */
    private static final Pattern AIRY = Pattern.compile("日系|清新|\\bairy\\b", Pattern.CASE_INSENSITIVE);
    /** A sunset or sunrise painted in ("add a sunset to the sky", "加个夕阳"): a thing added, not a look. */
    private static final Pattern ADD_A_SUNSET = Pattern.compile("\\b(?:add|put|insert|paint|draw)\\b(?: in)? (?:a |an |the )?"
            + "(?:beautiful |nice |pretty |big )?(?:sunset|sunrise)(?! (?:tones?|colou?rs?|glow|light|look|vibe|feel|mood))"
            + "|(?:加|添加|加上|画)(?:一个|个|一轮)?(?:夕阳|落日|太阳)(?!的)", Pattern.CASE_INSENSITIVE);
    /** Film or an old look named ("日系胶片风"): the vintage style the model reads, not the airy look. */
    private static final Pattern FILM = Pattern.compile("\\bfilm|\\bvintage|\\bretro|胶片|复古|怀旧", Pattern.CASE_INSENSITIVE);
    /** Cooler said outright. */
    private static final Pattern COOLER = Pattern.compile("\\b(?:cool|cold|blue)\\w*|冷|蓝", Pattern.CASE_INSENSITIVE);
    /** Looks said by a name the catalogue has no style for, and the edit that gives each. */
    private static final List<Look> LOOKS_AS_EDITS = List.of(
            new Look(SUNSET_LIGHT, "adjust.warmth.up", Pattern.compile(COOLER.pattern() + "|" + ADD_A_SUNSET.pattern(),
                    Pattern.CASE_INSENSITIVE)),
            new Look(CINEMATIC, "adjust.contrast.up", null), new Look(CLARITY, "sharpen", null),
            new Look(FADED_LOOK, "adjust.saturation.down", null), new Look(MATTE_LOOK, "adjust.contrast.down", null),
            new Look(AIRY, "adjust.brightness.up", FILM));

    /** A look by name, the edit that gives it, and words that make the name mean something else (null: none). */
    private record Look(Pattern named, String edit, Pattern unless) {
        boolean in(String clause) {
            return named.matcher(clause).find() && (unless == null || !unless.matcher(clause).find());
        }
    }

    private static final List<Map.Entry<Pattern, String>> LOOKS_BY_OTHER_NAMES = List.of(
            Map.entry(OIL_PAINTING, "style.watercolor"), Map.entry(LOMO, "style.vintage"),
            Map.entry(BLADE_RUNNER, "style.cyberpunk"), Map.entry(OPPOSITE_COLOURS, "style.invert"),
            Map.entry(ANIMATION_STUDIO, "style.cartoon"), Map.entry(NEWSPAPER, "style.grayscale"),
            Map.entry(FILMIC, "style.vintage"));
    /** A resize by a share ("15% shorter", "10 percent taller"): the word says which way. */
    private static final Pattern RESIZED_BY = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:%|percent|per cent|pct)\\s+(?:"
            + "(?<down>shorter|smaller|narrower|tinier|slimmer)|taller|bigger|larger|wider)\\b", Pattern.CASE_INSENSITIVE);
    /** The canvas made bigger in Chinese ("画布四周加大", "画布往右扩大"): a widening, on the side named or all round. */
    private static final Pattern ZH_CANVAS_BIGGER = Pattern.compile("画布\\p{IsHan}{0,4}?(?:加大|扩大|放大|变大|扩展|加宽|扩)");
    /** The sides of a picture in Chinese, for a widening, in the order they are tried. */
    private static final List<Map.Entry<Pattern, String>> ZH_SIDES = List.of(
            Map.entry(Pattern.compile("四周|周围|两边|两侧|各边"), "all"), Map.entry(Pattern.compile("左"), "left"),
            Map.entry(Pattern.compile("右"), "right"), Map.entry(Pattern.compile("[上顶]"), "top"),
            Map.entry(Pattern.compile("[下底]"), "bottom"));
    /** A colour wondered about ("what if the door was yellow", "门要是黄色的会怎么样"): a recolour, not a tone. */
    private static final Pattern WHAT_IF = Pattern.compile("\\bwhat if\\b|\\bhow (?:would|about)\\b.*\\bin\\b|要是.*(?:会怎么样|怎么样|会怎样"
            + "|如何|好看吗|会好看)|如果.*(?:会怎么样|会怎样|好看吗)", Pattern.CASE_INSENSITIVE);
    /** A thing that has to go ("the guy in red needs to go"): a removal, its colour only saying which thing. */
    private static final Pattern HAS_TO_GO = Pattern.compile("\\b(?:(?:needs?|has|have|got) to|gotta|must) go\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A thing to be made of a material ("make the jacket denim", "turn the table into marble"): a new material, where
     * the model, not knowing the word, read nothing.
     */
    private static final Pattern MADE_OF_A_MATERIAL = Pattern.compile("\\b(?:make|turn|change|switch)\\b.*\\b"
            + "(?:denim|leather|wool(?:len)?|silk|velvet|marble|wooden|wood|glass|plastic|concrete|stone|fur|suede|lace"
            + "|cotton|linen|satin|ceramic|porcelain|bamboo|brick|rubber|paper|cardboard)\\b", Pattern.CASE_INSENSITIVE);
    /** A mosaic ("mosaic blur", "马赛克"): the pixelate style, where the model read a blur. */
    private static final Pattern MOSAIC = Pattern.compile("\\bmosaic|\\bpixel|马赛克|打码", Pattern.CASE_INSENSITIVE);
    /** A crop said as such ("crop out everything except the selection"): a crop, where the model read a cut-out. */
    private static final Pattern CROP_VERB = Pattern.compile("^" + ASKING + "(?:crop|trim)\\b|^" + ZH_ASKING + "(?:把\\S{1,6}?)?(?:裁剪|裁切|裁)",
            Pattern.CASE_INSENSITIVE);
    /** A thing made to do something ("make the cat sleep", "让猫睡觉"): a new pose, where the model read a new thing. */
    private static final Pattern POSE_VERB = Pattern.compile("\\bmake (?:him|her|them|it|the \\w+) (?:sleep|sit|stand|jump|run"
            + "|walk|dance|wave|smile|laugh|cry|kneel|lie|look (?:at|away|up|down|back|left|right|to|towards)|bow|clap|point"
            + "|hug|kiss|frown|wink|blink|yawn|stretch|fly|swim|climb|crouch|lean|nod|shrug)\\b"
            + "|让\\p{IsHan}{1,4}?(?:睡觉|坐下|站起|跳起|奔跑|跑起来|走路|跳舞|挥手|微笑|笑|哭|跪|躺|鞠躬|拍手"
            + "|拥抱|眨眼|打哈欠|伸懒腰|飞起来|游泳|点头)", Pattern.CASE_INSENSITIVE);
    /**
     * A thing put on someone to wear or hold ("make him wear a hat", "have her hold an umbrella", "让她穿上裙子",
     * "给他拿一把伞"): a new thing in the picture, where the model read a pose, a recolour ("a red dress") or nothing.
     * "Make them hold hands" names no thing and stays a pose.
     */
    private static final Pattern PUT_ON = Pattern.compile("\\b(?:make|have|let|get)\\s+(?:him|her|them|it|the \\w+|\\w+)"
            + "\\s+(?:to\\s+)?(?:wear|hold|carry|put on)\\s+(?:a|an|some|sunglasses|glasses)\\b|\\bdress (?:him|her|them) (?:up )?in (?:a|an)\\b"
            + "|(?:让|给|帮)\\p{IsHan}{1,3}?(?:(?:穿上|戴上|拿上|拿着|举着)\\p{IsHan}|拿(?:一|个|顶|把|件|条|副|只|双|朵))", Pattern.CASE_INSENSITIVE);
    /**
     * A background said to be busy ("the background is distracting", "背景太乱了"): what a background blur quiets, where
     * the model read a cut-out; a blur asked for after it ("blur it out") is that blur.
     */
    static final Pattern BUSY_BACKGROUND = Pattern.compile("\\b(?:background|backdrop|bg)\\b.*\\b(?:distracting|busy|messy"
            + "|cluttered|chaotic)\\b|背景\\p{IsHan}{0,3}?(?:乱|杂|花哨)", Pattern.CASE_INSENSITIVE);
    /** Colours said to lack life in Chinese ("颜色有点没精神"): more saturation, where the model read less. */
    private static final Pattern ZH_LIFELESS_COLOURS = Pattern.compile("(?:颜色|色彩)\\p{IsHan}{0,3}?(?:没精神|没有精神|没活力"
            + "|没有活力|没生气|死气沉沉)");
    /** A thing kept ("keep the person", "save the person"), with nothing said to go: no removal, and no new pose. */
    private static final Pattern KEEP_A_THING = Pattern.compile("^(?:just |only )?(?:keep|preserve|save)\\b"
            + "(?!.*\\b(?:remove|delete|erase|get rid|cut|lose)\\b)", Pattern.CASE_INSENSITIVE);
    /** The face or skin smoothed, said with 磨 alone ("只磨脸部"): skin smoothing, which 磨皮 names in full. */
    private static final Pattern ZH_SMOOTH_THE_FACE = Pattern.compile("磨(?:一下|一磨|一点)?(?:脸|面部|皮肤)");
    /** The picture itself named ("the photo", "图片"), as what is too big or too small. */
    private static final Pattern THE_PICTURE = Pattern.compile("\\b(?:the|this|my) (?:photo|picture|image|pic|file)\\b"
            + "|^(?:it'?s|it is)\\b|图片|照片|图像|这张图|原图|^图", Pattern.CASE_INSENSITIVE);
    /** A thing moved a way, said with a verb of moving ("shift everything up a little", "整体往上挪一点"). */
    private static final Pattern MOVED_A_WAY = Pattern.compile("^" + ASKING + "(?:move|shift|slide|nudge|drag)\\b(?!.*\\bto the\\b)"
            + ".*?\\b(?<way>up|down|left|right|upwards|downwards)\\b"
            + "|(?:往|向)(?<zhWay>[上下左右])(?:边|面)?(?:挪|移|拖|推|挪动|移动)", Pattern.CASE_INSENSITIVE);
    /** The ways of {@link #MOVED_A_WAY} in Chinese, as the move labels name them. */
    private static final Map<String, String> ZH_WAYS = Map.of("上", "up", "下", "down", "左", "left", "右", "right");
    /** Mirroring asked for by name ("mirror the selfie", "mirror it"): a flip, whatever else the clause names. */
    private static final Pattern MIRROR = Pattern.compile("^" + ASKING + "(?:mirror|flip)\\b", Pattern.CASE_INSENSITIVE);
    /** Flipping in Chinese with 翻 alone ("翻一下"): a mirror image. */
    private static final Pattern ZH_FLIP = Pattern.compile("^" + ZH_ASKING + "(?:把(?:它|图|图片|照片))?翻(?:一下|一翻|个面)(?:吧)?$");
    /** What the picture is for, said as a need ("I need this for a banner"): no edit of its own. */
    private static final Pattern NEEDED_FOR = Pattern.compile("^(?:i|we)(?:'d| would)? (?:need|want|use|like) (?:this|it)"
            + " for (?:a|an|my|our|the) ", Pattern.CASE_INSENSITIVE);
    /** A person made into someone or something else ("make him a pirate", "把他变成海盗"): a new subject. */
    private static final Pattern PERSON_MADE_INTO = Pattern.compile("\\bmake (?:him|her|them|me|us) (?:into )?(?:a|an)"
            + " (?!(?:bit|little|touch|tad)\\b)[a-z]+|把(?:他|她|他们|她们|我|我们)变成", Pattern.CASE_INSENSITIVE);
    /** What the picture shows, said as a fact ("it's a portrait of my mom"): no edit, where the model heard portrait mode. */
    private static final Pattern PICTURE_OF = Pattern.compile("^(?:it'?s|this is|that'?s|here'?s) (?:a|an|my|our) (?:\\w+ )?"
            + "(?:photo|picture|portrait|shot|pic|selfie|snap|image) of\\b", Pattern.CASE_INSENSITIVE);
    /** Colours made to stand out in Chinese ("让颜色更出彩"): more saturation. */
    private static final Pattern ZH_COLOURS_STAND_OUT = Pattern.compile("(?:颜色|色彩)\\p{IsHan}{0,2}?(?:出彩|鲜亮|亮丽|鲜活)");
    /** A spot to clean ("clean this spot", "wipe the smudge off"): a small thing removed. */
    private static final Pattern SPOT_CLEANED = Pattern.compile("^" + ASKING + "(?:clean|wipe|clear|heal|patch|fix)(?: up| off"
            + "| away| out)?\\s+(?:this |that |the |these |those |a |some |all the |all )?(?:\\w+ )?(?:spots?|stains?|smudges?"
            + "|specks?|marks?|dust|dirt|scratch(?:es)?|scuffs?|smears?)\\b", Pattern.CASE_INSENSITIVE);
    /** A wish for a thing in a colour, the colour written as {@code C} ("I'd love the bag in mustard yellow"). */
    private static final Pattern WANTED_IN_A_COLOUR = Pattern.compile("^(?:i'?d|i would|we'?d|we would|i|we)(?: really| so"
            + "| much)? (?:love|like|prefer|want|fancy)\\b.*\\b(?:in|to be|to look) (?:a |an )?(?:[\\w-]+ )?C"
            + "(?: instead| please| pls)?[.!]?$", Pattern.CASE_INSENSITIVE);
    /** What an adjustment moves up or down ("move the exposure up"), which is no thing in the picture. */
    private static final String PROPERTY_NOUN = "(?:brightness|exposure|contrast|saturation|vibrance|warmth|temperature"
            + "|tones?|hue|levels|highlights|shadows|midtones|blacks|whites|colou?rs?|slider|curves?|gamma|sharpness)\\b";
    /**
     * Taking something along the picture ("drag it down a little", "slide the logo up"): a move, which the model,
     * hearing "down a little" as darker, could read as an adjustment.
     */
    private static final Pattern DRAG = Pattern.compile("^" + ASKING + "(?:drag|slide|nudge|shift|move|scoot)\\s+(?:it|this"
            + "|that|them|him|her|the (?!" + PROPERTY_NOUN + ")\\w+)\\s+(?:a (?:bit|little|touch|tad) |slightly |just )?"
            + "(up|down|left|right)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A side or end naming which thing moves rather than where it goes ("move the left shoe up", "shift the top label
     * right"): the model had taken the side for the direction.
     */
    private static final Pattern WHICH_SIDE = Pattern.compile("^" + ASKING + "(?:move|shift|drag|slide|nudge|push|bring|take)"
            + "\\s+(?:the|that|this|his|her|my|our|their|your)\\s+(?:left|right|top|bottom|upper|lower)(?:most|-most|-hand"
            + "| hand)?\\s+(?!side\\b|edge\\b|corner\\b|end\\b|half\\b|part\\b|of\\b|by\\b|and\\b|a\\b|\\d)\\p{L}+",
            Pattern.CASE_INSENSITIVE);
    /** Where a move goes, read after the thing that moves. */
    private static final Pattern MOVE_DIRECTION = Pattern.compile("\\b(left|right|up|down|upwards?|downwards?|higher|lower)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What the model may take a clause for when a colour's name outweighs the verb: a recolour, a cast, nothing. */
    private static final Set<String> COLOUR_MISREADINGS = Set.of("recolor", "adjust.warmth.up", "adjust.warmth.down",
            "none");
    /** Where what something becomes begins ("turn X into ...", "换成..."). */
    private static final Pattern BECOMES = Pattern.compile("\\b(?:into|to|with|for)\\b|换成|变成|改成|替换成|替换为",
            Pattern.CASE_INSENSITIVE);
    /** An article and one word ("an orange"): a thing, even when the word also names a colour. */
    private static final Pattern ARTICLE_AND_WORD = Pattern.compile("(?:a|an|the)\\s+\\p{L}+[.!?]*", Pattern.CASE_INSENSITIVE);
    /** What may stand beside a colour that is all something becomes ("a ... one", "a shade of ...", "...的颜色"). */
    private static final Pattern COLOUR_FILLER = Pattern.compile("(?:(?:a|an|the|some|nice|lovely|kind of|sort of|shade of"
            + "|plain|solid|simple|flat|pure|single|uniform"
            + "|colou?r|colou?red|one|tone|hue|please|instead|的|颜色|色)[\\s,.!?]*)*[.!?]*", Pattern.CASE_INSENSITIVE);

    private LabelCorrections() {
    }

    /**
     * The model's label, put right where the clause's own words say otherwise: the colours it names, a place outside
     * the selection, warm or cool colours, a thing that disappears, a decade, which way a thing moves, skin flaws, a
     * place to move to, a picture said to be upside down, a quantity of a property, blur asked for, the background kept
     * or changed in tone, a metal as a material, a colour swapped in or a subject set on one, a statement that
     * something is there, a tilt to straighten, room wanted on one side, a use's shape or a print's size, a new scene,
     * age or weather, a question about the look, a lone sign after a property, a subject set on a colour to sell it, an
     * X-ray, lomo or mosaic look, an identity hidden, dark edges, a spot cleaned, a thing wished in a colour or into the
     * picture, a thing made to go away, crushed blacks, a crop said of the sides, a thing made to move, where the
     * picture is going, 通透 and 美白, noise in Chinese, a turn by a signed angle, haze taken out, sky or water given a
     * colour, a picture on its side, a hashtag. Each rule has its counter-examples in {@code InstructionParserTest}.
     */
    static String corrected(String modelLabel, String clause) {
        // "turn the jacket into a deep red": what it becomes is a colour, where the model, knowing "turn X into a Y", may
        // take it for a new thing; the readings of a recolour below still apply ("swap the background for a grey one")
        boolean swapped = modelLabel.equals("unsupported.subject_replace")
                || modelLabel.equals("none") && SWAP.matcher(clause.strip()).lookingAt();
        String label = swapped && becomesOnlyAColour(clause) ? "recolor" : modelLabel;
        if (!label.equals("recolor") && !label.equals("text") && !label.startsWith("background.")
                && COLOUR_VERB.matcher(clause).find()) {
            label = "recolor";
        }
        List<Colors.Found> colours = Colors.find(clause);
        if (label.equals("none") && colours.size() == 2 && colours.get(0).hex().equals(colours.get(1).hex())
                && OWN_COLOUR_MORE.matcher(clause).find()) {
            return "recolor"; // "make the blacks blacker": more of a colour already there (moreOfItsOwnColour)
        }
        if (NOT_IN_THE_CATALOGUE.matcher(clause).find() && !label.equals("text")) {
            // "resize to 800 pixels wide" had pixelated in blocks of 800, "fix the perspective" removed the selection,
            // "make it grainy" denoised: edits the catalogue has no op for make no step
            return "none";
        }
        if (ADD_A_BORDER.matcher(clause).find() && !label.equals("text")) {
            return "expand.all"; // "add a white border" had recoloured the whole picture white
        }
        if (label.startsWith("adjust.") && !label.startsWith("adjust.brightness.") && StepReader.STOPS.matcher(clause).find()) {
            // stops and EV measure exposure ("+1 EV" had been more saturation); a sign before the count says the way
            return "adjust.brightness." + label.substring(label.lastIndexOf('.') + 1);
        }
        if (!label.equals("text") && !label.startsWith("unsupported.") && !label.startsWith("background.")
                && (!label.startsWith("style.") || label.equals("style.grayscale") && !COLOUR_TAKEN_AWAY.matcher(clause).find())
                && DEEPER_BLACKS.matcher(clause).find()) {
            // a look asked for keeps its reading ("black and white with deep blacks"); "strong blacks and whites" alone
            // had been read as one
            return "adjust.contrast.up";
        }
        if (!label.equals("text") && !label.startsWith("unsupported.") && ZH_NOISE.matcher(clause).find()) {
            // "去除杂色" (colour noise) had been read as 去色, grey; "去掉杂点" as a removal, "减少杂色" as a recolour
            return "denoise";
        }
        if (LOOK_QUESTION.matcher(clause.strip()).lookingAt()) {
            return "none"; // "is this image too dark?": an opinion asked for
        }
        if (label.equals("remove") && colours.size() == 1 && CAST_TAKEN_AWAY.matcher(clause).find()) {
            // "remove the red tint": the cast goes, not the thing selected; warm casts cool down, cool ones warm up
            // green and purple casts lie across warmth, which cannot take them out: no step rather than a removal
            int side = Colors.castSide(colours.getFirst().hex());
            return side == 0 ? "none" : side > 0 ? "adjust.warmth.down" : "adjust.warmth.up";
        }
        if (DUPLICATE.matcher(clause.strip()).lookingAt() && !label.equals("text")) {
            return "unsupported.subject_add"; // "clone the tree": a second one, painted in
        }
        if (colours.size() == 1 && !label.equals("text") && ON_A_COLOUR.matcher(Wording.blanked(clause, colours.getFirst())).matches()) {
            // "isolate the subject on white", "studio shot on black": the subject on a background of that colour
            return "background.color";
        }
        Matcher sign = PROPERTY_SIGN.matcher(clause.strip());
        if (sign.matches()) {
            return "adjust." + propertyNamed(sign.group("what")) + (sign.group("up") != null ? ".up" : ".down");
        }
        if (COLOUR_MISREADINGS.contains(label) && REMOVAL.matcher(clause.strip()).find()
                && Wording.everyColour(clause, (text, colour) -> !COLOUR_ITSELF.matcher(text.substring(colour.end())).lookingAt())) {
            // "remove the yellow car", "把红色的车去掉": the colour says which thing goes, and nothing is to become it,
            // nor is it a cast to take out of the light ("remove the yellow tint" is one)
            return "remove";
        }
        if (label.equals("style.grayscale") && !colours.isEmpty() && !GRAYSCALE_WORDS.matcher(clause).find()) {
            // "turn her dress from black into white": black and white as two colours is a recolour
            return "recolor";
        }
        if (label.equals("background.transparent") && THING_IN_THE_BACKGROUND.matcher(clause.strip()).find()) {
            return "remove";
        }
        if (label.equals("remove") && EVERYTHING_IN_THE_BACKGROUND.matcher(clause.strip()).find()) {
            return "background.transparent";
        }
        if (label.startsWith("blur.") && OUTSIDE_THE_SELECTION.matcher(clause).find()) {
            return "blur.background";
        }
        if (label.equals("blur.background") && !colours.isEmpty() && !BLUR_WORDS.matcher(clause).find()) {
            // "put a black background behind it": a background of that colour, where the model had read a blur
            return "background.color";
        }
        Matcher tint = TINT_WISHED.matcher(clause.strip());
        if ((label.equals("recolor") || label.startsWith("adjust.warmth.") || label.equals("none")) && tint.matches()) {
            List<Colors.Found> hue = Colors.find(tint.group("hue"));
            String toward = hue.size() == 1 ? warmthToward(hue.getFirst().hex()) : null;
            if (toward != null) {
                return toward;
            }
        }
        if (label.startsWith("adjust.warmth.") && !HUE_UNWISHED.matcher(clause).find()) {
            Matcher hue = HUE_WISHED.matcher(clause);
            String toward = hue.find() ? warmthToward(Colors.find(hue.group("hue")).getFirst().hex()) : null;
            if (toward != null) {
                return toward;
            }
        }
        if ((label.equals("recolor") || label.equals("none")) && colours.isEmpty()
                || label.startsWith("adjust.warmth.") && quantityOfProperty(clause) == null) {
            // "冷蓝色调" had been read warmer, "change the cool tones to warm tones" cooler: the tone named says which
            // way (less of one, "少点冷色", is a quantity, below)
            String tone = toneOf(clause);
            if (tone != null) {
                return tone;
            }
        }
        if (label.startsWith("unsupported.") && VANISH.matcher(clause).find()
                || label.equals("none") && MADE_TO_VANISH.matcher(clause.strip()).find()) {
            return "remove";
        }
        if (label.equals("none") && ZH_REMOVED_LAST.matcher(clause.strip()).matches()) {
            return "remove";
        }
        if (CENTRE_IT.matcher(clause.strip()).matches()
                || (label.startsWith("expand.") || label.equals("none")) && MOVE_VERB.matcher(clause.strip()).lookingAt()
                    && StepReader.TO_A_PLACE.matcher(clause).find()) {
            // "move it to the bottom left corner" had widened the canvas to the left, "把它放到画面中间" enlarged it
            return "move.to";
        }
        if (label.equals("none") && StepReader.FRACTION_TURN.matcher(clause).find() && TURN_VERB.matcher(clause).find()) {
            return "rotate.cw"; // "转半圈" had been no step; the fraction gives the angle
        }
        if (!label.startsWith("blur.") && BLUER_AS_A_VERB.matcher(clause.strip()).lookingAt()) {
            // "bluer the background" had made a blue background
            return NAMES_BACKGROUND.matcher(clause).find() ? "blur.background"
                    : WHOLE_PICTURE.matcher(clause).find() ? "blur.image" : "blur.selection";
        }
        if (THERE_IS.matcher(clause.strip()).lookingAt() && (label.startsWith("unsupported.")
                || label.startsWith("background.") || label.equals("remove"))) {
            return "none"; // "there's a stranger in the background": what to do with it, a clause of its own says
        }
        if (label.equals("none") && NOT_WANTED.matcher(clause.strip()).lookingAt()) {
            return "remove";
        }
        if ((label.startsWith("unsupported.") || label.equals("style.vintage")) && AGE_CHANGE.matcher(clause).find()
                || (label.equals("none") || label.equals("recolor") || label.startsWith("adjust.brightness."))
                    && SCENE_CHANGE.matcher(clause).find()) {
            return "unsupported.subject_replace";
        }
        if (!label.startsWith("unsupported.") && WEATHER.matcher(clause.strip()).find()) {
            return "unsupported.subject_add";
        }
        if ((label.equals("adjust.contrast.down") || label.equals("none")) && DEEP_SHADOWS.matcher(clause).find()) {
            return "adjust.brightness.up";
        }
        Matcher contrast = CONTRAST_WANTED.matcher(clause.strip());
        if (label.startsWith("adjust.contrast.") && contrast.matches()) {
            return contrast.group("high") != null ? "adjust.contrast.up" : "adjust.contrast.down";
        }
        if (label.startsWith("style.") || label.equals("none") || label.startsWith("unsupported.")
                || label.equals("blur.background") || label.startsWith("adjust.") || label.equals("sharpen")
                || label.equals("recolor") && colours.isEmpty()) {
            // looks named for what they are like, given by the edits that make them: sunset light is warmer, a
            // cinematic look has more contrast, 质感 is sharper ("sunset tones, but cooler" keeps the model's cooler)
            for (Look look : LOOKS_AS_EDITS) {
                if (look.in(clause)) {
                    return look.edit();
                }
            }
            if (!label.startsWith("adjust.") && !label.equals("unsupported.subject_replace") && NEW_SCENE_LOOK.matcher(clause).find()) {
                return "unsupported.subject_replace";
            }
        }
        if (label.startsWith("style.") || label.equals("none")) {
            // looks the catalogue has under another name: an oil painting is its watercolour, lomo its vintage
            for (Map.Entry<Pattern, String> look : LOOKS_BY_OTHER_NAMES) {
                if (look.getKey().matcher(clause).find()) {
                    return look.getValue();
                }
            }
        }
        String lower = clause.toLowerCase(Locale.ROOT);
        if ((label.startsWith("unsupported.") || label.equals("none")) && StepReader.namedAspect(lower) != null
                && !WHERE_IT_GOES.matcher(clause.strip()).lookingAt()) {
            return "crop"; // "make it a youtube thumbnail", "做成抖音竖屏": the shape such a picture has
        }
        if (label.startsWith("move.") && PICTURE_BIGGER.matcher(clause).find() && StepReader.multiple(lower).orElse(1) >= 2) {
            return "upscale";
        }
        if ((label.equals("blur.selection") || label.equals("none")) && BLUR_THE_BACKGROUND.matcher(clause).find()) {
            return "blur.background";
        }
        if (label.startsWith("move.") && !label.startsWith("move.scale_") && EXPAND_VERB.matcher(clause.strip()).find()) {
            String side = label.substring("move.".length());
            return "expand." + (side.equals("up") ? "top" : side.equals("down") ? "bottom" : side);
        }
        Matcher room = MORE_ROOM.matcher(clause);
        if ((label.startsWith("unsupported.") || label.equals("none")) && room.find()) {
            return "expand." + Stream.of("top", "bottom", "left", "right").filter(side -> room.group(side) != null)
                    .findFirst().orElseThrow();
        }
        Matcher wrongSize = WRONG_SIZE.matcher(clause);
        boolean sizeComplaint = wrongSize.find();
        boolean tooBig = sizeComplaint && wrongSize.group("big") != null;
        if ((label.startsWith("move.scale_up") || label.equals("none") && BIG.matcher(clause).find()
                || sizeComplaint && !label.equals("text") && !label.startsWith("unsupported."))
                && FOR_PRINT.matcher(clause).find()) {
            return "upscale"; // "it's too small for printing" had blurred the picture, "太小了打印不了" cut its contrast
        }
        if (sizeComplaint && THE_PICTURE.matcher(clause).find() && !label.equals("text") && !label.startsWith("unsupported.")) {
            // the picture itself too big has no op of its own ("too big for the website, crop it": the crop says how);
            // too small, more pixels
            return tooBig ? "none" : "upscale";
        }
        if (sizeComplaint && (label.startsWith("adjust.") || label.equals("none") || label.equals("sharpen")
                || label.startsWith("blur.")) && !BARE_PROPERTY.matcher(clause).find()) {
            // "logo太大了" had been darker: a thing too big is made smaller (a resize said after it says by how much)
            return tooBig ? "move.scale_down" : "move.scale_up";
        }
        if (!label.startsWith("unsupported.") && StepReader.RED_EYE.matcher(clause).find()) {
            return "recolor"; // "remove red eye" had removed the eye: its red becomes a pupil's dark (StepReader)
        }
        Matcher resized = RESIZED_BY.matcher(NumberWords.toDigits(clause));
        if ((label.equals("none") || label.startsWith("move.scale_") || label.equals("unsupported.pose")) && resized.find()) {
            // "make it 15% shorter" had grown it, "make him 15 percent shorter" had been nothing
            return resized.group("down") != null ? "move.scale_down" : "move.scale_up";
        }
        if ((label.equals("none") || label.startsWith("rotate.") || label.startsWith("adjust."))
                && StepReader.TILTED.matcher(NumberWords.toDigits(clause)).find()) {
            return "rotate.cw"; // the angle and its direction come from the tilt (step)
        }
        if (!label.equals("remove") && !label.startsWith("unsupported.") && EYESORE.matcher(clause).find()) {
            return "remove";
        }
        if (label.startsWith("flip.") && ZH_TURN.matcher(clause.strip()).matches()) {
            return "rotate.cw"; // "转一下" had been a mirror image
        }
        if (!label.equals("rotate.ccw") && OTHER_WAY.matcher(clause).find()) {
            return "rotate.ccw";
        }
        if (!label.startsWith("rotate.") && !label.startsWith("flip.") && ZH_UPSIDE_DOWN.matcher(clause).find()) {
            return "rotate.cw";
        }
        if (label.startsWith("adjust.warmth.") && colours.size() == 1
                && MAKE_LOOK.matcher(clause.substring(0, colours.getFirst().start())).find()
                && Colors.warmth(colours.getFirst().hex()) == (label.endsWith(".up") ? -1 : 1)) {
            // "make the frame look gold", read as cooler: a shift away from the one colour something is to look
            return "recolor";
        }
        boolean noColourNamed = label.equals("recolor") && colours.isEmpty();
        String quantity = label.equals("none") || label.startsWith("adjust.") || noColourNamed
                ? quantityOfProperty(clause) : null;
        if (quantity != null) {
            return quantity;
        }
        if ((label.startsWith("background.") || label.equals("blur.background") || label.equals("remove"))
                && KEEP_THE_BACKGROUND.matcher(clause.strip()).matches()) {
            return "none";
        }
        Matcher lighterOrDarker = ZH_LIGHTER_OR_DARKER.matcher(clause);
        if ((label.equals("none") || label.equals("blur.background") || label.startsWith("background."))
                && clause.contains("背景") && !BLUR_WORDS.matcher(clause).find() && lighterOrDarker.find()) {
            return lighterOrDarker.group("up") != null ? "adjust.brightness.up" : "adjust.brightness.down";
        }
        if (label.startsWith("blur.") && SHARPEN_WORDS.matcher(clause).find() && !BLUR_WORDS.matcher(clause).find()
                || label.equals("remove") && SHARPEN_WORDS.matcher(clause).find()
                    && !TAKING_AWAY.matcher(clause).find()) {
            return "sharpen"; // "make the text on the sign crisper" had removed the selection
        }
        if (label.equals("background.color") && COLOUR_TAKEN_AWAY.matcher(clause).find()) {
            // "背景变成黑白" had been a white background: the background keeps its picture, in grey
            return "style.grayscale";
        }
        if ((label.equals("sharpen") || label.equals("none")) && ADD_BLUR.matcher(clause).find()) {
            // the bare words' own readings: "bokeh" the background, 虚化 the whole picture, a blur the selection
            return NAMES_BACKGROUND.matcher(clause).find() ? "blur.background"
                    : clause.contains("虚化") ? "blur.image" : "blur.selection";
        }
        if (DREAMY.matcher(clause).find() && !label.startsWith("style.") && !NAMES_BACKGROUND.matcher(clause).find()) {
            return "blur.image";
        }
        if (label.equals("recolor") && LOOKS_METAL.matcher(clause).find()) {
            return "unsupported.material";
        }
        if (label.startsWith("unsupported.") && HAND_DRAWN.matcher(clause).find()) {
            return "style.sketch";
        }
        if (!label.startsWith("adjust.") && !label.startsWith("style.") && MOODY.matcher(clause).find()) {
            return "adjust.brightness.down";
        }
        if (label.equals("none") && DECADE.matcher(clause).find()) {
            return "style.vintage";
        }
        String move = movedWhere(label, clause.strip());
        if (move != null) {
            return move;
        }
        if (label.equals("style.grayscale") && SOME_COLOUR.matcher(clause).find()) {
            return "adjust.saturation.down";
        }
        Matcher moved = MOVED_A_WAY.matcher(clause.strip());
        if (!label.startsWith("move.") && !label.startsWith("expand.") && !label.startsWith("rotate.")
                && !label.startsWith("flip.") && !label.equals("text") && colours.isEmpty()
                && !BARE_PROPERTY.matcher(clause).find() && moved.find()) {
            // "shift everything up a little" had been a sharpening, "整体往上挪一点" nothing
            String way = moved.group("way") != null ? moved.group("way").toLowerCase(Locale.ROOT).replaceAll("wards$", "")
                    : ZH_WAYS.get(moved.group("zhWay"));
            return "move." + way;
        }
        if (!label.equals("text") && PICTURE_OF.matcher(clause.strip()).lookingAt()) {
            return "none"; // "it's a portrait of my mom, smooth her skin" had blurred the background as well
        }
        if (label.equals("text") && !clause.contains(UnquotedText.PLACEHOLDER) && StepReader.TO_A_PLACE.matcher(clause).find()
                && MOVE_VERB.matcher(clause.strip()).lookingAt()) {
            return "move.to"; // "put the logo in the top left corner": no text to write, a thing to place
        }
        if (label.startsWith("move.") && MIRROR.matcher(clause.strip()).lookingAt()) {
            return "flip.horizontal"; // "mirror the selfie so the text reads right" had moved it right
        }
        if (label.equals("none") && ZH_FLIP.matcher(clause.strip()).matches()) {
            return "flip.horizontal";
        }
        if ((label.startsWith("unsupported.") || label.equals("none") || label.startsWith("style."))
                && NEEDED_FOR.matcher(clause.strip()).lookingAt()
                && StepReader.namedAspect(clause.toLowerCase(Locale.ROOT)) == null) {
            return "none"; // "I need this for a poster, make it 2:3" had posterized it: the clause after says what to do
        }
        if ((label.equals("none") || label.startsWith("unsupported.")) && colours.isEmpty()
                && PERSON_MADE_INTO.matcher(clause).find()) {
            return "unsupported.subject_replace";
        }
        if ((label.equals("none") || label.startsWith("style.") || label.startsWith("adjust."))
                && ZH_COLOURS_STAND_OUT.matcher(clause).find()) {
            return "adjust.saturation.up"; // "让颜色更出彩" had been black and white
        }
        if ((label.equals("remove") || label.equals("unsupported.pose")) && KEEP_A_THING.matcher(clause.strip()).lookingAt()) {
            return "none"; // "keep the person, remove the background": what stays, and the clause after says what goes
        }
        if ((label.startsWith("move.") || label.equals("none"))
                && (SKIN_FLAWS.matcher(clause).find() || ZH_SMOOTH_THE_FACE.matcher(clause).find())) {
            return "smooth_skin";
        }
        if (label.equals("recolor") && GREY_SCALE.matcher(clause).find()) {
            return "style.grayscale";
        }
        if (label.equals("recolor") && colours.size() == 1 && BACKGROUND_CHANGED.matcher(clause.strip()).lookingAt()) {
            return "background.color";
        }
        if (!label.equals("text") && X_RAY.matcher(clause).find()) {
            return "style.invert";
        }
        if (colours.isEmpty() && !label.equals("text") && !label.startsWith("background.") && !label.startsWith("unsupported.")
                && HIDE_IDENTITY.matcher(clause.strip()).find()) {
            return "style.pixelate"; // "hide the kid's face" had smoothed the skin
        }
        if (NO_VIGNETTE.matcher(clause.strip()).matches()) {
            return "none"; // "sepia, no vignette" had added one
        }
        if (!label.equals("vignette") && !label.equals("text") && !label.startsWith("unsupported.")
                && (EDGES_LIGHTENED.matcher(clause).find() || VIGNETTE.matcher(clause).find() && !label.equals("none")
                    && !label.startsWith("style.") && !label.startsWith("background."))) {
            // "remove the vignette" had removed the selection, "the corners are too dark" brightened everything,
            // "a vignette that is not too strong" lowered the saturation
            return "vignette";
        }
        if (!label.equals("vignette") && !label.startsWith("style.") && DARK_EDGES.matcher(clause).find()) {
            return "vignette"; // "dark edges around the photo" had widened the canvas, "边缘压暗" darkened it all
        }
        if ((label.equals("none") || label.equals("denoise") || label.equals("sharpen") || label.startsWith("blur."))
                && SPOT_CLEANED.matcher(clause.strip()).lookingAt()) {
            return "remove";
        }
        if (colours.size() == 1 && !label.equals("text") && !label.startsWith("background.")
                && WANTED_IN_A_COLOUR.matcher(Wording.blanked(clause, colours.getFirst())).matches()) {
            return "recolor"; // "I'd love the bag in mustard yellow" had been a removal
        }
        if ((label.startsWith("adjust.") || label.startsWith("move.") || label.equals("upscale") || label.equals("none"))
                && TURN_BY_AN_ANGLE.matcher(clause).find()) {
            // "旋转-90度" had been less saturation, "旋转+30度" an upscale; the angle's sign says which way (step)
            return "rotate.cw";
        }
        if (label.startsWith("adjust.contrast.") && CRUSH_THE_BLACKS.matcher(clause.strip()).lookingAt()) {
            return "adjust.contrast.up";
        }
        if (label.startsWith("blur.") && MOSAIC.matcher(clause).find()) {
            return "style.pixelate";
        }
        if ((label.startsWith("background.") || label.startsWith("expand.") || label.equals("none")
                || label.startsWith("move.") || label.equals("remove"))
                && CROP_VERB.matcher(clause.strip()).lookingAt()) {
            // "crop out everything except the selection" had cut the selection out, "crop out the sides" widened it,
            // "crop out the left half" moved it, "把右边裁掉一点" removed it
            return "crop";
        }
        if (label.startsWith("unsupported.") && !label.equals("unsupported.pose") && POSE_VERB.matcher(clause).find()) {
            return "unsupported.pose";
        }
        if (!label.startsWith("expand.") && ZH_CANVAS_BIGGER.matcher(clause).find()) {
            return "expand." + ZH_SIDES.stream().filter(side -> side.getKey().matcher(clause).find()).findFirst()
                    .map(Map.Entry::getValue).orElse("all"); // "画布四周加大" had been refused as an added object
        }
        if ((label.startsWith("adjust.warmth.") || label.equals("none")) && colours.size() == 1
                && WHAT_IF.matcher(clause).find()) {
            return "recolor"; // "what if the door was yellow" had been cooler
        }
        if ((COLOUR_MISREADINGS.contains(label) || label.startsWith("adjust.")) && HAS_TO_GO.matcher(clause).find()) {
            return "remove";
        }
        if (label.startsWith("adjust.contrast.") && HARD_TO_MAKE_OUT.matcher(clause).find()) {
            return "sharpen"; // "it's hard to read" had been less contrast, "hard" taken for harsh
        }
        if ((label.equals("none") || label.equals("recolor") && colours.isEmpty())
                && MADE_OF_A_MATERIAL.matcher(clause).find()) {
            return "unsupported.material";
        }
        if ((label.equals("none") || label.equals("recolor") || label.startsWith("unsupported."))
                && PUT_ON.matcher(clause).find()) {
            return "unsupported.subject_add";
        }
        if ((label.equals("none") || label.startsWith("background.")) && BUSY_BACKGROUND.matcher(clause).find()) {
            return "blur.background"; // "the background is distracting" had cut the subject out
        }
        if (label.startsWith("adjust.saturation.") && ZH_LIFELESS_COLOURS.matcher(clause).find()) {
            return "adjust.saturation.up";
        }
        if (label.equals("none") && clause.contains("美白")) {
            return "adjust.brightness.up"; // skin made fairer, said alone ("磨皮，美白一点"); with 磨皮 it is one retouch
        }
        if (label.equals("none") && clause.contains("通透")) { // the clear look of a photo with depth in its tones
            return "adjust.contrast.up";
        }
        if (!label.equals("text") && !label.startsWith("adjust.contrast.") && DEHAZE.matcher(clause).find()) {
            return "adjust.contrast.up"; // "dehaze" had been a sharpening, "去雾" nothing
        }
        if ((label.startsWith("adjust.warmth.") || label.equals("none")) && colours.size() == 1
                && SKY_OR_WATER.matcher(clause).find()) {
            return "recolor"; // "天空更蓝一点" had cooled the whole light, "湖面再绿一点" made no step
        }
        if (label.equals("none") && SIDEWAYS.matcher(clause).find()) {
            return "rotate.cw"; // "照片是横的": a quarter turn, as "照片是倒的" is a half turn
        }
        if (label.startsWith("unsupported.") && clause.contains(UnquotedText.PLACEHOLDER) && HASHTAG.matcher(clause).find()) {
            return "text"; // "add a hashtag #summer in the corner" had been refused as an added object
        }
        if (!label.equals("text") && !label.equals("crop") && !label.equals("upscale") && !label.startsWith("unsupported.")
                && UPLOADING.matcher(clause.strip()).lookingAt()) {
            return "none"; // "I'm uploading it to youtube, sharpen it": where it goes, then what to do
        }
        if ((label.equals("none") || label.equals("remove")) && colours.isEmpty()
                && WISHED_IN.matcher(clause.strip()).lookingAt()) {
            return "unsupported.subject_add";
        }
        if (label.equals("recolor") && Wording.everyColour(clause, LabelCorrections::inExcess)) {
            // "too green", "偏红": the colour is the problem, which recolouring to it made worse
            return "adjust.saturation.down";
        }
        return label;
    }

    /**
     * The move a clause asks for where the model read another: a thing dragged along ("drag it down a little", read
     * as darker), or a move whose thing is named by its side ("move the left shoe up", read as a move left); else null.
     */
    private static String movedWhere(String label, String clause) {
        Matcher drag = DRAG.matcher(clause);
        if (label.startsWith("adjust.") && drag.lookingAt()) {
            return "move." + drag.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher which = WHICH_SIDE.matcher(clause);
        if (label.startsWith("move.") && !label.startsWith("move.scale") && which.lookingAt()) {
            Matcher where = MOVE_DIRECTION.matcher(clause.substring(which.end()));
            if (where.find()) {
                return "move." + where.group(1).toLowerCase(Locale.ROOT).replaceAll("wards?$", "")
                        .replace("higher", "up").replace("lower", "down");
            }
        }
        return null;
    }

    /**
     * The catalogue's name of a property as said ("exposure", "色温", "the saturation", "colours", "光线", "暖调"):
     * colour itself is its saturation, warm or cool its warmth, light its brightness.
     */
    private static String propertyNamed(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        return w.contains("contrast") || w.contains("对比") ? "contrast"
                : w.contains("saturation") || w.contains("vibrance") || w.contains("饱和") || w.startsWith("colo")
                    || w.contains("颜色") || w.contains("色彩") ? "saturation"
                : w.contains("warmth") || w.contains("temperature") || w.contains("色温") || w.contains("暖")
                    || w.contains("冷") ? "warmth" : "brightness";
    }

    /** The adjustment a quantity of a property asks for ({@link #QUANTITY_OF_PROPERTY}), or null. */
    private static String quantityOfProperty(String clause) {
        Matcher m = QUANTITY_OF_PROPERTY.matcher(clause);
        if (!m.find()) {
            return null;
        }
        String lessOf = Wording.firstGroup(m, "prop", "back"); // taken away, or turned back
        if (lessOf != null) {
            return "adjust." + propertyNamed(lessOf) + ".down";
        }
        if (m.group("measure") != null) {
            return LESS_OF_A_MEASURE.matcher(clause).find() ? null : "adjust." + propertyNamed(m.group("measure")) + ".up";
        }
        String lacking = Wording.firstGroup(m, "lacking", "lackingEn");
        if (lacking != null) {
            return "adjust." + propertyNamed(lacking) + ".up";
        }
        boolean more = m.group("more") != null || m.group("moreAfter") != null;
        if (!more && m.group("less") == null && m.group("lessAfter") == null) {
            return null; // "一点对比" alone says no way
        }
        String what = Wording.firstGroup(m, "what", "after");
        String property = propertyNamed(what);
        boolean up = what.startsWith("冷") != more; // more of the cool is less warmth
        return "adjust." + property + (up ? ".up" : ".down");
    }

    /**
     * The white-balance shift that warm or cool colours named ("调成暖色", "cool tones") ask for: the last one named
     * and not negated ("不要暖色" asks for none); else null.
     */
    private static String toneOf(String clause) {
        String tone = null;
        Matcher m = TONE_COLOURS.matcher(clause);
        while (m.find()) {
            if (!NEGATION.matcher(clause.substring(0, m.start())).find()) {
                tone = m.group("warm") != null ? "adjust.warmth.up" : "adjust.warmth.down";
            }
        }
        return tone;
    }

    /**
     * Whether what a clause turns something into is a colour and nothing else ("into a deep red", "to a shade of
     * blue", "换成深红色"); "into an orange" (the fruit: an article and the bare word) or "with a red sunset" is not.
     */
    /** The white balance turned the way a colour leans; null for a colour across the warmth axis (greens, purples). */
    private static String warmthToward(String hex) {
        int side = Colors.warmth(hex);
        return side == 0 ? null : side > 0 ? "adjust.warmth.up" : "adjust.warmth.down";
    }

    private static boolean becomesOnlyAColour(String clause) {
        Matcher into = BECOMES.matcher(clause);
        int from = -1;
        while (into.find()) {
            from = into.end();
        }
        if (from < 0) {
            return false;
        }
        String target = clause.substring(from).strip();
        return !Colors.find(target).isEmpty() && !ARTICLE_AND_WORD.matcher(target).matches()
                && COLOUR_FILLER.matcher(Wording.withoutColours(target)).matches();
    }

    /** Whether the clause names {@code colour} as too much of it ("too green", "红色太多"): the problem, not the wish. */
    private static boolean inExcess(String clause, Colors.Found colour) {
        return EXCESS_BEFORE.matcher(clause.substring(0, colour.start())).find()
                || EXCESS_AFTER.matcher(clause.substring(colour.end())).lookingAt();
    }

    /**
     * A request to remove {@code what} from the background ("remove the people in the background"), or, in Chinese,
     * what follows 背景里的 ({@code zhWhat}) with the verb before or after it ("去掉背景里的路人", "背景里的路人清理一下").
     */
    private static Pattern removalFromTheBackground(String what, String zhWhat) {
        return Pattern.compile("^" + ASKING + REMOVE + "\\s+" + what + "\\s+(?:in|from|at|on) the (?:background|back|backdrop)"
                + "|^" + ZH_ASKING + "(?:" + ZH_REMOVE + "(?:一下)?|把)背景(?:里|中|上|里面)的" + zhWhat
                + "|^" + ZH_ASKING + "背景(?:里|中|上|里面)的" + zhWhat + ".*" + ZH_REMOVE, Pattern.CASE_INSENSITIVE);
    }
}
