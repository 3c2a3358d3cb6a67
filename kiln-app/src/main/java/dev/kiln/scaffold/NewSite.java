package dev.kiln.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code kiln new site DIR}: a site that builds and serves at once — a commented kiln.yaml, a
 * welcome post dated now, an about page, the post archetype to edit, and a .gitignore for the
 * output. Writes only inside DIR, and only into an empty or new DIR.
 */
public final class NewSite {
    private NewSite() {}

    /** The files written, relative to {@code dir}, in the order written. */
    public static List<String> create(Path dir, Clock clock) throws ScaffoldError, IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ScaffoldError(dir + " is a file, not a folder", "name a new folder: kiln new site my-blog");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new ScaffoldError(dir + " is not empty; Kiln makes a new site only in an empty or new folder",
                            "name a new folder: kiln new site my-blog");
                }
            }
        }
        ZoneId zone = clock.getZone().normalized().equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : clock.getZone();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.SECONDS);
        Files.createDirectories(dir);
        List<String> written = new ArrayList<>();
        write(dir, "kiln.yaml", config(titleOf(dir), zone), written);
        write(dir, ".gitignore", "# Kiln's output folder: made by kiln build, not kept in version control.\n/public/\n", written);
        write(dir, "archetypes/post.md", builtIn("archetypes/post.md"), written);
        write(dir, "content/posts/welcome.md", welcome(now), written);
        write(dir, "content/about.md", ABOUT, written);
        Files.createDirectories(dir.resolve("static"));
        return written;
    }

    private static void write(Path dir, String rel, String text, List<String> written) throws IOException {
        Path file = dir.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        written.add(rel);
    }

    /** "my-tech-blog" → "My Tech Blog". */
    static String titleOf(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String words = name == null ? "" : name.toString().replaceAll("[-_.]+", " ").strip();
        if (words.isEmpty()) return "My Blog";
        StringBuilder sb = new StringBuilder();
        for (String w : words.split("\\s+")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        }
        return sb.toString();
    }

    private static String config(String title, ZoneId zone) {
        return "# Settings of this site. Every key is optional; the README lists them all.\n"
                + "title: " + Archetype.quote(title) + "\n"
                + "description: \"\"\n"
                + "# The address the site will be published at: feeds, the sitemap and canonical links use it.\n"
                + "base_url: \"https://example.com/\"\n"
                + "# The language of the pages (html lang, date names).\n"
                + "language: en\n"
                + "# Dates written without a time or offset are read in this zone; kiln new post dates posts in it.\n"
                + "timezone: " + zone.getId() + "\n"
                + "# The author of posts that name none:\n"
                + "# author: \"Your Name\"\n"
                + "# Posts per page on the home page and the category and tag pages.\n"
                + "paginate: 10\n"
                + "permalinks:\n"
                + "  # Where posts are published. Tokens: :year :month :day :slug :category\n"
                + "  posts: /posts/:slug/\n";
    }

    private static String welcome(ZonedDateTime now) {
        return "---\n"
                + "title: \"Welcome to your new blog\"\n"
                + "date: " + now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
                + "tags: [kiln]\n"
                + "---\n"
                + "This post was written by `kiln new site`. Edit it, delete it, or add the next one:\n"
                + "\n"
                + "```console\n"
                + "$ kiln new post \"My first real post\" --tag notes\n"
                + "```\n"
                + "\n"
                + "`kiln serve` shows the site at http://127.0.0.1:1313/ and reloads it on every save;\n"
                + "`kiln build` writes it into `public/`, ready to upload. Posts live in `content/posts/`, pages\n"
                + "such as the [about page](../about.md) in `content/`, and pictures in `static/`.\n";
    }

    private static final String ABOUT = "---\n"
            + "title: \"About\"\n"
            + "---\n"
            + "Who writes here, and what about. This page is `content/about.md`; it is published at `/about/`.\n";

    private static String builtIn(String name) throws IOException {
        try (InputStream in = NewSite.class.getResourceAsStream("/kiln/" + name)) {
            if (in == null) throw new IllegalStateException("the built-in " + name + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
