package dev.kiln.markdown;

import dev.kiln.source.CompactText;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.Utf8Builder;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown bodies to HTML with a table of contents, word count, excerpt and resolved links.
 * Built once per build and shared by all threads: thread-safe, and immutable but for the idle
 * buffers it renders into.
 */
public final class MarkdownRenderer {
    private static final String TOO_DEEP = "content.too-deep";
    private static final String TOO_DEEP_MESSAGE = "the Markdown here is nested more than "
            + CommonMarkSetup.MAX_NESTING + " levels deep (quotes, lists, emphasis or images inside each other),"
            + " too deep to render";
    private static final String TOO_DEEP_HINT =
            "flatten the nesting; if the text is meant literally, put it in a code block or escape the markers with \\";

    private final Parser withoutSpans;
    private final Parser withSpans;
    private final HtmlRenderer html;
    /**
     * Buffers the HTML and readable text are encoded into, at most one per thread rendering at
     * once. Rendered to a String, a body's HTML grew a StringBuilder from 16 chars (doubling, and
     * inflated to two bytes a char at its first em dash), was copied into the String, then encoded
     * through a buffer three bytes a char, and the readable text took the same detour: at 10,000
     * posts, JFR allocation samples put 1.5 GB on those steps (1.0 GB of it the encoding).
     */
    private final Queue<Utf8Builder> idle = new ConcurrentLinkedQueue<>();

    public MarkdownRenderer(MarkdownOptions options) {
        Objects.requireNonNull(options, "options");
        this.withoutSpans = CommonMarkSetup.parserWithoutSpans();
        this.withSpans = CommonMarkSetup.parser();
        this.html = CommonMarkSetup.htmlRenderer()
                .nodeRendererFactory(context -> new KilnHtmlNodeRenderer(context, options))
                .attributeProviderFactory(context -> MarkdownRenderer::focusableTables)
                .attributeProviderFactory(context -> MarkdownRenderer::pictureAttributes)
                .build();
    }

    /**
     * A wide table scrolls sideways inside its own box on a phone; keyboard users must be able to
     * reach that box to scroll it (WCAG 2.1.1, axe's scrollable-region-focusable), so tables take
     * part in the tab order.
     */
    private static void focusableTables(org.commonmark.node.Node node, String tag, java.util.Map<String, String> attrs) {
        if (node instanceof org.commonmark.ext.gfm.tables.TableBlock) attrs.put("tabindex", "0");
    }

    /**
     * The size, variants and loading of a resolved image, added to commonmark's own {@code <img>}
     * (whose {@code src} is already the published URL). Width and height let the browser reserve
     * the image's box before it loads, so nothing shifts.
     */
    private static void pictureAttributes(org.commonmark.node.Node node, String tag, java.util.Map<String, String> attrs) {
        if (!(node instanceof org.commonmark.node.Image) || !(node.getParent() instanceof PictureNode wrapper)) return;
        Picture p = wrapper.picture();
        if (!p.srcset().isEmpty()) {
            attrs.put("srcset", p.srcset());
            attrs.put("sizes", p.sizes());
        }
        if (p.width() > 0 && p.height() > 0) {
            attrs.put("width", Integer.toString(p.width()));
            attrs.put("height", Integer.toString(p.height()));
        }
        // The first image may be the page's largest paint: fetched early rather than lazily.
        if (wrapper.eager()) attrs.put("fetchpriority", "high");
        else attrs.put("loading", "lazy");
        attrs.put("decoding", "async");
    }

    /**
     * Renders like {@link #render(SourcePath, String, int, String, LinkResolver, ImageResolver, Diagnostics)},
     * keeping every image as written.
     */
    public RenderedMarkdown render(SourcePath file, String body, int firstLine, String title,
                                   LinkResolver links, Diagnostics diagnostics) {
        return render(file, body, firstLine, title, links, ImageResolver.KEEP_ALL, diagnostics);
    }

    /**
     * Renders {@code body}, the Markdown after the front matter, which starts on 1-based line
     * {@code firstLine} of {@code file}. A first-block H1 equal to {@code title} (ignoring case and
     * spacing) is left out, as the page template prints the title. Relative links to {@code .md}
     * files go through {@code links}; user mistakes are added to {@code diagnostics} in file
     * coordinates. Images go through {@code images}: a resolved one gets its
     * published URL, size and variants, a missing one is an error at the image. A body nested too
     * deeply to render gives an error and empty HTML.
     *
     * <p>Only a diagnostic needs to know where a node came from, and keeping the source span of
     * every inline node was an eighth of the parser's work. So a body is parsed without spans
     * first, and parsed again with them only if it has something to report: the trees and the
     * HTML are the same (the spec tests check both parsers).
     */
    public RenderedMarkdown render(SourcePath file, String body, int firstLine, String title,
                                   LinkResolver links, ImageResolver images, Diagnostics diagnostics) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Diagnostics found = new Diagnostics();
        RenderedMarkdown quick = render(withoutSpans, file, body, firstLine, title, links, images, found);
        if (found.isEmpty()) return quick;
        return render(withSpans, file, body, firstLine, title, links, images, diagnostics);
    }

    private RenderedMarkdown render(Parser parser, SourcePath file, String body, int firstLine, String title,
                                    LinkResolver links, ImageResolver images, Diagnostics diagnostics) {
        BodyPositions positions = new BodyPositions(file, body, firstLine);
        int deepImage = ImageNestingGuard.tooDeepAt(body);
        if (deepImage >= 0) {
            diagnostics.add(positions.errorAt(TOO_DEEP, deepImage, TOO_DEEP_MESSAGE, TOO_DEEP_HINT));
            return empty();
        }
        Node document;
        try {
            document = parser.parse(body);
        } catch (StackOverflowError e) {
            // Only absurd nesting (thousands of levels of emphasis) overflows commonmark's recursion.
            diagnostics.add(positions.errorAt(TOO_DEEP, 0, TOO_DEEP_MESSAGE, TOO_DEEP_HINT));
            return empty();
        }
        DocumentScan scan = new DocumentScan(document, title, new LinkRewriter(links, positions, diagnostics), images,
                positions, body.length());
        scan.scan();
        diagnostics.addAll(scan.imageErrors());
        if (scan.tooDeep() != null) {
            diagnostics.add(positions.error(TOO_DEEP, scan.tooDeep(), TOO_DEEP_MESSAGE, TOO_DEEP_HINT));
            return new RenderedMarkdown(CompactText.EMPTY, scan.headings(), scan.wordCount(), scan.excerpt(),
                    scan.images(), CompactText.EMPTY);
        }
        scan.applyToTree();
        Utf8Builder out = idle.poll();
        if (out == null) out = new Utf8Builder(32_768);
        try {
            html.render(document, out);
            CompactText rendered = out.toCompactText();
            out.reset();
            scan.appendText(out);
            return new RenderedMarkdown(rendered, scan.headings(), scan.wordCount(), scan.excerpt(), scan.images(),
                    out.toCompactText());
        } finally {
            out.reset();
            idle.offer(out);
        }
    }

    private static RenderedMarkdown empty() {
        return new RenderedMarkdown(CompactText.EMPTY, List.of(), 0, "", List.of(), CompactText.EMPTY);
    }
}
