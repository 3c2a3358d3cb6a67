package dev.kiln.scaffold;

import dev.kiln.config.ConfigLoader;
import dev.kiln.config.SiteConfig;
import dev.kiln.content.DocumentKind;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code kiln new post} and {@code kiln new page}: one new Markdown file from the archetype, named
 * after the title's slug (made unique among the site's posts, or the pages of content/), dated
 * now in the site's time zone. Never overwrites a file.
 */
public final class NewContent {
    private NewContent() {}

    /** The request: the kind, the title and, for posts, categories and tags. */
    public record Request(ContentKind kind, String title, List<String> categories, List<String> tags) {
        public Request {
            categories = List.copyOf(categories);
            tags = List.copyOf(tags);
        }
    }

    public static Created create(Path site, Request request, Clock clock) throws ScaffoldError, IOException {
        if (!Files.isRegularFile(site.resolve("kiln.yaml")) && !Files.isDirectory(site.resolve("content"))) {
            throw new ScaffoldError(site + " is not a Kiln site (it has no kiln.yaml and no content/ folder)",
                    "run this inside your site, pass --site DIR, or make a site with: kiln new site DIR");
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = config(site, diagnostics);
        if (diagnostics.hasErrors()) return new Created(Optional.empty(), diagnostics.toList());
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.timezone())).truncatedTo(ChronoUnit.SECONDS);
        String slug = uniqueSlug(site, request.kind(), TitleSlug.of(request.title()), now);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", Archetype.quote(request.title().strip()));
        values.put("slug", Archetype.quote(slug));
        values.put("date", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        values.put("categories", Archetype.list(request.categories()));
        values.put("tags", Archetype.list(request.tags()));
        Archetype archetype = Archetype.find(site, config.theme(), request.kind(), diagnostics);
        DocumentKind kind = request.kind() == ContentKind.POST ? DocumentKind.POST : DocumentKind.PAGE;
        Optional<String> text = archetype.fill(values, kind, config.timezone(), diagnostics);
        if (text.isEmpty() || diagnostics.hasErrors()) return new Created(Optional.empty(), diagnostics.toList());
        Path file = site.resolve(request.kind().folder).resolve(slug + ".md");
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text.get(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ScaffoldError(file + " appeared while Kiln was writing it", "run the command again");
        }
        return new Created(Optional.of(file), diagnostics.toList());
    }

    private static SiteConfig config(Path site, Diagnostics diagnostics) throws IOException {
        Path file = site.resolve("kiln.yaml");
        if (!Files.isRegularFile(file)) return SiteConfig.defaults();
        Optional<SourceText> text = SourceText.decode(ConfigLoader.FILE, Files.readAllBytes(file), diagnostics);
        return text.map(t -> ConfigLoader.load(t, diagnostics)).orElse(SiteConfig.defaults());
    }

    /**
     * The slug, or {@code <kind>-<date>} for a title without letters or digits, with -2, -3, …
     * added while a post (any file or bundle folder under content/posts/ with that name) or a
     * page of content/ already has it.
     */
    private static String uniqueSlug(Path site, ContentKind kind, String slug, ZonedDateTime now) throws IOException {
        String base = slug.isEmpty() ? kind.archetype + "-" + now.toLocalDate() : slug;
        Set<String> taken = takenNames(site.resolve(kind.folder), kind == ContentKind.POST);
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) candidate = base + "-" + n;
        return candidate;
    }

    private static Set<String> takenNames(Path folder, boolean deep) throws IOException {
        Set<String> names = new HashSet<>();
        if (!Files.isDirectory(folder)) return names;
        try (Stream<Path> files = deep ? Files.walk(folder) : Files.list(folder)) {
            files.filter(p -> !p.equals(folder)).forEach(p -> {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) names.add(name);
                else if (name.endsWith(".md")) names.add(name.substring(0, name.length() - 3));
            });
        }
        return names;
    }
}
