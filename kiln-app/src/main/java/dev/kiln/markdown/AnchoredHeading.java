package dev.kiln.markdown;

import org.commonmark.node.CustomBlock;

/**
 * A heading after Kiln has given it an id: replaces commonmark's heading node in the tree of one
 * render, so that the HTML renderer needs no state of its own.
 */
final class AnchoredHeading extends CustomBlock {
    private final int level;
    private final String id;
    private final String text;

    AnchoredHeading(int level, String id, String text) {
        this.level = level;
        this.id = id;
        this.text = text;
    }

    int level() {
        return level;
    }

    String id() {
        return id;
    }

    String text() {
        return text;
    }
}
