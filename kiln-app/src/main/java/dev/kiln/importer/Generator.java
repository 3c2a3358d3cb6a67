package dev.kiln.importer;

/** The generators Kiln imports from. */
public enum Generator {
    JEKYLL("Jekyll"),
    HUGO("Hugo"),
    ZOLA("Zola");

    final String label;

    Generator(String label) {
        this.label = label;
    }
}
