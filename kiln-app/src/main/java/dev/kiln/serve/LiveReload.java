package dev.kiln.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

/**
 * The live-reload channel: a Server-Sent Events stream at {@value #EVENTS} that tells open pages
 * which URLs a rebuild changed ({@code reload}), and whether the latest build failed
 * ({@code errors}, with the overlay's HTML) or is fine ({@code ok}); plus the client script,
 * injected into HTML in serve mode only.
 */
final class LiveReload {
    static final String EVENTS = "/_kiln/events";
    static final String SCRIPT = "/_kiln/live.js";
    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SCRIPT_BYTES = load();

    /** One open stream; sends are serialised because Jetty allows one pending write per response. */
    private record Client(Response response, Callback done) {
        synchronized boolean send(String event) {
            FutureCallback sent = new FutureCallback();
            response.write(false, ByteBuffer.wrap(event.getBytes(StandardCharsets.UTF_8)), sent);
            try {
                sent.get(5, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                done.failed(e);
                return false;
            }
        }
    }

    private final List<Client> clients = new CopyOnWriteArrayList<>();

    /** Opens a stream and sends the current state first, so a page loaded while the build is broken shows the overlay. */
    void open(Request request, Response response, Callback callback, String currentState) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Client client = new Client(response, callback);
        request.addFailureListener(failure -> clients.remove(client));
        if (client.send("retry: 500\n\n" + currentState)) clients.add(client);
    }

    void broadcast(String event) {
        for (Client c : clients) {
            if (!c.send(event)) clients.remove(c);
        }
    }

    int clientCount() {
        return clients.size();
    }

    /** Ends every stream, so the server can stop without waiting for browsers. */
    void closeAll() {
        for (Client c : clients) c.done().succeeded();
        clients.clear();
    }

    static String reloadEvent(List<String> urls) {
        StringBuilder json = new StringBuilder("[");
        for (String u : urls) {
            if (json.length() > 1) json.append(',');
            json.append('"').append(u.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return event("reload", json.append(']').toString());
    }

    static String event(String name, String data) {
        StringBuilder out = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\n", -1)) out.append("data: ").append(line).append('\n');
        return out.append('\n').toString();
    }

    /**
     * {@code html} with the client script before the last {@code </body>} (or at the end). Spliced
     * into the bytes: an ASCII tag is found in UTF-8 as it is, and serve's first build injects
     * every page (decoding and encoding each took 6 % of a 10,000-post start's samples).
     */
    static byte[] inject(byte[] html, String pageUrl) {
        byte[] tag = ("<script src=\"" + SCRIPT + "\" data-page=\"" + pageUrl.replace("\"", "&quot;") + "\"></script>")
                .getBytes(StandardCharsets.UTF_8);
        int at = lastIndexOf(html, BODY_END);
        if (at < 0) at = html.length;
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    private static int lastIndexOf(byte[] bytes, byte[] part) {
        for (int i = bytes.length - part.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) return i;
        }
        return -1;
    }

    private static byte[] load() {
        try (InputStream in = LiveReload.class.getClassLoader().getResourceAsStream("kiln/serve/live.js")) {
            if (in == null) throw new IllegalStateException("kiln/serve/live.js missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
