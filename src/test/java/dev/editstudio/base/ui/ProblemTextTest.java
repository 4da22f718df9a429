package dev.editstudio.base.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.i18n.TranslationProvider;
import dev.editstudio.image.ImageDecoder;
import dev.editstudio.image.ImageDecoderTestAccess;
import dev.editstudio.quota.Limits;
import dev.editstudio.quota.QuotaService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Refusals from the real services, worded for the user in English and Chinese. */
class ProblemTextTest {

    private static final TranslationProvider TEXTS = new TranslationProvider();
    private final ImageDecoder decoder = new ImageDecoder(40_000_000, 1024 * 1024);

    @Test
    void unreadableUploadsAreExplainedInTheUsersLanguage() throws IOException {
        ApiException empty = refusal(() -> decoder.decode(new byte[0]));
        assertEquals("the file is empty", en(empty));
        assertEquals("文件是空的", zh(empty));

        ApiException heic = refusal(() -> decoder.decode(heicHeader()));
        assertTrue(zh(heic).startsWith("这是 HEIC 格式的照片") && zh(heic).contains("兼容性最佳"), zh(heic));
        assertTrue(en(heic).contains("Most Compatible"), en(heic));

        byte[] cmyk;
        try (InputStream in = getClass().getResourceAsStream("/images/kodim20-crop-cmyk.jpg")) {
            cmyk = in.readAllBytes();
        }
        assertTrue(zh(refusal(() -> decoder.decode(cmyk))).contains("CMYK（印刷）色彩"));

        ApiException tooBig = refusal(() -> decoder.checkSize(2 * 1024 * 1024 + 100_000));
        assertEquals("the file has 2.1 MB; at most 1 MB are accepted", en(tooBig));
        assertEquals("文件大小为 2.1 MB，最多接受 1 MB", zh(tooBig));

        ApiException bomb = refusal(() -> decoder.probe(ImageDecoderTestAccess.bomb()));
        assertEquals("图片为 100,000 × 100,000（10,000 百万像素），最多接受 40 百万像素", zh(bomb));
        assertTrue(zh(refusal(() -> decoder.decode("not an image".getBytes()))).startsWith("这不是 PNG"));
    }

    @Test
    void aReachedQuotaSaysWhichAndUntilWhen() {
        Instant midnight = Instant.parse("2026-11-23T00:00:00Z");
        QuotaService.Usage usage = new QuotaService.Usage(20, 0, 0, new Limits(20, null, null), midnight, midnight);
        ApiException edits = usage.exceeded("your").orElseThrow();
        assertTrue(zh(edits).startsWith("已达到每日 20 次编辑的上限"), zh(edits));
        assertTrue(en(edits).startsWith("the daily limit of 20 edits is reached; more from "), en(edits));

        QuotaService.Usage full = new QuotaService.Usage(0, 0, 600L * 1024 * 1024,
                new Limits(null, null, 500L * 1024 * 1024), midnight, midnight);
        assertEquals("已达到 500 MB 的存储上限：删除不再需要的会话即可腾出空间", zh(full.exceeded("your").orElseThrow()));
    }

    @Test
    void aRefusalWithNoTextOfItsOwnKeepsTheServicesMessage() {
        ApiException taken = ApiException.conflict("username_taken", "the username 'ann' is already taken");
        assertEquals("the username 'ann' is already taken", zh(taken));
    }

    private static ApiException refusal(Executable call) {
        return assertThrows(ApiException.class, call);
    }

    private static String en(ApiException problem) {
        return ProblemText.of(problem, (key, params) -> TEXTS.getTranslation(key, Locale.ENGLISH, params));
    }

    private static String zh(ApiException problem) {
        return ProblemText.of(problem, (key, params) -> TEXTS.getTranslation(key, Locale.SIMPLIFIED_CHINESE, params));
    }

    /** The first box of an iPhone photo: ISO media with the HEIC brand. */
    private static byte[] heicHeader() {
        ByteBuffer b = ByteBuffer.allocate(32);
        b.putInt(24).put("ftyp".getBytes()).put("heic".getBytes()).putInt(0).put("mif1".getBytes())
                .put("heic".getBytes()).putInt(8).put("free".getBytes());
        return b.array();
    }
}
