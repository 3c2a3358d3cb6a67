package dev.kiln.cli;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.SetupError;
import dev.kiln.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiln serve}: a live preview that rebuilds on every save and reloads the browser. */
@Command(name = "serve", description = "Serve the site locally, rebuild on every change and reload open pages.",
        mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    KilnCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SITE", description = "The site folder (default: the current folder).")
    Path site;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1313", description = "Port to listen on (default 1313; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default 127.0.0.1: this machine only).")
    String bind;

    @Option(names = "--drafts", description = "Include posts marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Include posts dated in the future.")
    boolean future;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("kiln: --port must be between 0 and 65535");
            return ExitCodes.USAGE;
        }
        Environment env = parent.environment;
        Path root = site != null ? site : env.defaultSite();
        BuildOptions options = BuildOptions.of(root, env.clock().instant()).withDrafts(drafts).withFuture(future);
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
