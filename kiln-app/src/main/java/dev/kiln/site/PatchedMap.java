package dev.kiln.site;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map that shares its bulk with the map it was made from, so that {@link #with}
 * costs in proportion to the change rather than to the size: a rebuild of a 10,000-post site
 * changes a few of its tens of thousands of files and routes, and copying them all would cost more
 * than the rebuild. It is a shared base plus its own small patch; once the patch grows past a
 * fraction of the base, the two are folded into a new base. Null keys and values are refused.
 * Iteration order is unspecified.
 */
public final class PatchedMap<K, V> extends AbstractMap<K, V> {
    /** Marks a key the patch removes from the base. */
    private static final Object REMOVED = new Object();

    private final Map<K, V> base;
    private final Map<K, Object> patch;
    private final int size;

    private PatchedMap(Map<K, V> base, Map<K, Object> patch, int size) {
        this.base = base;
        this.patch = patch;
        this.size = size;
    }

    /** {@code map} itself if it is a patched map already, else a copy of it. */
    public static <K, V> PatchedMap<K, V> of(Map<K, V> map) {
        if (map instanceof PatchedMap<K, V> p) return p;
        Map<K, V> base = new HashMap<>(map);
        base.forEach((k, v) -> {
            Objects.requireNonNull(k, "key");
            Objects.requireNonNull(v, "value");
        });
        return new PatchedMap<>(base, Map.of(), base.size());
    }

    /** This map with {@code removals} taken out, then {@code puts} put in. */
    public PatchedMap<K, V> with(Map<K, V> puts, Collection<K> removals) {
        if (puts.isEmpty() && removals.isEmpty()) return this;
        Map<K, Object> next = new HashMap<>(patch);
        int n = size;
        for (K k : removals) {
            boolean present = next.containsKey(k) ? next.get(k) != REMOVED : base.containsKey(k);
            if (present) n--;
            if (base.containsKey(k)) {
                next.put(k, REMOVED);
            } else {
                next.remove(k);
            }
        }
        for (Map.Entry<K, V> e : puts.entrySet()) {
            K k = Objects.requireNonNull(e.getKey(), "key");
            Object before = next.containsKey(k) ? next.get(k) : base.containsKey(k) ? base.get(k) : REMOVED;
            if (before == REMOVED) n++;
            next.put(k, Objects.requireNonNull(e.getValue(), "value"));
        }
        PatchedMap<K, V> out = new PatchedMap<>(base, next, n);
        return next.size() > 1024 + base.size() / 8 ? new PatchedMap<>(new HashMap<>(out), Map.of(), n) : out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        Object p = patch.get(key);
        if (p != null) return p == REMOVED ? null : (V) p;
        return base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        Object p = patch.get(key);
        if (p != null) return p != REMOVED;
        return base.containsKey(key);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Entries();
            }
        };
    }

    /** The base's entries as the patch leaves them, then the keys the patch adds. */
    private final class Entries implements Iterator<Entry<K, V>> {
        private final Iterator<Entry<K, V>> inBase = base.entrySet().iterator();
        private final Iterator<Entry<K, Object>> inPatch = patch.entrySet().iterator();
        private Entry<K, V> next = advance();

        @SuppressWarnings("unchecked")
        private Entry<K, V> advance() {
            while (inBase.hasNext()) {
                Entry<K, V> e = inBase.next();
                Object p = patch.get(e.getKey());
                if (p == null) return e;
                if (p != REMOVED) return new SimpleImmutableEntry<>(e.getKey(), (V) p);
            }
            while (inPatch.hasNext()) {
                Entry<K, Object> e = inPatch.next();
                if (e.getValue() != REMOVED && !base.containsKey(e.getKey())) {
                    return new SimpleImmutableEntry<>(e.getKey(), (V) e.getValue());
                }
            }
            return null;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Entry<K, V> next() {
            if (next == null) throw new NoSuchElementException();
            Entry<K, V> e = next;
            next = advance();
            return e instanceof SimpleImmutableEntry<K, V> ? e : new SimpleImmutableEntry<>(e);
        }
    }
}
