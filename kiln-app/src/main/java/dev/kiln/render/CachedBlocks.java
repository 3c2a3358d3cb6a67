package dev.kiln.render;

import dev.kiln.source.CompactText;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the {@code {% cache key %}} blocks of one build rendered, by block and key, as UTF-8. Read
 * and filled by every render thread; cleared before the next build of a long-running session, so
 * a block never shows an earlier build's models.
 */
final class CachedBlocks {
    private final Map<Key, CompactText> rendered = new ConcurrentHashMap<>();

    /** What block {@code block} rendered under {@code key} in this build, or null. */
    CompactText get(Object block, String key) {
        return rendered.get(new Key(block, key));
    }

    /**
     * Keeps {@code html} unless another thread kept the same block first, and returns the one kept.
     * The block is rendered outside the map's lock, so that a block nested in another cannot meet
     * its own lock; two threads may render the same block at once, to the same bytes.
     */
    CompactText keep(Object block, String key, CompactText html) {
        CompactText first = rendered.putIfAbsent(new Key(block, key), html);
        return first == null ? html : first;
    }

    void clear() {
        rendered.clear();
    }

    /** {@code block} is compared by identity: the same key in two blocks names two fragments. */
    private record Key(Object block, String key) {}
}
