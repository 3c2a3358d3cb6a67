package dev.kiln.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Kiln's HTML for headings, fenced code and resolved images; everything else is commonmark's.
 *
 * <p>Headings: {@code <h2 id="setup">Setup <a class="anchor" href="#setup" aria-label="Link to
 * the section “Setup”">#</a></h2>}, the anchor only on h2–h6 and only when enabled.
 *
 * <p>Resolved images: see {@link #renderPicture}.
 *
 * <p>Fenced code with a language: {@code <pre class="code" data-lang="yaml"><code
 * class="language-yaml">…</code></pre>}, the inside from the highlighter when it knows the
 * language, else escaped text. Without a language: {@code <pre><code>…</code></pre>}.
 */
final class KilnHtmlNodeRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final MarkdownOptions options;

    KilnHtmlNodeRenderer(HtmlNodeRendererContext context, MarkdownOptions options) {
        this.context = context;
        this.html = context.getWriter();
        this.options = options;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(AnchoredHeading.class, FencedCodeBlock.class, PictureNode.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof AnchoredHeading) {
            renderHeading((AnchoredHeading) node);
        } else if (node instanceof FencedCodeBlock) {
            renderCode((FencedCodeBlock) node);
        } else if (node instanceof PictureNode) {
            renderPicture((PictureNode) node);
        } else {
            throw new IllegalArgumentException("not a node Kiln renders: " + node);
        }
    }

    private void renderHeading(AnchoredHeading heading) {
        String tag = "h" + heading.level();
        html.line();
        html.tag(tag, Map.of("id", heading.id()));
        for (Node child = heading.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        if (options.headingAnchors() && heading.level() >= 2) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("class", "anchor");
            attrs.put("href", "#" + heading.id());
            attrs.put("aria-label", heading.text().isEmpty()
                    ? "Link to this section"
                    : "Link to the section “" + heading.text() + "”");
            html.raw(" ");
            html.tag("a", attrs);
            html.raw("#");
            html.tag("/a");
        }
        html.tag("/" + tag);
        html.line();
    }

    /**
     * A {@code <picture>} with a WebP {@code <source>} when there are WebP variants (every browser
     * that cannot show WebP takes the {@code <img>}), else the bare {@code <img>}.
     */
    private void renderPicture(PictureNode node) {
        Picture p = node.picture();
        boolean webp = !p.webpSrcset().isEmpty();
        if (webp) {
            html.tag("picture");
            Map<String, String> source = new LinkedHashMap<>();
            source.put("type", "image/webp");
            source.put("srcset", p.webpSrcset());
            source.put("sizes", p.sizes());
            html.tag("source", source);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) context.render(child);
        if (webp) html.tag("/picture");
    }

    private void renderCode(FencedCodeBlock block) {
        String code = block.getLiteral();
        String language = language(block.getInfo());
        html.line();
        if (language.isEmpty()) {
            html.tag("pre");
            html.tag("code");
            html.text(code);
        } else {
            Map<String, String> pre = new LinkedHashMap<>();
            pre.put("class", "code");
            pre.put("data-lang", language);
            html.tag("pre", pre);
            html.tag("code", Map.of("class", "language-" + language));
            Optional<String> highlighted = options.highlighter().highlight(language, code);
            if (highlighted.isPresent()) {
                html.raw(highlighted.get());
            } else {
                html.text(code);
            }
        }
        html.tag("/code");
        html.tag("/pre");
        html.line();
    }

    /** The first word of the info string after the fence: {@code yaml} in {@code ```yaml title="x"}. */
    static String language(String info) {
        if (info == null) return "";
        String trimmed = info.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == ' ' || c == '\t') return trimmed.substring(0, i);
        }
        return trimmed;
    }
}
