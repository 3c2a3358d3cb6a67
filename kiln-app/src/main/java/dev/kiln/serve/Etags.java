package dev.kiln.serve;

/**
 * {@code If-None-Match} against our strong ETag, by the weak comparison RFC 9110 §13.1.2 asks for.
 * Also accepts the tag with the {@code --gzip} suffix that Jetty's compression adds to the ETag of a
 * compressed response, since the browser sends back the tag it was given.
 */
final class Etags {
    private Etags() {}

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        String ours = etag.substring(1, etag.length() - 1);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*")) return true;
            if (c.startsWith("W/")) c = c.substring(2);
            if (c.length() < 2 || !c.startsWith("\"") || !c.endsWith("\"")) continue;
            c = c.substring(1, c.length() - 1);
            int suffix = c.indexOf("--");
            if (suffix >= 0) c = c.substring(0, suffix);
            if (c.equals(ours)) return true;
        }
        return false;
    }
}
