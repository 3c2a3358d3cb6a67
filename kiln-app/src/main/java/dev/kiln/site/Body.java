package dev.kiln.site;

import dev.kiln.markdown.Heading;
import dev.kiln.markdown.RenderedMarkdown;
import dev.kiln.source.CompactText;
import java.util.List;

/**
 * A rendered Markdown body as the site keeps it until its page is made: HTML and readable text
 * compact. Made on the worker that rendered the body, so the full Strings (two bytes a character
 * once the text holds one em dash) die young; when they were kept until the whole site was
 * assembled, a 50,000-post build held 1.6 GB of them beside their compact copies.
 */
record Body(CompactText html, CompactText text, List<Heading> headings, int wordCount, String excerpt,
            List<String> images) {
    /** @param keepText whether to keep the readable text (search needs it; nothing else does) */
    static Body of(RenderedMarkdown md, boolean keepText) {
        return new Body(md.body(), keepText ? md.readable() : CompactText.EMPTY, md.headings(),
                md.wordCount(), md.excerpt(), md.images());
    }
}
