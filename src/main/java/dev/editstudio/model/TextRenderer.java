package dev.editstudio.model;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;

/**
 * Renders a line of text to a coverage mask at image size, for the {@code text} op. Prefers Noto Sans CJK (Debian's
 * fonts-noto-cjk, installed by bin/env.sh) so Chinese, Japanese and Korean render; falls back to any installed font
 * that has every glyph of the text.
 */
public final class TextRenderer {

    /** Per-pixel glyph coverage 0..1, row by row, and the font size used. */
    public record Coverage(float[] alpha, int fontSize) {}

    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC",
            "Noto Sans", "DejaVu Sans");

    static {
        // glyphs are drawn off-screen; never look for a display
        System.setProperty("java.awt.headless", "true");
    }

    private TextRenderer() {}

    public static Coverage render(String text, String position, int size, int width, int height) {
        String line = text.replaceAll("\\s+", " ").strip();
        int fontSize = size > 0 ? Math.min(size, height) : Math.max(12, Math.min(width, height) / 10);
        Font font = fontFor(line, fontSize);
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            FontMetrics metrics = g.getFontMetrics(font);
            // shrink to fit 90% of the width
            while (metrics.stringWidth(line) > width * 0.9 && font.getSize() > 6) {
                font = font.deriveFont((float) Math.max(6, font.getSize() * 0.9));
                metrics = g.getFontMetrics(font);
            }
            g.setFont(font);
            g.setColor(java.awt.Color.WHITE);
            int margin = Math.max(4, Math.min(width, height) / 25);
            int textWidth = metrics.stringWidth(line);
            int x = switch (position) {
                case "top_left", "left", "bottom_left" -> margin;
                case "top_right", "right", "bottom_right" -> width - margin - textWidth;
                default -> (width - textWidth) / 2;
            };
            int ascent = metrics.getAscent();
            int descent = metrics.getDescent();
            int y = switch (position) {
                case "top_left", "top", "top_right" -> margin + ascent;
                case "bottom_left", "bottom", "bottom_right" -> height - margin - descent;
                default -> (height - (ascent + descent)) / 2 + ascent;
            };
            g.drawString(line, x, y);
        } finally {
            g.dispose();
        }
        byte[] gray = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
        float[] alpha = new float[gray.length];
        for (int i = 0; i < gray.length; i++) {
            alpha[i] = (gray[i] & 0xff) / 255f;
        }
        return new Coverage(alpha, font.getSize());
    }

    static Font fontFor(String text, int size) {
        for (String name : PREFERRED) {
            Font f = new Font(name, Font.BOLD, size);
            if (f.getFamily().equals(name) && f.canDisplayUpTo(text) == -1) {
                return f;
            }
        }
        for (Font f : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
            if (f.canDisplayUpTo(text) == -1) {
                return f.deriveFont(Font.BOLD, size);
            }
        }
        return new Font(Font.SANS_SERIF, Font.BOLD, size);
    }
}
