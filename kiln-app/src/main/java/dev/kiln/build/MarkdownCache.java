package dev.kiln.build;

import dev.kiln.content.Document;
import dev.kiln.markdown.ImageResolution;
import dev.kiln.markdown.ImageResolver;
import dev.kiln.markdown.LinkResolver;
import dev.kiln.markdown.MarkdownRenderer;
import dev.kiln.markdown.RenderedMarkdown;
import dev.kiln.markdown.Resolution;
import dev.kiln.site.BodyRenderer;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rendered bodies keyed by (document text hash, resolved link targets and images) — ARCHITECTURE
 * §7. A body is rendered again only when its text changed or one of its links or images now
 * resolves differently (the target moved, appeared or went away; the image's bytes changed). Hits return the same instance, so models that hold the
 * HTML compare equal on {@code ==}.
 */
final class MarkdownCache implements BodyRenderer {
    private record Lookup(String destination, Resolution resolution) {}

    private record ImageLookup(String destination, ImageResolution resolution) {}

    private record Entry(String hash, List<Lookup> lookups, List<ImageLookup> imageLookups, RenderedMarkdown result,
                         List<Diagnostic> diagnostics) {
        boolean stillResolves(LinkResolver links, ImageResolver images) {
            for (Lookup l : lookups) {
                if (!l.resolution().equals(links.resolve(l.destination()))) return false;
            }
            for (ImageLookup l : imageLookups) {
                if (!l.resolution().equals(images.resolve(l.destination()))) return false;
            }
            return true;
        }
    }

    private final MarkdownRenderer renderer;
    private final Map<SourcePath, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger rendered = new AtomicInteger();

    MarkdownCache(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public RenderedMarkdown render(Document doc, LinkResolver links, ImageResolver images, Diagnostics diagnostics) {
        Entry cached = entries.get(doc.source());
        if (cached != null && cached.hash().equals(doc.contentHash()) && cached.stillResolves(links, images)) {
            diagnostics.addAll(cached.diagnostics());
            return cached.result();
        }
        // One body renders on one thread, so a plain list records its lookups.
        List<Lookup> lookups = new ArrayList<>();
        LinkResolver recording = destination -> {
            Resolution r = links.resolve(destination);
            lookups.add(new Lookup(destination, r));
            return r;
        };
        List<ImageLookup> imageLookups = new ArrayList<>();
        ImageResolver recordingImages = destination -> {
            ImageResolution r = images.resolve(destination);
            imageLookups.add(new ImageLookup(destination, r));
            return r;
        };
        Diagnostics local = new Diagnostics();
        RenderedMarkdown md = renderer.render(doc.source(), doc.body(), doc.bodyFirstLine(), doc.frontMatter().title(),
                recording, recordingImages, local);
        List<Diagnostic> found = local.toList();
        entries.put(doc.source(), new Entry(doc.contentHash(), List.copyOf(lookups), List.copyOf(imageLookups), md,
                found));
        rendered.incrementAndGet();
        diagnostics.addAll(found);
        return md;
    }

    /** Forgets bodies of files that no longer exist, so memory follows the site. */
    void retainOnly(java.util.Set<SourcePath> sources) {
        entries.keySet().retainAll(sources);
    }

    /** How many bodies were rendered (not reused) since the last call. */
    int takeRenderedCount() {
        return rendered.getAndSet(0);
    }
}
