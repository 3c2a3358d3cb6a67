package dev.kiln.data;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys and names: the nearest known word, if it is near enough. */
public final class Suggestions {
    private Suggestions() {}

    /**
     * The known word closest to {@code word} by Damerau-Levenshtein distance, ignoring case, when
     * that distance is at most max(1, length / 3); on a tie the first in {@code known}'s order.
     */
    public static Optional<String> nearest(String word, Collection<String> known) {
        int[] target = word.toLowerCase(Locale.ROOT).codePoints().toArray();
        int limit = Math.max(1, target.length / 3);
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : known) {
            int[] other = candidate.toLowerCase(Locale.ROOT).codePoints().toArray();
            if (Math.abs(other.length - target.length) >= bestDistance) continue;
            int d = distance(target, other);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) d[i][0] = i;
        for (int j = 0; j <= b.length; j++) d[0][j] = j;
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length][b.length];
    }
}
