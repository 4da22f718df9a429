package dev.editstudio.model;

import static dev.editstudio.model.Wording.ASKING;
import static dev.editstudio.model.Wording.BARE_PROPERTY;
import static dev.editstudio.model.Wording.BLUR_WORDS;
import static dev.editstudio.model.Wording.HALF_TURN_WORDS;
import static dev.editstudio.model.Wording.HARD_TO_MAKE_OUT;
import static dev.editstudio.model.Wording.I_DO_NOT;
import static dev.editstudio.model.Wording.ONE_WORD_PROBLEM;
import static dev.editstudio.model.Wording.PERCENT_SIGN;
import static dev.editstudio.model.Wording.SIDEWAYS;
import static dev.editstudio.model.Wording.THE_BACKGROUND;
import static dev.editstudio.model.Wording.ZH_ASKING;

import dev.editstudio.model.ClauseSplitter.Part;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an instruction into an edit program. The model's {@code parse} signature decides what each clause asks
 * for (its intent); the deterministic parts around it are done in stages:
 * <ol>
 * <li>this class cleans the text and lifts quoted (and, with {@link UnquotedText}, unquoted) text out, reading
 * Traditional Chinese as Simplified ({@link ChineseScript}), and {@link Spelling} puts slips right;</li>
 * <li>{@link ClauseSplitter} splits it into clauses at connectives ("and", "then", "，", "然后"...) and sets aside
 * courtesies, talk and history commands;</li>
 * <li>the model labels each clause, and {@link LabelCorrections} puts a label right where the clause's own words say
 * otherwise;</li>
 * <li>this class reads the clauses together: a clause that only shapes the one before ("a bit", "like a sunset"), a
 * complaint followed by its fix, a second thought;</li>
 * <li>{@link StepReader} builds each step, reading its literal values (colours, numbers, positions, aspect ratios);
 * </li>
 * <li>{@link #addMerged} folds steps that describe one edit ("move it down 25px and make it 20% smaller").</li>
 * </ol>
 * Words more than one stage needs are in {@link Wording}.
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
    /** An arrow between a thing and what it becomes ("hat -> red", "帽子→红色"). */
    private static final Pattern ARROW = Pattern.compile("\\s*(?:->|=>|→|⇒|⟶|➔)\\s*");
    /** A comparison that only says how the step before it should look ("like a sunset", "像夕阳", not 像素). */
    private static final Pattern SIMILE = Pattern.compile(
            "^(?:(?:just |something |kind of |a bit )?like\\b|as if\\b|as though\\b|similar to\\b|好像|像(?!素)|仿佛|类似)",
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
    /** A problem described rather than a command given: "it's blurry", "the colours are too strong", "太艳了". */
    private static final Pattern COMPLAINT = Pattern.compile(
            "\\b(?:is|are|was|looks?|seems?|feels?|too)\\b|'s\\b|太|有点|有些|过于|偏|歪|^" + ONE_WORD_PROBLEM + "$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Why the step before is wanted ("so the face is clearer", "这样更清楚", "突出人物"): a purpose names no edit of its own,
     * though its words often sound like one.
     */
    private static final Pattern PURPOSE = Pattern.compile("^(?:so that|so (?:it|that|they|the|she|he|we|people|you)\\b"
            + "|in order to|这样|以便|好让|为了|从而|突出(?:人物|主体|重点)|让(?:人物|主体)更突出"
            // where the picture goes ("我要上传淘宝", "发朋友圈用")
            + "|我?(?:要|想|准备|打算|是)?(?:上传|发|发到|发布|放到|用于|用在|用来|拿去)(?:到|在)?(?:淘宝|京东|拼多多|朋友圈|微博|小红书"
            + "|抖音|快手|网店|店铺|官网|网上|公众号))", Pattern.CASE_INSENSITIVE);
    /** A remedy that names no property of its own ("fix it", "tone them down", "降低一点"): it fixes the complaint. */
    private static final Pattern VAGUE_REMEDY = Pattern.compile(
            "^" + ASKING + "(?:fix|correct|tone|soften|reduce|lower|lessen|calm|dial|bring|knock|improve"
                    + "|sort|deal with|do something about|clean(?: up)?)(?: (?:it|them|that|this|those|the (?:white|colou?r) balance"
                    + "|the colou?r cast|the cast|the tint))?(?: (?:down|back|out|up))?"
                    + "(?: (?:a bit|a little|a touch|slightly|some|please|pls|plz))*[.!]?$"
                    + "|^" + ASKING + "make (?:it|them|that|this|things) "
                    + "(?:a (?:bit|little|touch) |slightly |somewhat )?(?:softer|gentler|milder|less harsh)"
                    + "(?: (?:a bit|a little|please|pls|plz))*[.!]?$"
                    + "|^" + ZH_ASKING + "(?:降低|调低|减弱|减少|弱化|修正|修复|处理|改善|调整|调|弄|降|减|纠正|矫正|校正|改正|扶正|摆正)"
                    + "(?:过来|回来|一下|一点|一些|点|些|吧)*$",
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
    /** A smoothing of something named before ("smooth it", "smooth them out", "磨一下"). */
    private static final Pattern SMOOTH_IT = Pattern.compile("(?:smooth|soften)(?: (?:it|them|that|this|her|his))?"
            + "(?: out| over)?(?: a (?:bit|little))?|磨(?:一下|一磨)", Pattern.CASE_INSENSITIVE);
    /** Skin and what has it: a face, a complexion, 脸, 皮肤. */
    private static final Pattern SKIN = Pattern.compile("\\b(?:face|faces|skin|complexion|cheeks?|forehead)\\b"
            + "|脸|皮肤|肤色|面部", Pattern.CASE_INSENSITIVE);
    /** Emoticons, emoji and laughter closing the instruction ({@link Wording#DECORATION}). */
    private static final Pattern TRAILING_DECORATION = Pattern.compile("(?:\\s*" + Wording.DECORATION + ")+[\\s.!?。！？…]*$",
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
    /** Cutting a thing out ("cut the person out", "cut out the dog", "抠出人物"): to keep it, when the background goes. */
    private static final Pattern CUT_OUT = Pattern.compile("\\bcut\\b(?:\\s+\\S+){0,4}?\\s+out\\b|抠", Pattern.CASE_INSENSITIVE);
    /**
     * More of a colour as a whole clause ("bluer", "and more orange", "a bit yellower"), its colour written as
     * {@code C}: after a shift of the white balance the same way, that shift said again, not a recolour.
     */
    private static final Pattern MORE_OF_A_COLOUR = Pattern.compile("^(?:make it |and )?(?:(?:a (?:bit|little|touch|tad)"
            + "|slightly|even|much) )?(?:more )?C(?:er|r)?(?: too| as well)?[.!]?$", Pattern.CASE_INSENSITIVE);
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
    /** A colour cast or the white balance, as something to put right ("remove the colour cast", "偏色"). */
    private static final Pattern UNNAMED_CAST = Pattern.compile("\\b(?:cast|tint|white balance)\\b|偏色|色偏|颜色不对|色彩不对|颜色怪"
            + "|\\bcolou?rs? (?:are|is|look|looks|seem|seems) (?:a bit |slightly |totally |all )?(?:off|wrong|weird|strange)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An aspect ratio written as {@code A} with the words that may stand beside it ("to A", "按A的比例", "A ratio"). */
    private static final Pattern ASPECT_FILLER = Pattern.compile("^(?:to |at |in |make it |按|成|改成)?A(?: ratio| aspect(?: ratio)?"
            + "| please|的比例|比例|的)?[.!]?$");
    /** Dislike said of what is there ("I don't like the colour", "不喜欢这个颜色"), before a clause saying what to do. */
    private static final Pattern DISLIKE = Pattern.compile("(?:" + I_DO_NOT + "(?:really )?like|^(?:i )?(?:really )?(?:hate"
            + "|dislike|can'?t stand)|^(?:i'?m )?not (?:a )?(?:big )?fan of) (?:the|this|that|its|it)\\b|^我?不(?:太|怎么)?喜欢"
            + "|^我?(?:讨厌|受不了)", Pattern.CASE_INSENSITIVE);
    /**
     * An edit asked not to be made ("don't blur the background", "不要虚化背景"): no step, whatever the rest says; not a
     * complaint of degree ("don't make it so dark", "别那么暗"), which asks for the other way.
     */
    private static final Pattern NOT_THIS_EDIT = Pattern.compile("^(?:please |pls )?(?:don'?t|do not|never|no need to)\\b"
            + "(?! (?:want|like|need|love|care|forget|hesitate|mind)\\b)(?!.*\\b(?:so|too|that|as|this|overly|any more|anymore)\\b)"
            + "|^(?:请)?(?:不要|别|不用|无需|不必)(?=把|给|对|调|虚化|模糊|加|添|改|换|裁|转|旋|翻|动|弄|移|挪|磨|锐化|变|做|提|降|增|减|去)"
            + "(?!.*(?:那么|这么|太|过|再|了$))"
            // "背景不改了", "颜色不用再调了", "不要再改了": what is said to stay as it is
            + "|^\\p{IsHan}{0,6}?(?:先|就)?(?:不|不用|不要|别)(?:再)?(?:改|修|动|换|调)了?$", Pattern.CASE_INSENSITIVE);
    /** Which way the white balance goes, said in words ("cool it", "warmer", "调冷一点"). */
    private static final Pattern WAY_OF_THE_BALANCE = Pattern.compile("\\b(?:cool|warm|cold)\\w*|冷|暖",
            Pattern.CASE_INSENSITIVE);
    /** A number in a size ("1.5x", "half", "一半", "两倍"): a resize said with one says how much itself. */
    private static final Pattern SIZE_NUMBER = Pattern.compile("\\d|\\b(?:half|twice|double|triple|third|quarter)\\b"
            + "|一半|" + NumberWords.NUMERAL + "(?:倍|分之)", Pattern.CASE_INSENSITIVE);
    /** A change said to come on top of the one before ("smaller again", "再缩小一点"). */
    private static final Pattern ONCE_MORE = Pattern.compile("\\b(?:again|more|even|still|further)\\b|再|又|还|继续",
            Pattern.CASE_INSENSITIVE);
    /** A look turned down ("日系小清新不要", "不要这个滤镜"): what is wanted instead follows; nothing is to be removed. */
    private static final Pattern LOOK_NOT_WANTED = Pattern.compile("(?:风|风格|滤镜|效果|色调|小清新|日系|胶片感?)(?:就|也)?不要了?$"
            + "|^不要(?:这个|那个|这种|那种)?(?:风格|滤镜|效果|色调)");
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
    /**
     * 将 as the written 把 ("将logo移到左下角", "请将它放到画面中间"): the rules and the model, taught on 把, had read no edit.
     * Not 将 as "will" or "about to" (将会, 将要, 即将, 必将) nor in words (将军, 将来).
     */
    private static final Pattern JIANG_AS_BA = Pattern.compile("(?<![即必终行])将(?![会要来近就其军领士])");
    /** Black and white written with a plus ("b+w"). */
    private static final Pattern B_PLUS_W = Pattern.compile("\\bb\\s*\\+\\s*w\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Stops of exposure with no sign ("half a stop", "by a stop"), which the model never saw and read as anything from
     * a move to nothing: said to it as "a bit of exposure" (the step's amount is still read from the stops).
     */
    private static final Pattern UNSIGNED_STOPS = Pattern.compile("(?:\\bby\\s+)?(?<![+-]\\s?)(?<![\\w.])"
            + StepReader.STOP_COUNT, Pattern.CASE_INSENSITIVE);
    /** How a photo turned out ("came out", "turned out", "ended up"), which the model learnt as "is". */
    private static final Pattern CAME_OUT = Pattern.compile("\\b(?:came|turned) out\\b|\\bended up(?: being)?\\b",
            Pattern.CASE_INSENSITIVE);
    /** "bg", short for background, which the model learnt in full. */
    private static final Pattern BG = Pattern.compile("\\bbg\\b", Pattern.CASE_INSENSITIVE);
    /** A side or edge named ("on the left", "上面"): a widening said without one goes on with the one before. */
    private static final Pattern SIDE_NAMED = Pattern.compile("\\b(?:left|right|top|bottom|above|below|up|down|upwards"
            + "|downwards|sides?|all)\\b|[上下左右]|四周|周围|两边|两侧", Pattern.CASE_INSENSITIVE);
    /** A season or time of day as a look ("make it look like winter"): how the tones go, said by the clause after it. */
    private static final Pattern SCENE_LOOK = Pattern.compile("\\blooks? like (?:a |an |the )?(?:winter|summer|autumn|fall"
            + "|spring|night|sunset|sunrise|dusk|dawn|morning|evening|golden hour|moonlight)\\b|(?:冬天|夏天|秋天|春天|夜晚|日落"
            + "|黄昏|傍晚|清晨)的?(?:感觉|氛围|味道)", Pattern.CASE_INSENSITIVE);
    /** A multiple said alone ("4x", "x4", "by 4 times", "两倍"): after an upscale, its factor. */
    private static final Pattern LONE_MULTIPLE = Pattern.compile("^(?:to |by |at |make it )?(?:\\d+(?:\\.\\d+)?\\s*(?:x|×|times)"
            + "|(?:x|×)\\s*\\d+|(?:two|four) times|[两二四2-4]倍)(?: (?:bigger|larger|the size|please|pls))?[.!]?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A clause that names a colour and nothing for it to go on, its colour written as {@code C} ("then make it white",
     * "with plain black", "再换成白色"): after a background step it is the background's colour, where alone it had
     * recoloured the selection, that is, the subject the background was taken from.
     */
    private static final Pattern ONLY_A_COLOUR = Pattern.compile("^(?:make|turn|change|fill|paint|set|colou?r|use|do|try|go"
            + " with|replace|add|put|put in|swap in|pick|choose)?\\s*(?:it|that|them|this|the gap|the empty area)?\\s*(?:to|into|with|in|for)?\\s*(?:a |an )?"
            + "(?:solid |plain |pure |flat |simple |clean |seamless |uniform |even |[a-z]+-free )?C\\s*(?:colou?r|one|instead)?"
            + "(?: please| pls| instead)?[.!]?$"
            + "|^(?:换成|改成|变成|填充|填成|填上|涂成|弄成|设为|设成|改为|换为|用|换|改|变|填)?(?:成|为)?(?:纯|一个)?C(?:的)?"
            + "(?:背景|底)?(?:吧|就行|即可|就好)?$", Pattern.CASE_INSENSITIVE);
    /**
     * A thing named alone, as the topic of the clause after it ("ok so the umbrella, make it red", "那把伞，蓝的改成红的"),
     * not a statement about it ("这张图倒了").
     */
    private static final Pattern TOPIC = Pattern.compile("(?:(?:ok|okay|so|and|now|right|um+|hmm+|well|about|as for"
            + "|regarding)[\\s,]+)*(?:the|that|this|those|these|my|his|her|their|our) (?!(?:too|also|as|well|one|same)\\b)[a-z]+"
            + "(?: (?!(?:too|also|as|well)\\b)[a-z]+)?|(?:那|这)(?:个|把|件|条|只|辆|张|顶|双|些|棵|座|块|盏|朵|位|根)\\p{IsHan}{1,4}"
            // not a statement about it ("这张图倒了")
            + "(?<![了的着过吗吧呢啊])",
            Pattern.CASE_INSENSITIVE);
    /** The hole filled, said after a removal ("remove the person and fill in the background"): the removal's own fill. */
    private static final Pattern FILL_IN = Pattern.compile("^(?:and )?(?:fill|patch|cover)(?: it| that| them)?(?: in| up)?"
            + "(?: the (?:background|gap|hole|space|spot|area|empty (?:space|area|spot)))?(?: (?:behind|nicely|naturally|in))?"
            + "[.!]?$|^(?:背景|空白|空缺)?(?:补上|补齐|填上|填充|补好|补一下|补全)(?:吧)?$", Pattern.CASE_INSENSITIVE);
    /**
     * How far an edit should go, said on its own ("不要太过", "别过头", "适度就好", "don't overdo it", "强度大一点"):
     * alone, "不要太过" had removed the selection and "强度大一点" brightened it; after an edit, how far that edit goes.
     */
    private static final Pattern HOW_FAR = Pattern.compile("(?:but )?(?:not too much|don'?t overdo it|do not overdo it"
            + "|not overboard|don'?t go overboard|not too strong|stronger|more intense|a bit stronger|a little stronger"
            + "|(?:a bit |a little )?(?:more )?subtle|gently)(?: please| pls)?[.!]?"
            + "|(?:但是?|不过)?(?:不要|别|不用|不能)(?:太过|过头|太多|过度|太重|太狠|太强|太夸张)(?:了)?(?:哦|啊|吧)?"
            + "|(?:适度|适中|自然)(?:就好|就行|就可以|一点|些)?(?:了)?(?:吧)?"
            + "|(?:强度|力度|程度)?(?:再)?(?:大|强|高|重)(?:一点|一些|点|些)(?:吧)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * A blur's radius said on its own ("radius 10 px", "with a 5px radius", "半径十像素"): alone, "radius 10 px" had moved
     * the selection up and "半径10像素" pixelated it; after a blur, that blur's radius.
     */
    private static final Pattern LONE_RADIUS = Pattern.compile("(?:(?:with|using|at|use) )?(?:an? )?(?:blur )?(?:radius"
            + "(?: of| =| is|:)? ?\\d{1,3} ?(?:px|pixels?)?|\\d{1,3} ?(?:px|pixels?) radius)(?: please| pls)?[.!]?"
            + "|(?:模糊)?半径(?:为|是|[:：=])?\\d{1,3}(?:个)?(?:像素|px)?(?:吧)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * A strength said alone ("strength 30%", "intensity: 0.4", "20%", "强度30%", "力度大一点"): after a filter (sharpen, denoise,
     * vignette, smooth skin), that filter's amount, where alone it had made a brightness step.
     */
    private static final Pattern LONE_STRENGTH = Pattern.compile("(?:(?:with |at |use )?(?:an? |the )?(?:strength|intensity"
            + "|amount|level|power)(?: of| =| is| at|:)? ?\\d{1,3}(?:\\.\\d+)? ?(?:%|percent|per cent)?"
            + "|\\d{1,3}(?:\\.\\d+)? ?(?:%|percent|per cent)|(?:强度|力度|程度)(?:为|是|设为|调到|[:：=])?(?:\\d{1,3}(?:\\.\\d+)?(?:%|％)?|百分之\\d{1,3}"
            + "|(?:再)?(?:大|小|高|低|强|弱)(?:一点|一些|点|些)?))(?: please| pls|吧)?[.!。]?",
            Pattern.CASE_INSENSITIVE);
    /** Light asked for with nothing named ("brighten them", "提亮一下"): after edges said to be too dark, those edges. */
    private static final Pattern LIGHTEN_THEM = Pattern.compile("^" + ASKING + "(?:brighten|lighten|lift)(?: (?:them|it|those"
            + "|that|up))*(?: (?:a bit|a little|a touch|slightly|please|pls))*[.!]?$|^" + ZH_ASKING
            + "(?:提亮|调亮|变亮|亮一点|亮一些)(?:一下|一点|一些|吧)*$", Pattern.CASE_INSENSITIVE);
    /** Filters whose amount a strength said alone sets. */
    private static final Set<String> FILTERS = Set.of("sharpen", "denoise", "vignette", "smooth_skin");
    /** The subject said to stay sharp ("人物清晰", "keep the subject in focus"): after a background blur, what it is for. */
    private static final Pattern SUBJECT_STAYS_SHARP = Pattern.compile("^(?:and |but )?(?:keep |leave )?(?:the )?"
            + "(?:main )?(?:subject|person|people|face|foreground|model|product|dog|cat)(?: stays?| remains?| is| in)?"
            + " ?(?:sharp|clear|crisp|in focus|focused)[.!]?$|^(?:要|但|但是)?(?:保持)?(?:人物|主体|人像|人|主角|前景|产品|商品|脸)"
            + "(?:要|保持|依然|还是|要保持|保持住)?(?:清晰|清楚|锐利)(?:一点|一些|些)?$", Pattern.CASE_INSENSITIVE);
    /**
     * A blur asked for with nothing named ("blur it out", "虚化掉", "虚一点", which alone the model reads as a complaint
     * of blur to sharpen away): after a background blur, that blur.
     */
    private static final Pattern BARE_BLUR = Pattern.compile("^" + ASKING + "(?:blur|soften|defocus)(?: (?:it|that|this|them))?"
            + "(?: (?:out|away|a bit|a little|please|pls))*[.!]?$"
            + "|^" + ASKING + "(?:make|get) (?:it|that|them) (?:a bit |a little |more )?(?:blurry|blurred|blurrier|softer|soft"
            + "|out of focus)(?: please| pls)?[.!]?$|^(?:虚化|模糊|虚)(?:掉|一下|一点|一些|点|些)?(?:吧)?$",
            Pattern.CASE_INSENSITIVE);
    /** The picture made bigger with no amount ("make it bigger", "放大一下"): after an upscale, that upscale. */
    private static final Pattern MAKE_IT_BIGGER = Pattern.compile("^" + ASKING + "(?:make|get) (?:it|this|the (?:image|photo"
            + "|picture|pic)) (?:bigger|larger)(?: please| pls)?[.!?]?$|^(?:放大|变大)(?:一下|一点|些)?(?:吧)?$",
            Pattern.CASE_INSENSITIVE);
    /** Steps that work on the picture's quality; an enlargement named alone after one is an upscale. */
    private static final Set<String> QUALITY_STEPS = Set.of("sharpen", "denoise");
    /** Twice or four times as big, with nothing named ("放大两倍", "enlarge 4x"), which alone would move a selection. */
    private static final Pattern BARE_ENLARGEMENT = Pattern.compile("(?:再|然后|最后)?(?:放大|变大)(?:到)?(?:两|二|四|2|4)倍"
            + "|(?:enlarge|scale up|blow up|make bigger)(?: by)? (?:2|4|two|four)(?: ?x| times)?"
            + "|(?:2|4)x (?:bigger|larger)", Pattern.CASE_INSENSITIVE);
    /**
     * What a crop keeps, said after it ("剪裁一下，只保留选中部分", "裁成正方形，保留人物", "crop it square, keep her in
     * frame"): the crop itself, not a cut-out as well.
     */
    private static final Pattern KEEP_ONLY = Pattern.compile("(?:and |but )?(?:(?:only|just) keep|keep (?:only|just))\\b"
            + "|(?:and |but )?(?:keep|don'?t cut off|do not cut off|don'?t crop out) (?:the|him|her|them|it|my|his|their)\\b"
            + "|(?:但是?|并且?)?(?:要)?(?:只|把)?(?:保留|留住|保住|留下?|要|别裁掉|不要裁掉|别切掉|不要切掉)", Pattern.CASE_INSENSITIVE);
    /** A property and an amount without a direction ("contrast by 10%", "saturation 20 percent"). */
    private static final Pattern PROPERTY_BY_AN_AMOUNT = Pattern.compile("(?:" + BARE_PROPERTY.pattern()
            + ")\\s*(?:by\\s+)?(?:\\d+(?:\\.\\d+)?\\s*(?:" + PERCENT_SIGN + ")?|百分之" + NumberWords.NUMERAL + "+)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A clause that is only a distance ("10px", "by about 15 pixels", "大概20像素"): after a move that gave none, it
     * says how far that move goes, where alone the model took it for a move of its own (down, as often as not).
     */
    private static final Pattern LONE_DISTANCE = Pattern.compile("^(?:(?:just |only )?(?:by |about |around |roughly "
            + "|approximately |like |maybe |say |some )*)?(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)\\s*(?:px|pixels?"
            + "|" + PERCENT_SIGN + "|个?像素)(?: or so| please| pls|左右|就行|就好|吧)?$|^(?:大概|大约|约|差不多)?"
            + "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)\\s*(?:px|个?像素|%)(?:左右|就行|就好|吧)?$",
            Pattern.CASE_INSENSITIVE);
    /** "By a factor of 4", which the model never learnt, for the "4x" that it and {@link StepReader#multiple} know. */
    private static final Pattern FACTOR_OF = Pattern.compile("\\bby a factor of (\\d+|two|three|four|five|ten)\\b",
            Pattern.CASE_INSENSITIVE);
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
        // decoration at the end ("add text: hello world 👍", "erase the watermark :D") is no part of unquoted text
        String undecorated = TRAILING_DECORATION.matcher(clean(lifted.toString())).replaceFirst("");
        String unquoted = UnquotedText.lift(Colors.rgbAsHex(undecorated), quotes);
        List<Part> parts = new ArrayList<>(ClauseSplitter.clauses(factorsAsMultiples(blackPlusWhiteAsOne(
                JIANG_AS_BA.matcher(Spelling.correct(arrowsAsWords(unquoted))).replaceAll("把")))));
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
            labels.add(LabelCorrections.corrected(intent.confidence() < MIN_CONFIDENCE ? "none" : intent.label(), parts.get(i).text()));
        }
        readAgainWithoutTheBackground(parts, labels);
        readTogether(parts, labels);
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String label = labels.get(i);
            String nextLabel = i + 1 < parts.size() ? labels.get(i + 1) : "none";
            clauses.add(new Clause(part.text(), label, intents.get(i).confidence()));
            if (previousLabel != null && previousLabel.startsWith("move.") && LONE_DISTANCE.matcher(part.text()).matches()
                    && !previousText.matches(".*\\d.*")) {
                // "move it left a bit, 10px": the distance is how far the move before goes
                EditStep before = StepReader.step(previousLabel, previousText, quotes);
                previousText = previousText + " " + part.text();
                EditStep again = StepReader.step(previousLabel, previousText, quotes);
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
                EditStep again = StepReader.step(previousLabel, previousText, quotes);
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
            EditStep step = StepReader.step(label, lookBefore + part.text(), quotes);
            lookBefore = "";
            boolean bare = BARE_PROPERTY.matcher(part.text()).matches();
            if (step != null && step.op().equals("adjust")
                    && (bare || PROPERTY_BY_AN_AMOUNT.matcher(NumberWords.toDigits(part.text())).matches())) {
                // "increase the brightness and contrast": a property named alone goes the way of the one before;
                // first, as in "亮度和对比度都调高一点", the way of the one after; with an amount of its own ("increase
                // brightness by 20% and contrast by 10%") it keeps that amount
                EditStep guide = !steps.isEmpty() && steps.getLast().op().equals("adjust") ? steps.getLast()
                        : nextLabel.startsWith("adjust.") ? StepReader.step(nextLabel, parts.get(i + 1).text(), quotes) : null;
                if (guide != null) {
                    Map<String, Object> p = new LinkedHashMap<>(step.params());
                    double way = guide.number("amount", 0);
                    p.put("amount", bare ? way : Math.copySign(Math.abs(step.number("amount", 0)), way));
                    step = new EditStep("adjust", p);
                }
            }
            if (step != null && step.op().equals("move") && BARE_ENLARGEMENT.matcher(part.text()).matches()
                    && (!steps.isEmpty() && QUALITY_STEPS.contains(steps.getLast().op()) || QUALITY_STEPS.contains(nextLabel)
                        || step.number("scale", 1) >= 4)) {
                // "降噪、锐化，然后放大两倍", "放大2倍再锐化": beside sharpening or denoising, twice or four times as big is
                // the whole picture; four times alone ("放大四倍", "enlarge 4x") is too, as a selection that size would
                // hardly fit
                step = StepReader.step("upscale", part.text(), quotes);
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
            if (step != null && !steps.isEmpty() && restatesTheWhiteBalance(steps.getLast(), previousText, step, part.text())) {
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
            if (step != null && !steps.isEmpty() && sizeSaidAgain(steps.getLast(), previousText, step, part.text())) {
                // "make the sun smaller, about 70% of its size": the size said is the new size, not 70% of smaller
                steps.set(steps.size() - 1, step);
                previousText = part.text();
                continue;
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
     * Labels put right by the clauses around them: a clause that only says what the one after it is about (a dislike, a
     * complaint the next clause fixes, a topic, a season's look) makes no step, and a lone colour after a colour
     * complained of is the recolour wanted.
     */
    private static void readTogether(List<Part> parts, List<String> labels) {
        for (int i = 0; i < parts.size(); i++) {
            if (castSaidBesideItsDirection(parts, labels, i)) {
                labels.set(i, "none"); // "remove the colour cast, it's too warm": one cooler step, not greyer as well
            }
            if (i + 1 < parts.size() && (DISLIKE.matcher(parts.get(i).text().strip()).lookingAt()
                    || LOOK_NOT_WANTED.matcher(parts.get(i).text().strip()).find())) {
                // "I don't like the colour, make it blue", "日系小清新不要，直接黑白": the clause after says what to do
                labels.set(i, "none");
            }
            if (i + 1 < parts.size() && colourComplainedOf(parts.get(i).text(), labels.get(i))
                    && (labels.get(i + 1).startsWith("adjust.warmth.") || labels.get(i + 1).equals("none"))
                    && onlyAColour(parts.get(i + 1).text()) != null) {
                labels.set(i + 1, "recolor"); // "the blue looks awful, try orange" had made the light cooler
            }
            if (NOT_THIS_EDIT.matcher(parts.get(i).text().strip()).find() && !parts.get(i).limitsPrevious()) {
                labels.set(i, "none"); // "don't blur the background, blur the subject" had blurred both
            }
            if (remedyBeforeItsComplaint(parts, labels, i)) {
                labels.set(i, "none"); // "tone it down, the colours are too loud": less colour, not darker as well
            }
            if (complaintAnsweredAfter(parts, labels, i)) {
                labels.set(i, "none"); // "it's washed out, add contrast": the clause after names the fix
            }
            if (namesWhatTheNextClauseActsOn(parts, labels, i)) {
                labels.set(i, "none"); // "ok so the umbrella, make it red": the clause after says what to do with it
                if (labels.get(i + 1).equals("none") && SMOOTH_IT.matcher(parts.get(i + 1).text().strip()).matches()
                        && SKIN.matcher(parts.get(i).text()).find()) {
                    labels.set(i + 1, "smooth_skin"); // "the face, smooth it": what is smoothed is skin
                }
            }
            if (i + 1 < parts.size() && SCENE_LOOK.matcher(parts.get(i).text()).find()
                    && (labels.get(i + 1).startsWith("adjust.") || labels.get(i + 1).startsWith("style."))) {
                labels.set(i, "none"); // "make it look like winter, colder tones": the clause after says how
            }
        }
    }

    /**
     * A clause as the classifier learnt to read it: values as names, numbers as digits, lifted text as a placeholder,
     * "bg" as "background" ("white bg" had been read as a recolour of what is outside the selection), and how a photo
     * came out as how it is ("the photo came out really dark" had been read as a wish for it darker).
     */
    private static String forModel(String clause) {
        String named = BG.matcher(Colors.inOneScript(Colors.hexAsNames(NumberWords.withDigits(
                UnquotedText.PLACEHOLDERS.matcher(clause).replaceAll(UnquotedText.PLACEHOLDER))))).replaceAll("background");
        return UNSIGNED_STOPS.matcher(CAME_OUT.matcher(named).replaceAll("is")).replaceAll("a bit of exposure");
    }

    /**
     * A change of the background's tone or look that the model, hearing "background", took for a background op ("make
     * the background cooler" nothing, "desaturate the backdrop" a cut-out): the clause is read again
     * with the background said as "it", and a tone, style or detail change read so replaces the label (its step then
     * goes outside the selection, {@link StepReader#outsideTheSelection}). Only clauses said in words of tone or look
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
            String label = LabelCorrections.corrected(intent.confidence() < MIN_CONFIDENCE ? "none" : intent.label(), texts.get(k));
            String op = label.split("\\.")[0];
            if (Ops.REGIONAL.contains(op) && !op.equals("recolor")) {
                labels.set(which.get(k), label);
            }
        }
    }

    /**
     * Whether clause {@code i} is a remedy with no property of its own said before the complaint it fixes ("tone it
     * down, colours are too loud", "调低一点，颜色太艳了"): the complaint's step is the fix, as when the remedy comes after.
     */
    private static boolean remedyBeforeItsComplaint(List<Part> parts, List<String> labels, int i) {
        if (i + 1 >= parts.size() || !VAGUE_REMEDY.matcher(parts.get(i).text().strip()).matches()) {
            return false;
        }
        String next = labels.get(i + 1);
        return (next.startsWith("adjust.") || next.equals("denoise")) && COMPLAINT.matcher(parts.get(i + 1).text()).find();
    }

    /**
     * Whether clause {@code i} is a complaint whose fix the clause after names: a colour complained of before a recolour
     * ("the red is too loud, make it grey", "that green is ugly, go with teal", "颜色太艳了，换成灰色"), a vague look
     * ("it's washed out", "flat and lifeless") before an adjustment or sharpening said as a command ("add contrast"; not
     * "add contrast too"), or something hard to make out before what makes it clearer ("the text on the sign is hard to
     * read, sharpen", "招牌上的字看不清，锐化").
     */
    private static boolean complaintAnsweredAfter(List<Part> parts, List<String> labels, int i) {
        String text = parts.get(i).text().strip();
        String label = labels.get(i);
        boolean complaint = COMPLAINT.matcher(text).find();
        boolean colourNamed = !Colors.find(text).isEmpty() || COLOUR_WORD.matcher(text).find();
        boolean aLook = ONLY_A_VAGUE_LOOK.matcher(text).matches() || complaint && label.startsWith("adjust.");
        boolean colourDisliked = colourComplainedOf(text, label);
        boolean hardToMakeOut = HARD_TO_MAKE_OUT.matcher(text).find();
        if (!aLook && !colourDisliked && !hardToMakeOut) {
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
        boolean colourComplaint = (aLook || colourDisliked) && fixLabel.equals("recolor") && next == i + 1 && colourNamed;
        boolean vagueLook = aLook && VAGUE_LOOK.matcher(text).find()
                && (fixLabel.startsWith("adjust.") || fixLabel.equals("sharpen"))
                && !COMPLAINT.matcher(fix).find() && !AS_WELL.matcher(fix).find();
        boolean madeClearer = hardToMakeOut && next == i + 1 && (fixLabel.equals("sharpen") || fixLabel.equals("denoise")
                || fixLabel.equals("upscale") || fixLabel.startsWith("adjust."));
        // "skin looks too red, cool it": the shift of the white balance after it is the fix, not less colour as well
        boolean castCorrected = aLook && colourNamed && next == i + 1 && fixLabel.startsWith("adjust.warmth.")
                && Colors.find(fix).isEmpty() && !COMPLAINT.matcher(fix).find() && WAY_OF_THE_BALANCE.matcher(fix).find();
        return colourComplaint || vagueLook || madeClearer || castCorrected;
    }

    /** Whether a clause complains of a colour that the model read as a thing to remove or to recolour ("that green is ugly"). */
    private static boolean colourComplainedOf(String clause, String label) {
        return COMPLAINT.matcher(clause).find() && (!Colors.find(clause).isEmpty() || COLOUR_WORD.matcher(clause).find())
                && (label.equals("remove") || label.equals("recolor") || label.startsWith("adjust.warmth."));
    }

    /**
     * Whether clause {@code i} only names what the clause after it acts on: a thing alone, as its topic ("ok so the
     * umbrella, make it red" had been refused as a material, "那把伞，蓝的改成红的" a removal as well), or a size
     * complained of before the resize that fixes it ("logo太大了，缩小一半", which would have shrunk it twice).
     */
    private static boolean namesWhatTheNextClauseActsOn(List<Part> parts, List<String> labels, int i) {
        if (i + 1 >= parts.size()) {
            return false;
        }
        String text = parts.get(i).text();
        boolean topic = TOPIC.matcher(text.strip()).matches() && Colors.find(text).isEmpty()
                && !THE_BACKGROUND.matcher(text).find() && !BARE_PROPERTY.matcher(text).find();
        boolean sizeComplaint = labels.get(i).startsWith("move.scale") && labels.get(i + 1).startsWith("move.scale")
                && COMPLAINT.matcher(text).find();
        return topic || sizeComplaint;
    }

    /**
     * A colour made more of itself ("make the whites whiter", "make the reds redder"): brighter whites, deeper blacks
     * (more contrast), or any other colour more saturated; a recolour to the colour it already is would change nothing.
     */
    private static EditStep moreOfItsOwnColour(EditStep recolour, String clause) {
        String hex = recolour.text("color", "");
        String property = hex.equals(Colors.hexOf("white")) ? "brightness" : hex.equals(Colors.hexOf("black"))
                ? "contrast" : "saturation";
        return StepReader.step("adjust." + property + ".up", clause, List.of());
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

    /**
     * Whether clause {@code i} asks for a colour cast to go without naming its colour ("remove the colour cast",
     * "fix the white balance"), read as a change of colour, next to an adjustment that says which way the light is off
     * ("it's too warm", "too green").
     */
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
        p.put("scale", StepReader.round(last.number("scale", 1) / before.number("scale", 1) * after.number("scale", 1)));
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
     * side that the white-balance shift before it already goes to, or names alone the colour that the complaint before
     * it ({@code lastText}) is about.
     */
    private static boolean restatesTheWhiteBalance(EditStep last, String lastText, EditStep step, String text) {
        if (!step.op().equals("recolor") || !last.op().equals("adjust") || !"warmth".equals(last.text("property", ""))) {
            return false;
        }
        List<Colors.Found> colours = Colors.find(text);
        if (colours.size() != 1) {
            return false;
        }
        Colors.Found colour = colours.getFirst();
        String blanked = Wording.blanked(text, colour);
        int side = Colors.warmth(colour.hex());
        int way = (int) Math.signum(last.number("amount", 0));
        return side != 0 && (MORE_OF_A_COLOUR.matcher(blanked).matches() && side == way
                // "it feels cold and blue": the colour of the complaint that the shift answers
                || blanked.equals("C") && side == -way && COMPLAINT.matcher(lastText).find());
    }

    /** The colour a clause names when it names nothing else for it to go on ({@link #ONLY_A_COLOUR}), else null. */
    static String onlyAColour(String clause) {
        List<Colors.Found> colours = Colors.find(clause);
        if (colours.size() != 1) {
            return null;
        }
        Colors.Found found = colours.getFirst();
        return ONLY_A_COLOUR.matcher(Wording.blanked(clause, found)).matches() ? found.hex() : null;
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
                    || onlyAnAspect(clause) && !StepReader.step("crop", previousClause, List.of()).params().containsKey("aspect"))
                || (previousLabel.equals("style.vintage") || previousLabel.equals("style.sepia"))
                    && OLD_LOOK.matcher(clause.strip()).matches()
                || previousLabel.startsWith("expand.") && label.startsWith("expand.") && !SIDE_NAMED.matcher(clause).find()
                || previousLabel.equals("remove") && FILL_IN.matcher(clause.strip()).matches()
                || previousLabel.equals("blur.background") && (label.startsWith("blur.") || label.equals("sharpen"))
                    && BARE_BLUR.matcher(clause.strip()).matches()
                || previousLabel.equals("blur.background") && SUBJECT_STAYS_SHARP.matcher(clause.strip()).matches()
                || HOW_FAR.matcher(clause.strip()).matches()
                || previousLabel.startsWith("blur.") && LONE_RADIUS.matcher(NumberWords.toDigits(clause).strip()).matches()
                || previousLabel.equals("vignette") && Wording.EDGES_LIGHTENED.matcher(previousClause).find()
                    && LIGHTEN_THEM.matcher(clause.strip()).matches()
                || FILTERS.contains(previousLabel) && LONE_STRENGTH.matcher(NumberWords.toDigits(clause).strip()).matches()
                || previousLabel.equals("upscale") && MAKE_IT_BIGGER.matcher(clause.strip()).matches()
                || previousLabel.equals("upscale") && LONE_MULTIPLE.matcher(clause.strip()).matches()
                    && StepReader.multiple(previousClause.toLowerCase(Locale.ROOT)).isEmpty()
                || previousLabel.startsWith("rotate.")
                    && (HALF_TURN_WORDS.matcher(previousClause).find() || SIDEWAYS.matcher(previousClause).find())
                    && BARE_TURN.matcher(clause.strip()).matches();
    }

    /**
     * Whether a clause says an aspect ratio and nothing else ("1比1", "16:9", "to 4 by 3"): after a crop with no shape
     * of its own, that crop's shape.
     */
    private static boolean onlyAnAspect(String clause) {
        return ASPECT_FILLER.matcher(StepReader.ASPECT.matcher(NumberWords.toDigits(clause).toLowerCase(Locale.ROOT)).replaceAll("A"))
                .matches();
    }

    /** Whether a clause only says how text looks: sizes, weights and colours ("in big red letters", "红色，大一点"). */
    private static boolean onlyTextLook(String clause) {
        return TEXT_LOOK.matcher(Wording.withoutColours(clause)).matches();
    }

    /** "not pink", "instead of black", "而不是蓝色": a clause whose every colour is one something should not be. */
    private static boolean namesOnlyColoursItIsNot(String clause) {
        return Wording.everyColour(clause, StepReader::negated);
    }

    /** The text in compatibility form (full-width letters and digits as ASCII), without control characters. */
    static String clean(String instruction) {
        // NFKC, but for the ellipsis, which it would spell as three dots: text to write keeps it as typed ("样片……")
        return withoutControls(Arrays.stream((instruction == null ? "" : instruction).split("…", -1))
                .map(part -> Normalizer.normalize(part, Normalizer.Form.NFKC)).collect(Collectors.joining("…")));
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
            return (StepReader.NUMBER_WORDS.containsKey(n) ? StepReader.NUMBER_WORDS.get(n).toString() : n) + "x";
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

    /**
     * Whether {@code step} only resizes, the way the move before it did without a number ("smaller", "bigger"): then it
     * says by how much, and stands in for it.
     */
    private static boolean sizeSaidAgain(EditStep last, String lastText, EditStep step, String text) {
        return last.op().equals("move") && step.op().equals("move") && onlyResizes(last) && onlyResizes(step)
                && (last.number("scale", 1) - 1) * (step.number("scale", 1) - 1) > 0 && !ONCE_MORE.matcher(text).find()
                && !SIZE_NUMBER.matcher(NumberWords.toDigits(lastText)).find();
    }

    private static boolean onlyResizes(EditStep move) {
        return move.number("dx", 0) == 0 && move.number("dy", 0) == 0 && !move.params().containsKey("to")
                && move.number("scale", 1) != 1;
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
                p.put("scale", StepReader.round(last.number("scale", 1) * step.number("scale", 1)));
                steps.set(steps.size() - 1, new EditStep("move", p));
                return;
            }
            if (last.op().equals("move") && step.op().equals("move") && !placed) {
                Map<String, Object> p = new LinkedHashMap<>(last.params());
                p.put("dx", last.number("dx", 0) + step.number("dx", 0));
                p.put("dy", last.number("dy", 0) + step.number("dy", 0));
                p.put("scale", StepReader.round(last.number("scale", 1) * step.number("scale", 1)));
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
