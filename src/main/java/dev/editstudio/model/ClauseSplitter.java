package dev.editstudio.model;

import static dev.editstudio.model.Wording.CANNOT_SEE;
import static dev.editstudio.model.Wording.DECORATION;
import static dev.editstudio.model.Wording.ONE_WORD_PROBLEM;
import static dev.editstudio.model.Wording.ZH_CANNOT_SEE;

import dev.editstudio.model.InstructionParser.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an instruction into clauses at its connectives ("and", "then", "，", "然后", "但是"...), keeping together what
 * is one phrase ("black and white", "down and to the right"), dropping what is no edit of any kind (greetings, thanks,
 * praise, a slip of one letter), and marking second thoughts, limits after "but" and commands to move through the
 * history.
 */
final class ClauseSplitter {

    private static final Pattern SPLIT = Pattern.compile(
            // not between the blacks and the whites said together ("deeper blacks and brighter whites", "黑的更黑，白的
            // 更白"): one wish, more contrast
            "\\s*(?!(?<=\\b(?:blacks|whites)\\s{0,2})(?=\\s*(?:[,，]|and\\b|&)\\s*(?:[\\w-]+\\s+){0,2}(?:whites|blacks)\\b)"
                    + "|(?<=黑的更黑)(?=[，,]\\s*白的更白))"
                    + "(?:[,;!?，；。！？、\\n…]+|\\.{2,}|(?<!\\d)\\.(?!\\d)|\\b(?:and then|and also|after that|then|also|plus|afterwards)\\b"
                    // "+" and "&" between words ("grayscale + vignette", "crop & rotate"), not in "+20%", "+三十度" or
                    // "black & white"
                    + "|(?<=[\\p{L}\\s])\\+(?=\\s*(?!" + NumberWords.NUMERAL + ")\\p{L})|(?<=\\s)(?<!black\\s{1,2})&(?=\\s)(?!\\s+white)"
                    // not "and" between two directions said together ("down and to the right by 30px": one diagonal move)
                    + "|(?<!hundred )(?<!thousand )"
                    + "(?!(?<=\\b(?:up|down|left|right) )and (?:to the )?(?:up|down|left|right)\\b)\\band\\b(?![ -]white)(?! a half\\b)|然后|接着|之后|并且|同时|以及|并"
                    // what the problem before it keeps one from doing, run on without a comma ("too dark cant see
                    // anything"): a clause of its own, which read together with the problem had turned it around
                    + "|(?<=\\w)(?=\\s+" + CANNOT_SEE + ")|(?<=[啊呀了啦吧的])(?=" + ZH_CANNOT_SEE + ")"
                    // 后 after a finished action joins two edits ("水平翻转后旋转", "转黑白后加字"), not in 背后, 往后移 or 后面
                    + "|(?<=[转完好化掉糊亮暗剪裁噪色切白古描正大小彩镜])后(?![面方边退移头])"
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
                    // nor after a no ("不要再改了": no more changes)
                    + "|(?<!上方|上面|上边|顶部|下方|下面|下边|底部|左边|左侧|右边|右侧|两边|两侧|四周|周围|不要|不用|别|不)"
                    + "再(?![^，。,；;！!?？~～…]{0,3}(?:一点|一些|些|点)(?:$|[，。,；;！!?？~～….])))\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A direction word; as a whole clause after a second thought it replaces the one before ("left, no, right"). */
    private static final Pattern DIRECTION = Pattern.compile(
            "\\b(?:left|right|up|down|clockwise|counter-?clockwise|anti-?clockwise|horizontal(?:ly)?|vertical(?:ly)?)\\b"
                    + "|顺时针|逆时针|水平|垂直|[左右上下]",
            Pattern.CASE_INSENSITIVE);
    /** A clause that is one Latin letter and punctuation ("a", "b!"): a slip of the keyboard, not an edit. */
    private static final Pattern LONE_LETTER = Pattern.compile("[^\\p{L}\\p{N}]*[A-Za-z][^\\p{L}\\p{N}]*");
    /**
     * What a problem keeps one from doing ("can't see anything", "i can barely read it", "什么都看不见"): after another
     * clause it only explains that one, and read as an edit of its own it had added one ("cant see the details" a
     * sharpening, "cant see a thing" an added object).
     */
    private static final Pattern CONSEQUENCE = Pattern.compile("^" + CANNOT_SEE + "|^" + ZH_CANNOT_SEE,
            Pattern.CASE_INSENSITIVE);
    /** "make everything", "make the backdrop": the verb and object that a lone adjective after "and" goes on with. */
    private static final Pattern MAKE_SOMETHING = Pattern.compile("^(?:make|get|turn|keep|render)\\s+(?:it|this|that"
            + "|everything|him|her|them|the whole (?:thing|image|photo|picture)|the \\w+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_PROBLEM_WORD = Pattern.compile(ONE_WORD_PROBLEM, Pattern.CASE_INSENSITIVE);
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
            + "|你好|您好|嗨|哈喽|喂|嗯+|哎|诶|那个|好的|好吧|好|对了|哈+|谢谢|谢啦|多谢|麻烦了|辛苦了|算了|不用了|太棒了|不错|好看|漂亮"
            + "|(?:干|做|弄|修)得(?:真|很|太)?(?:漂亮|好|不错|棒)|真棒|好棒|厉害|绝了");
    /**
     * "nice and bright", "make it good and sharp": a state wished for, said as "make it bright". The model reads a bare
     * adjective as a complaint ("bright" is too bright), and "nice" alone is talk, so the idiom read as darker.
     */
    private static final Pattern NICE_AND = Pattern.compile(
            "\\b((?:make|get|keep|leave) (?:it|this|them|everything|the \\w+) )?(?:nice|good|nice 'n'?|nice n) and (?=\\w)",
            Pattern.CASE_INSENSITIVE);
    /**
     * An exception said alone before its clause ("除了人物，其他都变成黑白", "except the dog, make it grey"): it belongs to
     * the clause after it, which alone would change the excepted thing too.
     */
    private static final Pattern EXCEPT_ALONE = Pattern.compile("^除了?[^变调改换加去转弄做成把都\\s]{1,6}?(?:以外|之外)?$"
            + "|^(?:except|apart from|other than)(?: for)? (?:the |his |her |my |their |this |that )?\\w+$",
            Pattern.CASE_INSENSITIVE);
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
    /**
     * Courtesies and asides that open a request ("ok", "please", "kindly", "just", "maybe", "let's", "can you",
     * "I'd like you to", "go ahead and", "请", "麻烦你", "能不能", "我想", "直接") and close it ("please", "thanks",
     * "for me", "if possible", "asap", "lol", ":)", an emoji, "谢谢"), in either language around a clause of either: they
     * say nothing of the edit, and the model, which learnt few of them, had let them turn its reading ("ok remove the
     * yellow car" warmer, "kindly put the logo in the top left corner" nothing). "just the face" limits, and a wish
     * ("我希望裙子是翡翠绿") or a want of a thing ("我要一个帽子") is no courtesy.
     */
    private static final Pattern OPENING_COURTESY = Pattern.compile("^(?:(?:(?:ok|okay|hey|hi|yo|now|next|maybe|perhaps"
            + "|um+|uh+|erm|so yeah|oh and|one more thing)\\b:?"
            + "|just(?! (?:the|a|an|his|her|their|my|this|that|these|those|him|them|it)\\b)"
            + "|please|pls|plz|kindly|let'?s|go ahead and|try to|help me|(?:can|could|would|will) (?:you|u|we)"
            + "(?: please| pls| kindly)?|(?:i'?d|i would|we'?d) like (?:you |u )?to"
            + "|(?:i |we )?(?:want|need) (?:you |u )?to|i think (?:we|you) should|how about(?: we| you)?|what about"
            + ")(?![\\p{L}'])[\\s,]*"
            + "|(?:请你?|麻烦(?:你|您)?|劳驾|帮忙|帮我们?|能不能|能否|可不可以|可否|(?:你|您)(?:能不能|能|可以|可不可以)"
            + "|我(?:想|要|想要)(?!一|个|只|把它留)|我希望(?=[把将给让]|放大|缩小|调|加|去|转|裁|变|改|换|弄|做)"
            + "|想请(?:你|您)|(?:能|可以)(?=帮)|直接|顺便)(?!了))+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_COURTESY = Pattern.compile("(?:(?:[\\s,]+|^)(?:please|pls|plz|thanks|thank (?:you|u)"
            + "(?: so much| very much| in advance)?|thx|ty|tia|cheers(?: mate)?|for me|if (?:possible|you can|you could)"
            + "|if (?:that'?s|that is|it'?s) (?:ok|okay|alright|possible)|when you (?:get|have) a (?:chance|sec|second|minute)"
            + "|asap|real quick|quickly|now)(?![\\p{L}'])[.!]*"
            + "|[\\s,]*(?:谢谢(?:你|您|啦)?|多谢了?|谢啦|感谢|辛苦了|拜托了|麻烦了)[。!~～]*"
            + "|\\s*" + DECORATION + ")+$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Particles and tag questions closing a Chinese sentence ("调亮一点吧", "染红呀", "转一下行吗", "，好吗？", "就好"), not
     * the end of a word ("酒吧", "毛呢", "干嘛", "谢啦"). They go before the split, as they hid where a clause ends:
     * "对比度再高一点吧" had been split at 再 into "对比度" and "高一点", and a lone "好吗" taken for an edit.
     */
    private static final Pattern ZH_SENTENCE_END = Pattern.compile("(?<=[\\p{IsHan}\\w%+-])(?<![酒网贴书水毛喇干谢])"
            + "(?:[，,]?\\s*(?:好吗|好不好|行吗|行不行|成吗|可以吗|可不可以|可以不|就好了?|就行了?|就可以了?|即可)"
            + "|[吧呀啊嘛呗哦呢啦喔哈])+"
            + "(?=\\s*(?:[，。,；;！!?？~～….]|$))");
    private static final Pattern LEADING = Pattern.compile("^(?:first|firstly|finally|先|首先|最后|最后再)\\s*",
            Pattern.CASE_INSENSITIVE);

    private ClauseSplitter() {
    }

    /**
     * A clause as split, with what the words around it said: a second thought, or a limit after "but"; or, with
     * {@code history} set, a command to move through the history, which is no clause for the model.
     */
    record Part(String text, boolean takesBack, boolean limitsPrevious, History history) {}

    /**
     * The clauses of an instruction, split at connectives, without the ones that are no edit of any kind (a slip of
     * one letter, greetings and thanks) and without the words that mark a second thought or a "but".
     */
    static List<Part> clauses(String text) {
        List<Part> parts = new ArrayList<>();
        boolean correcting = false;
        String except = ""; // "除了人物，" said before the clause it excepts from
        String wished = NICE_AND.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) : "make it ");
        String ended = ZH_SENTENCE_END.matcher(wished).replaceAll("");
        for (String piece : SPLIT.split(BUT.matcher(ended).replaceAll(", $1 "))) {
            String clause = withoutCourtesy(piece.strip());
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
     * The clause without the courtesies and decoration around it ("照片倒过来了哈哈", "make it red :)"), with what they leave
     * behind ("请先调亮" → "先调亮" → "调亮"): nothing, for a clause that is all courtesy ("thanks", "please").
     */
    static String withoutCourtesy(String clause) {
        String rest = clause;
        for (String before = null; !rest.equals(before); ) {
            before = rest;
            rest = LEADING.matcher(OPENING_COURTESY.matcher(rest).replaceFirst("").strip()).replaceFirst("").strip();
            rest = CLOSING_COURTESY.matcher(rest).replaceFirst("").strip();
        }
        return rest;
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
}
