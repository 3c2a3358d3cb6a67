package dev.kiln.render;

import dev.kiln.source.SourcePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where templates and theme files come from, in the order that wins: the site's
 * {@code templates/}, then {@code themes/<theme>/templates/}, then the built-in theme in the jar.
 * The lookup is per name, so a site can override one partial and keep everything else.
 */
public record TemplateRoots(Path siteRoot, Optional<String> theme) {
    static final String BUILTIN = "kiln/theme/";
    /** How built-in files are named in diagnostics: they are not in the user's site. */
    static final String BUILTIN_LABEL = "builtin:";

    /** The template folders on disk that exist, highest priority first, as site-relative paths. */
    List<String> templateFolders() {
        List<String> out = new ArrayList<>();
        out.add("templates");
        theme.ifPresent(t -> out.add("themes/" + t + "/templates"));
        return out.stream().filter(f -> Files.isDirectory(siteRoot.resolve(f))).toList();
    }

    /** The theme's static folder, if the site uses a theme that has one. */
    public Optional<Path> themeStatic() {
        return theme.map(t -> siteRoot.resolve("themes/" + t + "/static")).filter(Files::isDirectory);
    }

    /** The file that wins for template {@code name}, as it is named in diagnostics. */
    SourcePath winner(String name) {
        for (String folder : templateFolders()) {
            if (Files.isRegularFile(siteRoot.resolve(folder).resolve(name))) return SourcePath.of(folder + "/" + name);
        }
        return SourcePath.of(BUILTIN_LABEL + "templates/" + name);
    }

    /** The text of the template that wins for {@code name}, for showing the offending line. */
    String text(String name) {
        try {
            for (String folder : templateFolders()) {
                Path p = siteRoot.resolve(folder).resolve(name);
                if (Files.isRegularFile(p)) return Files.readString(p, StandardCharsets.UTF_8);
            }
            try (InputStream in = TemplateRoots.class.getClassLoader().getResourceAsStream(BUILTIN + "templates/" + name)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
