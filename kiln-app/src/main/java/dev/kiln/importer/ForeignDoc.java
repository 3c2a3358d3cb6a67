package dev.kiln.importer;

import dev.kiln.content.FrontMatterBlock;
import dev.kiln.data.DataEntry;
import dev.kiln.data.DataFormat;
import dev.kiln.data.DataList;
import dev.kiln.data.DataMap;
import dev.kiln.data.DataNode;
import dev.kiln.data.DataScalar;
import dev.kiln.source.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One content file of the source site as read: its path relative to SRC, its text, and its front
 * matter as data. Lookups of keys ignore case, since Hugo does ({@code Title} is {@code title}).
 */
record ForeignDoc(String path, SourceText text, FrontMatterBlock block) {
    int bodyStart() {
        return text.text().length() - block.body().length();
    }

    String body() {
        return block.body();
    }

    boolean hasFrontMatter() {
        return block.format().isPresent();
    }

    boolean isToml() {
        return block.format().filter(f -> f == DataFormat.TOML).isPresent();
    }

    Optional<DataEntry> entry(String key) {
        for (DataEntry e : block.data().entries()) {
            if (e.key().equalsIgnoreCase(key) && !isNull(e.value())) return Optional.of(e);
        }
        return Optional.empty();
    }

    Optional<DataNode> get(String key) {
        return entry(key).map(DataEntry::value);
    }

    Optional<String> text(String key) {
        return get(key).filter(n -> n instanceof DataScalar).map(ForeignDoc::scalarText).filter(s -> !s.isBlank());
    }

    List<DataEntry> entries() {
        return block.data().entries();
    }

    static boolean isNull(DataNode n) {
        return n instanceof DataScalar s && s.isNull();
    }

    static String scalarText(DataNode n) {
        DataScalar s = (DataScalar) n;
        return s.value() instanceof String str ? str : s.raw();
    }

    /** Text or a list of text; with {@code splitSpaces} a text is several words (Jekyll's categories: "a b"). */
    static List<String> texts(DataNode n, boolean splitSpaces) {
        List<String> out = new ArrayList<>();
        if (n instanceof DataScalar s && !s.isNull()) {
            String t = scalarText(s).strip();
            if (splitSpaces) {
                for (String w : t.split("\\s+")) if (!w.isEmpty()) out.add(w);
            } else if (!t.isEmpty()) {
                out.add(t);
            }
        } else if (n instanceof DataList l) {
            for (DataNode item : l.items()) {
                if (item instanceof DataScalar s && !s.isNull() && !scalarText(s).isBlank()) out.add(scalarText(s).strip());
            }
        }
        return out;
    }

    /** A data node as plain Java values, for keys kept as they are. */
    static Object plain(DataNode node) {
        if (node instanceof DataScalar s) return s.value();
        if (node instanceof DataList l) {
            List<Object> items = new ArrayList<>();
            for (DataNode item : l.items()) items.add(plain(item));
            return Collections.unmodifiableList(items);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (DataEntry e : ((DataMap) node).entries()) map.put(e.key(), plain(e.value()));
        return Collections.unmodifiableMap(map);
    }

    static String lower(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
