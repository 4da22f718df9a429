package dev.editstudio.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words of a text step typed without quotes ("add the text hello world at the top", "write SALE in red",
 * "caption: summer vibes", "在顶部写上欢迎光临", "加上新品上市字样") and lifts them out as quoted text is lifted. The model
 * then reads "add the text QTEXT at the top", as it was taught, rather than words it never saw: with them in place it
 * took "write SALE at the bottom" for widening the picture and "add the text hello world" for adding an object.
 *
 * <p>Only words after a marker of text ("text", "caption", "saying", "write", 写, 文字, 字样...) are lifted, up to a
 * position ("at the top", "在右下角"), a colour or size ("in red", "in big letters"), a clause boundary or another
 * edit ("and make it brighter"). "make the text red" names no words, so nothing is lifted there.
 */
final class UnquotedText {

    /** What a lifted literal is replaced by, with its index after it ({@link #placeholder}). */
    static final String PLACEHOLDER = "QTEXT";
    /** A placeholder with its index as group 1. */
    static final Pattern PLACEHOLDERS = Pattern.compile(PLACEHOLDER + "(\\d+)");

    /** Words that cannot open the literal: it would be a position or a reference, not text ("put text on it"). */
    private static final Pattern NOT_A_LITERAL = Pattern.compile(
            "(?i)^(?:on|in|at|to|for|of|with|onto|over|under|near|across|along|below|above|into|inside|here|there|somewhere"
                    + "|it|this|that|them|something|some|QTEXT\\d*)\\b.*|^[的了吧].*");
    private static final String EN_MARKED_WORDS = "text|words?|caption|title|heading|headline|label|watermark|slogan"
            + "|tagline|message|banner";
    private static final String EN_MARKED = "(?:" + EN_MARKED_WORDS + ")";
    private static final String EN_SAYING = "(?:that says|which says|saying|that reads|which reads)";
    private static final Pattern EN_MARKER = Pattern.compile("(?i)"
            // "add the words ...", "put a big red caption: ...", "insert text saying ..."
            + "\\b(?:add|put|write|insert|type|overlay|stamp|place|print|include)\\b(?:\\s+[\\w-]+){0,3}?\\s+"
            + EN_MARKED + "\\b(?:\\s*:|\\s+" + EN_SAYING + "|\\s+(?:says|reading|with))?\\s*"
            // "a sign saying ...", "a banner that reads ..."
            + "|\\b" + EN_SAYING + "\\s+"
            // "write SALE at the bottom", "type Merry Christmas ..." (but not "write text ..." or "write on it")
            + "|\\b(?:write|type)\\s+(?!(?:a|an|the|some|" + EN_MARKED_WORDS + ")\\b)"
            // "label it Before", "caption the photo summer"
            + "|\\b(?:label|caption|title|tag)\\s+(?:it|this|the (?:image|photo|picture|pic))\\s+(?:as\\s+|with\\s+)?"
            // "caption: summer vibes", "put the text in the top right: Grand Opening"
            + "|(?:^|\\b)" + EN_MARKED + "\\b[^:,;.!?\"]{0,40}?:\\s*");
    private static final String POSITION_WORD = "(?:very\\s+)?(?:top|bottom|left|right|center|centre|middle|upper|lower"
            + "|corner|edge|side|image|photo|picture|pic|frame)";
    private static final String EDIT_VERB = "(?:make|add|turn|change|blur|remove|crop|rotate|flip|move|put|increase|decrease"
            + "|brighten|darken|sharpen|set|give|apply|convert|also|use|resize|erase|delete|then|and then|mirror|expand"
            + "|upscale|enlarge|shrink|boost|lower|raise|reduce|warm|cool)";
    private static final Pattern EN_END = Pattern.compile("(?i)"
            + "\\s*[,;!?，；。！？]|(?<!\\.)\\.(?:\\s|$)"
            + "|\\s+(?:and|then|and then|after that)\\s+(?=" + EDIT_VERB + "\\b)|\\s+then\\b"
            + "|\\s+(?:at|in|on|to|along|across|near|into|over|under|below|above|inside|onto)\\s+(?:the\\s+)?"
            + POSITION_WORD + "\\b"
            + "|\\s+(?:top|bottom|upper|lower)(?:[\\s-]+(?:left|right))?\\s*$|\\s+(?:centered|centred)\\b"
            + "|\\s+(?:in|with|using)\\s+(?:(?:a|big|bold|large|small|huge|tiny|bright|dark|light|capital|thick|thin"
            + "|" + colours() + "|\\w+ish)[\\s-]+)*(?:letters|font|text|type|caps|capitals|colou?r|" + colours() + ")\\b"
            + "|\\s+(?:size|font size)\\s*\\d"
            // a thing it goes on, said last ("add the words happy new year on the banner")
            + "|\\s+(?:on|onto)\\s+(?:the|his|her|their|its|this|that|a)\\s+[\\w-]+(?:\\s+[\\w-]+)?\\s*$"
            + "|$");
    /** A colour before the words ("写上红色的欢迎光临"), read as the text's colour; 特色 or 出色 are no colour. */
    private static final String ZH_COLOUR = "(?:[深浅淡亮暗天宝墨酒玫藏米咖橘]?[红橙黄绿青蓝紫粉白黑灰棕褐金银](?:色的?|的))?";
    private static final Pattern ZH_MARKER = Pattern.compile(
            // 写一行白色的字：欢迎光临, 写标题：夏日冲浪 (what is written is after the colon); 写上欢迎光临, 写着 ...,
            // 写一行字：...; not 写实, 写真 or 特写
            "(?<![特描速听抄])写(?:上|着|下)?(?:(?:一行|一句|一段|几个|个)?" + ZH_COLOUR
                    + "(?:文字|字样|标题|文案|字幕|标语|话|字)[:：]|(?:一行字|一句话|几个字)?(?![实真意])[:：]?" + ZH_COLOUR + ")"
                    // 加上文字新品上市, 右下角加文字：样片, 添加红色的标题 ...
                    + "|(?:加上|添加|打上|配上|放上|输入|插入|加|配|放)(?:一行|几个|一段|一句|一个|个)?" + ZH_COLOUR
                    + "(?:文字|字样|标题|文案|水印|字幕|标语|字)[:：]?"
                    // 底部加一句：晚安
                    + "|(?:加上|添加|打上|配上|写上|加|配|写)(?:一行字?|一句话?|一段话|几个字)[:：]"
                    // 把字放在右上角：新品上市, 标题：夏日特惠
                    + "|(?:文字|字样|标题|文案|字幕|标语|字)[^:：,，。;；！!]{0,15}[:：]");
    /** Words before 字样 or 几个字 ("加上新品上市字样", "写上欢迎这几个字"). */
    private static final Pattern ZH_BEFORE_MARK = Pattern.compile(
            "(?:加上|添加|打上|写上|放上|写|加)" + ZH_COLOUR + "([^，。,；;！!：:\\s]{1,20}?)(?:这几个字|几个字|的字样|字样|这句话)");
    /**
     * Where unquoted Chinese words end: a place or means said after them, punctuation, or the particle or tag question
     * closing the sentence ("底部加一句：晚安呀" writes 晚安; quoted words keep theirs).
     */
    private static final Pattern ZH_END = Pattern.compile("(?:放在|写在|在|用|于|[，。,；;！!?？]|(?:[吧呗嘛呀啊呢哈]|行吗|可以吗)?$)");
    /** A marker that says one word follows ("the word", "a single word"), not "the words". */
    private static final Pattern ONE_WORD_MARKED = Pattern.compile("(?i)\\bword\\b\\s*:?\\s*$");
    /** Politeness after the words ("write SALE please"), which is not written. */
    private static final Pattern TRAILING_POLITENESS = Pattern.compile("(?i)[\\s,]+(?:please|pls|plz|thanks|thank you)$");

