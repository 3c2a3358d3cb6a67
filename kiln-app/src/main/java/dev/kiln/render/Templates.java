package dev.kiln.render;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Location;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One Pebble engine over the template roots, built once per build and shared by all render
 * threads. Autoescaping and strict variables are on: a typo in a template is an error at its
 * line, not an empty string.
 */
public final class Templates {
    private final TemplateRoots roots;
    private final PebbleEngine engine;
    private final Locale locale;
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();
    private final Queue<Utf8Writer> idle = new ConcurrentLinkedQueue<>();
    private final CachedBlocks blocks = new CachedBlocks();

    public Templates(TemplateRoots roots, Locale locale) {
        this.roots = roots;
        this.locale = locale;
        List<Loader<?>> loaders = new ArrayList<>();
        for (String folder : roots.templateFolders()) {
            loaders.add(new FileLoader(roots.siteRoot().resolve(folder).toString()));
        }
        ClasspathLoader builtin = new ClasspathLoader(Templates.class.getClassLoader());
        builtin.setPrefix(TemplateRoots.BUILTIN + "templates");
        loaders.add(builtin);
        this.engine = new PebbleEngine.Builder()
                .loader(new CachingLoader(new DelegatingLoader(loaders)))
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy("html", HtmlEscaper::escape)
                .newLineTrimming(true)
                .defaultLocale(locale)
                .extension(new KilnExtension(blocks))
                .build();
    }

    /**
     * Forgets what {@code {% cache %}} blocks rendered, before a new build renders with these
     * templates: its pages must show its own models.
     */
    public void forgetCachedBlocks() {
        blocks.clear();
    }

    /** A template problem, already turned into a diagnostic that names the file that won the lookup. */
    public static final class TemplateError extends Exception {
        private final transient Diagnostic diagnostic;

        TemplateError(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    /** Renders template {@code name} with {@code context}. */
    public String render(String name, Map<String, Object> context) throws TemplateError {
        StringWriter out = new StringWriter(16_384);
        evaluate(name, context, out);
        return out.toString();
    }

    /** As {@link #render}, as UTF-8: the form a page is written in, made without the String. */
    public byte[] renderUtf8(String name, Map<String, Object> context) throws TemplateError {
        // A writer per page allocated (and zeroed) 32 KB for each of 25,000 pages at 10,000 posts;
        // the idle ones wait here, at most one per thread rendering at once.
        Utf8Writer out = idle.poll();
        if (out == null) out = new Utf8Writer(32_768);
        try {
            evaluate(name, context, out);
            return out.toByteArray();
        } finally {
            out.reset();
            idle.offer(out);
        }
    }

    private void evaluate(String name, Map<String, Object> context, java.io.Writer out) throws TemplateError {
        try {
            PebbleTemplate template = compiled.computeIfAbsent(name, engine::getTemplate);
            template.evaluate(out, context, locale);
        } catch (PebbleException e) {
            throw new TemplateError(diagnostic(name, e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Diagnostic diagnostic(String requested, PebbleException e) {
        String name = e.getFileName() != null ? e.getFileName() : requested;
        SourcePath file = roots.winner(name);
        int line = e.getLineNumber() != null && e.getLineNumber() > 0 ? e.getLineNumber() : 1;
        SourceText text = SourceText.of(file, roots.text(name));
        String lineText = text.line(line);
        String message = e.getPebbleMessage() != null ? e.getPebbleMessage() : String.valueOf(e.getMessage());
        Span at = Span.of(lineText, message);
        TemplateMessage said = TemplateMessage.of(message);
        return Diagnostic.error("template.error", new Location(file, Math.min(line, text.lineCount()), at.column(), at.length()),
                said.message(), said.hint(), lineText);
    }
}
