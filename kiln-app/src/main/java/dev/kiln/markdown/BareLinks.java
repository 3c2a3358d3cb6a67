package dev.kiln.markdown;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * GFM's extended autolinks (bare URLs, {@code www.} addresses and e-mail addresses become links)
 * through commonmark-java's autolink extension, run only on documents where some text could hold
 * one. Its link finder reads every character of every text node (26 of 821 CPU samples of a
 * 10,000-post build, most posts holding no bare link), yet it only starts a link at {@code "://"},
 * {@code "www."} or {@code '@'} (autolink-java's triggers); looking for those three with
 * {@code String.indexOf} takes about half that (12–15 samples).
 */
final class BareLinks implements Parser.ParserExtension {
    private final PostProcessor autolink;

    private BareLinks(PostProcessor autolink) {
        this.autolink = autolink;
    }

    static BareLinks create() {
        return new BareLinks(autolinkPostProcessor());
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(document -> mayHoldLinks(document) ? autolink.process(document) : document);
    }

    /** Whether any text in the tree holds a place where autolink-java could start a link. */
    static boolean mayHoldLinks(Node root) {
        Node node = root;
        while (node != null) {
            if (node instanceof Text text && couldStartLink(text.getLiteral())) return true;
            node = following(node, root);
        }
        return false;
    }

    private static boolean couldStartLink(String literal) {
        return literal.indexOf('@') >= 0 || literal.contains("://") || literal.contains("www.");
    }

    /** The next node after {@code node} in document order, within {@code root}; null after the last. */
    private static Node following(Node node, Node root) {
        if (node.getFirstChild() != null) return node.getFirstChild();
        while (node != root) {
            if (node.getNext() != null) return node.getNext();
            node = node.getParent();
        }
        return null;
    }

    /**
     * The extension's post-processor, as it registers it: the class itself is internal to
     * commonmark-java, while {@link AutolinkExtension#extend} is its public face.
     */
    private static PostProcessor autolinkPostProcessor() {
        PostProcessor[] registered = new PostProcessor[1];
        ((Parser.ParserExtension) AutolinkExtension.create()).extend(new Parser.Builder() {
            @Override
            public Parser.Builder postProcessor(PostProcessor postProcessor) {
                if (registered[0] != null) throw new IllegalStateException("autolink registered two post-processors");
                registered[0] = postProcessor;
                return this;
            }
        });
        if (registered[0] == null) throw new IllegalStateException("autolink registered no post-processor");
        return registered[0];
    }
}
