package dev.kiln.bench;

import dev.kiln.content.Document;
import dev.kiln.content.DocumentKind;
import dev.kiln.content.DocumentParser;
import dev.kiln.highlight.SyntaxHighlighter;
import dev.kiln.markdown.CodeHighlighter;
import dev.kiln.markdown.LinkResolver;
import dev.kiln.markdown.MarkdownOptions;
import dev.kiln.markdown.MarkdownRenderer;
import dev.kiln.markdown.RenderedMarkdown;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The per-post hot stages: front matter, Markdown with and without highlighting. Time per post. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {
    private static final SourcePath PATH = SourcePath.of("content/posts/tuning.md");

    private SourceText text;
    private Document document;
    private DocumentParser parser;
    private MarkdownRenderer plain;
    private MarkdownRenderer highlighted;

    @Setup
    public void setUp() {
        text = SourceText.of(PATH, SamplePost.text());
        parser = new DocumentParser(ZoneId.of("UTC"));
        document = parser.parse(text, DocumentKind.POST, new Diagnostics()).orElseThrow();
        plain = new MarkdownRenderer(new MarkdownOptions(true, CodeHighlighter.NONE));
        SyntaxHighlighter syntax = new SyntaxHighlighter();
        highlighted = new MarkdownRenderer(new MarkdownOptions(true, syntax::highlight));
    }

    @Benchmark
    public Document frontMatter() {
        return parser.parse(text, DocumentKind.POST, new Diagnostics()).orElseThrow();
    }

    @Benchmark
    public RenderedMarkdown markdown() {
        return plain.render(PATH, document.body(), document.bodyFirstLine(), document.frontMatter().title(),
                LinkResolver.KEEP_ALL, new Diagnostics());
    }

    @Benchmark
    public RenderedMarkdown markdownHighlighted() {
        return highlighted.render(PATH, document.body(), document.bodyFirstLine(), document.frontMatter().title(),
                LinkResolver.KEEP_ALL, new Diagnostics());
    }
}
