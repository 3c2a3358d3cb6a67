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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code kiln check}: builds in memory, checks every page and lints the content; writes nothing. */
final class CheckCommand implements Command {
    enum Format { HUMAN, JSON, GITHUB }

    static final CommandSpec SPEC = CommandSpec.of("kiln check",
            "Check links, anchors, images and content without writing the site.",
            List.of(Positional.optional("SITE", Value.PATH, "The site folder (default: the current folder).")),
            List.of(Option.choice("--format", "FORMAT", List.of("human", "json", "github"),
                            "human (default), json, or github (workflow annotations).").withDefault("human"),
                    Option.flag("--strict", "Exit with 2 when there are warnings but no errors."),
                    Option.flag("--drafts", "Include posts marked draft: true."),
                    Option.flag("--future", "Include posts dated in the future (and do not warn about them)."),
                    Option.flag("--external", "Also check links to other sites (needs the network)."),
                    Option.path("--cache", "FILE", "Where answers of external links are kept (default: a file per"
                            + " site in ~/.cache/kiln/, or $XDG_CACHE_HOME/kiln/)."),
                    Option.number("--timeout", "SECONDS", "Timeout of one external request (default: 10).")
                            .withDefault("10")));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Call call) throws IOException {
        PrintWriter out = call.out();
        PrintWriter err = call.err();
        Arguments args = call.args();
        int timeoutSeconds = args.number("--timeout");
        if (timeoutSeconds < 1) {
            err.println("kiln: --timeout must be at least 1 second");
            return ExitCodes.USAGE;
        }
        boolean drafts = args.flag("--drafts");
        boolean future = args.flag("--future");
        Path cache = args.path("--cache").orElse(null);
        Format format = Format.valueOf(args.text("--format").orElseThrow().toUpperCase(Locale.ROOT));
        Environment env = call.environment();
        Path root = args.positionalPath("SITE").orElse(env.defaultSite());
        BuildOptions build = BuildOptions.of(root, env.clock().instant()).withDrafts(drafts).withFuture(future);
        Optional<CheckOptions.ExternalSettings> settings = Optional.empty();
        if (args.flag("--external")) {
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
        print(report, format, out);
        if (report.errors() > 0) return ExitCodes.SITE_ERRORS;
        return args.flag("--strict") && report.warnings() > 0 ? ExitCodes.STRICT_WARNINGS : ExitCodes.OK;
    }

    private static void print(CheckReport report, Format format, PrintWriter out) {
        if (format == Format.JSON) {
            out.println(CheckJson.of(report));
        } else if (format == Format.GITHUB) {
            report.diagnostics().forEach(d -> out.println(GithubAnnotation.of(d)));
        } else {
            new DiagnosticPrinter(out).printAll(report.diagnostics());
            out.println("Checked " + Summaries.count(report.pages(), "page") + ", " + Summaries.count(report.links(), "link")
                    + (report.externalLinks() > 0 ? " (" + report.externalLinks() + " external)" : "") + ": "
                    + Summaries.count(report.errors(), "error") + ", " + Summaries.count(report.warnings(), "warning") + ".");
        }
    }
}
