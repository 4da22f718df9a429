package dev.editstudio.model.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the training corpus of the clause classifier: labelled single-clause instructions in English and
 * Chinese, from templates with slots (objects, colours, numbers, scenes...), politeness wrappers, random casing and
 * typos. Deterministic for a seed. Quoted text appears as {@code QTEXT}, the way the runtime hands clauses over
 * (it lifts quoted strings out before classifying).
 *
 * <p>Templates are written from how people phrase edits, not from any evaluation set.
 */
final class IntentCorpus {

    record Example(String text, String label) {}

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private final Random random;
    private final Map<String, List<String>> slots = new LinkedHashMap<>();
    private final List<Example> examples = new ArrayList<>();

    private IntentCorpus(long seed) {
        this.random = new Random(seed);
        slot("obj", "it", "this", "the car", "the hat", "the shirt", "the jacket", "the dress", "the wall", "the door",
                "the sky", "the flower", "the flowers", "the leaves", "the boat", "the house", "the roof", "the bag",
                "the shoes", "the cup", "the table", "the chair", "the sofa", "the bike", "the bird", "the fence",
                "the umbrella", "the selection", "the selected area", "the selected region", "the object", "the logo",
                "the background", "the building", "the hair", "the lips", "the eyes", "the scarf", "the ball",
                "the bottle", "the lamp", "the window", "the tree", "the grass", "the water", "that", "the person",
                "the sign", "the curtain", "the pillow", "the mug", "the phone", "the balloon", "the kite", "her dress",
                "his shirt", "her hair", "his car", "their house", "my jacket", "her bag", "his hat", "our door");
        slot("zobj", "它", "这个", "车", "汽车", "帽子", "衬衫", "外套", "裙子", "墙", "门", "天空", "花", "叶子", "船", "房子",
                "屋顶", "包", "鞋子", "杯子", "桌子", "椅子", "沙发", "自行车", "鸟", "栅栏", "伞", "选区", "选中区域", "选中的部分",
                "物体", "标志", "建筑", "头发", "嘴唇", "围巾", "球", "瓶子", "灯", "窗户", "树", "草地", "水", "这里", "那个",
                "人", "招牌", "窗帘", "枕头", "手机", "气球", "风筝", "衣服", "上衣", "裤子");
        slot("color", "red", "blue", "green", "yellow", "orange", "purple", "pink", "white", "black", "gray", "grey",
                "brown", "gold", "golden", "silver", "cyan", "teal", "navy", "navy blue", "dark green", "light blue",
                "dark red", "sky blue", "beige", "violet", "magenta", "crimson", "turquoise", "lime green",
                "maroon", "olive", "lavender", "bright red", "pale yellow", "dark blue", "light green", "cream",
                "ivory", "tan", "coral", "mint green", "hot pink", "charcoal", "burgundy", "emerald", "matte black",
                "glossy red", "metallic silver", "pastel pink", "deep blue", "bright yellow", "soft green");
        // a person's belongings: "make her dress purple" is a recolour, not a pose, though "make her ..." often is
        slot("poss", "his", "her", "their", "my", "your", "its", "the man's", "the girl's");
        slot("wear", "dress", "shirt", "jacket", "coat", "skirt", "shoes", "tie", "hat", "scarf", "pants", "sweater",
                "hoodie", "bag", "car", "bike", "nails", "hair", "t-shirt", "jeans", "umbrella", "cap");
        // what people clean out of photos: small clutter named by what it is
        slot("clutter", "the power lines", "the wires", "the cables", "the trash can", "the pole", "the scratches",
                "the dust spots", "the stain", "the crack", "the graffiti", "the tourists", "the people behind her",
                "the car in the back", "the lamp post", "the street sign", "the cigarette butts", "the sticker",
                "the pimple", "the date stamp", "the photobomber", "the fly", "the rubbish", "the crane", "the shadow");
        slot("where", "on the left", "on the right", "in the back", "in the background", "in the corner",
                "behind her", "at the edge", "next to the car", "in the distance", "at the bottom");
        slot("zclutter", "电线", "电线杆", "垃圾桶", "划痕", "污点", "污渍", "裂缝", "涂鸦", "游客", "后面的路人", "路牌",
                "烟头", "贴纸", "痘痘", "日期水印", "苍蝇", "垃圾", "杂物", "背后的车");
        slot("zcolor", "红色", "蓝色", "绿色", "黄色", "橙色", "紫色", "粉色", "白色", "黑色", "灰色", "棕色", "金色", "银色",
                "青色", "深蓝色", "浅蓝色", "深绿色", "浅绿色", "深红色", "天蓝色", "米色", "咖啡色", "橘色", "粉红色", "红", "蓝",
                "绿", "黄", "白", "黑", "紫", "淡黄色", "墨绿色", "酒红色", "藏青色", "玫红色", "褐色", "浅灰色", "宝蓝色");
        slot("n", "5", "10", "12", "15", "20", "25", "30", "40", "50", "60", "75", "80", "100", "120", "150", "200", "3", "8");
        // a magnitude written after a sign ("exposure +0.5", "亮度-20"), the way editors' sliders show it
        slot("sn", "5", "10", "15", "20", "25", "30", "40", "50", "0.3", "0.5", "0.7", "1", "1.5", "2", "0.2");
        slot("zn", "5", "10", "20", "30", "50", "100", "15", "40", "十", "二十", "三十", "五十", "一百", "八");
        slot("pct", "5%", "10%", "15%", "20%", "25%", "30%", "40%", "50%", "60%", "75%", "10 percent", "20 percent",
                "half", "a third", "a quarter");
        slot("zpct", "10%", "20%", "30%", "50%", "15%", "25%", "一半", "百分之二十", "百分之十", "三分之一", "一倍", "两倍");
        slot("px", "px", " px", " pixels", " pixel", "px", " pts", "");
        slot("zpx", "像素", "个像素", "px", "", "像素点");
        slot("deg", "90", "45", "30", "15", "180", "270", "60", "10", "5", "120");
        slot("aspect", "1:1", "4:3", "3:2", "16:9", "9:16", "2:1", "5:4", "3:4", "21:9");
        slot("scene", "a beach", "the ocean", "a forest", "a city skyline", "mountains", "a sunset", "space",
                "a desert", "snow", "an office", "a park", "a studio backdrop", "a starry sky", "paris");
        slot("zscene", "海滩", "森林", "城市", "雪山", "沙漠", "星空", "草原", "办公室", "公园", "大海", "夕阳");
        slot("thing", "a dog", "a cat", "a tree", "a bird", "a rainbow", "a hat", "sunglasses", "a car", "a boat",
                "a moon", "clouds", "a person", "a flower", "a butterfly", "a horse", "balloons", "a lamp", "fireworks",
                "a sun", "a crown", "a beard", "a mustache", "snowflakes", "a ghost", "a dragon", "a castle",
                "a hot air balloon", "a plane", "a kite", "a tent", "a snowman", "a bench", "a cake", "a candle", "a guitar",
                "a laptop", "a vase", "stars", "a spaceship", "a lighthouse", "a bicycle", "an umbrella", "a palm tree",
                "a flag", "a backpack", "earrings", "a necklace", "a tattoo", "wings", "a halo", "a unicorn", "a robot",
                "a dinosaur", "a puppy", "a kitten", "lanterns", "a crowd", "a waterfall", "a bridge", "a pumpkin");
        slot("zthing", "一只狗", "一只猫", "一棵树", "一只鸟", "彩虹", "帽子", "墨镜", "一辆车", "一条船", "月亮", "云", "一个人",
                "一朵花", "蝴蝶", "一匹马", "气球", "烟花", "太阳", "皇冠", "胡子", "雪花", "一条龙", "城堡", "小狗", "小猫",
                "热气球", "一架飞机", "风筝", "帐篷", "雪人", "长椅", "蛋糕", "蜡烛", "吉他", "灯笼", "星星", "翅膀", "光环",
                "独角兽", "机器人", "恐龙", "项链", "耳环", "围巾", "眼镜", "一座桥", "瀑布", "南瓜");
        slot("animal", "the horse", "the dog", "the cat", "the car", "the man", "the woman", "the boy", "the tree",
                "the house", "the bird", "the cup", "the sky", "the boat", "the flower", "the child", "the bike",
                "the person", "the face", "the sofa", "the apple", "the mountain");
        slot("newthing", "a zebra", "a cat", "a dog", "a tiger", "a robot", "a lion", "a truck", "a woman", "a man",
                "a castle", "a rose", "a horse", "a bicycle", "a panda", "an elephant", "a statue", "a bear",
                "an orange", "a volcano", "a spaceship");
        slot("zanimal", "狗", "猫", "马", "车", "男人", "女人", "孩子", "树", "房子", "鸟", "杯子", "天空", "船", "花", "自行车",
                "人", "脸", "苹果", "山");
        slot("znew", "猫", "狗", "老虎", "机器人", "狮子", "卡车", "熊猫", "大象", "雕像", "玫瑰", "城堡", "斑马", "兔子", "熊",
                "宇宙飞船");
        slot("material", "marble", "wood", "glass", "metal", "gold metal", "leather", "stone", "ice", "plastic",
                "velvet", "concrete", "brick", "chrome", "fabric", "paper", "rubber", "ceramic", "crystal", "bronze");
        slot("materialadj", "wooden", "metallic", "glassy", "marble", "stony", "leathery", "furry", "icy", "plastic",
                "rubbery", "crystalline", "velvety", "silky", "rusty", "chrome", "steel", "concrete", "brick", "woolen");
        slot("zmaterial", "大理石", "木头", "玻璃", "金属", "皮革", "石头", "冰块", "塑料", "丝绒", "水泥", "砖", "陶瓷", "水晶",
                "青铜", "木质", "毛绒");
        slot("person", "him", "her", "the man", "the woman", "the person", "the girl", "the boy", "them", "the child",
                "the model", "the dog", "the cat");
        slot("zperson", "他", "她", "这个人", "那个男人", "那个女人", "小孩", "模特", "人物", "狗", "猫");
        slot("things", "balloons", "flowers", "clouds", "stars", "birds", "trees", "people", "fireworks", "butterflies",
                "bubbles", "lanterns", "candles", "petals", "hearts", "sparkles", "animals", "boats", "rocks");
        slot("less", "less ", "not so ", "not as ", "a bit less ", "make it less ", "make it not so ", "slightly less ");
        slot("zso", "好", "真", "超", "这么", "怎么这么", "也太", "特别", "好像有点");
        slot("zsoend", "", "", "啊", "呀", "了", "啦", "的", "吧", "哦");
        slot("pose", "wave his hand", "wave", "raise her arms", "sit down", "stand up", "jump", "turn around",
                "look left", "look at the camera", "smile", "cross his arms", "dance", "run", "kneel", "point at the sky",
                "close her eyes", "open his mouth", "lie down", "hold a cup", "bow", "clap", "turn her head",
                "look up", "look down", "turn to the side", "face left", "look over his shoulder", "sit", "stand",
                "roll over");
        slot("zpose", "举起手", "挥手", "坐下", "站起来", "跳起来", "转身", "看向左边", "看镜头", "笑", "微笑", "抱着手臂", "跳舞",
                "跑起来", "跪下", "闭上眼睛", "张开嘴", "躺下", "鞠躬", "拍手", "转过头来", "回头", "转过身", "抬起头",
                "低下头", "侧过脸", "扭头看右边");
        slot("pos", "at the top", "at the bottom", "in the center", "in the middle", "at the top left",
                "in the top left corner", "at the top right", "in the bottom right corner", "at the bottom left",
                "on the left", "on the right", "at the upper left", "in the lower right", "across the top",
                "along the bottom", "");
        slot("zpos", "在顶部", "在底部", "在中间", "在左上角", "在右上角", "在左下角", "在右下角", "在左边", "在右边", "在上方",
                "在下方", "在正中间", "在图片顶部", "在画面底部", "");
        slot("a", "a bit", "slightly", "a little", "a lot", "much", "way", "20%", "10%", "30 percent", "", "", "",
                "somewhat", "significantly", "a touch");
        slot("za", "一点", "一些", "一点点", "很多", "稍微", "大幅", "20%", "", "", "再", "更", "些");
        slot("bg", "the background", "the backdrop", "the bg", "background", "bg", "the background behind her");
        slot("please", "please", "pls", "can you", "could you", "i want to", "i'd like to", "help me", "let's",
                "now", "ok", "go ahead and", "kindly", "try to", "i need you to", "just");
        // why the edit is wanted: a tail that names a purpose, not another edit
        slot("why", "so the subject stands out", "so she stands out", "so it pops", "so that it looks better",
                "to make it stand out", "for instagram", "for my website", "for the poster", "so it looks more professional",
                "because it looks off", "so the dog stands out", "so the product is the focus", "for a presentation",
                "so it matches the rest", "so people notice it", "because my boss asked", "since it's for a client",
                "because it's going on a billboard");
        slot("zwhy", "让主体更突出", "这样好看一点", "发朋友圈用", "让人物更突出", "看起来更专业", "做海报用", "突出重点",
                "这样更协调", "显得高级一点");
        slot("zplease", "请", "帮我", "麻烦", "能不能", "可以", "我想", "给我", "把图片", "帮忙", "试着");
        build();
    }

    static List<Example> generate(long seed) {
        return new IntentCorpus(seed).examples;
    }

