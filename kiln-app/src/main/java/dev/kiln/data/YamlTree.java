package dev.kiln.data;

import dev.kiln.source.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Converts composed snakeyaml nodes into the {@link DataNode} tree. An alias is the very same
 * node object as its anchor, so this class guards against cycles and exponential expansion
 * itself. Keys that are numbers or other scalars are kept as their text ({@code 1: x} has key
 * "1"); a list or map as a key is an error.
 */
final class YamlTree {
    private final Region region;
    private final boolean json;
    private final Problems problems;
    private final Set<Node> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> converted = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean expandedAlias;
    private int values;

    YamlTree(Region region, boolean json, Problems problems) {
        this.region = region;
        this.json = json;
        this.problems = problems;
    }

    DataNode convert(Node root) {
        return convert(root, 1);
    }

    private DataNode convert(Node node, int depth) {
        Location at = YamlReader.at(region, node.getStartMark(), node.getEndMark());
        if (++values > DataReader.MAX_VALUES) {
            throw expandedAlias
                    ? new LimitExceeded("data.aliases", at, "aliases expand to more than "
                            + DataReader.MAX_VALUES + " values", "write the values out instead of nesting aliases")
                    : new LimitExceeded("data.too-large", at, "more than " + DataReader.MAX_VALUES + " values",
                            "move large data out of the front matter");
        }
        if (node instanceof ScalarNode) {
            return YamlScalars.scalar((ScalarNode) node, at, json, problems);
        }
        if (depth > DataReader.MAX_DEPTH) throw YamlReader.tooDeep(at);
        if (!ancestors.add(node)) {
            throw new LimitExceeded("data.aliases", at, "the list or map anchored here contains an alias to itself",
                    "an alias (*name) cannot repeat the list or map it is part of");
        }
        expandedAlias |= !converted.add(node);
        try {
            if (json && ((CollectionNode<?>) node).getFlowStyle() != FlowStyle.FLOW) {
                problems.error("data.syntax", at, "this is YAML, not JSON",
                        "write JSON front matter as one object: { \"title\": \"…\" }");
            }
            if (node instanceof SequenceNode) {
                List<DataNode> items = new ArrayList<>();
                for (Node item : ((SequenceNode) node).getValue()) items.add(convert(item, depth + 1));
                return new DataList(at, items);
            }
            return mapping((MappingNode) node, at, depth);
        } finally {
            ancestors.remove(node);
        }
    }

    private DataMap mapping(MappingNode node, Location at, int depth) {
        List<DataEntry> entries = new ArrayList<>();
        Map<String, DataEntry> byKey = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Location keyAt = YamlReader.at(region, keyNode.getStartMark(), keyNode.getEndMark());
            DataNode value = convert(tuple.getValueNode(), depth + 1);
            if (!(keyNode instanceof ScalarNode)) {
                problems.error("data.syntax", keyAt, "a key must be a single word or text, not a list or map",
                        "write each entry as key: value");
                continue;
            }
            ScalarNode key = (ScalarNode) keyNode;
            if (json && key.getScalarStyle() != ScalarStyle.DOUBLE_QUOTED) {
                problems.error("data.syntax", keyAt, "a JSON key must be in double quotes",
                        "write the key as \"" + key.getValue() + "\"");
            }
            DataEntry entry = new DataEntry(key.getValue(), keyAt, value);
            DataEntry first = byKey.putIfAbsent(entry.key(), entry);
            if (first != null) {
                problems.error("data.duplicate-key", keyAt, "duplicate key \"" + entry.key()
                                + "\": it is already set on line " + first.keyLocation().line(),
                        "keep only one of the two lines");
            } else {
                entries.add(entry);
            }
        }
        return new DataMap(at, entries);
    }
}
