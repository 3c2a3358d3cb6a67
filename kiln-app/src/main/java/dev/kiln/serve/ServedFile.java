package dev.kiln.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.jetty.http.MimeTypes;

/** One file as the server sends it: the bytes (HTML with the reload script), its type and a strong ETag. */
record ServedFile(byte[] bytes, String contentType, String etag) {
    static ServedFile of(String path, byte[] bytes) {
        return new ServedFile(bytes, contentType(path), "\"" + hash(bytes) + "\"");
    }

    static String contentType(String path) {
        String mime = MimeTypes.DEFAULTS.getMimeByExtension(path);
        if (path.endsWith(".js") || path.endsWith(".mjs")) mime = "text/javascript";
        if (path.endsWith(".webmanifest")) mime = "application/manifest+json";
        if (mime == null) return "application/octet-stream";
        boolean text = mime.startsWith("text/") || mime.endsWith("+xml") || mime.endsWith("+json")
                || mime.equals("application/json") || mime.equals("application/xml");
        return text && !mime.contains("charset") ? mime + ";charset=utf-8" : mime;
    }

    boolean isHtml() {
        return contentType.startsWith("text/html");
    }

    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
