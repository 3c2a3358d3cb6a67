package dev.kiln.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;

/** Reads Kiln's XML outputs in tests: a strict parse first (well-formed or fail), then jsoup to query. */
final class Xml {
    private Xml() {}

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
        return Jsoup.parse(xml, "", Parser.xmlParser());
    }

    /** The feed as ROME, a parser Kiln does not own, reads it. */
    static SyndFeed rome(String xml) {
        try {
            SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
            assertThat(feed).isNotNull();
            return feed;
        } catch (Exception e) {
            throw new AssertionError("ROME could not read the feed: " + e.getMessage() + "\n" + xml, e);
        }
    }
}
