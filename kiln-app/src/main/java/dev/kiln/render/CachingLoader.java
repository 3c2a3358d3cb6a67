package dev.kiln.render;

import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pebble's loader with the work it repeats on every {@code include} done once. For each include
 * Pebble asks the loader to resolve the name against the including template (its path helper runs
 * two regular expressions over both names even when the name is not relative, and returns null)
 * and for a cache key (the delegating loader builds a new key from every loader's key): 2.6 % of
 * a 10,000-post build's CPU for a lookup whose answer never changes during a build.
 */
final class CachingLoader implements Loader<Object> {
    private final Loader<Object> loader;
    private final Map<String, Object> cacheKeys = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    CachingLoader(Loader<?> loader) {
        this.loader = (Loader<Object>) loader;
    }

    /**
     * Null, as Pebble's path helper answers, for a name that does not start with {@code ./} or
     * {@code ../} (either slash); those it resolves itself.
     */
    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return isRelative(relativePath) ? loader.resolveRelativePath(relativePath, anchorPath) : null;
    }

    private static boolean isRelative(String name) {
        if (name == null || name.isEmpty() || name.charAt(0) != '.') return false;
        int next = name.length() > 1 && name.charAt(1) == '.' ? 2 : 1;
        return next < name.length() && (name.charAt(next) == '/' || name.charAt(next) == '\\');
    }

    @Override
    public Object createCacheKey(String templateName) {
        return cacheKeys.computeIfAbsent(templateName, loader::createCacheKey);
    }

    @Override
    public Reader getReader(Object cacheKey) {
        return loader.getReader(cacheKey);
    }

    @Override
    public boolean resourceExists(String templateName) {
        return loader.resourceExists(templateName);
    }

    @Override
    public void setCharset(String charset) {
        loader.setCharset(charset);
    }

    @Override
    public void setPrefix(String prefix) {
        loader.setPrefix(prefix);
    }

    @Override
    public void setSuffix(String suffix) {
        loader.setSuffix(suffix);
    }
}
