package dev.kiln.content;

import dev.kiln.data.DataFormat;
import dev.kiln.source.Location;
import java.util.Optional;

/**
 * Where a file's front matter is: its format (empty when the file has none), the UTF-16 range of
 * the data between the fences, the opening fence, and the Markdown body with its first line.
 */
record FrontMatterSplit(
        Optional<DataFormat> format, int dataFrom, int dataTo, Location opening, String body, int bodyFirstLine) {}
