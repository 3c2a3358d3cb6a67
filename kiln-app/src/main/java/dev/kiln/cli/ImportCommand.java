package dev.kiln.cli;

import dev.kiln.importer.Generator;
import dev.kiln.importer.ImportError;
import dev.kiln.importer.ImportResult;
import dev.kiln.importer.Importer;
import dev.kiln.importer.ReportItem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code kiln import jekyll|hugo|zola SRC DEST}: a new Kiln site from another generator's site. */
final class ImportCommand implements Command {
    /** How many report lines are printed; all of them are in the report file. */
    static final int SHOWN = 10;

    static final CommandSpec SPEC = CommandSpec.of("kiln import",
            "Make a new Kiln site in DEST from a Jekyll, Hugo or Zola site in SRC (SRC is only read).",
            List.of(Positional.required("GENERATOR", Value.TEXT, "jekyll, hugo or zola"),
                    Positional.required("SRC", Value.PATH, "The site to import."),
                    Positional.required("DEST", Value.PATH, "A new or empty folder for the Kiln site.")),
            List.of());

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Call call) throws IOException {
        PrintWriter out = call.out();
        PrintWriter err = call.err();
        String generator = call.args().required("GENERATOR");
        Path src = Path.of(call.args().required("SRC"));
        Path dest = Path.of(call.args().required("DEST"));
        Generator g;
        try {
            g = Generator.valueOf(generator.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("kiln: cannot import from \"" + generator + "\"; Kiln imports jekyll, hugo and zola sites");
            return ExitCodes.USAGE;
        }
        ImportResult result;
        try {
            result = Importer.run(g, src, dest, call.environment().clock());
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
