package dev.kiln.data;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.util.List;
import java.util.Optional;

/** A file made of text before, the data block, and text after; reads the block as the real callers do. */
final class DataFixture {
    final SourceText file;
    final Diagnostics diagnostics = new Diagnostics();
    final Optional<DataNode> result;

    private DataFixture(String before, String data, String after, DataFormat format) {
        file = SourceText.of(SourcePath.of("content/posts/sample.md"), before + data + after);
        result = DataReader.read(file, before.length(), before.length() + data.length(), format, diagnostics);
    }

    static DataFixture yaml(String data) {
        return new DataFixture("---\n", data, "---\nBody\n", DataFormat.YAML);
    }

    static DataFixture toml(String data) {
        return new DataFixture("+++\n", data, "+++\nBody\n", DataFormat.TOML);
    }

    static DataFixture json(String data) {
        return new DataFixture("", data, "\nBody\n", DataFormat.JSON);
    }

    static DataFixture of(String before, String data, String after, DataFormat format) {
        return new DataFixture(before, data, after, format);
    }

    DataMap map() {
        return (DataMap) result.orElseThrow(() -> new AssertionError("no data: " + diagnostics.toList()));
    }

    DataNode value(String key) {
        return map().get(key).orElseThrow(() -> new AssertionError("no key " + key)).value();
    }

    DataScalar scalar(String key) {
        return (DataScalar) value(key);
    }

    /** Each diagnostic as "code@line:column", the form the assertions compare. */
    List<String> problems() {
        return diagnostics.toList().stream().map(DataFixture::where).toList();
    }

    Diagnostic only() {
        List<Diagnostic> all = diagnostics.toList();
        if (all.size() != 1) throw new AssertionError("expected one diagnostic, got " + all);
        return all.get(0);
    }

    static String where(Diagnostic d) {
        return d.code() + "@" + d.location().line() + ":" + d.location().column();
    }

    static String where(DataNode node) {
        return node.location().line() + ":" + node.location().column();
    }
}
