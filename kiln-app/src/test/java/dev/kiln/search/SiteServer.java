package dev.kiln.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A built site served over HTTP on loopback, as a static host would serve it (fetch() needs http,
 * not file://): folders answer with their index.html, text is gzipped when the browser asks, and
 * every request is logged with the bytes sent, so tests and the benchmark can count downloads.
 */
final class SiteServer implements AutoCloseable {
    /** One answered request: the path, the body size and the bytes on the wire. */
    record Request(String path, int status, long rawBytes, long sentBytes) {}

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "json", "application/json", "js", "text/javascript", "css", "text/css", "svg", "image/svg+xml",
            "xml", "application/xml");

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(6);
    private final ConcurrentLinkedQueue<Request> log = new ConcurrentLinkedQueue<>();

    SiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT} + path. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The requests since the last call, oldest first. */
    List<Request> drainLog() {
        List<Request> out = new ArrayList<>();
        for (Request r; (r = log.poll()) != null; ) out.add(r);
        return out;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                ex.sendResponseHeaders(404, -1);
                log.add(new Request(path, 404, 0, 0));
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            ex.getResponseHeaders().set("Content-Type", type);
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            byte[] sent = body;
            String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
            if (accept != null && accept.contains("gzip") && !type.startsWith("image/")) {
                sent = gzip(body);
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            ex.sendResponseHeaders(200, sent.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(sent);
            }
            log.add(new Request(path, 200, body.length, sent.length));
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write(bytes);
        }
        return buffer.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
