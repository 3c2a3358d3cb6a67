package dev.kiln.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A local accumulator that one stage (or one file's work) fills; not thread-safe, so each parallel
 * task keeps its own and the results are merged. {@link #toList()} gives an immutable sorted list.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void addAll(Collection<Diagnostic> ds) {
        items.addAll(ds);
    }

    /** An error at {@code at}, with the offending line taken from {@code text}. */
    public void error(String code, SourceText text, Location at, String message, String hint) {
        add(Diagnostic.error(code, at, message, hint, text.line(at.line())));
    }

    /** A warning at {@code at}, with the offending line taken from {@code text}. */
    public void warning(String code, SourceText text, Location at, String message, String hint) {
        add(Diagnostic.warning(code, at, message, hint, text.line(at.line())));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public List<Diagnostic> toList() {
        return items.stream().sorted().toList();
    }
}