    private void slot(String name, String... values) {
        slots.put(name, List.of(values));
    }

    /** Adds {@code copies} fillings of each template under {@code label}. */
    private void en(String label, int copies, String... templates) {
        emit(label, copies, false, templates);
    }

    private void zh(String label, int copies, String... templates) {
        emit(label, copies, true, templates);
    }

    private void emit(String label, int copies, boolean chinese, String... templates) {
        for (String template : templates) {
            for (int k = 0; k < copies; k++) {
                String text = fill(template);
                if (!label.equals("none") && random.nextDouble() < 0.05) {
                    text = text + (chinese ? "，" + pick("zwhy") : " " + pick("why"));
                }
                text = chinese ? politeZh(text) : noisyEn(politeEn(text));
                examples.add(new Example(text.replaceAll("\\s+", " ").trim(), label));
            }
        }
    }

    private String fill(String template) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> values = slots.get(m.group(1));
            if (values == null) {
                throw new IllegalStateException("no slot " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(random.nextInt(values.size()))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String politeEn(String text) {
        double r = random.nextDouble();
        if (r < 0.2) {
            return pick("please") + " " + text;
        }
        if (r < 0.3) {
            return text + " " + List.of("please", "thanks", "pls", "for me", "now").get(random.nextInt(5));
        }
        return text;
    }

    private String politeZh(String text) {
        double r = random.nextDouble();
        if (r < 0.2) {
            return pick("zplease") + text;
        }
        if (r < 0.3) {
            return text + List.of("吧", "一下", "谢谢", "哦", "呗").get(random.nextInt(5));
        }
        return text;
    }

    /** Random casing and keyboard typos: people type fast. */
    private String noisyEn(String text) {
        double r = random.nextDouble();
        if (r < 0.1) {
            text = text.toUpperCase(Locale.ROOT);
        } else if (r < 0.25 && !text.isEmpty()) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        if (random.nextDouble() < 0.3) {
            text = typo(text);
        }
        return text;
    }

    private String typo(String text) {
        String[] words = text.split(" ");
        int w = random.nextInt(words.length);
        String word = words[w];
        if (word.length() < 4 || word.equals("QTEXT")) {
            return text;
        }
        int i = 1 + random.nextInt(word.length() - 2);
        word = switch (random.nextInt(4)) {
            case 0 -> word.substring(0, i) + word.substring(i + 1);                                  // drop
            case 1 -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2); // swap
            case 2 -> word.substring(0, i) + word.charAt(i) + word.substring(i);                     // double
            default -> word.substring(0, i) + (char) ('a' + random.nextInt(26)) + word.substring(i + 1); // replace
        };
        words[w] = word;
        return String.join(" ", words);
    }

    /**
     * Every prefix + word + suffix + tail combination of the {@code |}-separated alternatives, leaving out a word with
     * neither a prefix nor a suffix (a bare "两倍" is not a size); throws when that leaves nothing.
     */
    private static String[] cross(String prefixes, String words, String suffixes, String tails) {
        List<String> out = new ArrayList<>();
        for (String p : prefixes.split("\\|", -1)) {
            for (String w : words.split("\\|", -1)) {
                for (String s : suffixes.split("\\|", -1)) {
                    for (String t : tails.split("\\|", -1)) {
                        if (!p.isEmpty() || !s.isEmpty()) {
                            out.add(p + w + s + t);
                        }
                    }
                }
            }
        }
        if (out.isEmpty()) {
            // a bare word needs a prefix or a suffix beside it here; a list of whole phrases goes in as it is
            throw new IllegalArgumentException("cross() of no prefix and no suffix makes nothing: " + words);
        }
        return out.toArray(String[]::new);
    }

    private String pick(String slot) {
        List<String> values = slots.get(slot);
        return values.get(random.nextInt(values.size()));
    }

    private void build() {
        recolor();
        adjust();
        styles();
        filters();
        moves();
        text();
        background();
        geometry();
        unsupported();
        none();
    }

    private void recolor() {
        // black and white is a style, not two colours, whatever it is said of
        en("style.grayscale", 1, cross("make |turn |render |convert |switch ", "{obj} |the selection |the selected area "
                + "|this part |the background |everything |", "black and white|black & white|grayscale|monochrome|b&w",
                "| please"));
        // a colour as a comparative ("make the grass greener") still names the colour the selection should take
        en("recolor", 1, cross("make |turn |get |paint ", "{obj} |the grass |the sky |the water |the leaves |",
                "greener|bluer|redder|whiter|pinker|yellower|more purple|more orange|more green|more blue|more red",
                "| please"));
        en("recolor", 14, "make {obj} {color}", "change {obj} to {color}", "change the color of {obj} to {color}",
                "color {obj} {color}", "paint {obj} {color}", "turn {obj} {color}", "recolor {obj} to {color}",
                "recolor {obj} {color}", "make the {color} {obj} {color}", "turn the {color} parts {color}",
                "change the {color} to {color}", "{color}", "make it {color} instead", "dye {obj} {color}",
                "change {obj} color to {color}", "switch {obj} to {color}", "replace the {color} with {color}",
                "I want {obj} in {color}", "can {obj} be {color}", "tint {obj} {color}", "{obj} should be {color}",
                "give {obj} a {color} color", "turn everything {color} into {color}", "set the color to {color}",
                "fill the selection with {color}", "make the {color} areas {color}", "repaint {obj} in {color}",
                "color it {color}", "a {color} {obj}", "in {color} please", "turn {obj} into {color}");
        // a colour as a finish or a coat is paint, and "X to red" (or "X -> red") is a recolour in shorthand
        en("recolor", 3, "give {obj} a {color} finish", "a {color} paint job for {obj}", "give {obj} a coat of {color}",
                "{obj} to {color}", "selection to {color}", "the selected part to {color}", "{obj}: {color}");
        // white or black alone is a colour too: only "black and white" is the style
        en("recolor", 1, cross("change {obj} |turn {obj} |{obj} |switch {obj} |the selection |selection |paint {obj} ",
                "to ", "white|black|pure white|jet black|off-white|bright white", ""));
        en("recolor", 6, "make {poss} {wear} {color}", "can you make {poss} {wear} {color}", "change {poss} {wear} to {color}",
                "{poss} {wear} should be {color}", "turn {poss} {wear} {color}", "i want {poss} {wear} {color}",
                "recolor {poss} {wear} {color}", "{poss} {wear} in {color}");
        // what is given more life is its colour ("give the sky a bit more punch")
        en("adjust.saturation.up", 1, cross("give {obj} |give it |give the colours |give the sky |give the flowers ",
                "a bit more |more |some |extra ", "punch|zing|vibrancy|life", ""));
        // one colour for another on a thing worn ("turn her dress from black into white") is a recolour, not black and white
        en("recolor", 1, cross("turn |change |switch ", "{poss} {wear} ", "from {color} into |from {color} to ", "{color}"));
        // a wish with a shade ("I'd like the walls light gray"): v15 read "I'd like the walls light..." as a removal
        en("recolor", 1, cross("i want |i'd like |i would like |we want |i need ", "{obj} ", "light |dark |pale |deep |bright "
                + "|soft |", "{color}"));
        en("recolor", 1, cross("dye |color |colour |make ", "{poss} hair |the hair ", "{color}|blonde|blond|jet black"
                + "|platinum blonde|auburn", ""));
        zh("recolor", 1, cross("我想要|我要|想要|我希望是", "{zcolor}的", "{zobj}", ""));
        zh("recolor", 1, cross("把头发染成|头发染成|头发弄成|把头发变成", "{zcolor}|金色|棕色|黑色|银白色", "", "|吧"));
        en("recolor", 4, "{obj} would look better in {color}", "{poss} {wear} would look nicer in {color}",
                "how about {obj} in {color}", "try {color} for {obj}", "I think {obj} should be {color}");
        zh("recolor", 14, "把{zobj}改成{zcolor}", "把{zobj}变成{zcolor}", "{zobj}换成{zcolor}", "{zobj}改为{zcolor}",
                "将{zobj}涂成{zcolor}", "把{zobj}刷成{zcolor}", "{zobj}颜色改成{zcolor}", "把{zobj}的颜色换成{zcolor}",
                "选区颜色改为{zcolor}", "把{zcolor}的{zobj}变成{zcolor}", "把{zcolor}的部分改成{zcolor}", "改成{zcolor}",
                "变{zcolor}", "换个颜色，{zcolor}", "{zobj}染成{zcolor}", "将{zcolor}替换为{zcolor}", "{zobj}要{zcolor}的",
                "给{zobj}上色{zcolor}", "{zcolor}的{zobj}改成{zcolor}", "把选中的{zobj}改成{zcolor}", "{zcolor}", "弄成{zcolor}",
                "把颜色调成{zcolor}", "颜色换成{zcolor}", "把{zobj}调{zcolor}一点", "{zobj}调成{zcolor}", "把{zobj}调得{zcolor}一些");
    }

    private void adjust() {
        String[][] props = {
            {"brightness",
                "make {obj} brighter|brighten {obj}|brighter|more light|lighten {obj} {a}|increase the brightness|"
                        + "raise the exposure|boost brightness|it's too dark|brighten it up {a}|more exposure|"
                        + "lighter please|turn up the brightness|bump the exposure|add some light|light it up",
                "make {obj} darker|darken {obj}|darker|less light|reduce the brightness|lower the exposure|"
                        + "it's too bright|dim {obj} {a}|decrease brightness|turn down the brightness|less exposure|"
                        + "underexpose it|make it dimmer|tone down the brightness|tone it down|turn it down a bit|calm the exposure down|darken it {a}|too bright, fix it",
                "调亮|提高亮度|增加亮度|再亮些|太暗了|提亮|把{zobj}调亮|亮度调高|变亮|曝光加一点|调亮{za}|亮{za}|提升曝光",
                "暗一点|调暗|降低亮度|减少亮度|太亮了|压暗|把{zobj}调暗|亮度调低|变暗|暗{za}|曝光降低|调暗{za}|压低曝光"},
            {"contrast",
                "increase the contrast|boost contrast {a}|higher contrast|add contrast|punchier|"
                        + "make it pop more|stronger contrast|raise contrast|contrast up|more contrasty|crank the contrast|"
                        + "make the image pop|make the image pop more|make the photo pop more|make the whole picture pop",
                "less contrast|lower contrast|decrease contrast {a}|softer contrast|flatten the contrast|"
                        + "contrast down|too much contrast|make it flatter|lower the contrast {a}|tone down the contrast",
                "增加对比度|提高对比度|对比度调高|加强对比|对比度{za}高|对比更强烈|对比度加大|增强反差",
                "对比度低一点|降低对比度|减少对比度|对比度太高了|减弱对比|对比柔和一点|反差小一点|对比度降{za}"},
            {"saturation",
                "more saturated|more vivid|more colorful|boost the colors|make colors pop|"
                        + "vibrant colors|saturate {obj} {a}|richer colors|stronger colors|more vibrance|intensify the colors|"
                        + "more color|a bit more colour|add more color|give it more color|put some color back|"
                        + "make the colors pop|make them pop|make {obj} pop|let the colours pop|the colors look dull",
                "decrease saturation|less saturated|desaturate {obj} {a}|muted colors|mute the colors|"
                        + "reduce saturation|less colorful|tone down the colors|duller|softer colors",
                "增加饱和度|饱和度高一点|颜色鲜艳一点|更鲜艳|色彩浓一点|提高饱和度|饱和度调高|颜色更饱满|颜色更浓",
                "饱和度低一点|颜色淡一点|去饱和|颜色素一点|色彩柔和些|饱和度调低|颜色暗淡一些|减少饱和度|颜色太艳了"},
            {"warmth",
                "warmer|warm it up {a}|warmer tones|more warmth|warm colors|golden hour feel|add warmth|"
                        + "warmer white balance|more yellow tint|increase the temperature|warm tone|"
                        + "it feels cold|it looks too cold|the photo feels cold|it's too cold|looks too blue|way too blue",
                "make it cooler|cooler|cool it down|cool down the tones|cool the image down|cool down the picture|cooler tones|colder|cool colors|less warm|bluer tint|"
                        + "reduce warmth|cold tone|decrease the temperature|icy look|cooler white balance|"
                        + "it feels too warm|it looks too yellow|way too orange|it's too warm|the photo feels too warm",
                "暖一点|色温调高|更温暖一些|偏暖|加点暖色|暖黄色调|调暖{za}|温暖的感觉|色调偏暖",
                "冷一点|色温调低|偏冷|冷色调|加点冷色|调冷{za}|清冷的感觉|色调偏冷|冷淡一点"}
        };
        // every property with every direction word, so direction is learned apart from the property
        String[][] names = {
            {"brightness", "brightness|exposure|lightness", "亮度|曝光|明度"},
            {"contrast", "contrast", "对比度|对比|反差"},
            {"saturation", "saturation|color intensity|vibrance", "饱和度|色彩浓度|鲜艳度"},
            {"warmth", "warmth|color temperature|temperature", "色温|暖色|暖度"}};
        for (String[] n : names) {
            en("adjust." + n[0] + ".up", 3, cross("increase |raise |boost |more |higher |add |turn up the |bump up the |"
                    + "up the |enhance the |stronger ", n[1], "", " {a}| please|"));
            en("adjust." + n[0] + ".up", 3, cross("", n[1], " up| higher| +{n}%| increased| boosted", ""));
            en("adjust." + n[0] + ".down", 3, cross("decrease |lower |reduce |less |cut the |turn down the |"
                    + "drop the |weaken the |tone down the |minus |dial back the |pull back the |knock back the "
                    + "|scale back the |ease off the ", n[1], "", " {a}| please|"));
            en("adjust." + n[0] + ".down", 3, cross("", n[1], " down| lower| -{n}%| reduced| decreased", ""));
            zh("adjust." + n[0] + ".up", 3, cross("提高|增加|加强|调高|提升|增强|加大|", n[2],
                    "高一点|高一些|调高|提高|加强|增加|大一点|再高点|拉高|加一点|+{zn}%", ""));
            zh("adjust." + n[0] + ".down", 3, cross("降低|减少|减弱|调低|压低|减小|", n[2],
                    "低一点|低一些|调低|降低|减弱|减少|小一点|再低点|拉低|减一点|-{zn}%", ""));
            // a signed slider value: the sign is the direction (the parser reads it too)
            en("adjust." + n[0] + ".up", 2, cross("", n[1], " +{sn}| + {sn}|+{sn}|: +{sn}| +{sn} please", ""));
            en("adjust." + n[0] + ".down", 2, cross("", n[1], " -{sn}| - {sn}|-{sn}|: -{sn}| -{sn} please", ""));
            zh("adjust." + n[0] + ".up", 2, cross("", n[2], "+{sn}| +{sn}|加{sn}|：+{sn}", ""));
            zh("adjust." + n[0] + ".down", 2, cross("", n[2], "-{sn}| -{sn}|减{sn}|：-{sn}", ""));
        }
        for (String[] p : props) {
            en("adjust." + p[0] + ".up", 16, p[1].split("\\|"));
            en("adjust." + p[0] + ".down", 16, p[2].split("\\|"));
            zh("adjust." + p[0] + ".up", 18, p[3].split("\\|"));
            zh("adjust." + p[0] + ".down", 18, p[4].split("\\|"));
        }
        en("adjust.warmth.down", 2, cross("cool down |cool |chill ", "the photo|the picture|the image|the shot|"
                + "the scene|the tones|the hues|everything|the whole thing", "", " {a}|"));
        en("adjust.warmth.up", 2, cross("warm up |warm ", "the photo|the picture|the image|the shot|the scene|"
                + "the tones|the hues|everything|the whole thing", "", " {a}|"));
        // the plain adjective asks the same as the comparative: "make it bright" is more light, "make it dark" less
        String[][] plain = {{"brightness.up", "bright|light|bright enough|well lit|airy|bright and airy|luminous"},
            {"brightness.down", "dark|dim|moody and dark|low key|gloomy|moody|shadowy"},
            {"contrast.up", "dramatic|punchy|contrasty|bold and punchy"}, {"contrast.down", "hazy|soft and hazy|low contrast"},
            {"saturation.up", "vivid|colorful|colourful|vibrant"},
            {"saturation.down", "dull|muted|faded|pale"}, {"warmth.up", "warm|warm toned|sunny|cozy|cosy|golden"},
            {"warmth.down", "cool|cold|cool toned|icy|wintry"}};
        for (String[] p : plain) {
            en("adjust." + p[0], 1, cross("make |get ", "it |the photo |the picture ", p[1], "| {a}"));
        }
        // a colour word beside "cooler" or "warmer" still asks for temperature, not saturation
        en("adjust.warmth.down", 1, cross("make |get |keep |", "the colors |the colours |the tones |the light |"
                + "the hues |the palette |the white balance ", "cooler|colder|a bit cooler|more cool|more bluish", ""));
        en("adjust.warmth.up", 1, cross("make |get |keep |", "the colors |the colours |the tones |the light |"
                + "the hues |the palette |the white balance ", "warmer|a bit warmer|more golden|more warm", ""));
        // complaints name the problem, so the edit goes the other way: "it looks dim" asks for more light
        String[][] complaints = {
            {"brightness.up", "it looks {a} dim|{obj} looks too dark|it's underexposed|the photo is too dim|"
                    + "{obj} is a bit dark|too dark to see|underexposed|looks underexposed|the shot is underexposed",
                    "有点暗|太暗|曝光不足|画面发暗|看不清，太黑了|欠曝|欠曝了|有点欠曝|照片欠曝"},
            {"brightness.down", "it looks overexposed|{obj} is too bright|it's blown out|the photo is washed out by light"
                    + "|overexposed|the shot is overexposed",
                    "太亮了|过曝了|曝光过度|画面发白"},
            {"contrast.up", "it looks flat|{obj} looks hazy|there's no contrast|it's too flat", "画面发灰|太平淡了|没有层次"},
            {"contrast.down", "the contrast is too harsh|contrast is too strong|too contrasty|the shadows are too deep",
                    "对比太强了|反差太大|对比度太强"},
            {"saturation.up", "the colors look dull|colors are faded|it looks washed out|the colors are flat",
                    "颜色太淡|颜色发灰|色彩太平淡|颜色不够鲜艳"},
            {"saturation.down", "the colors are too loud|it's oversaturated|colors look garish|too saturated",
                    "颜色太艳|饱和度太高|色彩太浓了"},
            {"warmth.up", "it looks too cold|it's too blue|{obj} looks icy", "太冷了|偏蓝了|色调太冷"},
            {"warmth.down", "it's too warm|it looks too yellow|too orange", "太暖了|太黄了|偏黄|肤色太黄|肤色偏黄|皮肤发黄"}};
        for (String[] c : complaints) {
            en("adjust." + c[0], 10, c[1].split("\\|"));
            zh("adjust." + c[0], 12, c[2].split("\\|"));
        }
        // a property's level named as the problem asks for the other way ("the contrast is too low", "it lacks warmth",
        // "亮度偏高", "对比度太弱"): v13 read the level word as the direction, "too low" as lower and "偏高" as higher
        String low = "is too low|is a bit low|is too weak|is weak|is lacking|is not enough|is insufficient|seems too low";
        String high = "is too high|is a bit high|is too strong|is excessive|is overdone|is too much|seems too high";
        String zhLow = "太低|偏低|有点低|太低了|低了|太弱|有点弱|太弱了|偏弱|不够|不足|太少";
        String zhHigh = "太高|偏高|过高|有点高|太高了|高了|太强|太强了|偏强|过强|太大|过大";
        for (String[] n : names) {
            en("adjust." + n[0] + ".up", 1, cross("the |", n[1], " ", low));
            en("adjust." + n[0] + ".down", 1, cross("the |", n[1], " ", high));
            en("adjust." + n[0] + ".up", 1, cross("it lacks |there's not enough |too little |it needs more ", n[1], "", ""));
            en("adjust." + n[0] + ".down", 1, cross("there's too much |way too much ", n[1], "", ""));
            zh("adjust." + n[0] + ".up", 1, cross("", n[2], zhLow, ""));
            zh("adjust." + n[0] + ".down", 1, cross("", n[2], zhHigh, ""));
            // ...where "弱一点" and "强一点" after the property ask for it weaker or stronger
            zh("adjust." + n[0] + ".up", 2, cross("", n[2], "强一点|强一些|强烈一点|再强一点", ""));
            zh("adjust." + n[0] + ".down", 2, cross("", n[2], "弱一点|弱一些|再弱一点", ""));
        }
        // HDR is tone mapping, whose nearest op is more contrast (v14 read "HDR效果" as a sketch, v13 as no edit)
        en("adjust.contrast.up", 3, "HDR", "HDR look", "HDR effect", "make it HDR", "an HDR look", "HDR style", "fake HDR");
        zh("adjust.contrast.up", 3, "HDR效果", "HDR风格", "做成HDR", "来点HDR的感觉");
        // clipped highlights are too much light, whatever colour they are
        en("adjust.brightness.down", 4, "the highlights are blown", "the highlights are blown out", "the whites are blown out",
                "the highlights are clipped", "the whites are clipping", "the sky is blown out", "the highlights are too hot");
        zh("adjust.brightness.down", 4, "高光过曝", "高光溢出了", "天空过曝了", "白的地方都过曝了", "高光太亮");
        // 好, 真, 超 and 这么 say "so" in a complaint as 太 does ("好暗啊", "怎么这么暗", "颜色好艳", "暗死了"): v12 read
        // "好暗" as a request for darker, "颜色好艳" as more colour and "好暗啊" or "好糊啊" as no edit
        String[][] zhSo = {{"adjust.brightness.up", "画面|照片|", "暗|黑|昏暗"}, {"adjust.brightness.down", "画面|照片|", "亮|刺眼"},
            {"adjust.contrast.up", "画面|照片|", "灰|平|闷"}, {"adjust.saturation.up", "颜色|色彩|", "淡|素|寡淡"},
            {"adjust.saturation.down", "颜色|色彩|", "艳|浓"}, {"adjust.warmth.up", "色调|画面|", "冷|蓝"},
            {"adjust.warmth.down", "色调|画面|", "黄|暖"}, {"sharpen", "画面|照片|", "糊|模糊|虚"}};
        for (String[] so : zhSo) {
            zh(so[0], 6, cross(so[1], "{zso}", so[2], "{zsoend}"));
            zh(so[0], 1, cross("", "", so[2], "死了|得不行|成这样"));
        }
        // a problem named with a hedge and no verb of change is still a complaint ("kinda dark", "the photo is pretty
        // flat"): v11 read "kinda dark" as a request for darker and "quite flat" as text
        String[][] hedged = {{"brightness.up", "dark|dim|underexposed|gloomy"}, {"brightness.down", "bright|overexposed|blown out"},
            {"contrast.up", "flat|hazy|lifeless|low contrast"}, {"contrast.down", "harsh|contrasty|high contrast"},
            {"saturation.up", "dull|faded|drab"}, {"saturation.down", "garish|oversaturated|loud"},
            {"warmth.up", "cold|chilly|icy"}, {"warmth.down", "yellow|yellowish|orange|orangey"}};
        String hedges = "kinda |kind of |sort of |a bit |pretty |quite |rather |somewhat |super |really ";
        for (String[] h : hedged) {
            en("adjust." + h[0], 1, cross("it's |it looks |the photo is |the picture looks |this pic is ", hedges, h[1], ""));
            en("adjust." + h[0], 1, cross("", hedges, h[1], ""));
        }
        String subjects = "the colors |the colours |colors |colours |everything |it ";
        String verbs = "look |are |seem ";
        // "muted" described is a problem to fix ("the colours are too muted"); "make it muted" asks for it
        en("adjust.saturation.up", 1, cross(subjects, verbs, "washed out|faded|dull|lifeless|muddy|drab|too muted|so muted"
                + "|muted|too dull|too pale|too faded|kind of flat", ""));
        en("adjust.saturation.down", 1, cross(subjects, verbs, "too strong|too loud|garish|oversaturated|too intense", ""));
        en("adjust.saturation.down", 1, cross("they're |they are |they look |they seem ", "", "garish|too loud|too strong"
                + "|oversaturated|way too saturated|too bright and loud", ""));
        en("adjust.saturation.up", 1, cross("give |put |add |bring ", "{obj} |the flowers |the sky |the leaves ",
                "more color|more colour|more colors|some color|a bit more color|back some color", ""));
        // one family of colours made stronger is saturation ("make the greens pop"), not a recolour
        en("adjust.saturation.up", 1, cross("make the |boost the |", "greens|blues|reds|yellows|oranges|purples",
                " pop| more vivid| richer| stand out", ""));
        // the shadows lifted or a murky picture is more light, not a move
        en("adjust.brightness.up", 1, cross("lift |open up |brighten |recover |raise |bring up ", "the shadows|the dark areas"
                + "|the shadow detail|the blacks", "", "| a bit| a little"));
        en("adjust.brightness.up", 4, "it's murky", "it looks murky", "too murky", "the photo is murky and dark",
                "everything is murky");
        // a look named by its temperature is a white balance change, not a style
        en("adjust.warmth.up", 1, cross("give it |give the photo |add |go for ", "a warm |a warmer |a cozy warm |",
                "look|feel|tone|vibe|mood|glow", ""));
        // ...and a bluish one ("give it a cooler, bluish feel": alone, "bluish feel" had read as warmer)
        en("adjust.warmth.down", 1, cross("give it |give the photo |add |go for |", "a bluish |bluish |a blue-ish |a slightly blue ",
                "feel|look|tone|tint|mood", ""));
        en("adjust.warmth.down", 1, cross("give it |give the photo |add |go for ", "a cold |a colder |a cool |a cooler |"
                + "a cold blue |a cool blue |a bluish |an icy blue ", "look|feel|tone|vibe|mood|cast", ""));
        // less of the cold colour is warmer, as less yellow is cooler (v12 made "less blue" a blue recolour)
        en("adjust.warmth.up", 3, cross("{less}", "blue|bluish|cold|cyan|icy", "", ""));
        en("adjust.warmth.down", 3, cross("{less}", "yellow|yellowish|orange|warm", "", ""));
        // "dimmer" asks for less light, where "dim" described is the problem ("it looks dim")
        en("adjust.brightness.down", 1, cross("a bit |a touch |slightly |make it |just |", "dimmer", "| please| overall", ""));
        // "dim" and "dull" said first are verbs ("dim it a bit", "dull the colours down"), where after "a bit" they
        // describe the problem ("a bit dim"): v13's first build read "dim it a bit" as brighter
        en("adjust.brightness.down", 2, cross("dim ", "it|the photo|the image|everything|the picture|this|the whole thing",
                "", "| a bit| a little| slightly| a touch| down| down a bit"));
        en("adjust.brightness.down", 2, "dim a bit", "dim a little", "dim slightly", "dim it down");
        // washing or fading the colours out is less colour, where "it looks washed out" is the problem
        en("adjust.saturation.down", 1, cross("wash out |fade |bleach |fade out ", "the colors|the colours|it|everything"
                + "|the photo|the tones", "", "| a bit| a little| slightly"));
        en("adjust.saturation.down", 2, cross("dull |mute |dull down |tone down ", "it|the colors|the colours|everything"
                + "|the photo", "", "| a bit| a little| slightly| down"));
        // one colour named as too much of it is less colour, not a recolour to it ("too green", "太绿了")
        en("adjust.saturation.down", 2, cross("too |way too |it's too |it looks too |the grass is too |her face is too "
                + "|everything is too |too much ", "green|magenta|purple|pink|red", "", ""));
        zh("adjust.saturation.down", 2, cross("太|颜色太|草太|脸太|偏|有点偏|颜色偏|整体偏|肤色偏", "绿|紫|粉|红", "了|", ""));
        zh("adjust.saturation.down", 2, cross("", "绿色|紫色|粉色|红色", "太多了|太重了|太浓了", ""));
        // ...but too much of a colour of the light is the other temperature ("too much blue in it" is warmer)
        en("adjust.warmth.up", 1, cross("too much |way too much |there's too much |a lot of ", "blue|cyan",
                "", " in it| in the photo| overall| everywhere"));
        en("adjust.warmth.down", 1, cross("too much |way too much |there's too much |a lot of ", "yellow|orange",
                "", " in it| in the photo| overall| everywhere"));
        lessOfAProblem();
        en("adjust.brightness.down", 8, "make everything darker", "make everything {a} darker", "darken the whole image",
                "the whole picture {a} darker", "make the entire photo darker");
        en("adjust.brightness.up", 8, "make everything brighter", "make everything {a} brighter", "brighten the whole image",
                "the whole picture {a} brighter", "make the entire photo lighter");
    }

    /**
     * Less of a quality asks for the other pole of its property: "less dark" is brighter, "less vivid" less colour,
     * "not so flat" more contrast, "别那么暗" brighter. v14 knew "less bright" and "less saturated" but took the
     * adjective's pole for the direction everywhere else ("less dark" darker, "less dull" duller), and read "way too
     * vivid" as more colour, "deepen the contrast" as less, and "remove the yellow cast" as a recolour or no edit.
     */
    private void lessOfAProblem() {
        // each row: the label, then the qualities whose lessening asks for it (their nouns after), in English and Chinese;
        // colour names stay out of the warmth rows ("less blue" is taught above), as here they pulled "make the bicycle
        // orange" away from a recolour
        String[][] poles = {
            {"brightness.up", "dark|dim|gloomy|murky|shadowy|underexposed|dingy|dark and gloomy",
                "the darkness|the gloom|the murk|the underexposure", "暗|黑|昏暗|阴沉|暗沉"},
            {"brightness.down", "bright|light|glaring|overexposed|blinding|bleached out",
                "the glare|the overexposure|the brightness", "亮|刺眼|白|晃眼|曝"},
            {"contrast.up", "flat|hazy|foggy|misty|milky|lifeless|low contrast",
                "the haze|the fog|the flatness|the milkiness", "灰|平|平淡|发灰|雾蒙蒙"},
            {"contrast.down", "contrasty|harsh|punchy|dramatic|stark|high contrast|hard",
                "the harshness|the punch|the drama|the hard contrast", "硬|生硬|反差大|对比强烈"},
            {"saturation.up", "dull|muted|faded|pale|drab|washed out|desaturated|colorless|bland",
                "the dullness|the drabness|the fading", "淡|素|寡淡|暗淡"},
            {"saturation.down", "vivid|saturated|colorful|colourful|vibrant|garish|loud|intense|oversaturated",
                "the vividness|the garishness|the color intensity", "艳|鲜艳|浓|花哨|浓艳"},
            {"warmth.up", "cold|icy|chilly|frosty|wintry|cool-toned", "the chill|the coldness|the blue",
                "冷|蓝|青|发蓝"},
            {"warmth.down", "warm|golden|amber|orangey|yellowish|warm-toned", "the warmth|the yellow|the orange",
                "黄|暖|橙|发黄"}};
        String lessen = "less |not so |not as |a bit less |a little less |make it less |make it not so "
                + "|make the colours less |could it be less |it should be less |it shouldn't be so |the photo shouldn't be so "
                + "|it shouldn't be this |the image shouldn't be this |it doesn't need to be so ";
        String reduce = "reduce |lessen |cut |tone down |take away |get rid of |remove |ease ";
        String tooMuch = "way too |far too |overly |a bit too |it's way too |it looks far too |the photo is way too "
                + "|the colors are way too |the image is overly |it's overly |the photo is overly |the picture is far too ";
        String zhNot = "别那么|不要那么|没那么|不那么|别这么";
        for (String[] p : poles) {
            String label = "adjust." + p[0];
            en(label, 1, cross(lessen, p[1], "", ""));
            en(label, 1, cross(reduce, p[2], "", "| a bit"));
            en(label, 1, cross(tooMuch, p[1], "", "|, fix it"));
            zh(label, 1, cross(zhNot, p[3], "", "|了"));
            zh(label, 1, cross("颜色|画面", zhNot, p[3], ""));
        }
        // ...while "再" and "更" ask for more of the quality itself ("再鲜艳些" is more colour, "再暗一点" darker)
        String[][] zhMore = {{"brightness.up", "亮"}, {"brightness.down", "暗"}, {"saturation.up", "鲜艳|艳|浓"},
            {"saturation.down", "淡|素"}, {"warmth.up", "暖|黄"}, {"warmth.down", "冷|蓝"}};
        for (String[] m : zhMore) {
            zh("adjust." + m[0], 1, cross("颜色再|画面再|再|更|颜色更", m[1], "一些|些|一点|点", ""));
        }
        // verbs that strengthen or weaken name the direction themselves: "deepen the contrast" is more, not darker
        String more = "deepen |intensify |heighten |strengthen |amplify |enrich |punch up |pump up |boost |richen ";
        String less = "soften |weaken |subdue |mute |calm down |flatten |lessen |tame |quiet down |ease off ";
        en("adjust.contrast.up", 1, cross(more, "the contrast|contrast|the tonal contrast", "", "| a bit"));
        en("adjust.saturation.up", 1, cross(more, "the colors|the colours|the hues|colours", "", "| a bit"));
        en("adjust.contrast.down", 1, cross(less, "the contrast|contrast", "", "| a bit"));
        en("adjust.saturation.down", 1, cross(less, "the colors|the colours|the hues|colours", "", "| a bit"));
        // "more muted" is less colour: the "more" goes with the muting
        en("adjust.saturation.down", 2, cross("make the colours |make the colors |make it |make everything |", "more |a bit more |",
                "muted|subdued|desaturated|understated|toned down", ""));
        zh("adjust.saturation.down", 2, "淡化颜色", "色彩收一收", "颜色收一点", "颜色收敛一些", "把颜色淡化", "色彩淡化一下");
        zh("adjust.saturation.up", 2, "让颜色更饱和", "颜色更饱和一点", "更饱和", "饱和一点", "色彩更饱和些", "让色彩饱满一些");
        // blacks crushed to black are lifted: less contrast
        en("adjust.contrast.down", 2, "the blacks are crushed", "crushed blacks", "lift the blacks", "the shadows are crushed",
                "raise the black point", "don't crush the blacks");
        // a colour cast taken out is a white balance change the other way, not a recolour to that colour
        String casts = "cast|tint|tone|tinge|color cast|colour cast";
        String remove = "remove the |get rid of the |fix the |correct the |neutralize the |take out the "
                + "|eliminate the |clean up the |reduce the |lose the ";
        en("adjust.warmth.down", 1, cross(remove, "yellow |yellowish |orange |warm |amber |golden ", casts, ""));
        en("adjust.warmth.up", 1, cross(remove, "blue |cold |cool |cyan |cold blue ", casts, ""));
        // ...where a colour before a thing says which thing goes ("remove the yellow car"), whatever its colour
        en("remove", 1, cross("remove the |get rid of the |take out the |delete the |erase the |lose the ", "{color} ",
                "car|dog|bag|cup|bottle|truck|chair|sign|balloon|umbrella|cone|ball|bike|boat|box|shirt", ""));
        zh("remove", 1, cross("把|去掉|删掉|删除", "{zcolor}的", "车|杯子|瓶子|椅子|气球|伞|包|球|牌子|箱子",
                "去掉|删掉|P掉|"));
        en("adjust.warmth.down", 1, cross("it has a |there's a |there is a |the photo has a |everything has a ",
                "yellow |yellowish |orange |warm |amber ", "cast|tint|tinge|color cast", "|, fix it"));
        // white things showing the cast ("the whites look blue"): v15 recoloured the whites blue
        en("adjust.warmth.up", 1, cross("the whites |the snow |the white wall |the clouds |the white shirt ",
                "look |looks |are |seem |come out ", "blue|bluish|too blue|cold|a bit blue|cyan", "|, warm it|, fix it"));
        en("adjust.warmth.down", 1, cross("the whites |the snow |the white wall |the clouds |the white shirt ",
                "look |looks |are |seem |come out ", "yellow|yellowish|too yellow|orange|a bit yellow", "|, cool it|, fix it"));
        en("adjust.warmth.up", 1, cross("it has a |there's a |there is a |the photo has a |everything has a ",
                "blue |cold |cyan ", "cast|tint|tinge|color cast", "|, fix it"));
        String zhRemove = "去掉|去除|消除|校正|修正|纠正|去";
        zh("adjust.warmth.down", 1, cross(zhRemove, "偏黄|黄色偏色|黄色调|发黄|黄调|偏暖|偏橙|偏黄的色调", "", "|的问题"));
        zh("adjust.warmth.up", 1, cross(zhRemove, "偏蓝|蓝色偏色|蓝色调|发蓝|蓝调|偏冷|偏青|偏蓝的色调", "", "|的问题"));
    }

    private void styles() {
        Map<String, String[]> styles = new LinkedHashMap<>();
        styles.put("grayscale", new String[] {
            "grayscale|greyscale|make it black and white|make it black & white|black & white|b & w|monochrome|b&w|bw|b/w|convert to grayscale|"
                    + "remove the color|desaturate completely|no color|black-and-white photo|make {obj} grayscale|gray scale|"
                    + "take the color out|strip out the colour|drain all the color|remove all colour",
            "转黑白|变成黑白|黑白照片|灰度|去色|单色|转成黑白|黑白效果|灰度图|把颜色去掉|去掉颜色|颜色都去掉|不要颜色|去除色彩"});
        styles.put("sepia", new String[] {
            "sepia|sepia filter|brownish old photo tone|make it sepia|sepia effect|antique brown tone|apply sepia|"
                    + "brownish tint|brown old-time tint|brown monochrome|old brown photo look",
            "怀旧棕色|老照片棕色调|褐色滤镜|棕褐色|深褐色调|泛黄的老照片|泛黄效果|做成泛黄的效果|像旧照片一样泛黄|泛黄的怀旧感"});
        styles.put("vintage", new String[] {
            "vintage|retro|old photo look|vintage filter|70s film look|make it look old|nostalgic film look|"
                    + "faded film|analog film style|old school look|retro style|old-time look|old-timey feel|throwback look|"
                    + "make {obj} look older|give it an aged look|aged photo effect|make it look like an old photo|"
                    + "make it look decades old|weathered old look",
            "复古|怀旧风格|老照片效果|胶片感|年代感|复古滤镜|怀旧|旧照片风格|港风复古|做旧|做旧效果|看起来旧一点|有年代感一点"});
        styles.put("sketch", new String[] {
            "pencil sketch|sketch style|pencil drawing|line drawing|charcoal drawing|drawn by pencil|"
                    + "turn into a sketch|sketch effect|hand-drawn sketch",
            "素描|素描风格|铅笔素描|线稿|变成素描|手绘素描|炭笔画|铅笔画|画成铅笔画|铅笔画风格|素描效果|铅笔风"});
        styles.put("cartoon", new String[] {
            "cartoonize|make it a cartoon|comic style|anime style|toon look|cartoon effect|comic book look|"
                    + "turn into a cartoon|animated look|anime it up|make it anime|animefy {obj}|cartoon it up|toon it|toonify it|make it toony",
            "卡通风格|动漫风|漫画风格|变成卡通|二次元|卡通效果|动画风格"});
        styles.put("watercolor", new String[] {
            "watercolour|watercolor painting|paint it in watercolor|watercolor effect|aquarelle|"
                    + "like a watercolor painting|watercolor style|soft painted look",
            "水彩画|水彩风格|变成水彩|水彩|水粉画效果|手绘水彩"});
        styles.put("pixelate", new String[] {
            "pixelate|mosaic|pixelate {obj}|censor {obj}|blur out with pixels|8-bit look|"
                    + "pixel art style|pixelated|hide {obj} with mosaic|make it pixelated|censor the face",
            "马赛克|加马赛克|像素化|给{zobj}打码|打上马赛克|像素风|把脸打码"});
        styles.put("posterize", new String[] {
            "posterize|poster effect|fewer colors|reduce the number of colors|flat color poster|posterized|pop art poster",
            "色调分离|海报效果|减少颜色数量|海报风|色阶分离"});
        styles.put("invert", new String[] {
            "invert|invert the colors|make it negative|color negative|photo negative|inverted colors|reverse the colors|"
                    + "reversed colours|swap every color for its opposite",
            "反色|颜色反转|负片|负片效果|反相|颜色取反"});
        styles.put("cyberpunk", new String[] {
            "cyberpunk|cyberpunk style|neon look|synthwave colors|blade runner vibe|neon city glow|"
                    + "cyberpunk filter|futuristic neon",
            "赛博朋克|赛博朋克风|霓虹灯风格|霓虹效果|赛博风|未来霓虹"});
        en("style.posterize", 2, "a few flat colour bands", "flat bands of colour", "reduce it to a few colours",
                "just a handful of flat colors", "limit the palette to a few colors");
        en("style.sketch", 2, "hand drawn style", "a hand drawn look", "make it hand-drawn", "it should look hand drawn",
                "like a hand drawn illustration", "hand-drawn pencil look");
        // looks named after where they come from: old games, film studios, film noir, Hong Kong films, film negatives
        en("style.pixelate", 2, "make it 8-bit", "8 bit", "8-bit style", "8-bit graphics", "like an old video game",
                "retro video game pixels", "make it look like a retro game");
        en("style.cartoon", 2, "pixar style", "disney style", "like a pixar movie", "3d cartoon look",
                "make it look like a disney cartoon", "pixar look");
        en("style.grayscale", 2, "noir style", "film noir", "noir look", "make it noir", "film noir look");
        en("style.posterize", 2, cross("reduce to |reduce it to |limit it to |only |use only ", "4 |8 |6 |four |eight |a few ",
                "colours|colors|flat colours", ""));
        zh("style.sketch", 2, "手绘风格", "手绘", "速写", "速写风格", "手绘线条", "手绘感");
        zh("style.vintage", 2, "港风", "港风滤镜", "港风色调", "港风胶片");
        zh("style.invert", 2, "底片", "底片效果", "像底片一样", "照相底片", "底片色");
        zh("style.grayscale", 2, "变灰白", "灰白效果", "做成灰白照片");
        en("style.posterize", 2, cross("posterize |posterise ", "the image|the picture|the photo|it|everything|the shot", "", ""));
        styles.forEach((name, t) -> {
            en("style." + name, 20, t[0].split("\\|"));
            zh("style." + name, 24, t[1].split("\\|"));
        });
        // each style's nouns inside the everyday wrappers ("give it a … look", "加一个…滤镜"), so that the wrapper
        // ("add", "look like", "加") does not decide the label on its own
        String[][] nouns = {
            {"grayscale", "black and white photo|grayscale image|monochrome photo|b&w shot", "黑白|灰度|单色"},
            {"sepia", "sepia|sepia-toned photo|sepia print", "棕褐色|怀旧棕|褐色"},
            {"vintage", "vintage photo|retro photo|old film photo|faded polaroid|retro|old photograph|old picture|photo from the 1950s|"
                    + "1970s|70s|80s|1960s|retro 80s", "复古|怀旧|胶片|老照片|七十年代|八十年代"},
            {"sketch", "pencil sketch|pencil drawing|charcoal sketch|line drawing", "素描|铅笔画|线稿"},
            {"cartoon", "cartoon|comic|anime|comic book", "卡通|漫画|动漫"},
            {"watercolor", "watercolor|watercolour painting|watercolor painting", "水彩|水粉"},
            {"pixelate", "mosaic|pixel art|8-bit game", "马赛克|像素"},
            {"posterize", "poster|posterized print|pop art poster", "海报|色调分离"},
            {"invert", "film negative|photo negative|negative|color negative|negative image", "负片|反色|反相"},
            {"cyberpunk", "cyberpunk|neon|synthwave|cyberpunk city", "赛博朋克|霓虹|赛博"}};
        for (String[] n : nouns) {
            en("style." + n[0], 2, cross("make it look like a |give it a |apply a |add a |turn it into a |"
                    + "in the style of a |convert it to a |render it as a |", n[1], " look| filter| effect| style| vibe| feel|", ""));
            zh("style." + n[0], 2, cross("加一个|加个|添加|来个|做成|用|套一个|弄成|变成|换成", n[2],
                    "滤镜|效果|风格|风|的感觉|的样子", ""));
        }
        zh("style.cartoon", 12, "动漫化", "漫画化", "卡通一点", "变卡通", "卡通感", "做成卡通的样子", "卡通滤镜");
        zh("style.sketch", 12, "素描化", "铅笔画一样", "做成素描的样子");
        en("style.sketch", 10, "make {obj} look like a sketch", "turn {obj} into a pencil drawing");
        en("style.cartoon", 10, "make {obj} look like a cartoon");
        en("style.watercolor", 10, "make {obj} look like a watercolor");
    }

    private void filters() {
        en("blur.background", 16, "blur the background", "blurry background", "bokeh",
                "background blur", "defocus the background", "soften the background", "portrait mode",
                "shallow depth of field", "make the background blurry", "blur everything except {obj}", "blur all but {obj}",
                "blur behind {obj}", "add bokeh to the background", "blur the backdrop", "out of focus background",
                "blur the background {a}");
        zh("blur.background", 20, "背景虚化", "背景模糊", "把背景虚化", "模糊背景", "背景弄模糊", "人像模式",
                "背景虚一点", "除了{zobj}都虚化", "景深效果", "背景糊一点", "大光圈虚化");
        en("blur.background", 6, "bokeh effect", "add some bokeh", "give it bokeh", "bokeh behind {obj}");
        // a blurred background named as a look is a blur, not a material ("give it a shallow depth of field look")
        en("blur.background", 1, cross("give it a |give the photo a |go for a |i want a |add a ", "shallow depth of field "
                + "|bokeh |blurry background |blurred background |portrait mode |dreamy background |soft background ",
                "look|effect|feel|style", ""));
        // less sharpness is a blur ("make the background less sharp", "it's oversharpened"): v15 sharpened
        en("blur.image", 1, cross("less |make it less |make it not so |a bit less |way too |it's too |it looks too "
                + "|the photo is too ", "sharp|crisp|harsh and sharp", "", "| please"));
        en("blur.image", 2, "it's oversharpened", "it looks oversharpened", "oversharpened", "over-sharpened, fix it",
                "undo the oversharpening look", "the sharpening is too strong");
        en("blur.background", 1, cross("make the background |make the backdrop |the background is |the backdrop is ",
                "less sharp|not so sharp|too sharp|too crisp|a bit less sharp|way too sharp", "", ""));
        zh("blur.image", 2, "太锐了", "锐化过度了", "不要那么锐", "别那么锐利", "锐度太高了", "锐得太厉害了");
        zh("blur.background", 2, "背景太清楚了", "背景别那么清晰", "背景不要那么锐利", "背景太锐了");
        en("blur.background", 1, cross("put a |add a |apply a |use a ", "gentle |soft |light |subtle |slight |strong |",
                "blur on the background|blur to the background|blur behind {obj}|blur on the backdrop", ""));
        en("blur.selection", 2, cross("make |put |throw |knock ", "{obj} |this part |the selected area |this bit ",
                "out of focus|soft focus|unfocused", ""));
        en("blur.background", 2, cross("make |put |throw |knock ", "the background |the backdrop |what's behind her ",
                "out of focus|soft focus|unfocused", ""));
        // faces, plates and screens are blurred to hide them; smoothing a face is skin work (smooth_skin)
        en("blur.selection", 1, cross("blur |blur out |obscure |fuzz out |blur away ", "her |his |their |the |this |that ",
                "face|faces|license plate|number plate|name tag|screen|address|kid's face", "| please| completely"));
        // softness wished for is a blur ("make it soft", "make the photo fuzzy"), not a sharpening
        en("blur.selection", 2, cross("make |get ", "it |this |that |{obj} ", "soft|softer|fuzzy|fuzzier|soft focus", "| {a}"));
        en("blur.image", 2, cross("make |get ", "the photo |the picture |the whole image |everything ", "soft|softer|fuzzy"
                + "|fuzzier|soft focus", "| {a}"));
        // the selection named as such: what was selected is blurred, not the whole picture
        en("blur.selection", 1, cross("blur |blur out |soften |defocus |fuzz ", "what I selected|my selection|the selected area"
                + "|the selected part|the marked area|the part I selected|the area I marked|the bit I circled", "", "| please"));
        en("blur.selection", 16, "blur {obj}", "blur this", "blur it", "make {obj} blurry",
                "soften {obj}", "blur the selection", "smudge {obj}", "blur the face", "gaussian blur {obj}",
                "add blur to {obj}", "blur {obj} {a}", "blur the plate", "defocus {obj}");
        en("blur.selection", 6, "apply a {n}px blur", "add a {n} px blur", "{n}px blur", "blur with a {n} pixel radius",
                "a {n} pixel blur on {obj}", "blur {obj} by {n}px");
        zh("blur.selection", 20, "模糊这里", "把{zobj}模糊", "模糊处理{zobj}", "给{zobj}加模糊", "这里模糊一下",
                "选区模糊", "把脸模糊掉", "{zobj}模糊一点", "高斯模糊{zobj}");
        zh("blur.selection", 2, "虚化选中部分", "把选中的部分虚化", "选中部分模糊", "选区虚化", "虚化选区");
        en("blur.image", 16, "blur the whole image", "blur the entire photo", "make the whole picture blurry",
                "blur all of it", "soft focus the whole image", "blur the picture", "gaussian blur the image",
                "blur the full image", "whole photo blurry", "blur it all", "make everything blurry",
                "blur everything in the picture", "blur the whole thing", "everything blurry", "blur all over");
        en("blur.image", 2, cross("blur |soften |defocus |put a soft blur on ", "the whole image|the entire image|"
                + "the entire photo|the whole picture|everything|all of it|the full frame", "", ""));
        zh("blur.image", 20, "整张图模糊", "全图模糊", "整体模糊", "把整张图片模糊", "全部模糊", "整个画面模糊一点", "整张照片虚化");
        zh("blur.image", 3, "柔焦", "整体柔焦", "柔焦效果", "加个柔焦", "全图柔焦一下");
        zh("blur.image", 2, cross("全图|整张图|整张照片|整个画面|整体|全部|把整张图", "模糊|虚化|模糊一点|虚化一下|都虚化",
                "", ""));
        en("sharpen", 16, "sharpen {obj}", "make it sharper", "more detail", "crisper", "increase sharpness",
                "enhance the details", "make {obj} crisp", "unblur", "it's blurry, fix it", "sharpen {a}", "more clarity",
                "add clarity", "sharper edges", "make it clearer", "deblur");
        // ...and "sharper" beside them still sharpens, whatever the picture is called
        en("sharpen", 1, cross("make it |make the photo |make the image |make the picture |make everything |",
                "sharper|crisper|more sharp|a bit sharper|a little sharper|sharper overall", "", "| please"));
        en("sharpen", 6, "make the text crisper", "sharpen the text", "the text is blurry", "the writing is hard to read",
                "make the lettering sharper", "make the small print readable");
        en("sharpen", 1, cross("sharpen |crisp |tighten |clean ", "it|this|the photo|things|the details", " up", "| a bit| a little"));
        en("sharpen", 10, "make {obj} less blurry", "less blurry", "not so blurry", "less soft", "fix the blur",
                "reduce the blur", "remove the blur", "too blurry", "it looks soft", "{obj} looks soft",
                "{obj} looks out of focus", "bring {obj} into focus", "it's out of focus, fix it", "sharpen the fine details",
                "the details are mushy", "make the edges crisper");
        // a described blur is a request to sharpen ("it's a bit fuzzy"); "blurry background" stays a blur request
        en("sharpen", 2, cross("it's |it is |the photo is |the picture is |this shot is |the image looks |it looks |"
                + "everything is ", "a bit |kind of |very |too |so |", "blurry|fuzzy|soft|out of focus|unsharp|not sharp"
                + "|not crisp|hazy", ""));
        zh("sharpen", 12, "不要那么模糊", "没那么模糊", "太模糊了", "有点糊", "去掉模糊", "变得不模糊", "照片有点虚",
                "对焦不准，清晰一点", "细节太糊了");
        zh("sharpen", 20, "锐化", "清晰一点", "更清晰", "锐化一下", "提高清晰度", "增强细节", "变清晰", "锐利一点", "把{zobj}锐化", "去模糊", "细节更清楚", "锐度调高");
        zh("sharpen", 2, "增加锐度", "锐度增加", "提高锐度", "锐度高一点", "加点锐度");
        // noise described by how much of it there is ("there's a lot of noise"): "a lot" alone is a degree, no edit
        en("denoise", 1, cross("there's |there is |i see |", "a lot of |too much |so much |lots of |some ", "noise|grain|digital noise",
                "| in the shadows| in the sky| here"));
        en("denoise", 16, "get rid of the noise", "get rid of the grain", "remove the film grain", "clean the noise up", "remove noise", "reduce noise", "clean up the grain", "remove the grain",
                "less noisy", "noise reduction", "it's too grainy", "smooth out the noise", "denoise {obj}",
                "remove the speckles", "clean up the noise {a}");
        en("denoise", 1, cross("reduce |remove |cut |lower |less |clean up |fix ", "the |",
                "grain|noise|graininess|speckles|sensor noise|digital noise|film grain", "| please| a bit"));
        en("denoise", 10, "less grainy", "not so noisy", "too noisy", "make it less noisy", "the shot is noisy, clean it",
                "remove the noise from this low light photo", "smoother, less noise");
        zh("denoise", 12, "噪点太多", "没那么多噪点", "颗粒感太重了", "夜景噪点去一下", "画面不要那么多噪点");
        // grain said as a texture the picture has ("画面有颗粒感"): v15 took it for no edit
        zh("denoise", 2, cross("画面|照片|图片|这张图|", "有颗粒感|颗粒感很重|颗粒感好强|有点颗粒感|有很多噪点|噪点很多|全是噪点", "", "|，处理一下"));
        en("denoise", 1, cross("it has |the photo has |there's ", "a grainy texture|a lot of grain|visible grain|grainy patches",
                "", "|, fix it"));
        zh("denoise", 20, "把噪点去掉", "去掉噪点", "噪点去除", "把噪声去掉", "去掉颗粒", "去噪", "去除噪点", "减少噪点", "噪点太多了", "降噪处理", "去掉颗粒感", "消除噪声", "画面太脏了，降噪");
        en("remove", 16, "remove {obj}", "erase {obj}", "delete {obj}",
                "get rid of {obj}", "take out {obj}", "remove this", "make {obj} disappear", "clean up {obj}",
                "remove the person", "erase this", "cut {obj} out and fill", "remove the watermark",
                "remove the text", "hide {obj} completely", "wipe out {obj}", "eliminate {obj}", "remove the blemish",
                "delete the selection");
        en("remove", 3, "inpaint this area", "inpaint it", "inpaint the selection", "inpaint {obj}", "fill it in like it was never there");
        // the shortest requests point at the selection with a pronoun; they must not lean on other ops' words
        en("remove", 2, cross("remove |erase |delete |get rid of |take out |wipe out |eliminate ",
                "it|this|that|this one|that one|this thing|that thing|the thing I selected", "", "| please| completely"));
        en("remove", 10, "erase {person}", "remove {person}", "delete {person}", "remove {person} from the photo",
                "get {person} out of the picture", "take {person} out", "erase {person} completely", "get rid of {person}");
        en("remove", 6, "remove {clutter}", "erase {clutter}", "delete {clutter}", "take out {clutter}",
                "get rid of {clutter}", "clean up {clutter}", "can you remove {clutter}", "{clutter} should go",
                "take away {clutter}", "{clutter} must go");
        en("remove", 1, cross("erase |remove |delete |get rid of |take out |wipe out ", "{person} |the man |the woman "
                + "|the guy |the kid |the people |the car ", "on the right|on the left|in the back|in the corner|at the edge"
                + "|to the right|to the left|on the far right", ""));
        en("remove", 4, "remove {person} {where}", "delete {person} {where}", "erase {clutter} {where}",
                "get rid of {clutter} {where}", "delete {obj} {where}", "remove the people {where}",
                "take out the person {where}");
        // slang for taking something out ("ditch the photobomber", "lose the car"): v12 read "ditch" as darker
        en("remove", 2, cross("ditch |lose |scrap |zap |axe |toss |kill |dump |nix ", "{person}|{clutter}|the photobomber"
                + "|that guy|the sign", "", ""));
        zh("remove", 2, cross("这人|这个人|这个|那个|{zperson}|{zclutter}|这玩意儿", "", "删了|删掉|去了|拿掉|抹了",
                "{zsoend}"));
        zh("remove", 6, "去掉{zclutter}", "把{zclutter}去掉", "删除{zclutter}", "擦掉{zclutter}", "把{zclutter}P掉",
                "去除{zclutter}", "{zclutter}不要了", "清理掉{zclutter}");
        zh("remove", 12, "把{zperson}去掉", "删掉{zperson}", "把{zperson}P掉", "去掉{zperson}", "把{zperson}从照片里删除",
                "擦掉{zperson}");
        zh("remove", 20, "删除{zobj}", "把{zobj}去掉", "去除{zobj}", "擦掉{zobj}", "移除{zobj}",
                "消除{zobj}", "不要{zobj}", "把这个删掉", "去掉水印", "去掉路人", "抹掉{zobj}", "清除选中区域", "把{zobj}P掉");
        en("vignette", 1, cross("fade |darken |burn |shade |dim ", "the edges|the corners|the borders|the sides",
                "", "| to black| a little| slightly"));
        en("vignette", 16, "add a vignette", "darken the edges", "darker corners", "vignette effect",
                "add a dark border fade", "edge vignetting", "fade the corners", "vignette {a}", "lens vignette");
        en("vignette", 1, cross("make the |", "edges|corners|borders|outer edges", " darker", "| a bit| slightly"));
        zh("vignette", 20, "暗角", "加暗角", "加上暗角", "四周压暗", "边角变暗", "暗角效果", "添加暗角", "四角暗一点");
        zh("vignette", 3, "晕影", "加晕影", "晕影效果", "加个晕影效果", "添加晕影", "加一点晕影");
        en("smooth_skin", 16, "smooth the skin", "skin smoothing", "beautify the face", "remove wrinkles",
                "soften the skin", "airbrush the face", "clear skin", "smooth out the skin {a}", "make the skin flawless",
                "beauty filter", "fix the acne");
        en("smooth_skin", 1, cross("smooth |soften |retouch |airbrush |touch up |even out |perfect |polish |clean up ",
                "the skin|her skin|his skin|the face|her face|his face|the complexion|her complexion", "", "| {a}"));
        en("smooth_skin", 1, cross("remove |get rid of |hide |reduce |clear up ", "the |her |his |",
                "blemishes|pimples|acne|wrinkles|fine lines|dark circles|freckles|skin imperfections", ""));
        // ...wherever on the face they are ("remove the blemishes on her cheek"), where marks on a print are removed
        en("smooth_skin", 1, cross("remove |clean up |get rid of |fix |hide ", "the blemishes |the spots |the acne |the pimples "
                + "|the wrinkles |the zits ", "on her cheek|on his face|on her face|on her forehead|on the skin|on his chin", ""));
        en("smooth_skin", 3, "skin retouching", "portrait retouch", "retouch the portrait", "beauty retouch",
                "blemish removal", "give her flawless skin", "make his skin smoother", "smoother skin", "glowing skin");
        zh("smooth_skin", 20, "磨皮", "美颜", "皮肤光滑一点", "去皱纹", "祛痘", "美白磨皮", "让皮肤更细腻", "磨皮美颜",
                "把脸修一下");
        zh("smooth_skin", 1, cross("给她|给他|帮我|", "磨一下皮|磨皮|美颜一下|修一下脸|精修一下皮肤|把皮肤修光滑",
                "", "|一点|{za}"));
        zh("smooth_skin", 3, "人像精修", "皮肤美化", "美肤", "去斑", "祛斑", "去掉痘痘", "去黑眼圈", "肤色均匀一些",
                "脸部精修", "一键美颜", "皮肤修得光滑一些", "淡化皱纹", "去除瑕疵");
    }

    private void moves() {
        String[][] directions = {
            {"left", "left", "左"}, {"right", "right", "右"}, {"up", "up", "上"}, {"down", "down", "下"}};
        for (String[] d : directions) {
            String w = d[1];
            en("move." + d[0], 12, "move {obj} " + w + " by {n}{px}", "move {obj} {n}{px} " + w, "shift {obj} " + w,
                    "move it " + w, "nudge {obj} " + w + " {n}{px}", "push {obj} " + w + " a bit", "move " + w + " {n}{px}",
                    "drag {obj} {n}{px} to the " + w, "shift it {n}{px} " + w, "move {obj} " + w + " {n}%",
                    "slide {obj} " + w + " by {n}{px}", "{n}{px} " + w, "move {obj} to the " + w, "offset {obj} " + w
                            + " {n}{px}", "reposition {obj} " + w + " {n}{px}");
            zh("move." + d[0], 16, "向" + d[2] + "移动{zn}{zpx}", "往" + d[2] + "移{zn}{zpx}", "把{zobj}往" + d[2] + "挪{zn}{zpx}",
                    d[2] + "移{zn}{zpx}", "向" + d[2] + "平移{zn}{zpx}", "把{zobj}" + d[2] + "移一点", "往" + d[2] + "挪一挪",
                    "把{zobj}向" + d[2] + "移动{zn}{zpx}", "移到" + d[2] + "边", "向" + d[2] + "偏移{zn}{zpx}");
        }
        for (String[] d : directions) {
            // "up by 10%" after a verb of moving is a distance, not a size ("scale it up by 10%")
            en("move." + d[0], 3, cross("nudge |move |shift |push |slide ", "{obj} |it |", d[1] + " by ",
                    "{n}%|{pct}|{n} percent"));
        }
        // verbs that carry their direction: "raise it 30 pixels", "lower the logo a bit"
        en("move.up", 4, "raise {obj} {n}{px}", "raise {obj} by {n}{px}", "lift {obj} {n}{px}", "lift {obj} up a bit",
                "raise {obj} a little");
        en("move.down", 4, "lower {obj} {n}{px}", "lower {obj} by {n}{px}", "drop {obj} {n}{px}", "drop {obj} down a bit",
                "lower {obj} a little");
        en("move.scale_up", 12, "enlarge the selection by {pct}", "make {obj} bigger", "make it {pct} bigger",
                "make {obj} {pct} larger", "scale {obj} up by {pct}", "enlarge {obj}", "make it larger",
                "grow {obj} by {pct}", "increase the size of {obj} by {pct}", "scale up {obj}", "make {obj} twice as big",
                "double the size of {obj}", "zoom {obj} in by {pct}", "resize {obj} to be bigger", "make {obj} {pct} bigger");
        // taller or wider of the selected thing is bigger ("make it taller" had shrunk it)
        en("move.scale_up", 2, cross("make it |make {obj} |", "taller|wider|a bit taller|a little wider|longer", "", ""));
        en("move.scale_down", 12, "make it {pct} smaller", "make {obj} smaller", "shrink {obj}", "shrink it by {pct}",
                "scale {obj} down by {pct}", "reduce the size of {obj} by {pct}", "make {obj} {pct} smaller",
                "scale down {obj}", "make {obj} half the size", "shrink {obj} to half", "make it tinier",
                "resize {obj} to be smaller", "make {obj} a bit smaller");
        en("move.scale_down", 8, "scale it down to {pct}", "shrink {obj} to {pct}", "resize {obj} to {pct}",
                "reduce {obj} to {pct} of its size");
        // a multiple of the selection's size is a move, as in Chinese; the picture "without losing quality" is an upscale
        en("move.scale_up", 1, cross("make it |make {obj} |scale it up |scale {obj} up ", "two |three |four |five |2 |3 |4 "
                + "|1.5 |2.5 ", "times bigger|times larger|times as big|x bigger|x larger", ""));
        en("move.scale_up", 8, "scale it up to {n}0%", "enlarge {obj} to {n}0%", "resize {obj} up to {n}0%");
        zh("move.scale_down", 10, "缩小到{zpct}", "把{zobj}缩小到原来的一半", "缩放到{zpct}", "缩小至{zpct}");
        zh("move.scale_up", 16, "放大{zpct}", "把{zobj}放大{zpct}", "放大一点", "变大", "把{zobj}变大{zpct}", "{zobj}放大一倍",
                "尺寸加大{zpct}", "放大", "把{zobj}弄大一点", "扩大{zpct}");
        // a bare multiple enlarges the selection; with 分辨率/清晰度/画质 it is an upscale (see upscales)
        zh("move.scale_up", 3, cross("放大|把{zobj}放大|{zobj}放大|变大|", "两倍|三倍|四倍|五倍|2倍|3倍|4倍|1.5倍", "", ""));
        zh("move.scale_down", 16, "缩小{zpct}", "把{zobj}缩小{zpct}", "缩小一点", "变小", "把{zobj}变小{zpct}",
                "尺寸减小{zpct}", "缩小", "把{zobj}弄小一点", "缩到一半");
    }

    private void text() {
        en("text", 10, "add text QTEXT {pos}", "write QTEXT {pos}", "put QTEXT {pos}", "add the words QTEXT {pos}",
                "add a caption QTEXT {pos}", "put QTEXT {pos} in {color}", "add {color} text QTEXT {pos}",
                "write QTEXT {pos} in {color}", "add a title QTEXT", "caption it QTEXT", "add the text QTEXT",
                "label it QTEXT {pos}", "insert text QTEXT {pos}", "type QTEXT {pos}", "overlay the text QTEXT {pos}",
                "put a {color} caption QTEXT {pos}", "add a watermark QTEXT {pos}", "write QTEXT on {obj}",
                "add a heading that says QTEXT", "text QTEXT {pos}", "add QTEXT {pos}", "QTEXT {pos}",
                "put the words QTEXT {pos}", "stamp QTEXT {pos}", "add big {color} letters QTEXT {pos}",
                "write QTEXT in large letters {pos}", "add a sign saying QTEXT");
        zh("text", 12, "{zpos}加上文字QTEXT", "{zpos}写QTEXT", "{zpos}添加{zcolor}文字QTEXT", "加文字QTEXT", "写上QTEXT",
                "{zpos}加一行字QTEXT", "在图上写QTEXT", "添加标题QTEXT", "{zpos}写上{zcolor}的QTEXT", "打上文字QTEXT",
                "{zpos}加水印QTEXT", "{zpos}放上QTEXT几个字", "配文QTEXT", "加上QTEXT字样", "{zpos}写{zcolor}字QTEXT",
                "{zpos}写QTEXT，用{zcolor}");
    }

    private void background() {
        en("background.color", 12, "{color} background", "make the background {color}", "change the background to {color}",
                "replace the background with {color}", "set a {color} background", "put it on a {color} background",
                "solid {color} background", "background {color}", "paint the background {color}",
                "use a plain {color} backdrop", "turn the background {color}", "fill the background with {color}");
        zh("background.color", 14, "背景换成{zcolor}", "把背景改成{zcolor}", "{zcolor}背景", "背景变成{zcolor}", "换{zcolor}底",
                "背景涂成{zcolor}", "证件照{zcolor}底", "背景改为纯{zcolor}", "把背景换成{zcolor}的");
        en("background.transparent", 8, "remove {bg}", "delete {bg}", "get rid of {bg}", "drop {bg}", "erase {bg}",
                "take away {bg}", "no {bg}", "cut {bg} out");
        en("background.transparent", 2, "make a png with no background", "png without background", "no background png",
                "export it with a transparent background", "give me a transparent png", "a png of just the subject");
        en("background.color", 8, "change {bg} to {color}", "make {bg} {color}", "{bg} in solid {color}",
                "set {bg} to plain {color}", "replace {bg} with solid {color}");
        en("background.transparent", 16, "keep only {obj}", "keep just the subject", "keep only the person and drop the rest", "remove the background", "cut out {obj}",
                "make the background transparent", "delete the background", "isolate {obj}", "background removal",
                "cutout with no background", "remove bg", "erase the background", "png with transparent background",
                "no background", "extract {obj} from the background", "make {bg} see-through", "see-through background");
        zh("background.transparent", 20, "只保留{zobj}", "只保留主体", "保留人物，去掉背景", "只要人物", "抠图", "背景透明", "去掉背景", "去背景", "把背景删除", "透明背景",
                "背景去除", "把{zobj}抠出来", "扣图", "一键抠图", "背景变透明");
        // transparency with nothing named is the background's: a PNG with alpha
        zh("background.transparent", 8, "做成透明的", "弄成透明的", "变成透明的", "要透明的", "透明底", "做成透明底",
                "导出透明png", "改成透明", "弄成透明底的");
        // how much of it goes says nothing about where it goes ("remove the background completely")
        en("background.transparent", 1, cross("remove |delete |get rid of |erase |take out ", "the background |the backdrop |the bg ",
                "completely|entirely|fully|altogether|totally|for me", ""));
        en("background.transparent", 6, "make it transparent", "transparent please", "i need a transparent png",
                "export it with transparency", "transparent backdrop", "give it a transparent background");
        en("background.blur", 8, "blur the background and keep {obj} sharp", "make the background soft and blurry");
        zh("background.blur", 10, "背景虚化，主体清晰", "保持{zobj}清晰，背景模糊");
    }

    private void geometry() {
        en("rotate.cw", 14, "rotate {deg} degrees", "rotate it {deg} degrees clockwise",
                "turn it clockwise", "rotate clockwise", "rotate by {deg}°", "rotate {deg}", "turn the image {deg} degrees",
                "rotate the photo clockwise by {deg} degrees", "spin it {deg} degrees", "rotate 90", "tilt it {deg} degrees",
                "turn it upside down", "upside down", "make it upside down", "rotate it right by {deg} degrees", "quarter turn clockwise", "rotate to the right",
                "rotate it to the right", "rotate the image right", "spin it right", "rotate rightwards",
                "rotate right by {deg}", "turn it to the right {deg} degrees");
        en("rotate.cw", 1, cross("turn |rotate |spin ", "the picture |the photo |the image |the pic ", "to the right|right|clockwise", ""));
        // straightening names the turn that does it ("straighten it by rotating 3 degrees to the left")
        for (String[] turn : new String[][] {{"cw", "clockwise|to the right|right"},
            {"ccw", "counterclockwise|to the left|left"}}) {
            en("rotate." + turn[0], 1, cross("straighten it |straighten the horizon |straighten the photo "
                    + "|level the horizon ", "by rotating |by turning |, rotate |and rotate ", "{deg} degrees ", turn[1]));
        }
        en("rotate.ccw", 1, cross("turn |rotate |spin ", "the picture |the photo |the image |the pic ", "to the left|left|counterclockwise", ""));
        en("rotate.ccw", 14, "rotate left", "rotate {deg} degrees counterclockwise", "turn it counter-clockwise",
                "rotate anticlockwise", "rotate it {deg} degrees anti-clockwise", "rotate left by {deg} degrees",
                "turn the image left", "rotate ccw {deg}", "rotate counter clockwise {deg} degrees", "rotate to the left", "rotate it to the left",
                "rotate the image left", "spin it left", "rotate leftwards",
                "quarter turn to the left");
        zh("rotate.cw", 16, "顺时针旋转{deg}度", "向右旋转", "旋转{deg}度", "顺时针转{deg}度", "右转90度", "图片旋转{deg}°", "顺时针旋转",
                "倒过来", "旋转180度", "向右转");
        zh("rotate.ccw", 16, "逆时针旋转{deg}度", "向左旋转", "逆时针转{deg}度", "左转90度", "逆时针旋转", "往左转{deg}度", "向左转");
        en("flip.horizontal", 16, "flip horizontally", "flip it left to right", "mirror the image",
                "horizontal flip", "flip", "mirror image", "flip sideways", "reverse left and right",
                "make a mirror image", "flip the photo horizontally");
        en("flip.vertical", 16, "flip it upside down", "vertical flip", "flip top to bottom",
                "mirror vertically", "flip the image vertically", "flip it over vertically");
        zh("flip.horizontal", 20, "水平翻转", "镜像", "左右翻转", "镜像翻转", "左右镜像", "翻转一下", "水平镜像", "沿水平方向翻转", "横向翻转");
        zh("flip.vertical", 20, "上下翻转", "上下颠倒翻转", "倒过来翻转", "颠倒翻转", "上下颠倒", "上下倒置", "把画面颠倒过来", "垂直颠倒", "竖直翻转", "上下镜像", "垂直镜像", "沿垂直方向翻转", "垂直方向翻转一下", "竖向翻转");
        en("crop", 1, cross("crop |trim |cut |crop it down |crop the photo ", "to |down to |",
                "what I selected|my selection|the selected area|the selected part|the marked area|the box I drew", ""));
        en("crop", 14, "crop to {aspect}", "crop it {aspect}", "make it square", "crop to a square", "crop to the selection",
                "crop", "crop {obj}", "cut to {aspect}", "trim to {aspect}", "crop to {aspect} aspect ratio",
                "make it {aspect}", "crop this area", "crop for instagram square", "crop to widescreen {aspect}");
        en("crop", 1, cross("make it |crop it |crop to |", "portrait |landscape |vertical |horizontal ", "{aspect}", ""));
        // zooming in keeps less of the picture: a crop (v12 widened the canvas for "zoom in")
        en("crop", 1, cross("zoom in|zoom in on {obj}|zoom into {obj}|punch in on {obj}|crop in closer|crop in tighter"
                + "|tighter crop|crop in on {obj}|get closer to {obj}", "", "", "| please| a bit"));
        en("crop", 3, "make it widescreen", "widescreen please", "go widescreen", "widescreen format", "a widescreen crop",
                "cinematic widescreen crop");
        zh("crop", 16, "裁成{aspect}", "裁剪到{aspect}", "裁剪成正方形", "裁剪", "按选区裁剪", "剪裁为{aspect}", "裁成方形",
                "比例改成{aspect}", "裁剪{zobj}", "截取这部分");
        String[][] sides = {{"left", "left", "左"}, {"right", "right", "右"}, {"top", "top", "上"}, {"bottom", "bottom", "下"}};
        for (String[] s : sides) {
            en("expand." + s[0], 12, "expand the canvas on the " + s[1], "extend the image to the " + s[1],
                    "outpaint " + s[1], "add more space on the " + s[1], "expand " + s[1] + " by {pct}",
                    "extend the " + s[1] + " side", "widen the picture to the " + s[1], "more room on the " + s[1],
                    "uncrop the " + s[1], "grow the canvas " + s[1]);
            zh("expand." + s[0], 16, "向" + s[2] + "扩图", "往" + s[2] + "扩展画面", s[2] + "边扩展{zpct}", "向" + s[2] + "延伸画布",
                    "画布向" + s[2] + "扩大", s[2] + "侧加宽");
        }
        // a bigger picture by extending one side is that side's outpainting, not all around
        for (String[] s : sides) {
            en("expand." + s[0], 1, cross("make the image |make the picture |make the canvas |make it ", "bigger |wider |taller "
                    + "|larger ", "by extending |by expanding |by adding to |on ", "the " + s[1] + " side|the " + s[1]));
        }
        String[][] where = {{"top", "above|at the top|on top"}, {"bottom", "below|at the bottom|underneath"},
            {"left", "on the left|to the left"}, {"right", "on the right|to the right"}};
        for (String[] w : where) {
            en("expand." + w[0], 3, cross("add more |show more |extend the |more ",
                    "sky|space|room|ground|floor|scenery|background|canvas", " ", w[1]));
        }
        String[][] zwhere = {{"top", "上面|顶部|上方|上边"}, {"bottom", "下面|底部|下方|下边"}, {"left", "左边|左侧|左面"},
            {"right", "右边|右侧|右面"}};
        for (String[] w : zwhere) {
            zh("expand." + w[0], 3, cross(w[1], "多留一些空间|多留点空间|留出更多空间|多留白|加点空间|再多一些画面|多一点天空|多一点地面",
                    "", ""));
        }
        String[][] ward = {{"top", "upward|upwards|up|higher"}, {"bottom", "downward|downwards|down|lower"},
            {"left", "leftward|leftwards|to the left|further left"}, {"right", "rightward|rightwards|to the right|further right"}};
        for (String[] w : ward) {
            en("expand." + w[0], 2, cross("extend the picture |extend the image |expand the photo |extend it |"
                    + "expand the canvas |grow the frame |outpaint ", w[1], "", ""));
        }
        en("expand.all", 2, cross("widen |extend |expand |stretch out ", "the image |the photo |the picture |it |the canvas ",
                "on both sides|on all sides|in every direction|all the way around", ""));
        en("expand.all", 12, "expand the canvas", "extend the image on all sides", "outpaint", "zoom out and fill",
                "add space around the image", "expand everything by {pct}", "uncrop", "expand the image in all directions",
                "widen the frame all around", "make the canvas bigger", "enlarge the canvas", "a bigger canvas",
                "make the canvas larger on all sides", "more canvas around it", "increase the canvas size");
        en("expand.all", 3, "zoom out", "zoom out a bit", "zoom out a little", "pull back", "show more around it", "widen the shot");
        // filling the edges after zooming out is outpainting, not a vignette
        en("expand.all", 1, cross("zoom out and |pull back and |zoom out, |", "fill in|fill|paint in|generate",
                " the edges| the borders| the sides| around it| the surroundings", ""));
        zh("expand.all", 3, "两边扩展", "两边都扩一点", "左右两边扩图", "两侧扩展画面", "两边加宽", "两侧都延伸一些");
        zh("expand.all", 16, "扩图", "四周扩展", "画面向外扩展", "扩展画布", "四周扩图{zpct}", "全方向扩图", "往外扩一圈");
        en("upscale", 16, "upscale", "upscale 2x", "increase the resolution", "super resolution",
                "make it higher resolution", "enlarge the image 2x", "double the resolution", "upscale by 4",
                "upsample the image", "4x resolution", "improve the resolution", "hd version", "upscale it twice");
        // the picture itself made bigger is an upscale, as in Chinese; "make it bigger" of a selection is a move
        String lossless = " without losing quality| without quality loss| without it getting blurry| losslessly";
        // (no multiples here: "make it 1.5x bigger" of a selection stays a move)
        en("upscale", 2, cross("make the image |make the photo |make the picture |make the whole image |make it ",
                "bigger|larger", lossless, ""));
        en("upscale", 2, cross("enlarge the image|enlarge the photo|enlarge it|blow it up", "", lossless, ""));
        en("upscale", 4, "make the image bigger", "make the photo larger", "enlarge the picture", "increase the image size",
                "make the picture bigger", "blow the photo up without losing detail", "a bigger image at the same quality");
        // a resolution or a definition named as the result is an upscale ("放大成高清", "make it 4x sharper resolution")
        zh("upscale", 2, cross("放大成|放大到|变成|提升到|转成", "高清|超清|4K|高分辨率|高清大图", "", "|吧|的"));
        en("upscale", 1, cross("make it |give it |", "2x |4x |twice the |four times the ", "sharper resolution|higher resolution"
                + "|the resolution|more resolution|resolution", ""));
        zh("upscale", 20, "超分", "提高分辨率", "放大分辨率", "高清放大", "分辨率提升四倍", "无损放大2倍",
                "变高清", "超分辨率", "4倍超分", "图片放大到两倍分辨率");
        en("upscale", 3, "make it HD", "make it 4k", "in 4k please", "HD please", "convert it to full HD", "make it high definition",
                "turn it into a 4k image", "make it ultra HD");
        zh("upscale", 3, "高清修复", "修复成高清", "画质修复", "高清化", "变成4K", "提升成超高清");
        zh("upscale", 4, cross("放大两倍|放大四倍|放大2倍|放大4倍|提升两倍|提升四倍", "分辨率|清晰度|画质", "", ""));
        // the whole picture made bigger is an upscale; "放大两倍" of a selection moves it (see moves)
        zh("upscale", 3, cross("图片|照片|图像|整张图|把图片|把照片", "放大两倍|放大四倍|放大2倍|放大4倍", "", ""));
        zh("upscale", 4, cross("分辨率|清晰度|画质", "放大两倍|放大四倍|放大2倍|放大4倍|提升两倍|提升四倍|翻倍", "", ""));
    }

    private void unsupported() {
        en("unsupported.subject_replace", 12, "replace {animal} with {newthing}", "turn {animal} into {newthing}",
                "change {animal} to {newthing}", "swap {animal} for {newthing}", "make {animal} {newthing}",
                "replace the background with {scene}", "put {obj} on {scene}", "change the background to {scene}",
                "make the background {scene}", "swap the face with {newthing}", "turn the sky into {scene}",
                "replace the selection with {newthing}", "turn {animal} into a painting of {newthing}");
        // a new thing described by its colour is still a new thing ("replace the sky with a red sunset"), not a recolour
        en("unsupported.subject_replace", 1, cross("replace the sky with |swap the sky for |replace {animal} with ",
                "a red |a blue |a golden |a pink |an orange |a purple |a black |a white ",
                "sunset|sunrise|sky|dragon|car|cat|horse|balloon|tiger|robot", ""));
        zh("unsupported.subject_replace", 14, "把{zanimal}换成{znew}", "{zanimal}变成{znew}", "把{zanimal}替换成{znew}",
                "背景换成{zscene}", "把背景改成{zscene}", "把{zanimal}改成一只{znew}", "换成{znew}", "{zanimal}换成{znew}吧",
                "把天空换成{zscene}", "把选中的{zanimal}替换为{znew}");
        zh("unsupported.subject_replace", 2, "换个天空", "换一片天空", "天空换一个", "换个新的天空");
        // a new thing doing something somewhere is still an addition ("insert a dragon flying over the castle")
        en("unsupported.subject_add", 1, cross("insert |add |put in |draw ", "{thing} ", "flying over {obj}|standing next to {obj}"
                + "|sitting on {obj}|flying in the sky|walking by|swimming in the water", ""));
        en("unsupported.subject_add", 12, "add {thing}", "add {thing} to the sky", "put {thing} next to {obj}",
                "insert {thing}", "place {thing} on {obj}", "put {thing} on {obj}", "put {thing} on {person}", "add {thing} in the background", "draw {thing}",
                "give {person} {thing}", "put {thing} in the corner", "include {thing}", "add {thing} here",
                "generate {thing}", "there should be {thing}", "add {thing} on the left");
        en("unsupported.subject_add", 1, cross("add |put |place |insert |draw ", "{thing} ",
                "in the sky|on the table|in the background|next to her|behind him|on the wall|in the water|on the grass", ""));
        en("unsupported.subject_add", 6, cross("add some |add a few |add lots of |put some |throw in some |sprinkle some ",
                "{things}", "", ""));
        // weather that is not there yet has to be painted in
        en("unsupported.subject_add", 2, "add falling snow", "make it snow", "add rain", "make it rain", "add some fog",
                "add snowfall", "add rain falling", "add leaves falling", "add a snowstorm", "add lightning in the sky");
        zh("unsupported.subject_add", 2, "加点雪花飘落", "让天空下雪", "加上下雨的效果", "加一些雾", "加闪电");
        zh("unsupported.subject_add", 14, "加{zthing}", "添加{zthing}", "在天空加上{zthing}", "放{zthing}在这里",
                "画{zthing}", "给{zperson}加{zthing}", "在旁边加{zthing}", "增加{zthing}", "在角落放{zthing}", "添上{zthing}");
        // 月亮 holds 亮: a moon added is a new thing, not more light
        zh("unsupported.subject_add", 2, cross("加一个|添加一个|放一个|画一个|加个", "月亮|太阳|彩虹|气球|风筝|雪人|蛋糕|皇冠|灯笼|南瓜", "", "|吧"));
        en("unsupported.pose", 8, "{person} should {pose}", "get {person} to {pose}", "can {person} {pose}",
                "i want {person} to {pose}");
        en("unsupported.pose", 12, "make {person} {pose}", "have {person} {pose}", "let {person} {pose}",
                "change {person}'s pose", "change the pose", "make her smile",
                "turn {person}'s head", "move {person}'s arm up", "make {person} face the camera",
                "make {person} look happy", "change the expression");
        // a bare command to the person pictured (in v13 this list went through cross() with neither a prefix nor a
        // suffix, which makes nothing, and "close his eyes" read as no edit)
        en("unsupported.pose", 3, ("close his eyes|close her eyes|open his eyes|open her eyes|close their eyes"
                + "|shut his eyes|open her mouth|tilt her head|tilt his head|raise his hand|lift her chin|turn his head"
                + "|make him blink|make her wink|make him frown|make her look sad|make him look angry|make her laugh")
                .split("\\|"));
        zh("unsupported.pose", 14, "让{zperson}{zpose}", "把{zperson}改成{zpose}的姿势", "改变姿势", "让{zperson}换个动作",
                "{zperson}要{zpose}", "把表情改成微笑", "让{zperson}看起来开心", "换个姿势");
        // shadows lifted are lighter, a person lifted a pose ("the shadows are too deep, lift them")
        en("adjust.brightness.up", 1, cross("lift ", "them|those|the darks|the lows", "", "| a bit| up| a little"));
        zh("unsupported.pose", 1, cross("让{zperson}|让他|让她|让它", "转过身去|转过身来|背过身去|转身过去|侧过身去|蹲下来", "", "|吧"));
        en("unsupported.material", 12, "make {obj} look like {material}", "turn {obj} into {material}",
                "make {obj} out of {material}", "change the material of {obj} to {material}", "{material} texture on {obj}",
                "give {obj} a {material} texture", "make {obj} {material}", "render {obj} as {material}",
                "make it look like it's made of {material}", "{material} finish");
        en("unsupported.material", 8, "make {obj} {materialadj}", "{obj} should look {materialadj}",
                "a {materialadj} {obj}", "turn {obj} {materialadj}", "I want a {materialadj} {obj}",
                "make {obj} look {materialadj}", "give it a {materialadj} look");
        en("unsupported.material", 10, "make {obj} {material}", "a {material} {obj}",
                "{obj} in {material}", "change {obj} to {material}",
                "{obj} should be {material}", "give {obj} a {material} look");
        zh("unsupported.material", 10, "把{zobj}变成{zmaterial}", "{zobj}换成{zmaterial}的", "{zmaterial}的{zobj}",
                "把{zobj}变成{zmaterial}做的");
        zh("unsupported.material", 14, "把{zobj}变成{zmaterial}的", "{zobj}改成{zmaterial}材质", "让{zobj}看起来像{zmaterial}",
                "{zmaterial}质感", "换成{zmaterial}材质", "把{zobj}做成{zmaterial}", "材质改为{zmaterial}");
    }

    private void none() {
        en("none", 6, "a bit", "a little", "slightly", "a lot", "much more", "just a touch", "a little more",
                "not too much", "only a bit", "by a lot", "if possible", "for me", "quickly", "just slightly",
                "a tiny bit");
        en("none", 10, "hello", "hi there", "thanks", "thank you", "who is this", "what do you see",
                "describe the image", "how are you", "test", "ok", "nice", "cool picture", "what can you do", "help",
                "is this a dog", "where was this taken", "what time is it", "tell me a joke", "good morning", "hmm",
                "lol", "asdf", "asdfgh", "qwerty", "zxcv", "jkjkjk", "sdfsdf", "what's the weather", "can you see the image", "how many people are there",
                "what color is the car", "is it pretty", "I like it", "this looks great", "never mind", "undo",
                "who made this", "what is the name of this place", "explain the picture", "wow", "yes", "no",
                "what does this say", "why", "how old is he", "how does this work", "bye", "good job",
                "what kind of flower is this", "what brand is this", "count the cars", "is this real");
        // circumstances and remarks beside an edit ("reduce noise, it was shot at night") ask for nothing themselves
        en("none", 4, "it was taken at night", "it was taken indoors", "shot on my phone", "taken at dusk", "it was a rainy day",
                "that's my dog", "this is my sister", "it's for a client", "what a nice day", "gorgeous evening isn't it",
                "let me think", "not sure", "maybe later", "I took this last summer", "we were on holiday");
        // a thing pointed out as there is no edit ("there's a trash can on the left, remove it"): v14 read it as adding
        // one, and the whole instruction became a refusal
        en("none", 1, cross("there's |there is |there are |I can see |you can see |notice ", "{clutter} |{person} |a man "
                + "|a dog |a car |some people |a sign ", "{where}|in the photo|in the shot|here|", ""));
        zh("none", 1, cross("这里有|那边有|照片里有|画面里有|旁边有", "{zclutter}|{zperson}|一个人|一辆车|一只狗|一个垃圾桶", "", ""));
        // marks on an old print are cleaned away ("clean up the scratches on the old photo")
        en("remove", 1, cross("clean up |remove |fix |get rid of |erase ", "the scratches |the dust |the spots |the stains "
                + "|the creases |the tears ", "on the old photo|on the photo|on the scan|in the picture|on the print", ""));
        // ...while one called a nuisance is asked to go ("the wires are distracting", "the cup is ugly": v15 sharpened it)
        en("remove", 1, cross("the cup |the bin |the sign |that chair |the lamp |this thing |the bag |that pole ",
                "is |looks |is so |looks really ", "ugly|hideous|an eyesore|distracting|out of place", "|, remove it"));
        en("remove", 1, cross("{clutter} ", "is |are |looks |", "distracting|ugly|annoying|in the way|ruining the shot"
                + "|ruining the photo|an eyesore|so distracting", ""));
        // a purpose said alone ("突出人物" after "背景虚化一下" had read as a cut-out; the parser also joins it to the step before)
        zh("none", 2, "突出人物", "突出主体", "让主体更突出", "突出重点", "让人物更突出", "好突出主体");
        en("none", 4, "so the subject stands out", "so it pops", "so that it looks better", "for instagram",
                "so people notice it", "to make it look professional", "what filters do you have", "which styles are there");
        // questions about the app, and remarks about the picture that ask for nothing (a crooked horizon gives no angle)
        en("none", 3, "how do I save this", "how do I download it", "how can I share this", "where is the export button",
                "how do I use this", "can I print this", "how do I get the file", "is there a dark mode");
        // asking what an edit is asks for no edit
        en("none", 2, "what is a vignette", "what does sharpen do", "explain what bokeh means", "what does denoise mean",
                "how does the blur work", "what's the difference between sepia and vintage", "what is posterize");
        zh("none", 2, "暗角是什么", "锐化是什么意思", "降噪有什么用", "什么是色调分离");
        // grain and noise cannot be added (no op makes them); they had read as denoising. "make it grainy" stays
        // untaught: beside "it's grainy" it took complaints of grain to no edit
        en("none", 2, "add film grain", "add some grain", "add noise", "add grain", "add a film grain effect");
        zh("none", 2, "加点颗粒感", "增加噪点", "加胶片颗粒", "加点噪点");
        // straightening gives no angle to turn by (a named turn, "straighten it 5 degrees", is a rotation)
        en("none", 2, "straighten it", "straighten the photo", "level the horizon", "fix the tilt", "straighten the horizon",
                "make it straight", "fix the crooked horizon", "level it");
        en("none", 3, "the horizon is tilted", "the horizon is crooked", "it's a bit crooked", "the horizon isn't straight",
                "the picture is slanted");
        en("none", 3, "please fix", "can u fix", "fix pls", "can you fix this", "pls fix it", "fix it please",
                "can you help", "do your magic");
        zh("none", 3, "怎么导出", "怎么保存图片", "怎么下载", "在哪里分享", "地平线歪了", "照片有点歪", "帮我修一下", "处理一下");
        zh("none", 4, "让主体更突出", "这样好看一点", "发朋友圈用", "突出重点", "有哪些滤镜", "支持哪些风格");
        zh("none", 10, "这是什么", "谢谢", "这是谁", "描述一下这张图", "你能做什么", "今天天气怎么样", "测试", "好的", "不错",
                "这张图好看吗", "哈哈", "嗯", "这是哪里", "帮助", "图里有几个人", "车是什么颜色的", "你是谁", "再见", "为什么",
                "这是什么花", "这是真的吗", "早上好", "我喜欢", "没事了", "这是什么牌子", "解释一下这张图", "他多大了", "厉害");
    }
}
