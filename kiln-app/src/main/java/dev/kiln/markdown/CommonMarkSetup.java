package dev.kiln.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The one place that configures commonmark-java, so that the spec tests check exactly the parser
 * and HTML settings Kiln ships.
 */
public final class CommonMarkSetup {
    /**
     * Deepest nesting Kiln renders. Block nesting is capped in the parser (deeper markers become
     * text), which also keeps parsing linear; anything deeper is reported as content.too-deep.
     */
    static final int MAX_NESTING = 64;

    static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            TaskListItemsExtension.create(),
            AutolinkExtension.create(),
            FootnotesExtension.create());

    private CommonMarkSetup() {}

    /** The parser Kiln renders with, keeping source spans of blocks and inlines (also used by lint). */
    public static Parser parser() {
        return Parser.builder()
                .extensions(EXTENSIONS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .maxOpenBlockParsers(MAX_NESTING)
                .build();
    }

    /** The HTML settings without Kiln's node renderers: URL percent-encoding as the spec examples assume. */
    static HtmlRenderer.Builder htmlRenderer() {
        return HtmlRenderer.builder().extensions(EXTENSIONS).percentEncodeUrls(true);
    }
}
