package dev.kiln.markdown;

import org.commonmark.node.CustomNode;

/**
 * Wraps a resolved image so the renderer can write its {@code <picture>} around commonmark's own
 * {@code <img>} (which keeps commonmark's alt text) and add the size and variant attributes.
 * {@code eager}: the first image of a body may be above the fold, so it is not lazy-loaded.
 */
final class PictureNode extends CustomNode {
    private final Picture picture;
    private final boolean eager;

    PictureNode(Picture picture, boolean eager) {
        this.picture = picture;
        this.eager = eager;
    }

    Picture picture() {
        return picture;
    }

    boolean eager() {
        return eager;
    }
}
