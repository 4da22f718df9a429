package dev.editstudio.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns an instruction into an edit program. The model's {@code parse} signature decides what each clause asks
 * for (its intent); this class does the deterministic parts around it: cleaning the text, lifting quoted text out,
 * splitting into clauses at connectives ("and", "then", "，", "然后"...), reading literal values (colours, numbers,
 * positions, aspect ratios) and merging clauses that describe one step ("move it down 25px and make it 20% smaller").
 */
public final class InstructionParser {

    /** Longest instruction accepted, in characters. */
    public static final int MAX_LENGTH = 500;
    /**
     * Intents below this confidence count as "not an edit". 0.45 rather than 0.35 turns small talk the corpus never
     * had ("what a lovely day", "love it") into no edit and, scored over every probe round, loses no edit.
     */
    static final float MIN_CONFIDENCE = 0.45f;

    private static final Pattern QUOTED = Pattern.compile(
            "\"([^\"]+)\"|“([^”]+)”|‘([^’]+)’|「([^」]+)」|『([^』]+)』|《([^》]+)》|(?<![a-zA-Z])'([^']+)'(?![a-zA-Z])"
                    // a hashtag is text as typed ("add #summer in the corner"); a colour's hex value is none
                    + "|(?<![\\w&#])(#(?![0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?![\\p{L}\\p{N}_]))[\\p{L}\\p{N}_]+)");
    /** What a problem keeps one from doing, in English and in Chinese ("can't see anything", "什么都看不见"). */
    private static final String CANNOT_SEE = "(?:i |you |u |we |one )?(?:can'?t|cannot|can not|couldn'?t|can barely"
            + "|can hardly)\\s+(?:see|make|tell|read|recogni[sz]e|spot|notice)\\b";
    private static final String ZH_CANNOT_SEE = "(?:什么都|都|完全|根本)?看不[清见到]";
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:[,;!?，；。！？、\\n]+|(?<!\\d)\\.(?!\\d)|\\b(?:and then|and also|after that|then|also|plus|afterwards)\\b"
                    // "+" and "&" between words ("grayscale + vignette", "crop & rotate"), not in "+20%" or "black & white"
                    + "|(?<=[\\p{L}\\s])\\+(?=\\s*\\p{L})|(?<=\\s)(?<!black\\s{1,2})&(?=\\s)(?!\\s+white)"
                    // not "and" between two directions said together ("down and to the right by 30px": one diagonal move)
                    + "|(?<!hundred )(?<!thousand )"
                    + "(?!(?<=\\b(?:up|down|left|right) )and (?:to the )?(?:up|down|left|right)\\b)\\band\\b(?![ -]white)|然后|接着|之后|并且|同时|以及|并"
                    // what the problem before it keeps one from doing, run on without a comma ("too dark cant see
                    // anything"): a clause of its own, which read together with the problem had turned it around
                    + "|(?<=\\w)(?=\\s+" + CANNOT_SEE + ")|(?<=[啊呀了啦吧的])(?=" + ZH_CANNOT_SEE + ")"
                    // 后 after a finished action joins two edits ("水平翻转后旋转"), not in 背后, 往后移 or 后面
                    + "|(?<=[转完好化掉糊亮暗剪裁噪色切])后(?![面方边退移头])"
                    // 和 between two properties ("降低亮度和饱和度"): two adjustments, the second going the first's way
                    + "|(?<=亮度|曝光|对比度|对比|饱和度|色温)(?:和|与|跟|及)(?=亮度|曝光|对比度|对比|饱和度|色温)"
                    // a vignette said as what comes with a look ("sepia with a vignette", "黑白带暗角") is a step of its own
                    + "|\\bwith\\b(?=\\s+(?:a |an |some )?(?:\\w+ )?vignett)"
                    + "|(?<=黑白|风格|效果|滤镜|风|色调|感|化)(?=(?:带|加上?|配上?|外加|再加)(?:一个|个|一点|点|些)?暗角)"
                    + "|(?<=风格|效果|滤镜|风|色调|感)(?:和|与|跟)(?=(?:一个|个)?暗角)"
                    // a high-contrast look ("high contrast black and white") is more contrast and the look
                    + "|(?<=\\bhigh[ -]contrast)(?=\\s+(?:black|b&w|bw\\b|mono|gr[ae]y|sepia))"
                    // 再 joins two edits ("先去噪再锐化") but in "对比度再强一些" it only means "more", and after a place
                    // ("上方再多一点天空") it says what more goes there
                    + "|(?<!上方|上面|上边|顶部|下方|下面|下边|底部|左边|左侧|右边|右侧|两边|两侧|四周|周围)"
                    + "再(?![^，。,；;！!]{0,3}(?:一点|一些|些|点)(?:$|[，。,；;！!])))\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A property named alone, as after "and" in "increase the brightness and contrast". */
    private static final Pattern BARE_PROPERTY = Pattern.compile("(?:the |its )?(?:brightness|exposure|lightness|contrast"
            + "|saturation|vibrance|warmth|colou?r temperature|temperature)|亮度|曝光|对比度|对比|饱和度|色温",
            Pattern.CASE_INSENSITIVE);
    /** A direction word; as a whole clause after a second thought it replaces the one before ("left, no, right"). */
    private static final Pattern DIRECTION = Pattern.compile(
            "\\b(?:left|right|up|down|clockwise|counter-?clockwise|anti-?clockwise|horizontal(?:ly)?|vertical(?:ly)?)\\b"
                    + "|顺时针|逆时针|水平|垂直|[左右上下]",
            Pattern.CASE_INSENSITIVE);
    /** An arrow between a thing and what it becomes ("hat -> red", "帽子→红色"). */
    private static final Pattern ARROW = Pattern.compile("\\s*(?:->|=>|→|⇒|⟶|➔)\\s*");
    /** A clause that is one Latin letter and punctuation ("a", "b!"): a slip of the keyboard, not an edit. */
    private static final Pattern LONE_LETTER = Pattern.compile("[^\\p{L}\\p{N}]*[A-Za-z][^\\p{L}\\p{N}]*");
    /** A comparison that only says how the step before it should look ("like a sunset", "像夕阳", not 像素). */
    private static final Pattern SIMILE = Pattern.compile(
            "^(?:(?:just |something |kind of |a bit )?like\\b|as if\\b|as though\\b|similar to\\b|好像|像(?!素)|仿佛|类似)",
            Pattern.CASE_INSENSITIVE);
    /** Words before a colour that make it the colour something should not be. */
    private static final Pattern NEGATION = Pattern.compile(
            "(?:\\bnot(?: the)?|\\binstead of|\\brather than|而不是|不是|不要)\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * What a problem keeps one from doing ("can't see anything", "i can barely read it", "什么都看不见"): after another
     * clause it only explains that one, and read as an edit of its own it had added one ("cant see the details" a
     * sharpening, "cant see a thing" an added object).
     */
    private static final Pattern CONSEQUENCE = Pattern.compile("^" + CANNOT_SEE + "|^" + ZH_CANNOT_SEE,
            Pattern.CASE_INSENSITIVE);
    /**
     * How text should look, with its colours blanked out ("big", "in large red letters", "bold", "字大一点", "红色的字"):
     * after a text step it shapes that step, where it had made one of its own (enlarging the selection, a recolour).
     */
    private static final Pattern TEXT_LOOK = Pattern.compile("^(?:(?:and|in|with|using|make it|make them"
            + "|make the (?:text|letters|font|words))(?:\\s+|$))?(?:(?:really|very|quite|nice and|a bit|extra|super|a|big|bigger"
            + "|large|larger|huge|bold|small|smaller|tiny|bright|light|thick|thin|colou?red)\\s+)*(?:big|bigger|large"
            + "|larger|huge|bold|small|smaller|tiny|thick|thin|letters|font|text|type|caps|capitals|colou?r|\\s*)"
            + "(?:\\s+(?:letters|font|text|type|caps|capitals))?(?: please| pls)?"
            + "|^(?:用)?(?:字|字体|字号|文字)?(?:要|再|色|的)*(?:大|小|粗|大号|小号)?(?:一点|一些|点)?(?:的)?(?:字|字体)?"
            + "|^(?:加粗|粗体)|^(?:字|文字|字体)?的?颜色(?:用|是|为|要|改成|换成|改为)?(?:的)?$", Pattern.CASE_INSENSITIVE);
    /** Words for the text itself, which a description of how it looks names ("font", "letters", "字号"). */
    private static final Pattern NAMES_TEXT = Pattern.compile("\\b(?:text|letters|font|type|caps|capitals)\\b|字",
            Pattern.CASE_INSENSITIVE);
    /**
     * Only where a text goes ("放在顶部", "put it at the top", "in the bottom right corner"): after a text step it places
     * that text, where alone the model had read "放在顶部" as adding an object, which refused the whole instruction.
     */
    private static final Pattern TEXT_PLACEMENT = Pattern.compile("^(?:and )?(?:(?:put|place|position|move|set) (?:it|that"
            + "|them|the text|the words) )?(?:(?:at|in|on|to|along|across) )?(?:the )?(?:very )?(?:top|bottom|middle|center|centre"
            + "|left|right|upper|lower)(?:[ -](?:left|right|middle|center|centre|side|corner|edge))*(?: corner| side| edge)?"
            + "(?: of (?:the )?(?:image|photo|picture))?(?: please)?$|^(?:把它|把文字|把字|文字|字)?(?:放在|放到|放|位于|置于|摆在|加在|写在)"
            + "(?:图片|画面|照片)?(?:的)?(?:正)?(?:顶部|底部|中间|中央|左上角|右上角|左下角|右下角|左边|右边|左侧|右侧|上方|下方|上面|下面|顶端"
            + "|底端|中心)(?:位置)?(?:吧)?$", Pattern.CASE_INSENSITIVE);
    /** A problem named in one word ("underexposed, fix please"; "blurry"). */
    private static final String ONE_WORD_PROBLEM = "(?:(?:way |so |very |a bit |kinda |quite )?(?:under|over)exposed"
            + "|blurry|grainy|noisy|murky|hazy|garish|washed out|faded|dull|muddy|out of focus|unfocused)";
    /** A problem described rather than a command given: "it's blurry", "the colours are too strong", "太艳了". */
    private static final Pattern COMPLAINT = Pattern.compile(
            "\\b(?:is|are|was|looks?|seems?|feels?|too)\\b|'s\\b|太|有点|有些|过于|偏|^" + ONE_WORD_PROBLEM + "$",
            Pattern.CASE_INSENSITIVE);
    /** "make everything", "make the backdrop": the verb and object that a lone adjective after "and" goes on with. */
    private static final Pattern MAKE_SOMETHING = Pattern.compile("^(?:make|get|turn|keep|render)\\s+(?:it|this|that"
            + "|everything|him|her|them|the whole (?:thing|image|photo|picture)|the \\w+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_PROBLEM_WORD = Pattern.compile(ONE_WORD_PROBLEM, Pattern.CASE_INSENSITIVE);
    /**
     * Why the step before is wanted ("so the face is clearer", "这样更清楚", "突出人物"): a purpose names no edit of its own,
     * though its words often sound like one.
     */
    private static final Pattern PURPOSE = Pattern.compile("^(?:so that|so (?:it|that|they|the|she|he|we|people|you)\\b"
            + "|in order to|这样|以便|好让|为了|从而|突出(?:人物|主体|重点)|让(?:人物|主体)更突出"
            // where the picture goes ("我要上传淘宝", "发朋友圈用")
            + "|我?(?:要|想|准备|打算|是)?(?:上传|发|发到|发布|放到|用于|用在|用来|拿去)(?:到|在)?(?:淘宝|京东|拼多多|朋友圈|微博|小红书"
            + "|抖音|快手|网店|店铺|官网|网上|公众号))", Pattern.CASE_INSENSITIVE);
    /** How a request may open, in English and in Chinese ("can you ", "please ", "请", "帮我"). */
    private static final String ASKING = "(?:(?:can|could) (?:you|u) |please |pls |plz )?";
    private static final String ZH_ASKING = "(?:请|帮我)?";
    /** A remedy that names no property of its own ("fix it", "tone them down", "降低一点"): it fixes the complaint. */
    private static final Pattern VAGUE_REMEDY = Pattern.compile(
            "^" + ASKING + "(?:fix|correct|tone|soften|reduce|lower|lessen|calm|dial|bring|knock|improve"
                    + "|sort|deal with|do something about|clean(?: up)?)(?: (?:it|them|that|this|those|the (?:white|colou?r) balance"
                    + "|the colou?r cast|the cast|the tint))?(?: (?:down|back|out|up))?"
                    + "(?: (?:a bit|a little|a touch|slightly|some|please|pls|plz))*[.!]?$"
                    + "|^" + ZH_ASKING + "(?:降低|调低|减弱|减少|弱化|修正|修复|处理|改善|调整|调|弄|降|减)(?:一下|一点|一些|点|些|吧)*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Remove it" after a complaint that asked for an adjustment or for denoising ("there's an orange cast, remove it",
     * "偏黄，去掉", "there's too much noise, remove it"): what goes is the problem, which that step fixes, not the thing
     * selected.
     */
    private static final Pattern TAKE_IT_AWAY = Pattern.compile("^" + ASKING
            + "(?:remove|get rid of|take out|eliminate|neutrali[sz]e|kill|lose)(?: (?:it|that|this|them|the cast|the tint"
            + "|the colou?r cast))?(?: (?:please|pls|plz))?[.!]?$|^" + ZH_ASKING + "(?:去掉|去除|消除)(?:它|一下)?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A clause that is only greetings, fillers or thanks ("hey", "um", "alright", "cheers", "嗯", "辛苦了"): talk around
     * an edit, never an edit. These form a closed class, so a list is complete where the model, having seen few of
     * them alone, read "hey," as a pose and "alright," as brightness. Letters may be drawn out ("heyyy", "ummm").
     */
    private static final Pattern DISCOURSE = discourse("h+e+y+|h+i+|hello|hiya|howdy|yo+|o+k+|okay|so+|u+m+|u+h+|e+r+"
            + "|erm|h+m+|a+h+|o+h+|well|al+right|all right|right|yeah|yea|yes|yep|yup|sure|cool|great|nice|awesome"
            + "|perfect|good|now|anyway|anyways|actually|btw|by the way|there|thanks|thank you(?: so much| very much)?"
            + "|thx|ty|tysm|cheers|much appreciated|please|pls|plz|wh?at'?s up|sup|wassup|how are you"
            + "|how'?s it going"
            + "|(?:i )?love it|(?:i )?like it|looks (?:good|great|nice)|wow|beautiful|amazing|lovely"
            + "|你好|您好|嗨|哈喽|喂|嗯+|哎|诶|那个|好的|好吧|好|对了|哈+|谢谢|谢啦|多谢|麻烦了|辛苦了|太棒了|不错|好看|漂亮");
    /**
     * "nice and bright", "make it good and sharp": a state wished for, said as "make it bright". The model reads a bare
     * adjective as a complaint ("bright" is too bright), and "nice" alone is talk, so the idiom read as darker.
     */
    private static final Pattern NICE_AND = Pattern.compile(
            "\\b((?:make|get|keep|leave) (?:it|this|them|everything|the \\w+) )?(?:nice|good|nice 'n'?|nice n) and (?=\\w)",
            Pattern.CASE_INSENSITIVE);
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
     * What after a colour makes the colour itself the thing named ("the yellow tint", "the red from the car", "the
     * blue"), not a word for a thing of that colour ("the yellow car").
     */
    private static final Pattern COLOUR_ITSELF = Pattern.compile("^(?:色|的)?\\s*(?:$|[,，.!?。！？]|(?:tint|tinge|cast|tone"
            + "|hue|colou?r|shade|from|in|out|on)\\b|色调|偏色|色偏|颜色)", Pattern.CASE_INSENSITIVE);
    /**
     * Words that ask for black and white as a style ("black and white", "b&w", "monochrome", "黑白"): without one, black
     * or white named with a thing ("turn her dress from black into white", "make the white shirt black") is a recolour.
     */
    /** Black and white said in words ("black and white", "black & white", "white/black", "b&w", "b/w"). */
    private static final String BLACK_AND_WHITE = "black[\\s-]*(?:and|&|n|'n'|/)?[\\s-]*white"
            + "|white[\\s-]*(?:and|&|/)[\\s-]*black|\\bb\\s*&\\s*w\\b|\\bb/w\\b";
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
    /**
     * Everything but the selection ("blur the rest", "everything except the person", "人物以外的地方", "其余部分"): a blur
     * of it is a blur of the background, where the model, seeing "blur" and no "background", blurred the selection.
     */
    private static final Pattern OUTSIDE_THE_SELECTION = Pattern.compile("\\b(?:the rest|everything else|all else"
            + "|everywhere else|anything else|elsewhere|except|other than|apart from|outside(?: of)? (?:the |my |this |that )?"
            + "(?:selection|selected|subject|person|people|object|box|mask|area|region|outline|frame|face|figure|him|her"
            + "|them|it)|but (?:the|him|her|them|it|me|my|this|that|these|those|what)\\b)"
            + "|以外|之外|除了|其余|其他(?:地方|部分|区域)|其它(?:地方|部分|区域)|别的(?:地方|部分)", Pattern.CASE_INSENSITIVE);
    /** "grey scale" in two words: the grayscale style, which the model had read as a grey recolour. */
    private static final Pattern GREY_SCALE = Pattern.compile("\\bgr[ae]y[\\s-]+scale\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The background as what changes colour ("swap the background for a grey one", "paint the backdrop blue"): a
     * background step, where the model, seeing a colour and a verb of change, had recoloured the selection.
     */
    private static final Pattern BACKGROUND_CHANGED = Pattern.compile("^" + ASKING + "(?:swap|change|replace|switch|make"
            + "|turn|set|paint|colou?r|recolou?r|fill) (?:the |my |its |this )?(?:background|backdrop|bg)\\b(?!['’]s)",
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
    /** Words of a blur, which a background blur names and a plain coloured background does not. */
    private static final Pattern BLUR_WORDS = Pattern.compile("blur|bokeh|defocus|out of focus|unfocus|soft|fuzz|haz|dream"
            + "|depth|虚|糊|景深|朦胧|柔", Pattern.CASE_INSENSITIVE);
    /**
     * Warm or cool colours named as such ("调成暖色", "冷色调", "warm tones"): a shift of the white balance, where the
     * model, seeing 色 and "colours", read a recolour that named no colour and so made no step.
     */
    private static final Pattern TONE_COLOURS = Pattern.compile("(?<warm>暖色|暖调|暖(?=\\p{IsHan}{1,2}色调)|\\bwarm(?:er)? (?:colou?rs?"
            + "|tones?|hues?|palette|ones))|(?<cool>冷色|冷调|冷(?=\\p{IsHan}{1,2}色调)|\\b(?:cool|cold)(?:er)? (?:colou?rs?|tones?"
            + "|hues?|palette|ones))", Pattern.CASE_INSENSITIVE);
    /** Going out of sight, in English ("disappear", "go away", "fly away"). */
    private static final String GOING_AWAY = "(?:disappear|vanish|(?:go|fly|run|walk|drift) away)";
    /**
     * A thing made to disappear ("让这个瓶子消失", "make the car vanish"): a removal, which the model, knowing "make X
     * do Y" as a pose and "make X Y" as a material, had refused as needing a generative model.
     */
    private static final Pattern VANISH = Pattern.compile("消失|(?<!看)不见|\\b" + GOING_AWAY, Pattern.CASE_INSENSITIVE);
    /** A thing made to vanish ("make the logo go away", "让它消失"), not one said to be gone ("车不见了"). */
    private static final Pattern MADE_TO_VANISH = Pattern.compile("\\b(?:make|let|have)\\b.*\\b" + GOING_AWAY + "\\b"
            + "|^(?:请|帮我)?(?:让|把|使).*(?:消失|不见)", Pattern.CASE_INSENSITIVE);

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
    /** A moody look ("make it moodier", "give it a moody look"): darker, as the model reads "more moody". */
    private static final Pattern MOODY = Pattern.compile("\\bmood(?:y|ier|iest)\\b", Pattern.CASE_INSENSITIVE);
    /** The picture as what a statement of how it lies is about ("照片…", "这张…", "是…", "拍…"). */
    private static final String ZH_THE_PICTURE_IS = "(?:(?:照片|相片|图片|图像|画面|图|这张|整张|它)\\p{IsHan}*?|[拍放是]|^)";
    /**
     * A picture said to be upside down ("照片是倒的", "拍倒了", "图片倒着的"): half a turn, where the model, not knowing
     * the statement, had read nothing or sharpening. The picture is what is upside down ("杯子倒了" is a cup fallen over),
     * and 倒 closes the phrase: "倒影", "倒计时" and "倒了的杯子" are other words.
     */
    private static final Pattern ZH_UPSIDE_DOWN = Pattern.compile(ZH_THE_PICTURE_IS + "倒(?:着的?|的|了)(?!\\p{IsHan})");
    /** A picture said to lie on its side ("the photo is sideways", "照片是横的"): a quarter turn. */
    private static final Pattern SIDEWAYS = Pattern.compile("\\bsideways\\b|" + ZH_THE_PICTURE_IS
            + "横(?:着的?|的|了|过来了)(?!\\p{IsHan})", Pattern.CASE_INSENSITIVE);
    /** Upside down in words: a turn of 180° when no angle is given. */
    private static final Pattern HALF_TURN_WORDS = Pattern.compile("upside[- ]down|倒过来|颠倒|" + ZH_UPSIDE_DOWN.pattern(),
            Pattern.CASE_INSENSITIVE);
    /**
     * A turn asked for with no angle or direction of its own ("rotate it", "turn it around", "帮我转过来"): after a
     * picture said to be upside down, the half turn that puts it right, not a second turn (a quarter turn, or for
     * "around", an expanded canvas).
     */
    private static final Pattern BARE_TURN = Pattern.compile("^" + ASKING + "(?:rotate|turn|spin|flip|fix|correct)"
            + "(?: it| this| that| the (?:photo|picture|image|pic))?(?: (?:around|round|over|back|upright|the right way"
            + "(?: up| round| around)?|right side up))?(?: (?:please|pls|plz))?[.!]?$"
            + "|^" + ZH_ASKING + "(?:把它|把图|把照片|给我)?(?:转|旋转|转动|翻转|翻|摆|弄)(?:过来|回来|回去|正|好)?(?:一下)?(?:吧)?[。!！]?$",
            Pattern.CASE_INSENSITIVE);
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
    /** Cutting a thing out ("cut the person out", "cut out the dog", "抠出人物"): to keep it, when the background goes. */
    private static final Pattern CUT_OUT = Pattern.compile("\\bcut\\b(?:\\s+\\S+){0,4}?\\s+out\\b|抠", Pattern.CASE_INSENSITIVE);
    /**
     * More of a colour as a whole clause ("bluer", "and more orange", "a bit yellower"), its colour written as
     * {@code C}: after a shift of the white balance the same way, that shift said again, not a recolour.
     */
    private static final Pattern MORE_OF_A_COLOUR = Pattern.compile("^(?:make it |and )?(?:(?:a (?:bit|little|touch|tad)"
            + "|slightly|even|much) )?(?:more )?C(?:er|r)?(?: too| as well)?[.!]?$", Pattern.CASE_INSENSITIVE);
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
            + " (?<prop>contrast|brightness|exposure|saturation|colou?rs?|warmth)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The background named as the place of a colour, tone or style change ("darken the background", "背景变成黑白"):
     * the change goes outside the selection, as the background op's does, where before it changed the selected subject.
     */
    private static final Pattern THE_BACKGROUND = Pattern.compile("\\b(?:background|backdrop|bg)\\b|背景",
            Pattern.CASE_INSENSITIVE);
    /**
     * An exception said alone before its clause ("除了人物，其他都变成黑白", "except the dog, make it grey"): it belongs to
     * the clause after it, which alone would change the excepted thing too.
     */
    private static final Pattern EXCEPT_ALONE = Pattern.compile("^除了?[^变调改换加去转弄做成把都\\s]{1,6}?(?:以外|之外)?$"
            + "|^(?:except|apart from|other than)(?: for)? (?:the |his |her |my |their |this |that )?\\w+$",
            Pattern.CASE_INSENSITIVE);
    /** The background named, to be said as "it" ("the backdrop" → "it", "把背景" → "把它"). */
    private static final Pattern BACKGROUND_AS_IT = Pattern.compile(
            "(\\b(?:the |its |her |his |their |this |that )?(?:background|backdrop|bg)\\b)|(背景(?:的)?)",
            Pattern.CASE_INSENSITIVE);
    /** Words of tone, colour or look that a change of the background's own pixels is said in. */
    private static final Pattern LOOK_WORDS = Pattern.compile("\\b(?:bright|dark|light|dim|dull|warm|cool|cold|saturat"
            + "|desaturat|vivid|vibrant|colou?rful|muted|pale|contrast|exposure|sepia|vintage|retro|gr[ae]y|black and"
            + " white|b&w|mono|sharp|crisp|noise|noisy|grain|sketch|cartoon|watercolou?r|pixel|posteri[sz]e|invert"
            + "|cyberpunk)|亮|暗|暖|冷|饱和|鲜艳|对比|黑白|灰|复古|锐|噪|素描|卡通|水彩|像素|反色|赛博", Pattern.CASE_INSENSITIVE);
    /** The background taken away or cut out from ("remove the background", "抠图", "no background"). */
    private static final Pattern TAKEN_AWAY = Pattern.compile("\\b(?:remove|delete|erase|get rid|take (?:away|out)|cut|"
            + "transparent|no|without|drop|lose|ditch|knock|strip|clear|wipe|isolate)\\b|去掉|去除|删除|删掉|抠|透明|不要|没有",
            Pattern.CASE_INSENSITIVE);
    /** The background or the rest kept as it is ("keep the background", "背景不要动"): no place for the change. */
    private static final Pattern KEEPS_THE_REST = Pattern.compile("\\b(?:keep|leave|not|don'?t|do not|without|except"
            + "|apart from|other than|but)\\b[^,;.]*\\b(?:background|backdrop|bg|rest)\\b|(?:保留|不要|别|不动|除了)\\S*背景"
            + "|背景\\S*(?:不要动|不动|别动|保持)", Pattern.CASE_INSENSITIVE);
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
    /**
     * A place in the picture to move something to, not a distance ("to the top right corner", "to the left edge", "to
     * the middle", "移到左上角", "放到中间"): the move goes there, where before it went 20 px that way.
     */
    private static final Pattern TO_A_PLACE = Pattern.compile("\\b(?:to|into|in|at|against) the (?:very |far )?"
            + "(?:(?:top|bottom|upper|lower)[ -]?(?:left|right)?|left|right)(?:[ -]hand)? (?:corner|edge|side|border)\\b"
            + "|\\b(?:to|into|in|at) the (?:very )?(?:middle|center|centre)\\b"
            + "|(?:移到|移至|放到|放在|挪到|移动到|拖到)(?:画面|图片|照片)?的?(?:(?:左上|右上|左下|右下)角?|正?(?:中间|中央|中心|正中)"
            + "|顶部|底部|最(?:左|右|上|下)(?:边|面|侧)?|(?:左|右|上|下)边缘)(?!一?[点些])", Pattern.CASE_INSENSITIVE);
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
    /** Text that signs a picture ("watermark it with ...", "add my signature", "加水印"): it goes in a corner. */
    private static final Pattern SIGNATURE = Pattern.compile("\\b(?:watermark|signature|sign it|credit|copyright|©)"
            + "|水印|署名|签名|版权", Pattern.CASE_INSENSITIVE);
    /** A colour cast or the white balance, as something to put right ("remove the colour cast", "偏色"). */
    private static final Pattern UNNAMED_CAST = Pattern.compile("\\b(?:cast|tint|white balance)\\b|偏色|色偏|颜色不对|色彩不对|颜色怪"
            + "|\\bcolou?rs? (?:are|is|look|looks|seem|seems) (?:a bit |slightly |totally |all )?(?:off|wrong|weird|strange)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An aspect ratio written as {@code A} with the words that may stand beside it ("to A", "按A的比例", "A ratio"). */
    private static final Pattern ASPECT_FILLER = Pattern.compile("^(?:to |at |in |make it |按|成|改成)?A(?: ratio| aspect(?: ratio)?"
            + "| please|的比例|比例|的)?[.!]?$");
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
    /** How a wish against something opens ("I don't ", "dont "). */
    private static final String I_DO_NOT = "^(?:i )?(?:don'?t|do not|dont) ";
    /** A thing not wanted in the picture ("I don't want the lamp post there"): a removal. */
    private static final Pattern NOT_WANTED = Pattern.compile(I_DO_NOT + "(?:want|need|like) (?:the|that"
            + "|this|those|these|any|a|an)\\b", Pattern.CASE_INSENSITIVE);
    /** Dislike said of what is there ("I don't like the colour", "不喜欢这个颜色"), before a clause saying what to do. */
    private static final Pattern DISLIKE = Pattern.compile("(?:" + I_DO_NOT + "(?:really )?like|^(?:i )?(?:really )?(?:hate"
            + "|dislike|can'?t stand)|^(?:i'?m )?not (?:a )?(?:big )?fan of) (?:the|this|that|its|it)\\b|^我?不(?:太|怎么)?喜欢"
            + "|^我?(?:讨厌|受不了)", Pattern.CASE_INSENSITIVE);
    /** A look turned down ("日系小清新不要", "不要这个滤镜"): what is wanted instead follows; nothing is to be removed. */
    private static final Pattern LOOK_NOT_WANTED = Pattern.compile("(?:风|风格|滤镜|效果|色调|小清新|日系|胶片感?)(?:就|也)?不要了?$"
            + "|^不要(?:这个|那个|这种|那种)?(?:风格|滤镜|效果|色调)");
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
    /**
     * A tilt to straighten ("the horizon is tilted 2 degrees to the right"): a turn the other way; an angle after a
     * verb of turning ("it's tilted, so rotate it 5 degrees clockwise") is the turn asked for.
     */
    private static final Pattern TILTED = Pattern.compile("\\b(?:tilted|tilts|tilting|leaning|leans|crooked|slanted|slanting"
            + "|askew)\\b(?:(?!\\b(?:rotate|turn|spin)\\b)\\D)*?(\\d+(?:\\.\\d+)?)\\s*(?:°|degrees?|deg)?\\s*(?:to(?:wards)? the )?(?<side>right|left|clockwise"
            + "|counter-?clockwise|anti-?clockwise)", Pattern.CASE_INSENSITIVE);
    /** More room on one side ("more space above his head"), where the model read a pose: the canvas made larger there. */
    private static final Pattern MORE_ROOM = Pattern.compile("\\b(?:more|extra|some) (?:space|room|headroom)\\b.*?\\b(?:(?<top>above|on"
            + " top|at the top|over)|(?<bottom>below|under|at the bottom)|(?<left>on the left|to the left)|(?<right>on the right"
            + "|to the right))\\b", Pattern.CASE_INSENSITIVE);
    /** A picture wanted in print ("make this printable at large size", "要打印大尺寸"): more pixels, not a bigger selection. */
    private static final Pattern FOR_PRINT = Pattern.compile("\\bprint|打印|印刷", Pattern.CASE_INSENSITIVE);
    /** Big, as a print is wanted ("print it big", "大尺寸"). */
    private static final Pattern BIG = Pattern.compile("\\b(?:big|bigger|large|larger|huge)\\b|大尺寸|大图|大幅", Pattern.CASE_INSENSITIVE);
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
    /** A title ("add a title: My Trip", "加个标题"): text that goes at the top when no place is named. */
    private static final Pattern TITLE = Pattern.compile("\\b(?:title|heading|headline)\\b|标题", Pattern.CASE_INSENSITIVE);
    /** A caption or subtitle: text that goes at the bottom when no place is named. */
    private static final Pattern CAPTION = Pattern.compile("\\b(?:caption|subtitles?)\\b|字幕|图注",
            Pattern.CASE_INSENSITIVE);
    /** A dreamy look ("make it dreamy", "梦幻一点"): a soft blur over the whole picture. */
    private static final Pattern DREAMY = Pattern.compile("\\bdream(?:y|ier|iest|like)\\b|梦幻", Pattern.CASE_INSENSITIVE);
    /** A background named ("background", "behind her", "背景"): where a blur goes when one is named. */
    private static final Pattern NAMES_BACKGROUND = Pattern.compile(THE_BACKGROUND.pattern() + "|\\b(?:behind|bokeh)\\b|景深",
            Pattern.CASE_INSENSITIVE);
    /** A decade named as a look ("shot in the 70s", "from the 1950s", "80年代"): the vintage style. */
    private static final Pattern DECADE = Pattern.compile("\\b(?:in|from|during|of) the (?:19)?[2-9]0'?s\\b|(?:19)?[2-9]0年代",
            Pattern.CASE_INSENSITIVE);
    /** A property and a lone sign after it ("warmth +", "saturation -", "亮度++"): the sign says the direction. */
    private static final Pattern PROPERTY_SIGN = Pattern.compile("^(?<what>" + BARE_PROPERTY.pattern()
            + ")\\s*(?:(?<up>\\++|＋+)|(?<down>-+|－+|−+))$", Pattern.CASE_INSENSITIVE);
    /**
     * A look said without the property it lacks ("it's washed out", "画面发灰"): after it a clause that names the property
     * ("add contrast") says how to fix it, and the look asks for nothing more.
     */
    private static final Pattern VAGUE_LOOK = Pattern.compile("\\b(?:washed[- ]out|faded|flat|dull|lifeless|muddy|murky|hazy"
            + "|bland|boring|drab)\\b|发灰|灰蒙蒙|平淡|没有层次|没层次|寡淡", Pattern.CASE_INSENSITIVE);
    /** A clause that is only such a look ("kinda hazy", "washed out and boring"). */
    private static final Pattern ONLY_A_VAGUE_LOOK = Pattern.compile("^(?:(?:it'?s|its|it is|so|very|a bit|kinda|kind of|quite"
            + "|rather|really|a little|pretty|super|too|and|&)\\s+)*(?:" + VAGUE_LOOK.pattern() + ")(?:\\s+(?:and|&)\\s+(?:"
            + VAGUE_LOOK.pattern() + "))*[.!]?$", Pattern.CASE_INSENSITIVE);
    /** Words that keep a clause beside the one before ("add contrast too", "也加点对比"). */
    private static final Pattern AS_WELL = Pattern.compile("\\b(?:too|also|as well|and)\\b|还|也", Pattern.CASE_INSENSITIVE);
    /** A colour named, or the word colour itself: what a complaint before a recolour is about. */
    private static final Pattern COLOUR_WORD = Pattern.compile("\\bcolou?rs?\\b|颜色|色彩", Pattern.CASE_INSENSITIVE);
    /** Words that describe an old look ("faded", "nostalgic", "泛黄"): after a vintage or sepia step, that same step. */
    private static final Pattern OLD_LOOK = Pattern.compile("^(?:and |a bit |slightly |kinda |kind of |very |really )*"
            + "(?:faded|aged|worn|nostalgic|old|old-fashioned|retro|grainy|washed[- ]out|muted|timeless|褪色|泛黄|怀旧|做旧|旧旧的"
            + "|有年代感)(?: (?:and|&) (?:faded|aged|worn|nostalgic|old|retro|grainy|muted|timeless))?(?: look| feel| vibe)?"
            + "(?:的?(?:感觉|感|效果|味道))?[.!]?$",
            Pattern.CASE_INSENSITIVE);
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
    /** Black and white written with a plus ("b+w"). */
    private static final Pattern B_PLUS_W = Pattern.compile("\\bb\\s*\\+\\s*w\\b", Pattern.CASE_INSENSITIVE);
    /** "bg", short for background, which the model learnt in full. */
    private static final Pattern BG = Pattern.compile("\\bbg\\b", Pattern.CASE_INSENSITIVE);
    /** Noise in Chinese photo talk: 杂色 (colour noise), 杂点, 噪点. */
    private static final Pattern ZH_NOISE = Pattern.compile("杂色|杂点|噪点|噪声");
    /** A side or edge named ("on the left", "上面"): a widening said without one goes on with the one before. */
    private static final Pattern SIDE_NAMED = Pattern.compile("\\b(?:left|right|top|bottom|above|below|up|down|upwards"
            + "|downwards|sides?|all)\\b|[上下左右]|四周|周围|两边|两侧", Pattern.CASE_INSENSITIVE);
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
    /** A season or time of day as a look ("make it look like winter"): how the tones go, said by the clause after it. */
    private static final Pattern SCENE_LOOK = Pattern.compile("\\blooks? like (?:a |an |the )?(?:winter|summer|autumn|fall"
            + "|spring|night|sunset|sunrise|dusk|dawn|morning|evening|golden hour|moonlight)\\b|(?:冬天|夏天|秋天|春天|夜晚|日落"
            + "|黄昏|傍晚|清晨)的?(?:感觉|氛围|味道)", Pattern.CASE_INSENSITIVE);
    /** Lomography: a film look, the catalogue's vintage. */
    private static final Pattern LOMO = Pattern.compile("\\blomo(?:graphy)?\\b", Pattern.CASE_INSENSITIVE);
    /** Looks the model knows by another name, and the catalogue's reading of each. */
    private static final List<Map.Entry<Pattern, String>> LOOKS_BY_OTHER_NAMES = List.of(
            Map.entry(OIL_PAINTING, "style.watercolor"), Map.entry(LOMO, "style.vintage"));
    /** A mosaic ("mosaic blur", "马赛克"): the pixelate style, where the model read a blur. */
    private static final Pattern MOSAIC = Pattern.compile("\\bmosaic|\\bpixel|马赛克|打码", Pattern.CASE_INSENSITIVE);
    /** A crop said as such ("crop out everything except the selection"): a crop, where the model read a cut-out. */
    private static final Pattern CROP_VERB = Pattern.compile("^" + ASKING + "(?:crop|trim)\\b|^" + ZH_ASKING + "(?:裁剪|裁切|裁)",
            Pattern.CASE_INSENSITIVE);
    /** A thing made to do something ("make the cat sleep", "让猫睡觉"): a new pose, where the model read a new thing. */
    private static final Pattern POSE_VERB = Pattern.compile("\\bmake (?:him|her|them|it|the \\w+) (?:sleep|sit|stand|jump|run"
            + "|walk|dance|wave|smile|laugh|cry|kneel|lie|look (?:at|away|up|down|back|left|right|to|towards)|bow|clap|point"
            + "|hug|kiss|frown|wink|blink|yawn|stretch|fly|swim|climb|crouch|lean|nod|shrug)\\b"
            + "|让\\p{IsHan}{1,4}?(?:睡觉|坐下|站起|跳起|奔跑|跑起来|走路|跳舞|挥手|微笑|笑|哭|跪|躺|鞠躬|拍手"
            + "|拥抱|眨眼|打哈欠|伸懒腰|飞起来|游泳|点头)", Pattern.CASE_INSENSITIVE);
    /** A multiple said alone ("4x", "x4", "by 4 times", "两倍"): after an upscale, its factor. */
    private static final Pattern LONE_MULTIPLE = Pattern.compile("^(?:to |by |at |make it )?(?:\\d+(?:\\.\\d+)?\\s*(?:x|×|times)"
            + "|(?:x|×)\\s*\\d+|(?:two|four) times|[两二四2-4]倍)(?: (?:bigger|larger|the size|please|pls))?[.!]?$",
            Pattern.CASE_INSENSITIVE);
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
    /**
     * A clause that names a colour and nothing for it to go on, its colour written as {@code C} ("then make it white",
     * "with plain black", "再换成白色"): after a background step it is the background's colour, where alone it had
     * recoloured the selection, that is, the subject the background was taken from.
     */
    private static final Pattern ONLY_A_COLOUR = Pattern.compile("^(?:make|turn|change|fill|paint|set|colou?r|use|do|go"
            + " with|replace|add|put|put in|swap in|pick|choose)?\\s*(?:it|that|them|this|the gap|the empty area)?\\s*(?:to|into|with|in|for)?\\s*(?:a |an )?"
            + "(?:solid |plain |pure |flat |simple |clean |seamless |uniform |even |[a-z]+-free )?C\\s*(?:colou?r|one|instead)?"
            + "(?: please| pls| instead)?[.!]?$"
            + "|^(?:换成|改成|变成|填充|填成|填上|涂成|弄成|设为|设成|改为|换为|用|换|改|变|填)?(?:成|为)?(?:纯|一个)?C(?:的)?"
            + "(?:背景|底)?(?:吧|就行|即可|就好)?$", Pattern.CASE_INSENSITIVE);
    /** Where what something becomes begins ("turn X into ...", "换成..."). */
    private static final Pattern BECOMES = Pattern.compile("\\b(?:into|to|with|for)\\b|换成|变成|改成|替换成|替换为",
            Pattern.CASE_INSENSITIVE);
    /** An article and one word ("an orange"): a thing, even when the word also names a colour. */
    private static final Pattern ARTICLE_AND_WORD = Pattern.compile("(?:a|an|the)\\s+\\p{L}+[.!?]*", Pattern.CASE_INSENSITIVE);
    /** What may stand beside a colour that is all something becomes ("a ... one", "a shade of ...", "...的颜色"). */
    private static final Pattern COLOUR_FILLER = Pattern.compile("(?:(?:a|an|the|some|nice|lovely|kind of|sort of|shade of"
            + "|colou?r|colou?red|one|tone|hue|please|instead|的|颜色|色)[\\s,.!?]*)*[.!?]*", Pattern.CASE_INSENSITIVE);
    /**
     * A remark of praise about what is in the picture ("lovely day", "what a beautiful sunset", "nice shot"): talk, not
     * an edit, though the model, seeing the words of looks, had read "lovely day" as darker and "beautiful sunset" as
     * skin smoothing. Only a praise word and a plain noun are matched: "cool tones" stays an edit.
     */
    private static final Pattern PRAISE = Pattern.compile("(?:what an? |such an? |a |the |so |very |really |such )*"
            + "(?:(?:lovely|beautiful|nice|pretty|gorgeous|great|amazing|cute|stunning|awesome|wonderful|fantastic)"
            + " (?:day|sunset|sunrise|photo|picture|pic|shot|image|view|place|scene|dog|cat|puppy|kitten|kid|baby"
            + "|family|weather|evening|morning|night|one|job|work|smile|trip|holiday|vacation|beach|sky|lake|city)"
            // words of looks as praise only of the picture itself: "cool photo" is not "cool the sky"
            + "|(?:cool|neat|sick|dope) (?:photo|picture|pic|shot|image|one|job|work))"
            + "(?:,? (?:isn'?t it|right|huh|eh))?[.!?]*", Pattern.CASE_INSENSITIVE);
    /**
     * A second thought that takes back the step before ("make it red, no, blue", "actually make it blue", "不对，蓝色"):
     * a clause of its own ("no", "no wait", "不对") or the opening of one ("actually", "I mean"). A plain "no" that
     * opens a clause stays, as in "no background".
     */
    private static final Pattern CORRECTION = Pattern.compile("^(?:(?:(?:actually|oh|hmm+|wait),? )?(?:no+|nope|nah|no wait|wait|sorry"
            + "|oops)\\s*$"
            + "|(?:(?:actually|wait|sorry|oops|nah|i mean|i meant|make that|scratch that|never ?mind|forget (?:it|that)"
            + "|on second thought)(?:[\\s,~-]+|$))+"
            + "|(?:不对|错了|哦不|我是说|我的意思是)[\\s，~-]*|(?:不是|不是的|不不)\\s*$)", Pattern.CASE_INSENSITIVE);
    /**
     * "but" starts a clause of its own, which may only shape the step before ("brighter but not too much"); after
     * "everything" or "all" it means except ("blur everything but the selection") and starts none.
     */
    private static final Pattern BUT = Pattern.compile("\\s*[,，]?\\s*((?<!\\b(?:everything|anything|nothing|all) )\\bbut\\b"
            + "|但是|但)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BUT_OPENING = Pattern.compile("^(?:but|但是|但)\\s*", Pattern.CASE_INSENSITIVE);
    /** What a "but" clause says when it limits the step before rather than asking for another. */
    private static final Pattern LIMIT = Pattern.compile("^(?:not\\b|only\\b|just\\b|keep\\b|leave\\b|don'?t\\b|do not\\b"
            + "|without\\b|except\\b|subtle|subtly|gentl|slight|a bit\\b|a little\\b|natural"
            + "|不要|别|保持|保留|除了|只|稍微|轻|一点|自然)",
            Pattern.CASE_INSENSITIVE);
    /**
     * Asking to move through the history rather than to edit ("undo that", "start over", "撤销", "恢复原图"): a closed set
     * of commands, matched as a whole clause so that "reset the brightness" stays an edit. The model was never
     * taught these and read "undo the last edit" as a cut-out, "revert to the original" as a flip.
     */
    private static final Map<History, Pattern> HISTORY = Map.of(
            History.UNDO, historyPattern("undo(?: (?:that|this|it|(?:the |my )?last (?:one|edit|step|change)|one step))?"
                    + "|go back(?: (?:one step|a step|one|to the (?:previous|last) (?:version|one|step|image)))?"
                    + "|step back|take (?:that|it) back|revert (?:that|the last (?:edit|change|step))"
                    + "|(?:撤销|撤回|撤消)(?:上一步|一步|这一步|刚才的(?:修改|编辑|操作)?)?"
                    + "|(?:返回|回到|退回)(?:上一步|上一个版本)|上一步"),
            History.REDO, historyPattern("redo(?: (?:that|it|(?:the )?last (?:edit|step|change)))?|重做|恢复撤销"),
            History.ORIGINAL, historyPattern("(?:revert|reset|restore|return|go back|get back|switch back|change (?:it )?back)"
                    + "(?: (?:it|everything|all|the (?:image|photo|picture)))?(?: back)? to (?:the |my )?(?:original"
                    + "|start|beginning|unedited (?:one|version|image|photo))(?: (?:image|photo|picture|version|one))?"
                    + "|reset(?: (?:it|everything|all|the (?:image|photo|picture)|all (?:the )?(?:edits|changes)))?"
                    + "|revert(?: (?:it|everything|all))?|start (?:over|again|from scratch)"
                    + "|restore the original(?: (?:image|photo|picture))?|(?:back to|show me) the original(?: (?:image|photo|picture))?"
                    + "|undo (?:everything|all(?: (?:the |my )?(?:edits|changes))?)|remove all (?:the |my )?(?:edits|changes)"
                    + "|(?:恢复|还原|变回|回到)(?:成|到|为)?(?:原图|原样|原来的样子|最初的样子|最初)|还原|原图|重来|重新开始|从头开始"
                    + "|(?:撤销|清除|去掉)(?:所有|全部)(?:的)?(?:修改|编辑|操作|效果)?"));
    /** Steps that work on the picture's quality; an enlargement named alone after one is an upscale. */
    private static final Set<String> QUALITY_STEPS = Set.of("sharpen", "denoise");
    /** Twice or four times as big, with nothing named ("放大两倍", "enlarge 4x"), which alone would move a selection. */
    private static final Pattern BARE_ENLARGEMENT = Pattern.compile("(?:再|然后|最后)?(?:放大|变大)(?:到)?(?:两|二|四|2|4)倍"
            + "|(?:enlarge|scale up|blow up|make bigger)(?: by)? (?:2|4|two|four)(?: ?x| times)?"
            + "|(?:2|4)x (?:bigger|larger)", Pattern.CASE_INSENSITIVE);
    /**
     * English courtesies around a Chinese clause ("把背景换成白色 please"): the model, which learnt them in English
     * clauses only, had let them pull a background step to a recolour.
     */
    private static final Pattern LATIN_COURTESY = Pattern.compile("^(?:(?:please|pls|plz|ok|okay|hey|hi)[\\s,]+)+"
            + "|(?:[\\s,]+(?:please|pls|plz|thanks|thank you|thx|ty))+[.!]*$", Pattern.CASE_INSENSITIVE);
    /** What a crop keeps, said after it ("剪裁一下，只保留选中部分"): the crop itself, not a cut-out as well. */
    private static final Pattern KEEP_ONLY = Pattern.compile(
            "(?:and )?(?:(?:only|just) keep|keep (?:only|just))\\b|只(?:保留|留下?|要)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LEADING = Pattern.compile("^(?:first|firstly|finally|先|首先|最后|最后再)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** The ways of writing a percentage. */
    private static final String PERCENT_SIGN = "%|percent|per cent";
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:" + PERCENT_SIGN + ")");
    private static final Pattern PERCENT_UNIT = Pattern.compile(PERCENT_SIGN, Pattern.CASE_INSENSITIVE);
    /** A property and an amount without a direction ("contrast by 10%", "saturation 20 percent"). */
    private static final Pattern PROPERTY_BY_AN_AMOUNT = Pattern.compile("(?:" + BARE_PROPERTY.pattern()
            + ")\\s*(?:by\\s+)?\\d+(?:\\.\\d+)?\\s*(?:" + PERCENT_SIGN + ")?", Pattern.CASE_INSENSITIVE);
    /** A percentage in Chinese numerals ("百分之二十"). */
    private static final Pattern CJK_PERCENT = Pattern.compile("百分之([零一二两三四五六七八九十百]+)");
    /**
     * A clause that is only a distance ("10px", "by about 15 pixels", "大概20像素"): after a move that gave none, it
     * says how far that move goes, where alone the model took it for a move of its own (down, as often as not).
     */
    private static final Pattern LONE_DISTANCE = Pattern.compile("^(?:(?:just |only )?(?:by |about |around |roughly "
            + "|approximately |like |maybe |say |some )*)?(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)\\s*(?:px|pixels?"
            + "|" + PERCENT_SIGN + "|个?像素)(?: or so| please| pls|左右|就行|就好|吧)?$|^(?:大概|大约|约|差不多)?"
            + "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)\\s*(?:px|个?像素|%)(?:左右|就行|就好|吧)?$",
            Pattern.CASE_INSENSITIVE);
    /** An amount on the contract's own scale after "by" ("increase saturation by 0.5"), with no unit after it. */
    private static final Pattern BY_FRACTION = Pattern.compile("\\bby\\s+(0?\\.\\d+|1(?:\\.0+)?)(?![\\d.]|\\s*(?:%|percent|px"
            + "|pixels?|x\\b|times))");
    /** A signed slider value ("exposure +0.5", "contrast -15%", "亮度+20"): the sign says the direction. */
    private static final Pattern SIGNED = Pattern.compile(
            "(?<![\\w.])(?<![\\d.]\\s)([+-])\\s?(\\d+(?:\\.\\d+)?)\\s*(" + PERCENT_SIGN + ")?");
    /** 负 before a number in Chinese numerals: a minus ("旋转负九十度"). */
    private static final Pattern CJK_MINUS = Pattern.compile("负\\s*[零一二两三四五六七八九十百]");
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
    private static final Pattern ASPECT = Pattern.compile("(?<![\\w.])(" + SIDE + ")\\s*(?:[:：比x×/]|\\s(?:by|to)\\s)\\s*("
            + SIDE + ")(?![\\w.])");
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
            Map.entry(Pattern.compile("widescreen|wide screen|宽屏|横屏|横版|youtube|desktop wallpaper|桌面壁纸"), "16:9"));
    /** A turn given as a fraction ("a quarter turn", "1/4 turn", "half a turn", "转半圈"): its angle in degrees. */
    private static final Pattern FRACTION_TURN = Pattern.compile("\\b(?:(?<three>three[ -]quarters?|3/4)|(?<half>half|1/2)"
            + "|(?<quarter>quarter|1/4))(?: of)?(?: a)?[ -]?turn|(?<zhhalf>半圈|半周)|(?<zhquarter>四分之一圈|四分之一周)");
    /** "3x", "3 x", "3×", "3倍", "3 times": digits and a multiple sign (not "3 px"). */
    private static final Pattern MULTIPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(x|×|倍|times)(?![a-z])");
    private static final Pattern CJK_MULTIPLE = Pattern.compile("([一二两三四五六七八九十]+)倍");
    private static final Pattern WORD_MULTIPLE = Pattern.compile(
            "\\b(twice|double|triple|thrice|quadruple|(two|three|four|five|ten) times)\\b|翻倍");
    private static final Map<String, Integer> NUMBER_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "ten", 10);
    /** "By a factor of 4", which the model never learnt, for the "4x" that it and {@link #multiple} know. */
    private static final Pattern FACTOR_OF = Pattern.compile("\\bby a factor of (\\d+|two|three|four|five|ten)\\b",
            Pattern.CASE_INSENSITIVE);
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
                    + "|(?:到|至|为|成)(?:原来的|原图的|原先的)?\\s*(?:\\d+(?:\\.\\d+)?\\s*%|百分之[零一二两三四五六七八九十百]+"
                    + "|(一半|二分之一|三分之一|四分之一))");
    private static final Pattern CJK_NUMBER = Pattern.compile("(百分之)?([零一二两三四五六七八九十百]+)(分之([一二三四五六七八九十]+))?\\s*(倍|像素|度|个像素)?");

    private final EditModel model;

    public InstructionParser(EditModel model) {
        this.model = model;
    }

    /** A clause and what the model took it for. */
    public record Clause(String text, String intent, float confidence) {}

    /** A move through the session's history that an instruction asks for. */
    public enum History {
        /** Back to the round before the current one. */
        UNDO,
        /** Forward to the newest round made from the current one. */
        REDO,
        /** Back to the uploaded image. */
        ORIGINAL;

        /** The name in the API and in message keys: {@code undo}, {@code redo}, {@code original}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The program and how it was read (for explanations in the UI); {@code history}, when not null, is a move through
     * the history the instruction asks for first ("undo that and make it blue"), or only ("start over").
     */
    public record Interpretation(List<EditStep> steps, List<Clause> clauses, History history) {

        public boolean isUnsupported() {
            return steps.size() == 1 && steps.getFirst().op().equals("unsupported");
        }
    }

    /**
     * Interprets an instruction. Never throws for odd text (empty, emoji, mixed scripts, control characters): what is
     * not understood gives no steps. Longer than {@link #MAX_LENGTH} characters is the caller's to refuse.
     */
    public Interpretation interpret(String instruction) {
        // quoted text is lifted out as typed ("摄影：小王" keeps its full-width colon), the rest is normalised for reading
        String text = withoutControls(instruction).replace('＂', '"').replace('＇', '\'');
        List<String> quotes = new ArrayList<>();
        Matcher q = QUOTED.matcher(text);
        StringBuilder lifted = new StringBuilder();
        while (q.find()) {
            String content = null;
            for (int g = 1; g <= q.groupCount() && content == null; g++) {
                content = q.group(g);
            }
            q.appendReplacement(lifted, UnquotedText.placeholder(Objects.requireNonNull(content).strip(), quotes));
        }
        q.appendTail(lifted);
        String unquoted = UnquotedText.lift(Colors.rgbAsHex(clean(lifted.toString())), quotes);
        List<Part> parts = new ArrayList<>(clauses(factorsAsMultiples(blackPlusWhiteAsOne(
                Spelling.correct(arrowsAsWords(unquoted))))));
        History history = null;
        for (Part part : parts) {
            history = part.history() != null ? part.history() : history;
        }
        parts.removeIf(p -> p.history() != null);
        if (parts.isEmpty()) {
            return new Interpretation(List.of(), List.of(), history);
        }
        List<EditModel.Intent> intents = model.classify(parts.stream().map(p -> forModel(p.text())).toList());
        List<Clause> clauses = new ArrayList<>();
        List<EditStep> steps = new ArrayList<>();
        String previousLabel = null; // the label and text of the clause that made the last step
        String previousText = "";
        String lookBefore = ""; // how a text should look, said before the text step ("字号大一点，在底部加“Sale”")
        boolean withdrawn = false; // a clause taken back made no step, so the one after it replaces none
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            EditModel.Intent intent = intents.get(i);
            labels.add(corrected(intent.confidence() < MIN_CONFIDENCE ? "none" : intent.label(), parts.get(i).text()));
        }
        readAgainWithoutTheBackground(parts, labels);
        for (int i = 0; i < parts.size(); i++) {
            if (castSaidBesideItsDirection(parts, labels, i)) {
                labels.set(i, "none"); // "remove the colour cast, it's too warm": one cooler step, not greyer as well
            }
            if (i + 1 < parts.size() && (DISLIKE.matcher(parts.get(i).text().strip()).lookingAt()
                    || LOOK_NOT_WANTED.matcher(parts.get(i).text().strip()).find())) {
                // "I don't like the colour, make it blue", "日系小清新不要，直接黑白": the clause after says what to do
                labels.set(i, "none");
            }
            if (complaintAnsweredAfter(parts, labels, i)) {
                labels.set(i, "none"); // "it's washed out, add contrast": the clause after names the fix
            }
            if (i + 1 < parts.size() && SCENE_LOOK.matcher(parts.get(i).text()).find()
                    && (labels.get(i + 1).startsWith("adjust.") || labels.get(i + 1).startsWith("style."))) {
                labels.set(i, "none"); // "make it look like winter, colder tones": the clause after says how
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String label = labels.get(i);
            String nextLabel = i + 1 < parts.size() ? labels.get(i + 1) : "none";
            clauses.add(new Clause(part.text(), label, intents.get(i).confidence()));
            if (previousLabel != null && previousLabel.startsWith("move.") && LONE_DISTANCE.matcher(part.text()).matches()
                    && !previousText.matches(".*\\d.*")) {
                // "move it left a bit, 10px": the distance is how far the move before goes
                EditStep before = step(previousLabel, previousText, quotes);
                previousText = previousText + " " + part.text();
                EditStep again = step(previousLabel, previousText, quotes);
                if (before != null && again != null) {
                    steps.set(steps.size() - 1, restated(steps.getLast(), before, again));
                }
                continue;
            }
            String colour = !steps.isEmpty() && steps.getLast().op().equals("background") ? onlyAColour(part.text()) : null;
            if (colour != null) {
                // "remove the background, then make it white", "去掉背景，换成白色": the background is what becomes white
                steps.set(steps.size() - 1, new EditStep("background", Map.of("mode", "color", "color", colour)));
                previousLabel = "background.color";
                previousText = part.text();
                continue;
            }
            if (previousLabel != null && !previousLabel.startsWith("move.")
                    && (part.limitsPrevious() || qualifiesPrevious(label, part.text(), previousLabel, previousText)
                        || previousLabel.equals("text") && (onlyTextLook(part.text())
                            || TEXT_PLACEMENT.matcher(part.text().strip()).matches()))) {
                // "make it brighter, a bit", "make it warmer, like a sunset", "it's grainy, fix it", "brighter but
                // not too much": one step
                previousText = previousText + " " + part.text();
                EditStep again = step(previousLabel, previousText, quotes);
                if (again != null) {
                    steps.set(steps.size() - 1, again);
                }
                continue;
            }
            if (nextLabel.equals("text") && onlyTextLook(part.text()) && NAMES_TEXT.matcher(part.text()).find()) {
                // alone, "字号大一点" had enlarged the selection; it shapes the text step after it
                lookBefore = part.text() + " ";
                continue;
            }
            if (label.startsWith("unsupported.") && i + 1 < parts.size() && parts.get(i + 1).takesBack()) {
                // "change the text colour to... nah, just make it brighter": the wish taken back asks for nothing
                withdrawn = true;
                continue;
            }
            if (label.startsWith("unsupported.")) {
                String category = label.substring("unsupported.".length());
                return new Interpretation(List.of(new EditStep("unsupported", Map.of("category", category,
                        "reason", reason(category)))), clauses, history);
            }
            EditStep step = step(label, lookBefore + part.text(), quotes);
            lookBefore = "";
            boolean bare = BARE_PROPERTY.matcher(part.text()).matches();
            if (step != null && step.op().equals("adjust") && (bare || PROPERTY_BY_AN_AMOUNT.matcher(part.text()).matches())) {
                // "increase the brightness and contrast": a property named alone goes the way of the one before;
                // first, as in "亮度和对比度都调高一点", the way of the one after; with an amount of its own ("increase
                // brightness by 20% and contrast by 10%") it keeps that amount
                EditStep guide = !steps.isEmpty() && steps.getLast().op().equals("adjust") ? steps.getLast()
                        : nextLabel.startsWith("adjust.") ? step(nextLabel, parts.get(i + 1).text(), quotes) : null;
                if (guide != null) {
                    Map<String, Object> p = new LinkedHashMap<>(step.params());
                    double way = guide.number("amount", 0);
                    p.put("amount", bare ? way : Math.copySign(Math.abs(step.number("amount", 0)), way));
                    step = new EditStep("adjust", p);
                }
            }
            if (step != null && step.op().equals("move") && BARE_ENLARGEMENT.matcher(part.text()).matches()
                    && (!steps.isEmpty() && QUALITY_STEPS.contains(steps.getLast().op()) || step.number("scale", 1) >= 4)) {
                // "降噪、锐化，然后放大两倍": after sharpening or denoising, twice or four times as big is the whole
                // picture; four times alone ("放大四倍", "enlarge 4x") is too, as a selection that size would hardly fit
                step = step("upscale", part.text(), quotes);
            }
            if (step != null && !steps.isEmpty() && cutOutWithTheBackground(steps.getLast(), previousText, step, part.text())) {
                // "cut the person out, no background": the person cut out stays, the background goes; one step, or,
                // "cut her out and put her on blue", the background the cut-out goes on
                EditStep background = step.op().equals("background") ? step : steps.getLast();
                steps.set(steps.size() - 1, background);
                previousLabel = "background." + background.text("mode", "transparent");
                previousText = part.text();
                continue;
            }
            if (step != null && !steps.isEmpty() && restatesTheWhiteBalance(steps.getLast(), step, part.text())) {
                continue; // "make the tones cooler and bluer": one shift of the white balance, not a blue selection
            }
            if (step != null && step.op().equals("recolor") && step.text("color", "").equals(step.text("source_color", ""))) {
                step = moreOfItsOwnColour(step, part.text()); // "make the whites whiter", "make the reds redder"
            }
            if (step != null && step.op().equals("recolor") && !step.params().containsKey("source_color")) {
                // "the red on the bus is too loud, make it grey": the red is what becomes grey
                String complained = complainedColour(parts, labels, i);
                if (complained != null && !complained.equals(step.text("color", ""))) {
                    Map<String, Object> p = new LinkedHashMap<>(step.params());
                    p.put("source_color", complained);
                    step = new EditStep("recolor", p);
                }
            }
            if (step != null && step.op().equals("style") && steps.contains(step)) {
                continue; // "film look, faded and nostalgic": a look said twice is applied once
            }
            if (step != null) {
                if (part.takesBack() && !steps.isEmpty() && !withdrawn) {
                    steps.set(steps.size() - 1, step);
                } else {
                    addMerged(steps, step);
                }
                withdrawn = false;
                previousLabel = label;
                previousText = part.text();
            }
        }
        return new Interpretation(List.copyOf(steps), List.copyOf(clauses), history);
    }

    /**
     * A clause as the classifier learnt to read it: values as names, numbers as digits, lifted text as a placeholder,
     * "bg" as "background" ("white bg" had been read as a recolour of what is outside the selection).
     */
    private static String forModel(String clause) {
        return BG.matcher(Colors.inOneScript(Colors.hexAsNames(NumberWords.withDigits(
                UnquotedText.PLACEHOLDERS.matcher(clause).replaceAll(UnquotedText.PLACEHOLDER))))).replaceAll("background");
    }

    /**
     * A change of the background's tone or look that the model, hearing "background", took for a background op ("make
     * the background cooler" nothing, "desaturate the backdrop" a cut-out): the clause is read again
     * with the background said as "it", and a tone, style or detail change read so replaces the label (its step then
     * goes outside the selection, {@link #outsideTheSelection}). Only clauses said in words of tone or look
     * ({@link #LOOK_WORDS}) are read again; those that take the background away, blur it or name its colour keep their
     * reading.
     */
    private void readAgainWithoutTheBackground(List<Part> parts, List<String> labels) {
        List<Integer> which = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String clause = parts.get(i).text();
            String label = labels.get(i);
            boolean backgroundOp = label.equals("background.transparent") || label.equals("blur.background")
                    || label.equals("none") || label.equals("background.color") && Colors.find(clause).isEmpty();
            if (backgroundOp && THE_BACKGROUND.matcher(clause).find() && LOOK_WORDS.matcher(clause).find()
                    && !BLUR_WORDS.matcher(clause).find() && !TAKEN_AWAY.matcher(clause).find()) {
                which.add(i);
                texts.add(BACKGROUND_AS_IT.matcher(clause).replaceAll(m -> m.group(1) != null ? "it" : "它"));
            }
        }
        if (which.isEmpty()) {
            return;
        }
        List<EditModel.Intent> again = model.classify(texts.stream().map(InstructionParser::forModel).toList());
        for (int k = 0; k < which.size(); k++) {
            EditModel.Intent intent = again.get(k);
            String label = corrected(intent.confidence() < MIN_CONFIDENCE ? "none" : intent.label(), texts.get(k));
            String op = label.split("\\.")[0];
            if (Ops.REGIONAL.contains(op) && !op.equals("recolor")) {
                labels.set(which.get(k), label);
            }
        }
    }

    /**
     * Whether clause {@code i} asks for a colour cast to go without naming its colour ("remove the colour cast",
     * "fix the white balance"), read as a change of colour, next to an adjustment that says which way the light is off
     * ("it's too warm", "too green").
     */
    /**
     * Whether clause {@code i} is a complaint whose fix the clause after names: a colour complained of before a recolour
     * ("the red is too loud, make it grey", "颜色太艳了，换成灰色"), or a vague look ("it's washed out", "flat and lifeless")
     * before an adjustment or sharpening said as a command ("add contrast"; not "add contrast too").
     */
    private static boolean complaintAnsweredAfter(List<Part> parts, List<String> labels, int i) {
        String text = parts.get(i).text().strip();
        boolean onlyALook = ONLY_A_VAGUE_LOOK.matcher(text).matches();
        if (!onlyALook && (!labels.get(i).startsWith("adjust.") || !COMPLAINT.matcher(text).find())) {
            return false;
        }
        int next = i + 1;
        while (next < parts.size() && ONLY_A_VAGUE_LOOK.matcher(parts.get(next).text().strip()).matches()) {
            next++; // "it's washed out and boring, more contrast": every look before the fix
        }
        if (next >= parts.size()) {
            return false;
        }
        String fix = parts.get(next).text().strip();
        String fixLabel = labels.get(next);
        boolean colourComplaint = fixLabel.equals("recolor") && next == i + 1
                && (!Colors.find(text).isEmpty() || COLOUR_WORD.matcher(text).find());
        boolean vagueLook = VAGUE_LOOK.matcher(text).find()
                && (fixLabel.startsWith("adjust.") || fixLabel.equals("sharpen"))
                && !COMPLAINT.matcher(fix).find() && !AS_WELL.matcher(fix).find();
        return colourComplaint || vagueLook;
    }

    /**
     * A colour made more of itself ("make the whites whiter", "make the reds redder"): brighter whites, deeper blacks
     * (more contrast), or any other colour more saturated; a recolour to the colour it already is would change nothing.
     */
    private static EditStep moreOfItsOwnColour(EditStep recolour, String clause) {
        String hex = recolour.text("color", "");
        String property = hex.equals(Colors.hexOf("white")) ? "brightness" : hex.equals(Colors.hexOf("black"))
                ? "contrast" : "saturation";
        return step("adjust." + property + ".up", clause, List.of());
    }

    /**
     * The one colour a clause complained of or disliked right before clause {@code i} ("the red is too loud", "I don't
     * like the red"), when that clause made no step of its own; else null.
     */
    private static String complainedColour(List<Part> parts, List<String> labels, int i) {
        if (i == 0 || !labels.get(i - 1).equals("none")) {
            return null;
        }
        String before = parts.get(i - 1).text().strip();
        List<Colors.Found> colours = Colors.find(before);
        return colours.size() == 1 && (COMPLAINT.matcher(before).find() || DISLIKE.matcher(before).lookingAt())
                ? colours.getFirst().hex() : null;
    }

    private static boolean castSaidBesideItsDirection(List<Part> parts, List<String> labels, int i) {
        String clause = parts.get(i).text();
        boolean adjustmentBeside = i > 0 && labels.get(i - 1).startsWith("adjust.")
                || i + 1 < labels.size() && labels.get(i + 1).startsWith("adjust.");
        String label = labels.get(i);
        boolean readAsColour = label.startsWith("adjust.") || label.equals("style.grayscale") || label.equals("recolor");
        return adjustmentBeside && readAsColour && UNNAMED_CAST.matcher(clause).find() && Colors.find(clause).isEmpty();
    }

    /** {@code last} with a move step's offsets and scale changed from what {@code before} said to what {@code after} says. */
    private static EditStep restated(EditStep last, EditStep before, EditStep after) {
        Map<String, Object> p = new LinkedHashMap<>(last.params());
        for (String axis : List.of("dx", "dy")) {
            p.put(axis, last.number(axis, 0) - before.number(axis, 0) + after.number(axis, 0));
        }
        p.put("scale", round(last.number("scale", 1) / before.number("scale", 1) * after.number("scale", 1)));
        p.put("unit", after.text("unit", "px"));
        return new EditStep("move", p);
    }

    /**
     * Whether a removal and a background step, one after the other, are a thing cut out from the one clause: a
     * transparent background on either side, or one of a colour after it.
     */
    private static boolean cutOutWithTheBackground(EditStep last, String lastText, EditStep step, String text) {
        boolean transparentAfter = last.op().equals("remove") && CUT_OUT.matcher(lastText).find()
                && step.op().equals("background");
        boolean cutOutAfter = isTransparent(last) && step.op().equals("remove") && CUT_OUT.matcher(text).find();
        return transparentAfter || cutOutAfter;
    }

    private static boolean isTransparent(EditStep step) {
        return step.op().equals("background") && "transparent".equals(step.text("mode", ""));
    }

    /**
     * Whether {@code step} is a recolour that only says more of a colour ({@link #MORE_OF_A_COLOUR}) on the warm or cool
     * side that the white-balance shift before it already goes to.
     */
    private static boolean restatesTheWhiteBalance(EditStep last, EditStep step, String text) {
        if (!step.op().equals("recolor") || !last.op().equals("adjust") || !"warmth".equals(last.text("property", ""))) {
            return false;
        }
        List<Colors.Found> colours = Colors.find(text);
        if (colours.size() != 1) {
            return false;
        }
        Colors.Found colour = colours.getFirst();
        if (!MORE_OF_A_COLOUR.matcher(blanked(text, colour)).matches()) {
            return false;
        }
        int side = Colors.warmth(colour.hex());
        return side != 0 && side == (int) Math.signum(last.number("amount", 0));
    }

    /**
     * The clause in lower case with {@code colour} written as {@code C}; empty where lower-casing changes the length
     * (the colour's offsets would no longer hold).
     */
    private static String blanked(String clause, Colors.Found colour) {
        String lower = clause.toLowerCase(Locale.ROOT);
        return lower.length() != clause.length() ? ""
                : (lower.substring(0, colour.start()) + "C" + lower.substring(colour.end())).strip();
    }

    /** The colour a clause names when it names nothing else for it to go on ({@link #ONLY_A_COLOUR}), else null. */
    static String onlyAColour(String clause) {
        List<Colors.Found> colours = Colors.find(clause);
        if (colours.size() != 1) {
            return null;
        }
        Colors.Found found = colours.getFirst();
        return ONLY_A_COLOUR.matcher(blanked(clause, found)).matches() ? found.hex() : null;
    }

    /**
     * A clause as split, with what the words around it said: a second thought, or a limit after "but"; or, with
     * {@code history} set, a command to move through the history, which is no clause for the model.
     */
    private record Part(String text, boolean takesBack, boolean limitsPrevious, History history) {}

    /**
     * The clauses of an instruction, split at connectives, without the ones that are no edit of any kind (a slip of
     * one letter, greetings and thanks) and without the words that mark a second thought or a "but".
     */
    private static List<Part> clauses(String text) {
        List<Part> parts = new ArrayList<>();
        boolean correcting = false;
        String except = ""; // "除了人物，" said before the clause it excepts from
        String wished = NICE_AND.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) : "make it ");
        for (String piece : SPLIT.split(BUT.matcher(wished).replaceAll(", $1 "))) {
            String clause = LEADING.matcher(piece.strip()).replaceFirst("").strip();
            if (HAN.matcher(clause).find()) {
                clause = LATIN_COURTESY.matcher(clause).replaceAll("").strip();
            }
            Matcher but = BUT_OPENING.matcher(clause);
            boolean afterBut = but.lookingAt();
            clause = but.replaceFirst("");
            Matcher correction = CORRECTION.matcher(clause);
            if (correction.lookingAt()) {
                correcting = true;
                clause = clause.substring(correction.end()).strip();
            }
            if (correcting && !parts.isEmpty() && DIRECTION.matcher(clause).matches()) {
                // "rotate left, sorry, right": a direction alone amends the clause before (and "right" alone is
                // otherwise filler)
                Part before = parts.getLast();
                Matcher oldDirection = DIRECTION.matcher(before.text());
                String amended = oldDirection.find() ? oldDirection.replaceFirst(Matcher.quoteReplacement(clause))
                        : before.text() + " " + clause;
                parts.set(parts.size() - 1, new Part(amended, before.takesBack(), before.limitsPrevious(), null));
                correcting = false;
                continue;
            }
            if (!parts.isEmpty() && LONE_PROBLEM_WORD.matcher(clause).matches()) {
                // "make everything soft and blurry": the adjective goes on with "make everything"; alone, "blurry"
                // names a problem to fix and had read as sharpening
                Matcher made = MAKE_SOMETHING.matcher(parts.getLast().text());
                clause = made.lookingAt() ? made.group() + " " + clause : clause;
            }
            if (!parts.isEmpty() && CONSEQUENCE.matcher(clause).lookingAt()) {
                continue;
            }
            if (EXCEPT_ALONE.matcher(clause).matches()) {
                except = except + clause + " ";
                continue;
            }
            clause = except + clause;
            except = "";
            if (!clause.isEmpty() && clause.codePoints().anyMatch(Character::isLetterOrDigit)
                    && !LONE_LETTER.matcher(clause).matches() && !DISCOURSE.matcher(clause).matches()
                    && !PRAISE.matcher(clause).matches()) {
                parts.add(new Part(clause, correcting, afterBut && LIMIT.matcher(clause).find(), historyCommand(clause)));
                correcting = false;
            }
        }
        if (!except.isBlank()) {
            parts.add(new Part(except.strip(), false, false, null));
        }
        return parts;
    }

    /**
     * Whether a clause shapes the step before it instead of making one: a fragment the model reads as no edit ("a
     * bit"), a comparison, a purpose or a negated alternative, or a remedy without a property of its own after a
     * described problem.
     */
    private static boolean qualifiesPrevious(String label, String clause, String previousLabel, String previousClause) {
        boolean previousTakesAProblemAway = previousLabel.startsWith("adjust.") || previousLabel.equals("denoise");
        boolean remedy = VAGUE_REMEDY.matcher(clause).matches()
                || previousTakesAProblemAway && TAKE_IT_AWAY.matcher(clause).matches();
        return label.equals("none") || SIMILE.matcher(clause).find() || PURPOSE.matcher(clause).find()
                || namesOnlyColoursItIsNot(clause) || remedy && COMPLAINT.matcher(previousClause).find()
                || previousLabel.equals("crop") && (KEEP_ONLY.matcher(clause.strip()).lookingAt()
                    || onlyAnAspect(clause) && !step("crop", previousClause, List.of()).params().containsKey("aspect"))
                || (previousLabel.equals("style.vintage") || previousLabel.equals("style.sepia"))
                    && OLD_LOOK.matcher(clause.strip()).matches()
                || previousLabel.startsWith("expand.") && label.startsWith("expand.") && !SIDE_NAMED.matcher(clause).find()
                || previousLabel.equals("upscale") && LONE_MULTIPLE.matcher(clause.strip()).matches()
                    && multiple(previousClause.toLowerCase(Locale.ROOT)).isEmpty()
                || previousLabel.startsWith("rotate.")
                    && (HALF_TURN_WORDS.matcher(previousClause).find() || SIDEWAYS.matcher(previousClause).find())
                    && BARE_TURN.matcher(clause.strip()).matches();
    }

    /**
     * Whether a clause says an aspect ratio and nothing else ("1比1", "16:9", "to 4 by 3"): after a crop with no shape
     * of its own, that crop's shape.
     */
    private static boolean onlyAnAspect(String clause) {
        return ASPECT_FILLER.matcher(ASPECT.matcher(NumberWords.toDigits(clause).toLowerCase(Locale.ROOT)).replaceAll("A"))
                .matches();
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
    private static String corrected(String modelLabel, String clause) {
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
        if (!label.equals("text") && !label.startsWith("unsupported.") && ZH_NOISE.matcher(clause).find()) {
            // "去除杂色" (colour noise) had been read as 去色, grey; "去掉杂点" as a removal, "减少杂色" as a recolour
            return "denoise";
        }
        if (LOOK_QUESTION.matcher(clause.strip()).lookingAt()) {
            return "none"; // "is this image too dark?": an opinion asked for
        }
        if (colours.size() == 1 && !label.equals("text") && ON_A_COLOUR.matcher(blanked(clause, colours.getFirst())).matches()) {
            // "isolate the subject on white", "studio shot on black": the subject on a background of that colour
            return "background.color";
        }
        Matcher sign = PROPERTY_SIGN.matcher(clause.strip());
        if (sign.matches()) {
            return "adjust." + propertyNamed(sign.group("what")) + (sign.group("up") != null ? ".up" : ".down");
        }
        if (COLOUR_MISREADINGS.contains(label) && REMOVAL.matcher(clause.strip()).find()
                && everyColour(clause, (text, colour) -> !COLOUR_ITSELF.matcher(text.substring(colour.end())).lookingAt())) {
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
                    && TO_A_PLACE.matcher(clause).find()) {
            // "move it to the bottom left corner" had widened the canvas to the left, "把它放到画面中间" enlarged it
            return "move.to";
        }
        if (label.equals("none") && FRACTION_TURN.matcher(clause).find() && TURN_VERB.matcher(clause).find()) {
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
                || (label.equals("none") || label.equals("recolor")) && SCENE_CHANGE.matcher(clause).find()) {
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
        if (label.startsWith("style.") || label.equals("none")) {
            // looks the catalogue has under another name: an oil painting is its watercolour, lomo its vintage
            for (Map.Entry<Pattern, String> look : LOOKS_BY_OTHER_NAMES) {
                if (look.getKey().matcher(clause).find()) {
                    return look.getValue();
                }
            }
        }
        String lower = clause.toLowerCase(Locale.ROOT);
        if ((label.startsWith("unsupported.") || label.equals("none")) && namedAspect(lower) != null
                && !WHERE_IT_GOES.matcher(clause.strip()).lookingAt()) {
            return "crop"; // "make it a youtube thumbnail", "做成抖音竖屏": the shape such a picture has
        }
        if (label.startsWith("move.") && PICTURE_BIGGER.matcher(clause).find() && multiple(lower).orElse(1) >= 2) {
            return "upscale";
        }
        if ((label.equals("blur.selection") || label.equals("none")) && BLUR_THE_BACKGROUND.matcher(clause).find()) {
            return "blur.background";
        }
        Matcher room = MORE_ROOM.matcher(clause);
        if ((label.startsWith("unsupported.") || label.equals("none")) && room.find()) {
            return "expand." + Stream.of("top", "bottom", "left", "right").filter(side -> room.group(side) != null)
                    .findFirst().orElseThrow();
        }
        if ((label.startsWith("move.scale_up") || label.equals("none") && BIG.matcher(clause).find())
                && FOR_PRINT.matcher(clause).find()) {
            return "upscale";
        }
        if ((label.equals("none") || label.startsWith("rotate.")) && TILTED.matcher(clause).find()) {
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
        if (label.startsWith("blur.") && SHARPEN_WORDS.matcher(clause).find() && !BLUR_WORDS.matcher(clause).find()) {
            return "sharpen";
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
        if ((label.startsWith("move.") || label.equals("none")) && SKIN_FLAWS.matcher(clause).find()) {
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
        if (!label.equals("vignette") && !label.startsWith("style.") && DARK_EDGES.matcher(clause).find()) {
            return "vignette"; // "dark edges around the photo" had widened the canvas, "边缘压暗" darkened it all
        }
        if ((label.equals("none") || label.equals("denoise") || label.equals("sharpen") || label.startsWith("blur."))
                && SPOT_CLEANED.matcher(clause.strip()).lookingAt()) {
            return "remove";
        }
        if (colours.size() == 1 && !label.equals("text") && !label.startsWith("background.")
                && WANTED_IN_A_COLOUR.matcher(blanked(clause, colours.getFirst())).matches()) {
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
        if ((label.startsWith("background.") || label.startsWith("expand.") || label.equals("none"))
                && CROP_VERB.matcher(clause.strip()).lookingAt()) {
            // "crop out everything except the selection" had cut the selection out, "crop out the sides" widened it
            return "crop";
        }
        if (label.startsWith("unsupported.") && !label.equals("unsupported.pose") && POSE_VERB.matcher(clause).find()) {
            return "unsupported.pose";
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
        if (label.equals("recolor") && everyColour(clause, InstructionParser::inExcess)) {
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
     * Whether a colour, tone or style change goes outside the selection: the clause names the background
     * ({@link #THE_BACKGROUND}) or the rest ("everything but the sky", "人物以外"), and does not keep it as it is.
     */
    private static boolean outsideTheSelection(String clause) {
        return (THE_BACKGROUND.matcher(clause).find() || OUTSIDE_THE_SELECTION.matcher(clause).find())
                && !KEEPS_THE_REST.matcher(clause).find();
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
        if (m.group("takeaway") != null) {
            return "adjust." + propertyNamed(m.group("prop")) + ".down";
        }
        boolean more = m.group("more") != null || m.group("moreAfter") != null;
        if (!more && m.group("less") == null && m.group("lessAfter") == null) {
            return null; // "一点对比" alone says no way
        }
        String what = m.group("what") != null ? m.group("what") : m.group("after");
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
                && COLOUR_FILLER.matcher(withoutColours(target)).matches();
    }

    /** Whether the clause names {@code colour} as too much of it ("too green", "红色太多"): the problem, not the wish. */
    private static boolean inExcess(String clause, Colors.Found colour) {
        return EXCESS_BEFORE.matcher(clause.substring(0, colour.start())).find()
                || EXCESS_AFTER.matcher(clause.substring(colour.end())).lookingAt();
    }

    /** Whether a clause only says how text looks: sizes, weights and colours ("in big red letters", "红色，大一点"). */
    private static boolean onlyTextLook(String clause) {
        return TEXT_LOOK.matcher(withoutColours(clause)).matches();
    }

    /** {@code text} with every colour it names taken out, spaces collapsed. */
    private static String withoutColours(String text) {
        StringBuilder rest = new StringBuilder(text);
        for (Colors.Found c : Colors.find(text).reversed()) {
            rest.replace(c.start(), c.end(), "");
        }
        return rest.toString().replaceAll("\\s+", " ").strip();
    }

    /** "not pink", "instead of black", "而不是蓝色": a clause whose every colour is one something should not be. */
    private static boolean namesOnlyColoursItIsNot(String clause) {
        return everyColour(clause, InstructionParser::negated);
    }

    /** Whether the clause names a colour and every colour it names passes {@code test}. */
    private static boolean everyColour(String clause, BiPredicate<String, Colors.Found> test) {
        List<Colors.Found> colours = Colors.find(clause);
        return !colours.isEmpty() && colours.stream().allMatch(c -> test.test(clause, c));
    }

    /** The history command a whole clause is, or null. */
    private static History historyCommand(String clause) {
        for (History h : History.values()) {
            if (HISTORY.get(h).matcher(clause).matches()) {
                return h;
            }
        }
        return null;
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

    /** {@code commands} as a whole clause, with the polite words around them ("please undo that", "帮我撤销一下"). */
    private static Pattern historyPattern(String commands) {
        return Pattern.compile("(?:(?:please|pls|can you|could you|can we|let's|lets|i want to|i'd like to|just|ok|okay)"
                + "[\\s,]+)*(?:请|帮我|麻烦|给我)?(?:" + commands + ")(?:[\\s,]+(?:please|pls|thanks))?(?:吧|一下|下)?[.!]*",
                Pattern.CASE_INSENSITIVE);
    }

    /** One or more of {@code words}, with spaces, tildes or emoticon marks between ("hey there", "ok so", "好的谢谢~"). */
    private static Pattern discourse(String words) {
        String gap = "[\\s~:)(-]*";
        // a word ends where no Latin letter follows ("cooler" is no "cool" and "er")
        return Pattern.compile("(?:(?:" + words + ")(?![a-z])" + gap + ")+", Pattern.CASE_INSENSITIVE);
    }

    /** The text in compatibility form (full-width letters and digits as ASCII), without control characters. */
    static String clean(String instruction) {
        return withoutControls(Normalizer.normalize(instruction == null ? "" : instruction, Normalizer.Form.NFKC));
    }

    /** Control characters and unpaired surrogates out; everything else (emoji included) stays for the model. */
    private static String withoutControls(String text) {
        return (text == null ? "" : text).replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}&&[^\\n]]", " ")
                .replaceAll("[ \\t]+", " ").strip();
    }

    /** "By a factor of 4" (or "four") as "4x", for the model and for the readers of sizes alike. */
    private static String factorsAsMultiples(String text) {
        return FACTOR_OF.matcher(text).replaceAll(m -> {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            return (NUMBER_WORDS.containsKey(n) ? NUMBER_WORDS.get(n).toString() : n) + "x";
        });
    }

    /** "b+w" as "b&w", so that its "+" joins no two edits. */
    private static String blackPlusWhiteAsOne(String text) {
        return B_PLUS_W.matcher(text).replaceAll("b&w");
    }

    /** "the hat -> red" as "the hat to red", "帽子→红色" as "帽子变成红色"; quoted text is lifted out before. */
    private static String arrowsAsWords(String text) {
        return ARROW.matcher(text).replaceAll(m -> m.start() > 0
                && Character.UnicodeScript.of(text.codePointBefore(m.start())) == Character.UnicodeScript.HAN
                ? "变成" : " to ");
    }

    static String reason(String category) {
        return switch (category) {
            case "subject_replace" -> "Replacing one thing with another needs a generative image model; the built-in "
                    + "model edits colour, tone, style, geometry and removes or moves what you select.";
            case "subject_add" -> "Adding new objects needs a generative image model; the built-in model can add "
                    + "text, recolour, remove or move what is there.";
            case "pose" -> "Changing a pose or expression needs a generative image model; the built-in model can "
                    + "move, resize or remove the selected subject.";
            case "material" -> "Changing what something is made of needs a generative image model; the built-in "
                    + "model can recolour it or change its style.";
            default -> "This edit needs a generative image model.";
        };
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
                if (signed.find() && Double.parseDouble(signed.group(2)) > 0) {
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
                pixels(lower).or(() -> number(lower, "(?:radius|半径)\\s*(?:of\\s*|=\\s*|为|是)?(\\d{1,3})"))
                        .ifPresent(px -> p.put("radius", px));
            }
            case "sharpen", "denoise", "vignette", "smooth_skin" -> p.put("amount", round(percent(lower)
                    .orElse(0.5 * degree(lower) / 0.3)));
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
                if (width > 0 && height > 0) {
                    p.put("aspect", width + ":" + height);
                } else {
                    String named = namedAspect(lower);
                    if (named != null) {
                        p.put("aspect", named);
                    }
                }
            }
            case "rotate" -> {
                double degrees = angle(lower).orElse(HALF_TURN_WORDS.matcher(lower).find() ? 180 : 90);
                Matcher tilt = TILTED.matcher(lower);
                if (tilt.find()) {
                    // straightened: turned back the way it leans ("tilted 2 degrees to the right" is -2)
                    double leaning = Double.parseDouble(tilt.group(1));
                    boolean clockwise = tilt.group("side").equals("right") || tilt.group("side").equals("clockwise");
                    p.put("degrees", clockwise ? -leaning : leaning);
                    break;
                }
                // a signed angle ("rotate by -90") says its direction itself
                p.put("degrees", parts[1].equals("ccw") && degrees > 0 ? -degrees : degrees);
            }
            case "flip" -> p.put("axis", parts[1]);
            case "expand" -> {
                p.put("direction", parts[1]);
                percent(lower).ifPresent(a -> p.put("amount", round(a)));
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
            }
            default -> {
                Matcher n = NUMBER.matcher(lower);
                double amount = 20;
                boolean distanceSaid = n.find();
                if (distanceSaid) {
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
    private static String namedAspect(String lower) {
        return NAMED_ASPECTS.stream().filter(named -> named.getKey().matcher(lower).find()).findFirst()
                .map(Map.Entry::getValue).orElse(null);
    }

    /** Where text goes when its clause names no place: watermarks bottom right, titles top, captions bottom. */
    private static String usualPlace(String lower) {
        return SIGNATURE.matcher(lower).find() ? "bottom_right" : TITLE.matcher(lower).find() ? "top"
                : CAPTION.matcher(lower).find() ? "bottom" : "center";
    }

    /** Literal position words: "top left", "右下角", "bottom"... */
    static java.util.Optional<String> position(String lower) {
        boolean top = lower.matches(".*(top|upper|header|顶|上方|上面|上边|上部|上角|左上|右上).*");
        boolean bottom = lower.matches(".*(bottom|lower|footer|底|下方|下面|下边|下部|左下|右下).*");
        boolean left = lower.matches(".*(left|左).*");
        boolean right = lower.matches(".*(right|右).*");
        boolean center = lower.matches(".*(center|centre|middle|中间|中央|正中|中心).*");
        String vertical = top ? "top" : bottom ? "bottom" : null;
        String horizontal = left ? "left" : right ? "right" : null;
        if (vertical != null && horizontal != null) {
            return java.util.Optional.of(vertical + "_" + horizontal);
        }
        if (vertical != null) {
            return java.util.Optional.of(vertical);
        }
        if (horizontal != null) {
            return java.util.Optional.of(horizontal);
        }
        if (center) {
            return java.util.Optional.of("center");
        }
        // a corner with no side named: where captions and watermarks go
        return lower.matches(".*(corner|角落).*") ? java.util.Optional.of("bottom_right") : java.util.Optional.empty();
    }

    /** How strongly: 0.15 for "a bit"/"一点", 0.6 for "a lot"/"大幅", 0.3 otherwise. */
    private static double degree(String lower) {
        if (lower.matches(".*(not (?:too|so|overly)|don'?t overdo|not much|不要太|别太|不要过|不用太).*")) {
            return 0.15;
        }
        if (lower.matches(".*(a lot|much|very|way|significantly|strongly|really|大幅|很多|非常|特别|强烈|明显).*")) {
            return 0.6;
        }
        if (lower.matches(".*(a bit|a little|slightly|a touch|somewhat|subtle|一点|一些|稍微|稍|略|些许|轻微).*")) {
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
            Double v = cjkInteger(cjk.group(1));
            if (v != null) {
                return OptionalDouble.of(v / 100);
            }
        }
        return OptionalDouble.empty();
    }

    private static java.util.Optional<Integer> pixels(String lower) {
        Matcher m = Pattern.compile("(\\d{1,4})\\s*(px|pixels?|像素)").matcher(lower);
        return m.find() ? java.util.Optional.of(Integer.parseInt(m.group(1))) : java.util.Optional.empty();
    }

    private static java.util.Optional<Integer> number(String lower, String regex) {
        Matcher m = Pattern.compile(regex).matcher(lower);
        return m.find() ? java.util.Optional.of(Integer.parseInt(m.group(1))) : java.util.Optional.empty();
    }

    /** One side of an aspect ratio as a number; 0 when it is none. */
    private static int side(String side) {
        if (side.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(side);
        }
        Double cjk = cjkInteger(side);
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
            Double v = cjkInteger(cjk.group(1));
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
    private static boolean negated(String clause, Colors.Found colour) {
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
            Double v = cjkInteger(m.group(2));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** 一, 二十, 三十五, 一百, 两 → numbers; null when not a numeral. */
    static Double cjkInteger(String s) {
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

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    /**
     * Adds a step, folding it into the previous one when both describe one edit: consecutive moves combine
     * (offsets add, scales multiply), an identical repeat ("清晰一点，锐化") is dropped, and of two opposite adjustments
     * of one property the later stands.
     */
    static void addMerged(List<EditStep> steps, EditStep step) {
        if (!steps.isEmpty()) {
            EditStep last = steps.getLast();
            boolean placed = last.params().containsKey("to") || step.params().containsKey("to");
            if (last.op().equals("move") && step.op().equals("move") && placed
                    && (last.number("dx", 0) == 0 && last.number("dy", 0) == 0
                        || step.number("dx", 0) == 0 && step.number("dy", 0) == 0)) {
                // "move it to the corner and make it smaller": one move, to the place, at the new size
                Map<String, Object> p = new LinkedHashMap<>(last.params().containsKey("to") ? last.params() : step.params());
                p.put("scale", round(last.number("scale", 1) * step.number("scale", 1)));
                steps.set(steps.size() - 1, new EditStep("move", p));
                return;
            }
            if (last.op().equals("move") && step.op().equals("move") && !placed) {
                Map<String, Object> p = new LinkedHashMap<>(last.params());
                p.put("dx", last.number("dx", 0) + step.number("dx", 0));
                p.put("dy", last.number("dy", 0) + step.number("dy", 0));
                p.put("scale", round(last.number("scale", 1) * step.number("scale", 1)));
                if ("percent".equals(step.text("unit", "px")) && step.number("dx", 0) + step.number("dy", 0) != 0) {
                    p.put("unit", "percent");
                }
                steps.set(steps.size() - 1, new EditStep("move", p));
                return;
            }
            if (last.op().equals("background") && step.op().equals("background")) {
                // "get rid of the background and put a green one behind it": the background is replaced, once
                steps.set(steps.size() - 1, step);
                return;
            }
            if (last.op().equals(step.op()) && sameKind(last, step)) {
                if (last.op().equals("adjust") && Math.signum(last.number("amount", 0)) != Math.signum(step.number("amount", 0))) {
                    // "it looks dim, lighten it": the explicit command after a description decides the direction
                    steps.set(steps.size() - 1, step);
                }
                return;
            }
        }
        steps.add(step);
    }

    private static boolean sameKind(EditStep a, EditStep b) {
        for (String key : List.of("property", "name", "target", "mode", "axis", "direction")) {
            if (!Objects.equals(a.params().get(key), b.params().get(key))) {
                return false;
            }
        }
        return !a.op().equals("text") && !a.op().equals("rotate") && !a.op().equals("recolor");
    }
}
