package dev.kiln.cli;

import dev.kiln.scaffold.ContentKind;
import dev.kiln.scaffold.Created;
import dev.kiln.scaffold.NewContent;
import dev.kiln.scaffold.NewSite;
import dev.kiln.scaffold.ScaffoldError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code kiln new site|post|page}: starts a site, or a post or page from its archetype. */
final class NewCommand implements Command {
    static final CommandSpec SPEC = CommandSpec.withSubcommands("kiln new", "Make a new site, post or page.",
            List.of(new Site(), new Post(), new Page()));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Call call) {
        call.err().println("kiln: say what to make: kiln new site DIR, kiln new post \"Title\" or kiln new page \"Title\"");
        return ExitCodes.USAGE;
    }

    static final class Site implements Command {
        static final CommandSpec SPEC = CommandSpec.of("kiln new site",
                "Make a new site in DIR (a new or empty folder) that builds and serves at once.",
                List.of(Positional.required("DIR", Value.PATH, "The folder to make the site in.")), List.of());

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Call call) throws IOException {
            Path dir = Path.of(call.args().required("DIR"));
            try {
                NewSite.create(dir, call.environment().clock());
            } catch (ScaffoldError e) {
                return fail(call, e);
            }
            call.out().println("Made a new site in " + dir + ". Next: kiln serve " + dir);
            return ExitCodes.OK;
        }
    }

    static final class Post implements Command {
        static final CommandSpec SPEC = CommandSpec.of("kiln new post", "Make a new post, dated now, and print its path.",
                List.of(Positional.required("TITLE", Value.TEXT, "The post's title; its slug becomes the file name.")),
                List.of(Option.path("--site", "SITE", "The site (default: the current folder).").withDefault("."),
                        Option.text("--category", "C", "A category (repeat for more).").repeated(),
                        Option.text("--tag", "T", "A tag (repeat for more).").repeated()));

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Call call) throws IOException {
            Arguments args = call.args();
            return make(call, new NewContent.Request(ContentKind.POST, args.required("TITLE"),
                    args.texts("--category"), args.texts("--tag")));
        }
    }

    static final class Page implements Command {
        static final CommandSpec SPEC = CommandSpec.of("kiln new page", "Make a new page in content/ and print its path.",
                List.of(Positional.required("TITLE", Value.TEXT, "The page's title; its slug becomes the file name.")),
                List.of(Option.path("--site", "SITE", "The site (default: the current folder).").withDefault(".")));

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Call call) throws IOException {
            return make(call, new NewContent.Request(ContentKind.PAGE, call.args().required("TITLE"), List.of(), List.of()));
        }
    }

    private static int make(Call call, NewContent.Request request) throws IOException {
        PrintWriter err = call.err();
        if (request.title().isBlank()) {
            err.println("kiln: the title is empty; write it in quotes: kiln new "
                    + call.args().command().word() + " \"My title\"");
            return ExitCodes.USAGE;
        }
        Created created;
        try {
            created = NewContent.create(call.args().path("--site").orElseThrow(), request, call.environment().clock());
        } catch (ScaffoldError e) {
            return fail(call, e);
        }
        new DiagnosticPrinter(err).printAll(created.diagnostics());
        if (created.file().isEmpty()) {
            err.println("Nothing was written.");
            return ExitCodes.SITE_ERRORS;
        }
        call.out().println(created.file().get());
        return ExitCodes.OK;
    }

    private static int fail(Call call, ScaffoldError e) {
        call.err().println("error: " + e.getMessage());
        if (!e.hint().isEmpty()) call.err().println("  hint: " + e.hint());
        return ExitCodes.SITE_ERRORS;
    }
}
