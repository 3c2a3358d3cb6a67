package dev.kiln.check;

import dev.kiln.data.Suggestions;
import dev.kiln.output.OutputFile;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the generated HTML pages: every internal link, image and file they refer to exists, and
 * every {@code #fragment} names an element of its target page. External URLs are collected for
 * the optional external check. A broken URL from a template is reported once, at the element in
 * the first generated page that has it, not on every page.
 */
final class OutputChecks {
    private final SiteFiles files;
    private final UrlResolver resolver;
    private final SourceLocator locator;
    private final Map<String, HtmlPage> pages = new LinkedHashMap<>();
    private final Map<String, ExternalLink> external = new LinkedHashMap<>();
    private final Set<String> reportedTemplateRefs = new HashSet<>();
    private int links;

    OutputChecks(SiteFiles files, UrlResolver resolver, SourceLocator locator) {
        this.files = files;
        this.resolver = resolver;
        this.locator = locator;
        for (OutputFile f : files.all().values()) {
            if (f.path().endsWith(".html")) pages.put(f.path(), HtmlPage.parse(f));
        }
    }

    List<Diagnostic> run() {
        List<Diagnostic> out = new ArrayList<>();
        for (HtmlPage page : pages.values()) {
            String pageUrl = "/" + (page.path().endsWith("index.html")
                    ? page.path().substring(0, page.path().length() - "index.html".length()) : page.path());
            for (PageLinks.Ref ref : PageLinks.of(page)) {
                links++;
                check(page, pageUrl, ref).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Diagnostic> check(HtmlPage page, String pageUrl, PageLinks.Ref ref) {
        Target target = resolver.resolve(ref.url(), pageUrl);
        if (target instanceof Target.Ignored) return Optional.empty();
        if (target instanceof Target.External) {
            external.computeIfAbsent(((Target.External) target).uri().toString(), k -> {
                Optional<Location> written = locator.inMarkdown(page.path(), ref.url());
                Location at = written.orElseGet(() -> locator.inOutput(page.path(), ref.element()));
                return new ExternalLink(((Target.External) target).uri(), at, sourceLine(page, written));
            });
            return Optional.empty();
        }
        if (target instanceof Target.Invalid) {
            return report(page, ref, "check.link-invalid", ((Target.Invalid) target).why(),
                    "write a path on this site such as /posts/my-post/, or a full http(s) URL");
        }
        Target.Internal internal = (Target.Internal) target;
        // Relative links to Markdown files are the build's: it rewrites them, or reports content.link-target-missing.
        if (!ref.url().contains(":") && !ref.url().startsWith("/") && internal.path().endsWith(".md")) return Optional.empty();
        Optional<String> found = files.lookup(internal.path());
        if (found.isEmpty()) {
            return ref.resource()
                    ? report(page, ref, "check.file-missing", "the file " + ref.url() + " does not exist in the site",
                            "put the file under static/ (static/images/x.png is /images/x.png), or fix the path")
                    : report(page, ref, "check.link-broken", "the link " + ref.url() + " leads to no page of the site",
                            "fix the URL, or link to the Markdown file (other-post.md) so Kiln checks and rewrites it");
        }
        HtmlPage targetPage = pages.get(found.get());
        if (targetPage != null && !targetPage.hasFragment(internal.fragment())) {
            String hint = Suggestions.nearest(internal.fragment(), targetPage.ids())
                    .map(id -> "did you mean #" + id + "?")
                    .orElse("link to one of the page's heading ids (shown in its table of contents)");
            return report(page, ref, "check.anchor-missing",
                    "the link " + ref.url() + " points to #" + internal.fragment() + ", which is not on that page", hint);
        }
        return Optional.empty();
    }

    /** At the link in the Markdown; a link from a template is reported once, at its first page. */
    private Optional<Diagnostic> report(HtmlPage page, PageLinks.Ref ref, String code, String message, String hint) {
        Optional<Location> written = locator.inMarkdown(page.path(), ref.url());
        if (written.isEmpty() && !reportedTemplateRefs.add(code + " " + ref.url())) return Optional.empty();
        Location at = written.orElseGet(() -> locator.inOutput(page.path(), ref.element()));
        return Optional.of(Diagnostic.error(code, at, message, hint, sourceLine(page, written)));
    }

    private String sourceLine(HtmlPage page, Optional<Location> written) {
        if (written.isEmpty()) return "";
        return locator.document(page.path()).map(d -> d.text().line(written.get().line())).orElse("");
    }

    List<ExternalLink> externalLinks() {
        return new ArrayList<>(external.values());
    }

    int pages() {
        return pages.size();
    }

    int links() {
        return links;
    }
}
