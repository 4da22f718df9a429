package dev.editstudio.image;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import dev.editstudio.base.config.EditStudioConfig;
import dev.editstudio.base.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads untrusted image files safely: size, format and dimensions are checked from the header before a single
 * pixel is decoded, so a decompression bomb (a small file declaring huge dimensions) costs nothing; truncated and
 * corrupt files are refused rather than shown half grey. Every refusal is an {@link ApiException} with a message a
 * user can act on. A camera's EXIF orientation is applied, so width, height and pixels are what a browser shows.
 */
@ApplicationScoped
public class ImageDecoder {

    /** Why an image is invalid, in the error's details ({@code reason}). */
    public static final String EMPTY = "empty";
    public static final String DAMAGED = "damaged";
    public static final String IN_CMYK = "cmyk";
    public static final String NO_PIXELS = "no_pixels";
    private static final String CMYK = "this JPEG is in CMYK (print) colours, which cannot be read here: save it in "
            + "RGB (in Photoshop: Image > Mode > RGB Color)";

    private final long maxPixels;
    private final int maxBytes;

    @Inject
    public ImageDecoder(EditStudioConfig config) {
        this(config.image().maxPixels(), config.image().maxBytes());
    }

    public ImageDecoder(long maxPixels, int maxBytes) {
        this.maxPixels = maxPixels;
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** The most pixels an image may have; larger ones are refused before decoding. */
    public long maxPixels() {
        return maxPixels;
    }

    /** Checks the file size first, so callers can refuse an oversized upload before reading it into memory. */
    public void checkSize(long byteSize) {
        if (byteSize > maxBytes) {
            throw new ApiException(413, "image_too_large", String.format("the file has %.1f MB; at most %d MB are accepted",
                    byteSize / 1048576.0, maxBytes / 1048576), Map.of("byteSize", byteSize, "maxBytes", maxBytes));
        }
    }

    /** Format and dimensions (as displayed, after any EXIF orientation) from the header alone, within the limits. */
    public ImageProbe probe(byte[] bytes) {
        return open(bytes, (reader, probe, orientation) -> probe);
    }

    /**
     * Decodes a whole image to upright RGB or RGBA pixels, once its header has passed {@link #probe}'s checks: turned
     * by its EXIF orientation as a browser shows it, so a selection drawn on the page matches them.
     */
    public DecodedImage decode(byte[] bytes) {
        return open(bytes, (reader, probe, orientation) -> {
            List<String> warnings = new ArrayList<>();
            // ImageIO only warns about a truncated JPEG and fills the rest with grey; we refuse it instead
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            if (probe.format() == ImageFormat.WEBP && !wholeRiff(bytes)) {
                // the WebP reader fills what is missing with black without a word; the RIFF header knows the length
                throw invalid(DAMAGED,
                        "the image is damaged or incomplete (the file is shorter than its header says)");
            }
            try {
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw invalid(DAMAGED, "the image is damaged or incomplete (" + warnings.getFirst() + ")");
                }
                if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
                    // the JDK reads CMYK JPEGs but turns them into washed-out RGB, far from what browsers show
                    throw invalid(IN_CMYK, CMYK);
                }
                return orientation.apply(pixels(image));
            } catch (IOException | RuntimeException e) {
                if (e instanceof ApiException api) {
                    throw api;
                }
                if (e.getMessage() != null && e.getMessage().contains("Unsupported Image Type")) {
                    throw invalid(IN_CMYK, CMYK); // what older JDKs say of CMYK and YCCK JPEGs
                }
                throw invalid(DAMAGED, "the " + probe.format().id().toUpperCase()
                        + " image cannot be read: it is damaged or incomplete");
            }
        });
    }

    /** What to do with a reader whose header passed the checks. */
    @FunctionalInterface
    private interface AfterHeader<T> {
        T apply(ImageReader reader, ImageProbe probe, Orientation orientation);
    }

    /** Size and format checks, then one reader: the header's dimensions checked before {@code then} reads on. */
    private <T> T open(byte[] bytes, AfterHeader<T> then) {
        if (bytes.length == 0) {
            throw invalid(EMPTY, "the file is empty");
        }
        checkSize(bytes.length);
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> unsupported(bytes));
        ImageReader reader = reader(format);
        // read from the array itself: ImageIO's own stream for an InputStream copies it into a temporary file first
        try (ImageInputStream in = new ByteArrayImageInputStream(bytes)) {
            reader.setInput(in, true, true);
            Orientation orientation = ExifReader.orientation(bytes, format);
            return then.apply(reader, header(reader, format, bytes.length, orientation), orientation);
        } catch (IOException e) {
            throw invalid(DAMAGED, "the " + format.id().toUpperCase() + " file cannot be opened");
        } finally {
            reader.dispose();
        }
    }

    private ImageProbe header(ImageReader reader, ImageFormat format, int byteSize, Orientation orientation) {
        int width;
        int height;
        try {
            int storedWidth = reader.getWidth(0);
            int storedHeight = reader.getHeight(0);
            width = orientation.displayWidth(storedWidth, storedHeight);
            height = orientation.displayHeight(storedWidth, storedHeight);
        } catch (IOException | RuntimeException e) {
            throw invalid(DAMAGED, "the " + format.id().toUpperCase() + " header is damaged or incomplete");
        }
        if (width <= 0 || height <= 0) {
            throw invalid(NO_PIXELS, "the image declares no pixels");
        }
        long pixels = (long) width * height;
        if (pixels > maxPixels) {
            throw new ApiException(413, "image_too_large", String.format(
                    "the image is %d × %d (%.1f megapixels); at most %.0f megapixels are accepted",
                    width, height, pixels / 1e6, maxPixels / 1e6),
                    Map.of("width", width, "height", height, "maxPixels", maxPixels));
        }
        return new ImageProbe(format, width, height, byteSize);
    }

    /** The pixels as interleaved RGB(A); byte-interleaved images (nearly all) are copied without conversion. */
    static DecodedImage pixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean alpha = image.getColorModel().hasAlpha();
        int channels = alpha ? 4 : 3;
        Raster raster = image.getRaster();
        if (raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1
                && raster.getSampleModel() instanceof ComponentSampleModel model
                && image.getColorModel().getColorSpace().isCS_sRGB() && !image.isAlphaPremultiplied()
                && model.getNumBands() == channels && raster.getParent() == null
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0) {
            return new DecodedImage(w, h, channels, interleave(buffer.getData(), model, w, h, channels));
        }
        BufferedImage converted = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_4BYTE_ABGR : BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = converted.createGraphics();
        g.setComposite(AlphaComposite.Src);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return pixels(converted);
    }

    private static byte[] interleave(byte[] src, ComponentSampleModel model, int w, int h, int channels) {
        int[] offsets = model.getBandOffsets();
        int pixelStride = model.getPixelStride();
        int scanline = model.getScanlineStride();
        byte[] out = new byte[w * h * channels];
        int o = 0;
        for (int y = 0; y < h; y++) {
            int row = y * scanline;
            for (int x = 0; x < w; x++) {
                int p = row + x * pixelStride;
                for (int c = 0; c < channels; c++) {
                    out[o++] = src[p + offsets[c]];
                }
            }
        }
        return out;
    }

    /**
     * The refusal of a file in no accepted format: what it is when it is a common format ({@code details.format}), and
     * what to do.
     */
    private static ApiException unsupported(byte[] bytes) {
        Optional<String> named = ImageFormat.unsupportedName(bytes);
        String message = named.map(name -> switch (name) {
            case "HEIC", "HEIF" -> "this is a " + name + " photo, which cannot be read here: save it as JPEG (an "
                    + "iPhone does so itself with Settings > Camera > Formats > Most Compatible)";
            default -> "this is a" + (name.equals("AVIF") ? "n " : " ") + name
                    + " image, which cannot be read here: save it as PNG, JPEG or WebP";
        }).orElse("this is not a PNG, JPEG, WebP, GIF or BMP image");
        return new ApiException(415, "unsupported_image_format", message,
                named.<Map<String, Object>>map(name -> Map.of("format", name)).orElse(null));
    }

    /** Whether the file holds at least the bytes its RIFF header declares (a little-endian size after "RIFF"). */
    private static boolean wholeRiff(byte[] bytes) {
        return Bytes.u32(bytes, 4, true) + 8 <= bytes.length;
    }

    private static ImageReader reader(ImageFormat format) {
        if (format == ImageFormat.WEBP) {
            // made directly: ImageIO's plugin registry is filled by whichever class loader touches it first
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.id());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        return readers.next();
    }

    /** An unreadable image; {@code reason} (one of the constants above) goes into the error's details. */
    private static ApiException invalid(String reason, String message) {
        return new ApiException(400, "invalid_image", message, Map.of("reason", reason));
    }
}
