package dev.kiln.markdown;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Renders test bodies the way the site stage will: one shared renderer, a file, a first line. */
final class Rendering {
    static final SourcePath FILE = SourcePath.of("content/posts/test.md");
    private static final MarkdownRenderer DEFAULT = new MarkdownRenderer(MarkdownOptions.defaults());

    private final MarkdownRenderer renderer;
    private final Diagnostics diagnostics = new Diagnostics();

    private Rendering(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    static Rendering withDefaults() {
        return new Rendering(DEFAULT);
    }

    static Rendering with(MarkdownOptions options) {
        return new Rendering(new MarkdownRenderer(options));
    }

    RenderedMarkdown render(String body) {
        return render(body, 1, "", LinkResolver.KEEP_ALL);
    }

    RenderedMarkdown render(String body, int firstLine, String title, LinkResolver links) {
        return renderer.render(FILE, body, firstLine, title, links, diagnostics);
    }

    Document html(String body) {
        return Jsoup.parseBodyFragment(render(body).html());
    }

    List<Diagnostic> diagnostics() {
        return diagnostics.toList();
    }
}
