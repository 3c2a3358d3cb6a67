package dev.kiln.check;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/** Every node of a Markdown tree in document order, walked without recursion (bodies may nest deeply). */
final class MarkdownNodes {
    private MarkdownNodes() {}

    static List<Node> of(Node root) {
        List<Node> out = new ArrayList<>();
        Node node = root.getFirstChild();
        while (node != null) {
            out.add(node);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node != root && node.getNext() == null) node = node.getParent();
            node = node == null || node == root ? null : node.getNext();
        }
        return out;
    }

    /** The nodes of type {@code type}, in document order. */
    static <T extends Node> List<T> of(Node root, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Node n : of(root)) {
            if (type.isInstance(n)) out.add(type.cast(n));
        }
        return out;
    }

    /** The plain text inside a node (its Text and Code literals). */
    static String text(Node parent) {
        StringBuilder sb = new StringBuilder();
        for (Node n : of(parent)) {
            if (n instanceof org.commonmark.node.Text) sb.append(((org.commonmark.node.Text) n).getLiteral());
            else if (n instanceof org.commonmark.node.Code) sb.append(((org.commonmark.node.Code) n).getLiteral());
        }
        return sb.toString();
    }
}
