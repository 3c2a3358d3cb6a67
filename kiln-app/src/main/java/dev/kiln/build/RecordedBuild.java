package dev.kiln.build;

import java.time.Instant;
import java.util.Optional;

/**
 * What a committed build records in its output folder, so that the next build can tell whether
 * anything could have changed: the input fingerprint, the post count (for the summary line) and
 * the moment the next future-dated post becomes due (after it, the same inputs give a new site).
 */
record RecordedBuild(String fingerprint, int posts, Optional<Instant> nextDue) {
    String format() {
        return "fingerprint " + fingerprint + "\nposts " + posts + "\nnext-due "
                + nextDue.map(Instant::toString).orElse("none") + "\n";
    }

    static Optional<RecordedBuild> parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length != 3 || !lines[0].startsWith("fingerprint ") || !lines[1].startsWith("posts ")
                || !lines[2].startsWith("next-due ")) {
            return Optional.empty();
        }
        try {
            String due = lines[2].substring("next-due ".length());
            return Optional.of(new RecordedBuild(lines[0].substring("fingerprint ".length()),
                    Integer.parseInt(lines[1].substring("posts ".length())),
                    due.equals("none") ? Optional.empty() : Optional.of(Instant.parse(due))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True when a build at {@code now} with inputs {@code fingerprint} would produce the same site. */
    boolean stillValid(String currentFingerprint, Instant now) {
        return fingerprint.equals(currentFingerprint) && nextDue.map(now::isBefore).orElse(true);
    }
}