    private UnquotedText() {}

    /**
     * {@code text} in its Simplified Chinese reading ({@link ChineseScript}) with each unquoted literal replaced by
     * {@code QTEXTn}, {@code n} its index in {@code quotes}, to which it is added as typed (Traditional characters
     * included: "寫上歡迎光臨" writes 歡迎光臨); text already lifted from quotes stays as it is.
     */
    static String lift(String text, List<String> quotes) {
        Reading read = new Reading(ChineseScript.simplified(text), text);
        read = liftBeforeMark(read, quotes);
        read = liftAfter(read, ZH_MARKER, ZH_END, quotes);
        return liftAfter(read, EN_MARKER, EN_END, quotes).plain();
    }

    /**
     * A text as read ({@code plain}, in Simplified characters) and as typed, of the same length, so that what is found
     * in the one is cut from the other at the same place.
     */
    private record Reading(String plain, String typed) {

        Reading from(int start) {
            return new Reading(plain.substring(start), typed.substring(start));
        }

        Reading upTo(int end) {
            return new Reading(plain.substring(0, end), typed.substring(0, end));
        }

        Reading then(Reading after) {
            return new Reading(plain + after.plain, typed + after.typed);
        }

        /** The literal at {@code start..end} as typed, lifted: replaced by its placeholder in both. */
        Reading lifting(int start, int end, List<String> quotes) {
            String placeholder = placeholder(typed.substring(start, end), quotes);
            return new Reading(plain.substring(0, start) + placeholder + plain.substring(end),
                    typed.substring(0, start) + placeholder + typed.substring(end));
        }
    }

