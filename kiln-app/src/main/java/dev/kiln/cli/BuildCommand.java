package dev.kiln.cli;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.BuildReport;
import dev.kiln.build.Builder;
import dev.kiln.build.SetupError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiln build}: one full build, all diagnostics printed together, one summary line. */
@Command(name = "build", description = "Build the site into its output folder.", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    KilnCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SITE", description = "The site folder (default: the current folder).")
    Path site;

    @Option(names = "--output", paramLabel = "DIR", description = "Write here instead of the configured output folder.")
    Path output;

    @Option(names = "--drafts", description = "Include posts marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Include posts dated in the future.")
    boolean future;

    @Option(names = "--base-url", paramLabel = "URL", description = "Override base_url from kiln.yaml.")
    String baseUrl;

    @Option(names = "--quiet", description = "Print errors only (and warnings, if there are errors).")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Environment env = parent.environment;
        Path root = site != null ? site : env.defaultSite();
        BuildOptions options = BuildOptions.of(root, env.clock().instant()).withDrafts(drafts).withFuture(future);
        if (output != null) options = options.withOutput(output);
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
