package dev.kiln.cli;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.BuildReport;
import dev.kiln.build.Builder;
import dev.kiln.build.SetupError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code kiln build}: one full build, all diagnostics printed together, one summary line. */
final class BuildCommand implements Command {
    static final CommandSpec SPEC = CommandSpec.of("kiln build", "Build the site into its output folder.",
            List.of(Positional.optional("SITE", Value.PATH, "The site folder (default: the current folder).")),
            List.of(Option.path("--output", "DIR", "Write here instead of the configured output folder."),
                    Option.flag("--drafts", "Include posts marked draft: true."),
                    Option.flag("--future", "Include posts dated in the future."),
                    Option.text("--base-url", "URL", "Override base_url from kiln.yaml."),
                    Option.flag("--quiet", "Print errors only (and warnings, if there are errors).")));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Call call) throws IOException {
        PrintWriter out = call.out();
        PrintWriter err = call.err();
        Arguments args = call.args();
        Environment env = call.environment();
        Path root = args.positionalPath("SITE").orElse(env.defaultSite());
        BuildOptions options = BuildOptions.of(root, env.clock().instant())
                .withDrafts(args.flag("--drafts")).withFuture(args.flag("--future"));
        Path output = args.path("--output").orElse(null);
        if (output != null) options = options.withOutput(output);
        String baseUrl = args.text("--base-url").orElse(null);
        boolean quiet = args.flag("--quiet");
        if (baseUrl != null) {
            if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
                err.println("kiln: --base-url must be an absolute http(s) URL, e.g. https://blog.example.org/");
                return ExitCodes.USAGE;
            }
            options = options.withBaseUrl(baseUrl);
        }
        BuildReport report;
        try (Builder builder = new Builder()) {
            report = builder.build(options);
        } catch (SetupError e) {
            err.println("error: " + e.getMessage());
            if (!e.hint().isEmpty()) err.println("  hint: " + e.hint());
            return ExitCodes.SITE_ERRORS;
        }
        DiagnosticPrinter printer = new DiagnosticPrinter(err);
        if (!quiet || report.failed()) printer.printAll(report.diagnostics());
        if (report.failed()) {
            err.println("Build failed: " + Summaries.count(report.errors(), "error") + ", "
                    + Summaries.count(report.warnings(), "warning") + "; nothing was written.");
            return ExitCodes.SITE_ERRORS;
        }
        if (!quiet) {
            report.notes().forEach(out::println);
            out.println(Summaries.of(report, root));
        }
        return ExitCodes.OK;
    }
}
