package dev.kiln.content;

/** Whether a file is a dated post or a stand-alone page; posts need a date, pages do not. */
public enum DocumentKind {
    POST,
    PAGE
}