    private static Reading liftBeforeMark(Reading read, List<String> quotes) {
        Matcher m = ZH_BEFORE_MARK.matcher(read.plain());
        if (!m.find() || NOT_A_LITERAL.matcher(m.group(1)).matches() || m.group(1).contains(PLACEHOLDER)) {
            return read;
        }
        return read.lifting(m.start(1), m.end(1), quotes);
    }

    private static Reading liftAfter(Reading read, Pattern marker, Pattern end, List<String> quotes) {
        String text = read.plain();
        Matcher m = marker.matcher(text);
        int from = 0;
        while (m.find(from)) {
            // a later marker may overlap this one ("put the text in the top right: Grand Opening")
            from = m.start() + 1;
            String rest = text.substring(m.end());
            Matcher e = end.matcher(rest);
            // the end of the literal: the first boundary after at least one character of it
            int stop = rest.length();
            while (e.find()) {
                if (e.start() > 0) {
                    stop = e.start();
                    break;
                }
            }
            String literal = TRAILING_POLITENESS.matcher(rest.substring(0, stop).strip()).replaceFirst("");
            if (ONE_WORD_MARKED.matcher(m.group()).find()) {
                literal = literal.split("\\s+", 2)[0]; // "put the word OPEN on the sign": one word, whatever follows
            }
            // words before a quoted text ("写红字“你好”") describe it; the quoted text is the literal
            if (!literal.isEmpty() && !NOT_A_LITERAL.matcher(literal).matches() && !literal.contains(PLACEHOLDER)) {
                int start = m.end() + rest.indexOf(literal);
                // another text may follow ("text A at the top and text B at the bottom")
                Reading lifted = read.lifting(start, start + literal.length(), quotes);
                return lifted.upTo(start).then(liftAfter(lifted.from(start), marker, end, quotes));
            }
        }
        return read;
    }

    /**
     * Adds {@code literal} to {@code quotes} and returns what stands in its place, {@code " QTEXTn "}: the same for
     * quoted text ({@link InstructionParser}) as for words lifted here.
     */
    static String placeholder(String literal, List<String> quotes) {
        quotes.add(literal);
        return " " + PLACEHOLDER + (quotes.size() - 1) + " ";
    }

    private static String colours() {
        return String.join("|", Colors.englishNames().stream().map(Pattern::quote).toList());
    }
}
