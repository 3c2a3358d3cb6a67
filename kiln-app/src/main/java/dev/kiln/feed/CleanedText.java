package dev.kiln.feed;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.util.Locale;
import java.util.Optional;

/**
 * The warning for text the feeds had to clean. It points at the first such character in the file
 * when the file holds it literally; when it came from an escape ({@code "\u0001"} in YAML, a
 * character reference in HTML) the file as a whole is named.
 */
final class CleanedText {
    static final String CODE = "feed.invalid-character";

    private CleanedText() {}

    static void warn(Diagnostics diagnostics, FeedOutputs.SourceLookup sources, SourcePath file, String what) {
        Optional<SourceText> text = sources.find(file);
        int at = text.map(t -> XmlText.firstInvalid(t.text())).orElse(-1);
        String hint = "remove the control character or unpaired surrogate from the file; "
                + "feeds and the sitemap cannot hold it in XML";
        if (at < 0) {
            diagnostics.add(Diagnostic.warning(CODE, Location.startOf(file), what
                    + " holds a character that XML cannot hold; the feeds leave it out", hint, ""));
            return;
        }
        SourceText t = text.get();
        int cp = t.text().codePointAt(at);
        Location location = t.locationAt(at, Character.charCount(cp));
        String name = String.format(Locale.ROOT, "U+%04X", cp);
        diagnostics.add(Diagnostic.warning(CODE, location, what + " holds the character " + name
                + ", which XML cannot hold; the feeds leave it out", hint, XmlText.clean(t.line(location.line()))));
    }
}
