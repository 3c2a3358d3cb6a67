package dev.kiln.cli;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.Builder;
import dev.kiln.build.Generated;
import dev.kiln.build.SetupError;
import dev.kiln.check.CheckOptions;
import dev.kiln.check.CheckReport;
import dev.kiln.check.Checker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiln check}: builds in memory, checks every page and lints the content; writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check links, anchors, images and content without writing the site.")
final class CheckCommand implements Callable<Integer> {
    enum Format { human, json, github }

    @CommandLine.ParentCommand
    KilnCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SITE", description = "The site folder (default: the current folder).")
    Path site;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human",
            description = "human (default), json, or github (workflow annotations).")
    Format format;

    @Option(names = "--strict", description = "Exit with 2 when there are warnings but no errors.")
    boolean strict;

    @Option(names = "--drafts", description = "Include posts marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Include posts dated in the future (and do not warn about them).")
    boolean future;

    @Option(names = "--external", description = "Also check links to other sites (needs the network).")
    boolean external;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Where answers of external links are kept (default: a file per site in ~/.cache/kiln/, or $XDG_CACHE_HOME/kiln/).")
    Path cache;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Timeout of one external request (default: 10).")
    int timeoutSeconds;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds < 1) {
            err.println("kiln: --timeout must be at least 1 second");
            return ExitCodes.USAGE;
        }
        Environment env = parent.environment;
        Path root = site != null ? site : env.defaultSite();
        BuildOptions build = BuildOptions.of(root, env.clock().instant()).withDrafts(drafts).withFuture(future);
        Optional<CheckOptions.ExternalSettings> settings = Optional.empty();
        if (external) {
            Path file = cache != null ? cache : env.cacheFolder().resolve("external-links-"
                    + Integer.toHexString(build.siteRoot().toString().hashCode()) + ".tsv");
            CheckOptions.ExternalSettings d = CheckOptions.ExternalSettings.defaults(file);
            settings = Optional.of(new CheckOptions.ExternalSettings(d.perHost(), Duration.ofSeconds(timeoutSeconds),
                    d.retries(), d.cacheFile(), d.cacheExpiry()));
        }
        CheckReport report;
        try (Builder builder = new Builder()) {
            Generated generated = builder.generate(build);
            report = Checker.check(generated, build.siteRoot(), new CheckOptions(build.now(), future, settings));
        } catch (SetupError e) {
            err.println("error: " + e.getMessage());
            if (!e.hint().isEmpty()) err.println("  hint: " + e.hint());
            return ExitCodes.SITE_ERRORS;
        }
        print(report, out);
        if (report.errors() > 0) return ExitCodes.SITE_ERRORS;
        return strict && report.warnings() > 0 ? ExitCodes.STRICT_WARNINGS : ExitCodes.OK;
    }

    private void print(CheckReport report, PrintWriter out) {
        if (format == Format.json) {
            out.println(CheckJson.of(report));
        } else if (format == Format.github) {
            report.diagnostics().forEach(d -> out.println(GithubAnnotation.of(d)));
        } else {
            new DiagnosticPrinter(out).printAll(report.diagnostics());
            out.println("Checked " + Summaries.count(report.pages(), "page") + ", " + Summaries.count(report.links(), "link")
                    + (report.externalLinks() > 0 ? " (" + report.externalLinks() + " external)" : "") + ": "
                    + Summaries.count(report.errors(), "error") + ", " + Summaries.count(report.warnings(), "warning") + ".");
        }
    }
}
