package dev.kiln.feed;

import java.util.Locale;
import java.util.Set;

/**
 * Makes the URLs in a post's rendered HTML absolute, because a feed reader shows the content away
 * from the site and resolves relative URLs against the feed (or nothing). A small scanner over the
 * tags rather than an HTML parser: the input is the renderer's own well-formed output plus the
 * author's raw HTML, and only attribute values change, so every other byte stays as it was.
 */
final class ContentUrls {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "poster", "cite", "action");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp");

    private final SiteUrls urls;

    ContentUrls(SiteUrls urls) {
        this.urls = urls;
    }

    /** {@code html} with every URL attribute absolute, relative ones resolved against {@code page}. */
    String absolutize(String html, String page) {
        if (html.indexOf('<') < 0) return html;
        StringBuilder out = new StringBuilder(html.length() + 256);
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            out.append(html, i, lt);
            char c = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                i = skipPast(html, lt + 4, "-->", out, lt);
            } else if (c == '!' || c == '?' || c == '/') {
                i = skipPast(html, lt + 1, ">", out, lt);
            } else if (Character.isLetter(c)) {
                i = tag(html, lt, page, out);
            } else {
                out.append('<');
                i = lt + 1;
            }
        }
        out.append(html, Math.min(i, n), n);
        return out.toString();
    }

    private static int skipPast(String html, int from, String end, StringBuilder out, int start) {
        int at = html.indexOf(end, from);
        int stop = at < 0 ? html.length() : at + end.length();
        out.append(html, start, stop);
        return stop;
    }

    /** Copies one start tag, rewriting its URL attributes; returns the index after it (and its raw text). */
    private int tag(String html, int lt, String page, StringBuilder out) {
        int n = html.length();
        int i = lt + 1;
        while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') i++;
        String name = html.substring(lt + 1, i).toLowerCase(Locale.ROOT);
        out.append(html, lt, i);
        while (i < n) {
            int start = i;
            while (i < n && (isSpace(html.charAt(i)) || html.charAt(i) == '/')) i++;
            out.append(html, start, i);
            if (i >= n) return n;
            if (html.charAt(i) == '>') {
                out.append('>');
                i++;
                break;
            }
            int nameStart = i;
            while (i < n && !isSpace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) i++;
            if (i == nameStart) i++; // a stray character: copy it and go on
            String attribute = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            out.append(html, nameStart, i);
            int eq = i;
            while (eq < n && isSpace(html.charAt(eq))) eq++;
            if (eq >= n || html.charAt(eq) != '=') continue;
            int v = eq + 1;
            while (v < n && isSpace(html.charAt(v))) v++;
            out.append(html, i, v);
            if (v >= n) return n;
            char quote = html.charAt(v);
            int valueStart;
            int valueEnd;
            if (quote == '"' || quote == '\'') {
                valueStart = v + 1;
                int close = html.indexOf(quote, valueStart);
                valueEnd = close < 0 ? n : close;
                i = close < 0 ? n : close + 1;
            } else {
                quote = 0;
                valueStart = v;
                valueEnd = v;
                while (valueEnd < n && !isSpace(html.charAt(valueEnd)) && html.charAt(valueEnd) != '>') valueEnd++;
                i = valueEnd;
            }
            String value = html.substring(valueStart, valueEnd);
            if (URL_ATTRIBUTES.contains(attribute)) value = absolute(value, page);
            else if (attribute.equals("srcset")) value = srcset(value, page);
            if (quote != 0) out.append(quote);
            out.append(value);
            if (quote != 0 && valueEnd < n) out.append(quote);
        }
        if (RAW_TEXT.contains(name)) {
            int stop = i;
            while ((stop = html.indexOf("</", stop)) >= 0 && !html.regionMatches(true, stop + 2, name, 0, name.length())) {
                stop += 2;
            }
            if (stop < 0) stop = n;
            out.append(html, i, stop);
            return stop;
        }
        return i;
    }

    private String srcset(String value, String page) {
        StringBuilder sb = new StringBuilder(value.length() + 64);
        String[] candidates = value.split(",", -1);
        for (int k = 0; k < candidates.length; k++) {
            String candidate = candidates[k];
            int lead = 0;
            while (lead < candidate.length() && isSpace(candidate.charAt(lead))) lead++;
            int end = lead;
            while (end < candidate.length() && !isSpace(candidate.charAt(end))) end++;
            if (k > 0) sb.append(',');
            sb.append(candidate, 0, lead).append(absolute(candidate.substring(lead, end), page))
                    .append(candidate, end, candidate.length());
        }
        return sb.toString();
    }

    /** {@code value} as an absolute URL; values with a scheme (https:, mailto:, data:…) stay as they are. */
    String absolute(String value, String page) {
        String v = value.strip();
        if (v.isEmpty() || hasScheme(v)) return value;
        if (v.startsWith("//")) return urls.scheme() + ":" + v;
        if (v.startsWith("/")) return urls.fromHostPath(v);
        if (v.startsWith("#")) return page + v;
        return SiteUrls.resolve(page, v).orElse(value);
    }

    private static boolean hasScheme(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ':') return i > 0;
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) return false;
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
