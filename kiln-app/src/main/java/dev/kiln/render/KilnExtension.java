package dev.kiln.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Kiln's template filters. Each is a pure function of its input, so a page stays a pure function
 * of its model (incremental rebuilds depend on that).
 * <ul>
 *   <li>{@code iso}: {@code {{ post.date | iso }}} → {@code 2024-11-18T09:30:00+01:00}, for
 *       {@code <time datetime>} and JSON-LD.</li>
 *   <li>{@code json}: {@code {{ post.title | json }}} → a JSON string literal that is safe inside
 *       {@code <script>} ({@code <} becomes {@code \u003c}).</li>
 * </ul>
 */
final class KilnExtension extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("iso", new IsoFilter(), "json", new JsonFilter());
    }

    private static final class IsoFilter implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
            if (input == null) return "";
            if (input instanceof ZonedDateTime z) return z.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return input.toString();
        }
    }

    private static final class JsonFilter implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
            return new SafeString(JsonText.quote(input == null ? "" : input.toString()));
        }
    }
}
