package dev.kiln.data;

import dev.kiln.source.Location;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.JsonSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * YAML (and JSON, a subset of YAML 1.2 flow style) through snakeyaml-engine's compose API, so every
 * node keeps its marks. Nesting and aliases are first checked on the event stream, which the
 * parser produces without recursion; only then does the recursive composer run.
 */
final class YamlReader {
    // Built once: a schema's resolvers compile a dozen regular expressions, and a settings builder
    // makes a schema of its own before it is given ours, which per document cost more than
    // composing a short front matter. Immutable, so shared by all threads. No label: positions
    // are reported from Kiln's own regions, never from the library's marks.
    private static final LoadSettings JSON = settings(new JsonSchema());
    private static final LoadSettings CORE = settings(new CoreSchema());

    private YamlReader() {}

    private static LoadSettings settings(Schema schema) {
        return LoadSettings.builder()
                .setSchema(schema)
                // A list or map used as a key is reported by YamlTree at its position; the
                // library's own refusal carries no position.
                .setAllowNonScalarKeys(true)
                .setMaxAliasesForCollections(DataReader.MAX_COLLECTION_ALIASES)
                .build();
    }

    static Optional<DataNode> read(Region region, boolean json, Problems problems) {
        LoadSettings settings = json ? JSON : CORE;
        try {
            if (!surelyWithinLimits(region.text())) checkLimits(region, settings);
            Optional<Node> root = new Compose(settings).composeString(region.text());
            if (root.isEmpty()) {
                return Optional.of(new DataMap(region.start(), List.of()));
            }
            return Optional.of(new YamlTree(region, json, problems).convert(root.get()));
        } catch (MarkedYamlEngineException e) {
            YamlSyntaxError.report(e, region, problems);
        } catch (ReaderException e) {
            problems.error("data.syntax", region.at(e.getPosition(), 1),
                    String.format("the character U+%04X is not allowed here", e.getCodePoint()),
                    "remove it, or write it as an escape in double quotes, like \"\\u00A0\"");
        } catch (YamlEngineException e) {
            problems.error("data.syntax", region.start(), e.getMessage().lines().findFirst().orElse(""),
                    "check the syntax of this block");
        }
        return Optional.empty();
    }

    /**
     * True when the text cannot exceed a limit, so the checking pass (a second parse) can be
     * skipped: no alias ({@code *}), and fewer characters that can open a collection than the depth
     * limit. Every level of nesting starts at one of them: a block mapping at its first key's
     * {@code :}, a block sequence at {@code -}, flow collections at {@code [ {}, a complex key at
     * {@code ?}. Typical front matter has a few dozen.
     */
    static boolean surelyWithinLimits(String text) {
        int openers = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '*': return false;
                case ':': case '-': case '[': case '{': case '?': openers++; break;
                default:
            }
        }
        return openers < DataReader.MAX_DEPTH;
    }

    private static void checkLimits(Region region, LoadSettings settings) {
        int depth = 0;
        int collectionAliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        for (Event event : new Parse(settings).parseString(region.text())) {
            if (event instanceof CollectionStartEvent) {
                CollectionStartEvent start = (CollectionStartEvent) event;
                if (++depth > DataReader.MAX_DEPTH) {
                    throw tooDeep(at(region, event.getStartMark(), event.getStartMark()));
                }
                start.getAnchor().ifPresent(anchor -> collectionAnchors.add(anchor.getValue()));
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            } else if (event instanceof ScalarEvent) {
                ((ScalarEvent) event).getAnchor().ifPresent(anchor -> collectionAnchors.remove(anchor.getValue()));
            } else if (event instanceof AliasEvent
                    && collectionAnchors.contains(((AliasEvent) event).getAlias().getValue())
                    && ++collectionAliases > DataReader.MAX_COLLECTION_ALIASES) {
                throw new LimitExceeded("data.aliases", at(region, event.getStartMark(), event.getEndMark()),
                        "more than " + DataReader.MAX_COLLECTION_ALIASES + " aliases (*name) to lists or maps",
                        "write the values out instead of repeating them with anchors and aliases");
            }
        }
    }

    static LimitExceeded tooDeep(Location at) {
        return new LimitExceeded("data.too-deep", at,
                "lists and maps are nested more than " + DataReader.MAX_DEPTH + " levels deep here",
                "flatten the data; front matter rarely needs more than a few levels");
    }

    static Location at(Region region, Optional<Mark> start, Optional<Mark> end) {
        if (start.isEmpty()) return region.start();
        int from = start.get().getIndex();
        int to = end.map(Mark::getIndex).orElse(from);
        return region.at(from, Math.max(0, to - from));
    }
}
