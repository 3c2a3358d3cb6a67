package dev.kiln.build;

import dev.kiln.config.ConfigLoader;
import dev.kiln.source.SourcePath;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Touched paths sorted by what they can change: the config (everything), templates and themes
 * (every page), static files (the assets), content (the documents). Paths outside those, such
 * as the output folder, change nothing.
 */
record Touched(boolean config, boolean templates, boolean statics, Set<SourcePath> content) {
    static Touched classify(Path root, Collection<Path> paths) {
        boolean config = false;
        boolean templates = false;
        boolean statics = false;
        Set<SourcePath> content = new LinkedHashSet<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(root)) continue;
            if (abs.equals(root)) {
                config = true; // the whole site folder moved or was replaced
                continue;
            }
            SourcePath rel = SourcePath.relative(root, abs);
            String first = rel.value().split("/", 2)[0];
            if (rel.equals(ConfigLoader.FILE)) {
                config = true;
            } else if (first.equals("templates")) {
                templates = true;
            } else if (first.equals("themes")) {
                templates = true;
                statics = true;
            } else if (first.equals("static")) {
                statics = true;
            } else if (first.equals("content")) {
                content.add(rel);
            }
        }
        return new Touched(config, templates, statics, content);
    }
}
