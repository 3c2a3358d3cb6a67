package dev.kiln.check;

import java.net.URI;

/** What a URL in a generated file points at, as far as checking goes. */
sealed interface Target {
    /** A file of this site: {@code path} relative to the output folder (decoded), and a fragment or "". */
    record Internal(String path, String fragment) implements Target {}

    /** An http(s) URL on another host. */
    record External(URI uri) implements Target {}

    /** mailto:, tel:, data:, javascript: and the like: nothing to check. */
    record Ignored() implements Target {}

    /** Not a URL at all, or one on this host outside the site's base path. */
    record Invalid(String why) implements Target {}
}
