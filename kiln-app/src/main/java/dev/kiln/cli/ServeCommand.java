package dev.kiln.cli;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.SetupError;
import dev.kiln.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code kiln serve}: a live preview that rebuilds on every save and reloads the browser. */
final class ServeCommand implements Command {
    static final CommandSpec SPEC = CommandSpec.of("kiln serve",
            "Serve the site locally, rebuild on every change and reload open pages.",
            List.of(Positional.optional("SITE", Value.PATH, "The site folder (default: the current folder).")),
            List.of(Option.number("--port", "PORT", "Port to listen on (default 1313; 0 picks a free one).")
                            .withDefault("1313"),
                    Option.text("--bind", "ADDRESS", "Address to listen on (default 127.0.0.1: this machine only).")
                            .withDefault("127.0.0.1"),
                    Option.flag("--drafts", "Include posts marked draft: true."),
                    Option.flag("--future", "Include posts dated in the future.")));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Call call) throws IOException, InterruptedException {
        PrintWriter out = call.out();
        PrintWriter err = call.err();
        Arguments args = call.args();
        int port = args.number("--port");
        if (port < 0 || port > 65535) {
            err.println("kiln: --port must be between 0 and 65535");
            return ExitCodes.USAGE;
        }
        String bind = args.text("--bind").orElseThrow();
        Environment env = call.environment();
        Path root = args.positionalPath("SITE").orElse(env.defaultSite());
        BuildOptions options = BuildOptions.of(root, env.clock().instant())
                .withDrafts(args.flag("--drafts")).withFuture(args.flag("--future"));
        DevServer server;
        try {
            server = DevServer.start(options, bind, port, env.clock(), out);
        } catch (SetupError e) {
            err.println("error: " + e.getMessage());
            if (!e.hint().isEmpty()) err.println("  hint: " + e.hint());
            return ExitCodes.SITE_ERRORS;
        }
        new DiagnosticPrinter(err).printAll(server.firstBuild().diagnostics());
        err.flush();
        out.println("Serving " + root.toAbsolutePath().normalize() + " at " + server.url() + " (Ctrl-C stops)");
        out.flush();
        Thread hook = new Thread(server::close, "kiln-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        server.awaitStop();
        return ExitCodes.OK;
    }
}
