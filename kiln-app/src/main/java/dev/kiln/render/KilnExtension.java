package dev.kiln.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.tokenParser.AutoEscapeTokenParser;
import io.pebbletemplates.pebble.tokenParser.FilterTokenParser;
import io.pebbletemplates.pebble.tokenParser.MacroTokenParser;
import io.pebbletemplates.pebble.tokenParser.ParallelTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kiln's template filters, each declared with a running example in docs/templates.md. Each is a
 * pure function of its input and the page's model, so a page stays a pure function of its model
 * (incremental rebuilds depend on that).
 * <ul>
 *   <li>{@code date}: Pebble's own, remembering what it wrote ({@link DateFilters}).</li>
 *   <li>{@code iso}: a date as ISO 8601 with its offset, for {@code <time datetime>} and JSON-LD.</li>
 *   <li>{@code json}: a JSON string literal that is safe inside {@code <script>}.</li>
 *   <li>{@code absolute}: a URL resolved against the site's {@code base_url}, for social cards.</li>
 * </ul>
 * And one tag, {@code cache} ({@link CacheTag}). Some of Pebble's own are registered again, so that
 * a user's mistake is a template error at its line rather than a crash: four block tags whose end
 * tag is missing ({@link ClosedTag}), and {@code for} and {@code set}, whose expressions, like every
 * printed one, name their line when they fail ({@link LocatedExpressions}).
 */
final class KilnExtension extends AbstractExtension {
    private final ModelAttributes models = new ModelAttributes();
    private final CachedBlocks blocks;

    KilnExtension(CachedBlocks blocks) {
        this.blocks = blocks;
    }

    @Override
    public List<NodeVisitorFactory> getNodeVisitors() {
        return List.of(LocatedExpressions::of);
    }

    @Override
    public List<TokenParser> getTokenParsers() {
        List<TokenParser> tags = new ArrayList<>(List.of(new CacheTag(blocks),
                new ClosedTag(new AutoEscapeTokenParser()), new ClosedTag(new FilterTokenParser()),
                new ClosedTag(new MacroTokenParser()), new ClosedTag(new ParallelTokenParser())));
        tags.addAll(LocatedExpressions.tags());
        return List.copyOf(tags);
    }

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(models);
    }

    @Override
    public Map<String, Filter> getFilters() {
        Map<String, Filter> filters = new LinkedHashMap<>();
        filters.put("date", DateFilters.date());
        filters.put("iso", DateFilters.iso());
        filters.put("json", new JsonFilter());
        filters.put("absolute", new AbsoluteFilter());
        return filters;
    }

    private static final class JsonFilter implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
            if (input instanceof SafeString s) input = s.toString();
            if (input instanceof Number || input instanceof Boolean) return new SafeString(input.toString());
            return new SafeString(JsonText.quote(input == null ? "" : input.toString()));
        }
    }

    /** Reads {@code site.baseUrl} from the page's context: the filter has no state of its own. */
    private static final class AbsoluteFilter implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
            String url = input == null ? "" : input.toString();
            if (url.isEmpty()) return url;
            Object site = ctx instanceof EvaluationContextImpl impl ? impl.getScopeChain().get("site") : null;
            if (!(site instanceof Models.SiteModel model) || model.baseUrl().isEmpty()) return url;
            try {
                return URI.create(model.baseUrl()).resolve(url).toString();
            } catch (IllegalArgumentException e) {
                return url;
            }
        }
    }
}
