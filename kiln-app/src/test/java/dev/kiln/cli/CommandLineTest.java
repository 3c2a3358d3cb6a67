package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser and the help printer, through {@code Main.run}: every kind of usage error, the grammar, the help. */
class CommandLineTest {
    @TempDir
    Path tmp;

    /** Each command and the options its help must list (README's "Command line" section). */
    private static final Map<String, List<String>> COMMANDS = Map.of(
            "", List.of("--help", "--version", "build", "serve", "check", "new", "import", "help"),
            "build", List.of("[SITE]", "--output=DIR", "--drafts", "--future", "--base-url=URL", "--quiet", "--help", "--version"),
            "serve", List.of("[SITE]", "--port=PORT", "--bind=ADDRESS", "--drafts", "--future", "--help", "--version"),
            "check", List.of("[SITE]", "--format=FORMAT", "--strict", "--drafts", "--future", "--external", "--cache=FILE",
                    "--timeout=SECONDS", "--help", "--version"),
            "new", List.of("site", "post", "page", "--help", "--version"),
            "new site", List.of("DIR", "--help", "--version"),
            "new post", List.of("TITLE", "--site=SITE", "--category=C", "--tag=T", "--help", "--version"),
            "new page", List.of("TITLE", "--site=SITE", "--help", "--version"),
            "import", List.of("GENERATOR", "SRC", "DEST", "--help", "--version"),
            "help", List.of("[COMMAND...]", "--help"));

