package dev.kiln.feed;

import dev.kiln.source.Utf8Builder;
import dev.kiln.source.Utf8BuilderWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A UTF-8 XML document written through the JDK's own StAX writer (never one found on the class
 * path), which escapes markup characters; callers pass only text already cleaned by
 * {@link XmlText}. Elements go one per line so that feeds diff well.
 */
final class XmlDocument {
    private final Utf8Builder bytes = new Utf8Builder(8192);
    private final XMLStreamWriter w;

    XmlDocument() {
        try {
            // A factory per document: StAX promises no thread safety, and feeds are written in parallel.
            // Onto a Writer that encodes whole runs: given a stream, the JDK's writer encodes a
            // char at a time into it (10,000 posts: half of the feeds' CPU samples).
            w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(new Utf8BuilderWriter(bytes));
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlDocument start(String name) {
        return run(() -> w.writeStartElement(name));
    }

    XmlDocument start(String prefix, String name, String namespace) {
        return run(() -> w.writeStartElement(prefix, name, namespace));
    }

    XmlDocument defaultNamespace(String namespace) {
        return run(() -> w.writeDefaultNamespace(namespace));
    }

    XmlDocument namespace(String prefix, String namespace) {
        return run(() -> w.writeNamespace(prefix, namespace));
    }

    XmlDocument attr(String name, String value) {
        return run(() -> w.writeAttribute(name, value));
    }

    XmlDocument xmlLang(String language) {
        return run(() -> w.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", language));
    }

    XmlDocument text(String text) {
        return run(() -> w.writeCharacters(text));
    }

    XmlDocument newline() {
        return text("\n");
    }

    XmlDocument end() {
        return run(w::writeEndElement);
    }

    /** {@code <name>text</name>} on its own line. */
    XmlDocument element(String name, String text) {
        return start(name).text(text).end().newline();
    }

    /** {@code <name a="…" …/>} on its own line, from name/value pairs. */
    XmlDocument empty(String name, String... attributes) {
        run(() -> w.writeEmptyElement(name));
        for (int i = 0; i < attributes.length; i += 2) attr(attributes[i], attributes[i + 1]);
        return newline();
    }

    /** {@code <prefix:name a="…" …/>} on its own line. */
    XmlDocument emptyIn(String prefix, String namespace, String name, String... attributes) {
        run(() -> w.writeEmptyElement(prefix, name, namespace));
        for (int i = 0; i < attributes.length; i += 2) attr(attributes[i], attributes[i + 1]);
        return newline();
    }

    byte[] finish() {
        run(() -> {
            w.writeEndDocument();
            w.flush();
            w.close();
        });
        return bytes.toByteArray();
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlDocument run(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XML writer failed", e);
        }
    }
}
