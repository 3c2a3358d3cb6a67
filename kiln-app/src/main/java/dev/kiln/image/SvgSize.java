package dev.kiln.image;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of an SVG from its root element: {@code width}/{@code height} in pixels (unitless or
 * {@code px}), else the {@code viewBox}'s; 0×0 when it has neither (the browser then decides).
 * A scan of the first tag rather than an XML parse: only the root's attributes matter, and a
 * parser would bring entity expansion to a file the build does not otherwise interpret.
 */
final class SvgSize {
    private static final Pattern ROOT = Pattern.compile("<svg\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PIXELS = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");

    private SvgSize() {}

    static Optional<ImageInfo> of(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
        Matcher root = ROOT.matcher(head);
        if (!root.find()) return Optional.empty();
        String attrs = root.group(1);
        double w = pixels(attribute(attrs, "width"));
        double h = pixels(attribute(attrs, "height"));
        if (w <= 0 || h <= 0) {
            String[] box = attribute(attrs, "viewBox").trim().split("[\\s,]+");
            if (box.length == 4) {
                w = number(box[2]);
                h = number(box[3]);
            }
        }
        if (w <= 0 || h <= 0 || w > 100_000 || h > 100_000) return Optional.of(new ImageInfo(ImageFormat.SVG, 0, 0));
        return Optional.of(new ImageInfo(ImageFormat.SVG, (int) Math.round(w), (int) Math.round(h)));
    }

    private static String attribute(String attrs, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')").matcher(attrs);
        if (!m.find()) return "";
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static double pixels(String value) {
        Matcher m = PIXELS.matcher(value);
        return m.matches() ? number(m.group(1)) : -1;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
