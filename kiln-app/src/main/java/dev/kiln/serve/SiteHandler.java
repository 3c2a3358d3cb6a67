package dev.kiln.serve;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers from memory: pretty URLs ({@code /posts/x/} is {@code posts/x/index.html}, {@code /posts/x}
 * redirects there), ETag and {@code If-None-Match}, HEAD, single byte ranges, the site's
 * {@code 404.html} with status 404, and no directory listings. Only paths of the built site exist,
 * so nothing outside it can be reached; suspicious paths are refused before the lookup anyway.
 */
final class SiteHandler extends Handler.Abstract {
    /** The answer while the first build runs; its refresh covers a build that ends before its event stream opens. */
    private static final ServedFile BUILDING = ServedFile.of("building.html", LiveReload.inject((
            "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"2\">"
                    + "<title>Building…</title><body><p>Kiln is building the site. This page reloads when it is ready."
                    + "</p></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8), "*"));
    /** Every page asks for it after each reload: made (and its ETag hashed) once. */
    private static final ServedFile LIVE_SCRIPT = ServedFile.of("live.js", LiveReload.SCRIPT_BYTES);

    private final Supplier<ServedSite> site;
    private final LiveReload live;

    SiteHandler(Supplier<ServedSite> site, LiveReload live) {
        this.site = site;
        this.live = live;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        if (!head && !HttpMethod.GET.is(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            return plain(response, callback, 405, "method not allowed\n");
        }
        Optional<String> decoded = SafePath.decode(request.getHttpURI().getPath());
        if (decoded.isEmpty()) return plain(response, callback, 400, "bad path\n");
        String path = decoded.get();
        ServedSite current = site.get();
        if (path.equals(LiveReload.EVENTS)) {
            live.open(request, response, callback, state(current));
            return true;
        }
        if (path.equals(LiveReload.SCRIPT)) {
            return send(request, response, callback, LIVE_SCRIPT, 200, head);
        }
        if (current.files().isEmpty()) {
            // No good build yet: the first build is still running (the server listens from the
            // start, so that a restarted server's open tabs get an answer), or it failed. A page
            // that says so and reloads once the site is there, whatever the URL asked for.
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            if (!current.failed()) return send(request, response, callback, BUILDING, 503, head);
            String page = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Build failed</title><body>"
                    + ErrorOverlay.html(current.problems()) + "</body></html>";
            return send(request, response, callback, ServedFile.of("failed.html",
                    LiveReload.inject(page.getBytes(java.nio.charset.StandardCharsets.UTF_8), "*")), 503, head);
        }
        String key = path.substring(1);
        Optional<ServedFile> file = key.isEmpty() || key.endsWith("/")
                ? current.file(key + "index.html") : current.file(key);
        if (file.isEmpty() && !key.isEmpty() && !key.endsWith("/") && current.file(key + "/index.html").isPresent()) {
            String query = request.getHttpURI().getQuery();
            response.getHeaders().put(HttpHeader.LOCATION, request.getHttpURI().getPath() + "/"
                    + (query == null ? "" : "?" + query));
            return plain(response, callback, 301, "moved\n");
        }
        if (file.isEmpty()) {
            Optional<ServedFile> notFound = current.file("404.html");
            if (notFound.isPresent()) return send(request, response, callback, notFound.get(), 404, head);
            return plain(response, callback, 404, "not found\n");
        }
        return send(request, response, callback, file.get(), 200, head);
    }

    static String state(ServedSite site) {
        return site.failed() ? LiveReload.event("errors", ErrorOverlay.html(site.problems())) : LiveReload.event("ok", "");
    }

    private static boolean send(Request request, Response response, Callback callback, ServedFile file, int status,
                                boolean head) {
        var headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, file.contentType());
        headers.put("X-Content-Type-Options", "nosniff");
        // Always revalidate: a preview must never show a stale page; the ETag makes that a cheap 304.
        headers.put(HttpHeader.CACHE_CONTROL, "no-cache");
        byte[] bytes = file.bytes();
        if (status == 200) {
            headers.put(HttpHeader.ETAG, file.etag());
            headers.put(HttpHeader.ACCEPT_RANGES, "bytes");
            if (Etags.matches(request.getHeaders().get(HttpHeader.IF_NONE_MATCH), file.etag())) {
                response.setStatus(304);
                response.write(true, null, callback);
                return true;
            }
            String range = request.getHeaders().get(HttpHeader.RANGE);
            String ifRange = request.getHeaders().get(HttpHeader.IF_RANGE);
            if (range != null && (ifRange == null || ifRange.equals(file.etag()))) {
                Optional<ByteRange> r = ByteRange.parse(range, bytes.length);
                if (r == null) {
                    // Unsatisfiable: RFC 9110 §15.5.17.
                    headers.put(HttpHeader.CONTENT_RANGE, "bytes */" + bytes.length);
                    return plain(response, callback, 416, "range not satisfiable\n");
                }
                if (r.isPresent()) {
                    ByteRange br = r.get();
                    headers.put(HttpHeader.CONTENT_RANGE, "bytes " + br.first() + "-" + br.last() + "/" + bytes.length);
                    return body(response, callback, 206, ByteBuffer.wrap(bytes, (int) br.first(), (int) br.length()), head);
                }
            }
        }
        return body(response, callback, status, ByteBuffer.wrap(bytes), head);
    }

    private static boolean body(Response response, Callback callback, int status, ByteBuffer bytes, boolean head) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.remaining());
        response.write(true, head ? null : bytes, callback);
        return true;
    }

    private static boolean plain(Response response, Callback callback, int status, String text) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        return body(response, callback, status, ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                false);
    }
}
