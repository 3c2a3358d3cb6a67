package dev.kiln.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code kiln import}: reads SRC (never writing there), plans the new site, and — only when every
 * file of SRC could be read — writes it into DEST, which must be new or empty and outside SRC.
 */
public final class Importer {
    private Importer() {}

    public static ImportResult run(Generator generator, Path src, Path dest, Clock clock) throws ImportError, IOException {
        Path source = checkSource(generator, src);
        Path target = checkDest(dest, source);
        ImportReport report = new ImportReport();
        SourceSite site = new SourceSite(source, report);
        SitePlan plan = switch (generator) {
            case JEKYLL -> new JekyllImport(site, report, clock).plan();
            case HUGO -> new HugoImport(site, report, clock).plan();
            case ZOLA -> new ZolaImport(site, report, clock).plan();
        };
        Path reportFile = target.resolve(SiteWriter.REPORT);
        if (site.diagnostics.hasErrors()) {
            return new ImportResult(0, 0, 0, 0, List.of(), reportFile, site.diagnostics.toList());
        }
        SiteWriter writer = new SiteWriter(source, target);
        SiteWriter.Written written = writer.write(plan, report);
        List<ReportItem> items = report.items();
        writer.writeText(SiteWriter.REPORT, ImportReport.render(generator, src.toString(), dest.toString(), items));
        return new ImportResult(written.posts(), written.pages(), written.aliases(), written.files(), items, reportFile,
                site.diagnostics.toList());
    }

    private static Path checkSource(Generator generator, Path src) throws ImportError, IOException {
        if (!Files.isDirectory(src)) {
            throw new ImportError(src + " does not exist or is not a folder",
                    "pass the folder of the " + generator.label + " site to import");
        }
        return src.toRealPath();
    }

    private static Path checkDest(Path dest, Path source) throws ImportError, IOException {
        Path target = dest.toAbsolutePath().normalize();
        Path existing = target;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        Path real = existing == null ? target : existing.toRealPath().resolve(existing.relativize(target));
        if (real.startsWith(source)) {
            throw new ImportError(dest + " is inside the site being imported; Kiln never writes into it",
                    "choose a folder outside " + source);
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ImportError(dest + " is a file, not a folder", "name a new folder for the Kiln site");
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new ImportError(dest + " is not empty; kiln import makes a new site only in an empty or new folder",
                            "name a new folder for the Kiln site");
                }
            }
        }
        return real;
    }
}
