package dev.kiln.site;

import dev.kiln.content.Document;
import dev.kiln.markdown.ImageResolver;
import dev.kiln.markdown.LinkResolver;
import dev.kiln.markdown.RenderedMarkdown;
import dev.kiln.source.Diagnostics;

/**
 * Renders one document's Markdown body with its links and images resolved. The seam through which
 * incremental rebuilds reuse bodies whose text, link targets and images did not change; must be
 * thread-safe.
 */
@FunctionalInterface
public interface BodyRenderer {
    RenderedMarkdown render(Document document, LinkResolver links, ImageResolver images, Diagnostics diagnostics);
}