    private static String[] words(String command, String... more) {
        List<String> all = new java.util.ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static void assertUsageError(Cli r, String command, String message) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        String name = command.isEmpty() ? "kiln" : "kiln " + command;
        assertThat(r.err().lines().toList()).first().isEqualTo("kiln: " + message);
        assertThat(r.err()).contains("\nUsage: " + name + " [-h")
                .endsWith("Run '" + (command.isEmpty() ? "kiln help" : "kiln help " + command) + "' for details.\n")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void everyCommandHasTheSameHelpThreeWaysListingAllItsOptions() {
        COMMANDS.forEach((command, shown) -> {
            Cli viaHelp = Cli.run(words("help", command.isEmpty() ? new String[0] : command.split(" ")));
            Cli viaLong = Cli.run(words(command, "--help"));
            Cli viaShort = Cli.run(words(command, "-h"));

            assertThat(viaHelp.exitCode()).as(command).isZero();
            assertThat(viaHelp.err()).as(command).isEmpty();
            assertThat(viaHelp.out()).as(command)
                    .startsWith("Usage: kiln" + (command.isEmpty() ? "" : " " + command) + " [-h")
                    .contains(shown);
            assertThat(viaHelp.out().lines()).as(command).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
            assertThat(viaLong).as(command).isEqualTo(viaHelp);
            assertThat(viaShort).as(command).isEqualTo(viaHelp);
        });
    }

    @Test
    void helpIsAlignedAndWrappedUnderItsColumn() {
        assertThat(Cli.run("check", "--help").out()).isEqualTo("""
                Usage: kiln check [-hV] [SITE] [--format=FORMAT] [--strict] [--drafts]
                                  [--future] [--external] [--cache=FILE] [--timeout=SECONDS]
                Check links, anchors, images and content without writing the site.
                      [SITE]              The site folder (default: the current folder).
                      --format=FORMAT     human (default), json, or github (workflow
                                            annotations).
                      --strict            Exit with 2 when there are warnings but no errors.
                      --drafts            Include posts marked draft: true.
                      --future            Include posts dated in the future (and do not warn
                                            about them).
                      --external          Also check links to other sites (needs the network).
                      --cache=FILE        Where answers of external links are kept (default: a
                                            file per site in ~/.cache/kiln/, or
                                            $XDG_CACHE_HOME/kiln/).
                      --timeout=SECONDS   Timeout of one external request (default: 10).
                  -h, --help              Show this help message and exit.
                  -V, --version           Print version information and exit.
                """);
        assertThat(Cli.run().out()).isEqualTo(Cli.run("help").out()).contains("""
                Commands:
                  build   Build the site into its output folder.
                  serve   Serve the site locally, rebuild on every change and reload open pages.
                """);
    }

    @Test
    void helpAndVersionWinOverMistakesOnTheSameLine() {
        assertThat(Cli.run("build", "--no-such-flag", "--help").out()).startsWith("Usage: kiln build");
        assertThat(Cli.run("build", "-hV").out()).startsWith("Usage: kiln build");
        assertThat(Cli.run("serve", "a", "b", "c", "-V").out()).startsWith("kiln ");
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"new", "post", "-V"})) {
            Cli r = Cli.run(args);
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).matches("kiln \\S+\n");
        }
    }

    @Test
    void anUnknownOptionSuggestsTheNearestOne() {
        assertUsageError(Cli.run("build", "--outptu", "x"), "build", "Unknown option '--outptu'; did you mean '--output'?");
        assertUsageError(Cli.run("--versoin"), "", "Unknown option '--versoin'; did you mean '--version'?");
        assertUsageError(Cli.run("build", "-q"), "build", "Unknown option '-q'; did you mean '--quiet'?");
        assertUsageError(Cli.run("new", "post", "T", "--tga", "x"), "new post", "Unknown option '--tga'; did you mean '--tag'?");
        assertUsageError(Cli.run("check", "--zzzzzz"), "check", "Unknown option '--zzzzzz'");
    }

    @Test
    void anUnknownCommandSuggestsTheNearestOne() {
        assertUsageError(Cli.run("biuld"), "", "Unknown command 'biuld'; did you mean 'build'?");
        assertUsageError(Cli.run("BUILD", "--quiet"), "", "Unknown command 'BUILD'; did you mean 'build'?");
        assertUsageError(Cli.run("new", "sitee", "x"), "new", "Unknown command 'new sitee'; did you mean 'new site'?");
        assertUsageError(Cli.run("help", "chekc"), "help", "Unknown command 'chekc'; did you mean 'check'?");
        assertUsageError(Cli.run("publish"), "", "Unknown command 'publish'");
    }

    @Test
    void aMissingValueIsNamedWithItsLabel() {
        assertUsageError(Cli.run("build", "--output"), "build", "Missing value for option '--output' (DIR)");
        assertUsageError(Cli.run("build", "--output", "--drafts"), "build",
                "Missing value for option '--output' (DIR), but found option '--drafts'");
        assertUsageError(Cli.run("new", "post", "T", "--tag"), "new post", "Missing value for option '--tag' (T)");
    }

    @Test
    void aBadValueSaysWhatWasExpected() {
        assertUsageError(Cli.run("serve", "--port", "abc"), "serve",
                "Invalid value for option '--port': 'abc' is not a whole number");
        assertUsageError(Cli.run("serve", "--port=99999999999"), "serve",
                "Invalid value for option '--port': '99999999999' is not a whole number");
        assertUsageError(Cli.run("check", "--format=JSON"), "check",
                "Invalid value for option '--format': expected one of human, json, github but was 'JSON'");
        assertUsageError(Cli.run("build", "--drafts=maybe"), "build",
                "Invalid value for option '--drafts': 'maybe' is not true or false (the option takes no value)");
        assertUsageError(Cli.run("build", "--output="), "build", "Invalid value for option '--output': the path is empty");
        assertUsageError(Cli.run("build", "--help=yes"), "build", "Option '--help' takes no value");
    }

    @Test
    void missingAndSurplusPositionalsAreCounted() {
        assertUsageError(Cli.run("import", "jekyll"), "import", "Missing required arguments: SRC, DEST");
        assertUsageError(Cli.run("new", "site"), "new site", "Missing required argument: DIR");
        assertUsageError(Cli.run("build", "a", "b"), "build", "Too many arguments: 'b' is one more than kiln build takes ([SITE])");
        assertUsageError(Cli.run("import", "hugo", "a", "b", "c"), "import",
                "Too many arguments: 'c' is one more than kiln import takes (GENERATOR SRC DEST)");
        assertUsageError(Cli.run("help", "build", "extra"), "help", "Too many arguments: kiln build has no command 'extra'");
    }

    @Test
    void aSingleValuedOptionIsGivenOnceOnly() {
        assertUsageError(Cli.run("build", "--output", "a", "--output=b"), "build", "Option '--output' should be given only once");
        assertUsageError(Cli.run("-x"), "", "Unknown option '-x'");
    }

    @Test
    void valuesMayBeAttachedOrSeparateAndRepeatedOptionsKeepTheirOrder() throws Exception {
        Path site = tmp.resolve("blog");
        assertThat(Cli.run("new", "site", site.toString()).exitCode()).isZero();

        Cli r = Cli.run("new", "post", "--tag", "b", "Mixed order", "--site=" + site, "--tag=a", "--category", "Java",
                "--tag", "c");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(site.resolve("content/posts/mixed-order.md")).content()
                .contains("tags: [\"b\", \"a\", \"c\"]").contains("categories: [\"Java\"]");
    }

    @Test
    void doubleDashEndsTheOptionsSoATitleMayStartWithADash() throws Exception {
        Path site = tmp.resolve("blog");
        Cli.run("new", "site", site.toString());

        Cli r = Cli.run("new", "post", "--site", site.toString(), "--", "--help wanted");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(site.resolve("content/posts/help-wanted.md")).content().contains("title: \"--help wanted\"");
        assertUsageError(Cli.run("new", "post", "--site", site.toString(), "--"), "new post", "Missing required argument: TITLE");
        assertUsageError(Cli.run("new", "post", "--site", site.toString(), "--", "x", "--tag"), "new post",
                "Too many arguments: '--tag' is one more than kiln new post takes (TITLE)");
    }

    @Test
    void anArgumentThatOnlyStartsWithADashIsAPositional() throws Exception {
        Path site = tmp.resolve("blog");
        Cli.run("new", "site", site.toString());

        Cli negative = Cli.run("new", "post", "-1", "--site", site.toString());
        Cli spaced = Cli.run("new", "page", "--site", site.toString(), "- a list");

        assertThat(negative.exitCode()).as(negative.err()).isZero();
        assertThat(negative.out().strip()).endsWith(".md");
        assertThat(Path.of(negative.out().strip())).content().contains("title: \"-1\"");
        assertThat(spaced.exitCode()).as(spaced.err()).isZero();
        assertThat(site.resolve("content/a-list.md")).content().contains("title: \"- a list\"");
    }

    @Test
    void aFlagMayBeSwitchedOffExplicitly() throws Exception {
        Path site = tmp.resolve("blog");
        Cli.run("new", "site", site.toString());

        assertThat(Cli.run("build", site.toString(), "--quiet=false").out()).startsWith("Built ");
        assertThat(Cli.run("build", "--quiet=true", site.toString()).out()).isEmpty();
    }

    @Test
    void kilnAloneShowsItsHelpButNewAloneIsAUsageError() {
        Cli kiln = Cli.run();
        assertThat(kiln.exitCode()).isZero();
        assertThat(kiln.out()).startsWith("Usage: kiln [-hV] [COMMAND]\n");
        Cli nothing = Cli.run("new");
        assertThat(nothing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nothing.err()).contains("kiln new site DIR");
    }
}
