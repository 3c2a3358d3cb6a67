package dev.kiln.scaffold;

/** What {@code kiln new} makes inside a site: a dated post under content/posts/, or a page in content/. */
public enum ContentKind {
    POST("post", "content/posts"),
    PAGE("page", "content");

    final String archetype;
    final String folder;

    ContentKind(String archetype, String folder) {
        this.archetype = archetype;
        this.folder = folder;
    }
}
