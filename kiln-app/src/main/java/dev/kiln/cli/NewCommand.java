package dev.kiln.cli;

import dev.kiln.scaffold.ContentKind;
import dev.kiln.scaffold.Created;
import dev.kiln.scaffold.NewContent;
import dev.kiln.scaffold.NewSite;
import dev.kiln.scaffold.ScaffoldError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiln new site|post|page}: starts a site, or a post or page from its archetype. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Make a new site, post or page.",
        subcommands = {NewCommand.Site.class, NewCommand.Post.class, NewCommand.Page.class})
final class NewCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    KilnCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("kiln: say what to make: kiln new site DIR, kiln new post \"Title\" or kiln new page \"Title\"");
        return ExitCodes.USAGE;
    }

    @Command(name = "site", mixinStandardHelpOptions = true,
            description = "Make a new site in DIR (a new or empty folder) that builds and serves at once.")
    static final class Site implements Callable<Integer> {
        @CommandLine.ParentCommand
        NewCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The folder to make the site in.")
        Path dir;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try {
                NewSite.create(dir, parent.parent.environment.clock());
            } catch (ScaffoldError e) {
                return fail(spec, e);
            }
            out.println("Made a new site in " + dir + ". Next: kiln serve " + dir);
            return ExitCodes.OK;
        }
    }

    @Command(name = "post", mixinStandardHelpOptions = true,
            description = "Make a new post, dated now, and print its path.")
    static final class Post implements Callable<Integer> {
        @CommandLine.ParentCommand
        NewCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "TITLE", description = "The post's title; its slug becomes the file name.")
        String title;

        @Option(names = "--site", paramLabel = "SITE", defaultValue = ".", description = "The site (default: the current folder).")
        Path site;

        @Option(names = "--category", paramLabel = "C", description = "A category (repeat for more).")
        List<String> categories = new ArrayList<>();

        @Option(names = "--tag", paramLabel = "T", description = "A tag (repeat for more).")
        List<String> tags = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            return make(spec, parent, site, new NewContent.Request(ContentKind.POST, title, categories, tags));
        }
    }

    @Command(name = "page", mixinStandardHelpOptions = true, description = "Make a new page in content/ and print its path.")
    static final class Page implements Callable<Integer> {
        @CommandLine.ParentCommand
        NewCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "TITLE", description = "The page's title; its slug becomes the file name.")
        String title;

        @Option(names = "--site", paramLabel = "SITE", defaultValue = ".", description = "The site (default: the current folder).")
        Path site;

        @Override
        public Integer call() throws IOException {
            return make(spec, parent, site, new NewContent.Request(ContentKind.PAGE, title, List.of(), List.of()));
        }
    }

    private static int make(CommandLine.Model.CommandSpec spec, NewCommand parent, Path site, NewContent.Request request)
            throws IOException {
        if (request.title().isBlank()) {
            spec.commandLine().getErr().println("kiln: the title is empty; write it in quotes: kiln new "
                    + spec.name() + " \"My title\"");
            return ExitCodes.USAGE;
        }
        Created created;
        try {
            created = NewContent.create(site, request, parent.parent.environment.clock());
        } catch (ScaffoldError e) {
            return fail(spec, e);
        }
        new DiagnosticPrinter(spec.commandLine().getErr()).printAll(created.diagnostics());
        if (created.file().isEmpty()) {
            spec.commandLine().getErr().println("Nothing was written.");
            return ExitCodes.SITE_ERRORS;
        }
        spec.commandLine().getOut().println(created.file().get());
        return ExitCodes.OK;
    }

    private static int fail(CommandLine.Model.CommandSpec spec, ScaffoldError e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + e.getMessage());
        if (!e.hint().isEmpty()) err.println("  hint: " + e.hint());
        return ExitCodes.SITE_ERRORS;
    }
}
