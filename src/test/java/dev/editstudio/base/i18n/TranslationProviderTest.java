package dev.editstudio.base.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TranslationProviderTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private final TranslationProvider provider = new TranslationProvider();

    @Test
    void everyEnglishKeyHasAChineseTextWithTheSameArguments() throws IOException {
        Properties en = load("i18n/messages.properties");
        Properties zh = load("i18n/messages_zh.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()),
                "both languages name the same keys");
        for (String key : en.stringPropertyNames()) {
            // a pattern that does not parse would throw on its first use in a view
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            new MessageFormat(zh.getProperty(key), Locale.SIMPLIFIED_CHINESE);
            assertEquals(arguments(en.getProperty(key)), arguments(zh.getProperty(key)), key);
            for (String pattern : List.of(en.getProperty(key), zh.getProperty(key))) {
                // MessageFormat takes a lone apostrophe for a quote and drops it ("team's" would show as "teams")
                assertTrue(arguments(pattern).isEmpty() || !LONE_APOSTROPHE.matcher(pattern).find(), key);
            }
        }
    }

    @Test
    void englishCountsAgreeWithTheirNumber() {
        assertEquals("no edits yet · today", en("sessions.meta", 0L, "today"));
        assertEquals("1 round · today", en("sessions.meta", 1L, "today"));
        assertEquals("12 rounds · today", en("sessions.meta", 12L, "today"));
        assertEquals("Today: 1 edit", en("editor.quota.usage.unlimited", 1L));
        assertEquals("Today: 3 edits", en("editor.quota.usage.unlimited", 3L));
        assertEquals("Delete \"Beach\"? This cannot be undone.", en("sessions.delete.confirm", "Beach", 0L));
        assertEquals("Delete \"Beach\" and its round? This cannot be undone.", en("sessions.delete.confirm", "Beach", 1L));
        assertEquals("Delete \"Beach\" and its 2 rounds? This cannot be undone.", en("sessions.delete.confirm", "Beach", 2L));
        assertEquals("You have used your one edit for today. More from 11/23/26, 12:00 AM.",
                en("editor.quota.reached.editsPerDay.mine", 1L, "11/23/26, 12:00 AM"));
        assertEquals("You have used all 20 of your edits for today. More from tomorrow.",
                en("editor.quota.reached.editsPerDay.mine", 20L, "tomorrow"));
        assertEquals("This team's images fill its 500 MB of storage. Delete sessions it no longer needs to make room.",
                en("editor.quota.reached.storageBytes.team", 500L, ""));
        assertEquals("1 轮 · 今天", provider.getTranslation("sessions.meta", Locale.SIMPLIFIED_CHINESE, 1L, "今天"));
    }

    @Test
    void anUnknownKeyShowsItselfAndTheLanguageFallsBackToEnglish() {
        assertEquals("no.such.key", provider.getTranslation("no.such.key", Locale.ENGLISH));
        assertEquals(en("sessions.meta", 2L, "x"), provider.getTranslation("sessions.meta", Locale.GERMAN, 2L, "x"));
        assertTrue(provider.getTranslation("sessions.meta", Locale.TRADITIONAL_CHINESE, 2L, "x").contains("轮"),
                "any Chinese locale gets the Chinese text");
    }

    private String en(String key, Object... params) {
        return provider.getTranslation(key, Locale.ENGLISH, params);
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationProviderTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
