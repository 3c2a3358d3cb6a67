package dev.kiln.markdown;

import java.util.List;
import org.commonmark.Extension;
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
            BareLinks.create(),
            FootnotesExtension.create());

    private CommonMarkSetup() {}

    /** The parser that keeps source spans of blocks and inlines, for diagnostics (also used by lint). */
    public static Parser parser() {
        return builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    }

    /**
     * The same parser without source spans: the same tree, an eighth less work (see
     * {@link MarkdownRenderer#render}, which uses it until a body has something to report).
     */
    static Parser parserWithoutSpans() {
        return builder().includeSourceSpans(IncludeSourceSpans.NONE).build();
    }

    private static Parser.Builder builder() {
        return Parser.builder().extensions(EXTENSIONS).maxOpenBlockParsers(MAX_NESTING);
    }

    /** The HTML settings without Kiln's node renderers: URL percent-encoding as the spec examples assume. */
    static HtmlRenderer.Builder htmlRenderer() {
        return HtmlRenderer.builder().extensions(EXTENSIONS).percentEncodeUrls(true);
    }
}
