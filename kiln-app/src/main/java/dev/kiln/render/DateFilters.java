package dev.kiln.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.core.DateFilter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The date filters, Pebble's {@code date} and Kiln's {@code iso}, remembering what they wrote for
 * each date, pattern and locale. A post's page prints its date five times and every list prints
 * each listed post's date twice, so a 10,000-post build formats the same few thousand dates
 * hundreds of thousands of times, and Pebble's filter parses its pattern on every call: the two
 * filters took 3.8 % of the build's CPU. Only {@code java.time} values are remembered: they are
 * immutable and equal when they print alike.
 */
final class DateFilters {
    /** Texts each filter keeps at most (about 150 bytes each); past it, dates are formatted anew. */
    static final int LIMIT = 200_000;

    private DateFilters() {}

    /** Pebble's {@code date} filter, remembered. */
    static Filter date() {
        return new RememberedDate();
    }

    /** {@code iso}: a date as ISO 8601 with its offset, for {@code <time datetime>} and JSON-LD. */
    static Filter iso() {
        return new Iso();
    }

    private static boolean isValue(Object input) {
        return input != null && input.getClass().getName().startsWith("java.time.");
    }

    private static final class RememberedDate implements Filter {
        private record Key(Object date, Object format, Object existingFormat, Object timeZone, Locale locale) {}

        private final DateFilter pebble = new DateFilter();
        private final Map<Key, Object> written = new ConcurrentHashMap<>();

        @Override
        public List<String> getArgumentNames() {
            return pebble.getArgumentNames();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line)
                throws PebbleException {
            if (!isValue(input)) return pebble.apply(input, args, self, ctx, line);
            Key key = new Key(input, args.get("format"), args.get("existingFormat"), args.get("timeZone"), ctx.getLocale());
            Object known = written.get(key);
            if (known != null) return known;
            Object text = pebble.apply(input, args, self, ctx, line);
            if (written.size() < LIMIT) written.put(key, text);
            return text;
        }
    }

    private static final class Iso implements Filter {
        private final Map<ZonedDateTime, String> written = new ConcurrentHashMap<>();

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
            if (input == null) return "";
            if (!(input instanceof ZonedDateTime date)) return input.toString();
            String known = written.get(date);
            if (known != null) return known;
            String text = date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            if (written.size() < LIMIT) written.put(date, text);
            return text;
        }
    }
}
