package dev.kiln.content;

import dev.kiln.data.DataFormat;
import dev.kiln.source.CompactText;
import dev.kiln.source.Location;
import dev.kiln.source.SourceText;
import java.util.Optional;

/**
 * Where a file's front matter is: its format (empty when the file has none), the UTF-16 range of
 * the data between the fences, the opening fence, and where the Markdown body starts in the text
 * (UTF-16 offset, and line).
 */
record FrontMatterSplit(Optional<DataFormat> format, int dataFrom, int dataTo, Location opening, SourceText text,
                        int bodyFrom, int bodyFirstLine) {
    String body() {
        return text.text().substring(bodyFrom);
    }

    /** The body as a document keeps it, without the String {@link #body()} makes. */
    CompactText compactBody() {
        return text.compactFrom(bodyFrom);
    }
}
