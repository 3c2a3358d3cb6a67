package dev.kiln.data;

import dev.kiln.source.Location;

/**
 * Thrown inside the readers to abandon hostile input at once (too deep, too many aliases); always
 * caught by {@link DataReader} and turned into one diagnostic, never seen outside this package.
 */
final class LimitExceeded extends RuntimeException {
    private final String code;
    private final transient Location location;
    private final String hint;

    LimitExceeded(String code, Location location, String message, String hint) {
        super(message, null, false, false);
        this.code = code;
        this.location = location;
        this.hint = hint;
    }

    String code() {
        return code;
    }

    Location location() {
        return location;
    }

    String hint() {
        return hint;
    }
}
