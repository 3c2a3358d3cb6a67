package dev.kiln.check;

import dev.kiln.source.Location;
import java.net.URI;

/** An external URL and the first place it was found, so a broken one is reported where it was written. */
record ExternalLink(URI uri, Location at, String sourceLine) {}
