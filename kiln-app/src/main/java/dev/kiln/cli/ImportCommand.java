package dev.kiln.cli;

import dev.kiln.importer.Generator;
import dev.kiln.importer.ImportError;
import dev.kiln.importer.ImportResult;
import dev.kiln.importer.Importer;
import dev.kiln.importer.ReportItem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kiln import jekyll|hugo|zola SRC DEST}: a new Kiln site from another generator's site. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Make a new Kiln site in DEST from a Jekyll, Hugo or Zola site in SRC (SRC is only read).")
final class ImportCommand implements Callable<Integer> {
    /** How many report lines are printed; all of them are in the report file. */
    static final int SHOWN = 10;

    @CommandLine.ParentCommand
    KilnCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GENERATOR", description = "jekyll, hugo or zola")
    String generator;

    @Parameters(index = "1", paramLabel = "SRC", description = "The site to import.")
    Path src;

    @Parameters(index = "2", paramLabel = "DEST", description = "A new or empty folder for the Kiln site.")
    Path dest;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Generator g;
        try {
            g = Generator.valueOf(generator.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("kiln: cannot import from \"" + generator + "\"; Kiln imports jekyll, hugo and zola sites");
            return ExitCodes.USAGE;
        }
        ImportResult result;
        try {
            result = Importer.run(g, src, dest, parent.environment.clock());
        } catch (ImportError e) {
            err.println("error: " + e.getMessage());
            if (!e.hint().isEmpty()) err.println("  hint: " + e.hint());
            return ExitCodes.SITE_ERRORS;
        }
        new DiagnosticPrinter(err).printAll(result.diagnostics());
        if (result.failed()) {
            err.println("Import failed: files of " + src + " cannot be read (fix them, or remove them); nothing was written.");
            return ExitCodes.SITE_ERRORS;
        }
        out.println("Imported " + Summaries.count(result.posts(), "post") + ", " + Summaries.count(result.pages(), "page")
                + ", " + Summaries.count(result.aliases(), "old URL") + " kept as aliases, "
                + Summaries.count(result.files(), "file") + " copied → " + dest);
        if (!result.items().isEmpty()) {
            out.println(Summaries.count(result.items().size(), "item") + " to finish by hand, listed in " + result.report() + ":");
            result.items().stream().limit(SHOWN).map(ReportItem::toString).forEach(l -> out.println("  " + l));
            if (result.items().size() > SHOWN) out.println("  … and " + (result.items().size() - SHOWN) + " more");
        }
        out.println("Next: kiln build " + dest);
        return ExitCodes.OK;
    }
}
