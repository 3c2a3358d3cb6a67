package dev.kiln.serve;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.RebuildResult;
import dev.kiln.build.Rebuilder;
import dev.kiln.build.SetupError;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * {@code kiln serve}: builds the site in memory, serves it, watches its folders and rebuilds
 * incrementally after every change, telling open pages what changed. The served site is the last
 * good build; the user's output folder is never touched (so it never contains the reload script).
 */
public final class DevServer implements AutoCloseable {
    private final Server server;
    private final Rebuilder rebuilder;
    private final LiveReload live;
    private final Publisher publisher;
    private final SiteWatcher watcher;
    private final Thread loop;
    private final ScheduledExecutorService keepAlive;
    private final URI url;
    private final RebuildResult first;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private DevServer(Server server, Rebuilder rebuilder, LiveReload live, Publisher publisher, SiteWatcher watcher,
                      Thread loop, ScheduledExecutorService keepAlive, URI url, RebuildResult first) {
        this.server = server;
        this.rebuilder = rebuilder;
        this.live = live;
        this.publisher = publisher;
        this.watcher = watcher;
        this.loop = loop;
        this.keepAlive = keepAlive;
        this.url = url;
        this.first = first;
    }

    /**
     * Starts serving {@code options.siteRoot()} on {@code bind}:{@code port} (0 picks a free port).
     * The base URL of the served site is the server's own URL, so every link stays local.
     * {@code log} gets one line per rebuild and the diagnostics of failed builds.
     */
    public static DevServer start(BuildOptions options, String bind, int port, Clock clock, PrintWriter log)
            throws SetupError, IOException {
        AtomicReference<ServedSite> site = new AtomicReference<>(ServedSite.EMPTY);
        LiveReload live = new LiveReload();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);
        CompressionHandler compression = new CompressionHandler(new SiteHandler(site::get, live));
        compression.putCompression(new GzipCompression());
        // An event stream must reach the browser event by event, not sit in a compression buffer.
        compression.putConfiguration("/*", CompressionConfig.builder().defaults()
                .compressExcludeMimeType("text/event-stream").build());
        server.setHandler(compression);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new SetupError("cannot listen on " + bind + ":" + port + " (" + e.getMessage() + ")",
                    "pick another port with --port, or stop the program that uses it");
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        URI url = URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
        Rebuilder rebuilder = new Rebuilder(options.withBaseUrl(url.toString()));
        RebuildResult first;
        try {
            first = rebuilder.full(clock.instant());
        } catch (SetupError | IOException | RuntimeException e) {
            rebuilder.close();
            stopQuietly(server);
            throw e;
        }
        Publisher publisher = new Publisher(site, live, log);
        publisher.publish(first, System.nanoTime());
        long settled = System.nanoTime();
        rebuilder.finish().ifPresent(rest -> publisher.publish(rest, settled));
        LinkedBlockingQueue<Path> touched = new LinkedBlockingQueue<>();
        SiteWatcher watcher = SiteWatcher.start(options.siteRoot(), touched,
                e -> log.println("kiln: file watching stopped: " + e));
        Thread loop = new Thread(new RebuildLoop(rebuilder, touched, clock,
                done -> publisher.publish(done.result(), done.firstEventNanos()),
                e -> publisher.internalError(e)), "kiln-rebuild-loop");
        loop.setDaemon(true);
        loop.start();
        // A comment line now and then keeps idle streams inside Jetty's 30 s idle timeout, so a
        // page never misses a reload while its EventSource reconnects.
        ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kiln-live-reload-keep-alive");
            t.setDaemon(true);
            return t;
        });
        keepAlive.scheduleWithFixedDelay(() -> live.broadcast(": keep-alive\n\n"), 15, 15, TimeUnit.SECONDS);
        return new DevServer(server, rebuilder, live, publisher, watcher, loop, keepAlive, url, first);
    }

    /** Where the site is served, such as {@code http://127.0.0.1:1313/}. */
    public URI url() {
        return url;
    }

    /** The result of the first, full build. */
    public RebuildResult firstBuild() {
        return first;
    }

    /** Blocks until {@link #close()} has run (from another thread, such as a shutdown hook). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        try {
            loop.interrupt();
            keepAlive.shutdownNow();
            try {
                watcher.close();
            } catch (IOException e) {
                // closing anyway
            }
            live.closeAll();
            stopQuietly(server);
            rebuilder.close();
        } finally {
            stopped.countDown();
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // the server is going away either way
        }
    }
}
