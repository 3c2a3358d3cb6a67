package dev.kiln.search;

import dev.kiln.config.SiteConfig;
import dev.kiln.site.Page;
import dev.kiln.site.Post;
import dev.kiln.site.Site;
import dev.kiln.site.Summary;
import dev.kiln.site.TermRef;
import dev.kiln.source.SourcePath;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One searchable post or page: what a result shows (title, link, dates, excerpt; the snippet comes
 * from the page itself) and the text of each field, by field name, as UTF-8, as a post keeps its
 * own: a post's text goes to the tokenizer without being decoded. Its id is its place in the list.
 */
record Entry(int id, String title, String url, String isoDate, String displayDate, String excerpt,
             Map<String, byte[]> fields) {
    /**
     * The posts (oldest first, so that a new post does not renumber the others) and then the pages
     * of the sections the config names.
     */
    static List<Entry> of(Site site) {
        return lazily(site).stream().map(Supplier::get).toList();
    }

    /** As {@link #of}, each entry made when asked for, so that the text extraction can run on any thread. */
    static List<Supplier<Entry>> lazily(Site site) {
        SiteConfig config = site.config();
        List<String> sections = config.search().sections();
        Locale locale = Locale.forLanguageTag(config.language());
        DateTimeFormatter display = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        List<Supplier<Entry>> out = new ArrayList<>();
        List<Post> posts = site.posts();
        for (int i = posts.size() - 1; i >= 0; i--) {
            Post p = posts.get(i);
            int id = out.size();
            if (sections.contains(section(p.summary().source()))) out.add(() -> ofPost(id, p, config, display));
        }
        for (Page p : site.pages()) {
            int id = out.size();
            if (sections.contains(section(p.source()))) out.add(() -> ofPage(id, p, config));
        }
        return out;
    }

    private static Entry ofPost(int id, Post p, SiteConfig config, DateTimeFormatter display) {
        Summary s = p.summary();
        byte[] text = p.textUtf8();
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("title", utf8(s.title()));
        fields.put("tags", utf8(names(s.tags())));
        fields.put("categories", utf8(names(s.categories())));
        fields.put("authors", utf8(names(s.authors())));
        fields.put("excerpt", ownExcerpt(s.excerpt(), text));
        fields.put("body", text);
        return new Entry(id, s.title(), href(config, p.url().value()), s.date().toOffsetDateTime().toString(),
                display.format(s.date()), s.excerpt(), fields);
    }

    private static Entry ofPage(int id, Page p, SiteConfig config) {
        byte[] text = utf8(p.text());
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("title", utf8(p.title()));
        fields.put("excerpt", ownExcerpt(p.description(), text));
        fields.put("body", text);
        return new Entry(id, p.title(), href(config, p.url().value()), "", "", p.description(), fields);
    }

    /** {@code posts} for {@code content/posts/a.md}; {@code pages} for a file directly in content/. */
    static String section(SourcePath source) {
        String v = source.value();
        String rest = v.startsWith("content/") ? v.substring("content/".length()) : v;
        int slash = rest.indexOf('/');
        return slash < 0 ? "pages" : rest.substring(0, slash);
    }

    /** An excerpt cut from the body would count its words twice: only one written in front matter counts. */
    private static byte[] ownExcerpt(String excerpt, byte[] text) {
        String bare = excerpt.strip();
        if (bare.endsWith("…")) bare = bare.substring(0, bare.length() - 1).strip();
        return contains(text, utf8(bare)) ? new byte[0] : utf8(excerpt);
    }

    /** Whether {@code part} occurs in {@code text}; as {@code String.contains}, for UTF-8. */
    private static boolean contains(byte[] text, byte[] part) {
        if (part.length == 0) return true;
        byte first = part[0];
        for (int i = 0, last = text.length - part.length; i <= last; i++) {
            if (text[i] == first && Arrays.equals(text, i, i + part.length, part, 0, part.length)) return true;
        }
        return false;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String names(List<TermRef> refs) {
        StringBuilder sb = new StringBuilder();
        for (TermRef r : refs) sb.append(r.name()).append(' ');
        return sb.toString();
    }

    private static String href(SiteConfig config, String path) {
        return config.basePath() + path.substring(1);
    }
}
