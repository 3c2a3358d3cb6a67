package dev.kiln.image;

/** An image that cannot be decoded or encoded; the message says why in the user's terms. */
public final class ImageFailure extends Exception {
    public ImageFailure(String message) {
        super(message);
    }
}
