package dev.kiln.check;

import dev.kiln.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** A generated HTML page parsed with positions, and the fragment ids it offers. */
record HtmlPage(String path, Document html, Set<String> ids) {
    static HtmlPage parse(OutputFile file) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document html = parser.parseInput(new String(file.bytes(), StandardCharsets.UTF_8), "");
        Set<String> ids = new HashSet<>();
        for (Element e : html.select("[id]")) ids.add(e.id());
        for (Element e : html.select("a[name]")) ids.add(e.attr("name"));
        return new HtmlPage(file.path(), html, ids);
    }

    /** Whether {@code fragment} (decoded) is a place on this page; "" and "top" always are, as in browsers. */
    boolean hasFragment(String fragment) {
        return fragment.isEmpty() || fragment.equalsIgnoreCase("top") || ids.contains(fragment);
    }
}
