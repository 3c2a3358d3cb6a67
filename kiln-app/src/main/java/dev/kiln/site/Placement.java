package dev.kiln.site;

import dev.kiln.config.PermalinkPattern;
import dev.kiln.config.SiteConfig;
import dev.kiln.content.Document;
import dev.kiln.content.DocumentKind;
import dev.kiln.content.FrontMatter;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gives each published document its URL and its alias URLs; unsafe slugs and aliases are errors. */
final class Placement {
    private final SiteConfig config;

    Placement(SiteConfig config) {
        this.config = config;
    }

    /** A document with the URL it is published at. */
    record Placed(Document document, UrlPath url, List<UrlPath> aliases) {}

    Optional<Placed> place(Document doc, Diagnostics diagnostics) {
        Optional<String> slug = slug(doc, diagnostics);
        if (slug.isEmpty()) return Optional.empty();
        UrlPath url;
        if (doc.kind() == DocumentKind.POST) {
            ZonedDateTime date = doc.frontMatter().date().orElseThrow(
                    () -> new IllegalStateException("a post without a date passed parsing: " + doc.source()));
            String category = doc.frontMatter().categories().stream().findFirst().map(Slugs::of).orElse("uncategorized");
            url = new UrlPath(config.postPermalink().expand(new PermalinkPattern.Values(
                    padded(date.getYear(), 4), padded(date.getMonthValue(), 2),
                    padded(date.getDayOfMonth(), 2), slug.get(), category)));
        } else {
            url = pageUrl(doc, slug.get());
        }
        return Optional.of(new Placed(doc, url, aliases(doc, diagnostics)));
    }

    /** {@code n} with leading zeros to {@code width} digits, as {@code %0<width>d} formats it (a Formatter per call was a tenth of placing). */
    static String padded(int n, int width) {
        String digits = Integer.toString(Math.abs(n));
        String sign = n < 0 ? "-" : "";
        int zeros = width - sign.length() - digits.length();
        return zeros <= 0 ? sign + digits : sign + "0".repeat(zeros) + digits;
    }

    /** Pages keep their folder below content/: content/docs/setup.md is /docs/setup/. */
    private static UrlPath pageUrl(Document doc, String slug) {
        String folder = doc.source().parent();
        folder = folder.equals("content") ? "" : folder.substring("content/".length());
        if (isBundle(doc)) {
            int cut = folder.lastIndexOf('/');
            folder = cut < 0 ? "" : folder.substring(0, cut);
        }
        List<String> segments = new ArrayList<>();
        if (!folder.isEmpty()) {
            for (String s : folder.split("/")) segments.add(Slugs.of(s));
        }
        segments.add(slug);
        return UrlPath.of(segments.toArray(String[]::new));
    }

    /** A folder's {@code index.md} below content/ (not content/ or content/posts themselves): a bundle. */
    static boolean isBundle(Document doc) {
        return doc.source().fileName().equals("index.md") && !doc.source().parent().equals("content")
                && !doc.source().parent().equals("content/posts");
    }

    private Optional<String> slug(Document doc, Diagnostics diagnostics) {
        FrontMatter fm = doc.frontMatter();
        if (fm.slug().isPresent()) {
            String s = fm.slug().get().trim();
            if (s.isEmpty() || s.contains("/") || s.contains("\\") || s.equals(".") || s.equals("..")
                    || s.contains(":") || s.chars().anyMatch(Character::isISOControl)) {
                diagnostics.add(Diagnostic.error("front-matter.slug", at(doc, "slug"),
                        "slug \"" + s + "\" is not a single URL segment",
                        "use letters, digits and hyphens only, e.g. slug: my-first-post", ""));
                return Optional.empty();
            }
            return Optional.of(Slugs.of(s));
        }
        String base = isBundle(doc) ? lastSegment(doc.source().parent()) : doc.source().baseName();
        return Optional.of(Slugs.of(base));
    }

    private static String lastSegment(String folder) {
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    private List<UrlPath> aliases(Document doc, Diagnostics diagnostics) {
        List<UrlPath> out = new ArrayList<>();
        for (String alias : doc.frontMatter().aliases()) {
            Optional<UrlPath> url = aliasUrl(alias.trim());
            if (url.isPresent()) {
                out.add(url.get());
            } else {
                diagnostics.add(Diagnostic.error("front-matter.alias", at(doc, "aliases"),
                        "alias \"" + alias + "\" is not a path on this site",
                        "write old URLs as site paths such as /2024/05/old-post/ (no scheme, host or ..)", ""));
            }
        }
        return out;
    }

    static Optional<UrlPath> aliasUrl(String alias) {
        String a = alias == null ? "" : alias;
        if (a.isEmpty() || a.contains("://") || a.startsWith("//") || a.contains("\\") || a.contains("?")
                || a.contains("#") || a.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        if (!a.startsWith("/")) a = "/" + a;
        for (String segment : a.split("/")) {
            if (segment.equals("..") || segment.equals(".")) return Optional.empty();
        }
        String last = a.substring(a.lastIndexOf('/') + 1);
        if (!a.endsWith("/") && !last.contains(".")) a = a + "/";
        if (a.equals("/")) return Optional.empty();
        return Optional.of(new UrlPath(a.replaceAll("/{2,}", "/")));
    }

    static Location at(Document doc, String key) {
        Location l = doc.frontMatter().keyLocations().get(key);
        return l != null ? l : Location.startOf(doc.source());
    }
}
