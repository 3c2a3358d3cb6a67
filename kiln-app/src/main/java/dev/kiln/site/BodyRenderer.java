package dev.kiln.site;

import dev.kiln.content.Document;
import dev.kiln.markdown.LinkResolver;
import dev.kiln.markdown.RenderedMarkdown;
import dev.kiln.source.Diagnostics;

/**
 * Renders one document's Markdown body with its links resolved. The seam through which incremental
 * rebuilds reuse bodies whose text and link targets did not change; must be thread-safe.
 */
@FunctionalInterface
public interface BodyRenderer {
    RenderedMarkdown render(Document document, LinkResolver links, Diagnostics diagnostics);
}
