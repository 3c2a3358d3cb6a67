package dev.kiln.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PatchedMapTest {
    @Test
    void behavesLikeACopiedMapThroughRandomPutsAndRemovals() {
        Random random = new Random(7);
        Map<Integer, String> expected = new HashMap<>();
        for (int i = 0; i < 3000; i++) expected.put(i, "v" + i);
        PatchedMap<Integer, String> map = PatchedMap.of(expected);
        List<PatchedMap<Integer, String>> earlier = new ArrayList<>();
        List<Map<Integer, String>> earlierExpected = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            Map<Integer, String> puts = new HashMap<>();
            List<Integer> removals = new ArrayList<>();
            for (int i = random.nextInt(20); i > 0; i--) puts.put(random.nextInt(4000), "s" + step + "-" + i);
            for (int i = random.nextInt(20); i > 0; i--) removals.add(random.nextInt(4000));
            earlier.add(map);
            earlierExpected.add(Map.copyOf(expected));
            map = map.with(puts, removals);
            removals.forEach(expected::remove);
            expected.putAll(puts);

            assertThat(map.size()).isEqualTo(expected.size());
            assertThat(new HashMap<>(map)).isEqualTo(expected);
            for (int k = -1; k < 4001; k += 37) {
                assertThat(map.get(k)).isEqualTo(expected.get(k));
                assertThat(map.containsKey(k)).isEqualTo(expected.containsKey(k));
            }
        }
        // Every earlier map is unchanged by what was made from it.
        for (int i = 0; i < earlier.size(); i += 50) {
            assertThat(new HashMap<>(earlier.get(i))).isEqualTo(earlierExpected.get(i));
        }
    }

    @Test
    void aKeyRemovedTwiceOrRemovedAndPutBackCountsOnce() {
        PatchedMap<String, String> map = PatchedMap.of(Map.of("a", "1", "b", "2"));

        PatchedMap<String, String> next = map.with(Map.of("a", "3"), List.of("a", "a", "b", "c"));

        assertThat(next.size()).isEqualTo(1);
        assertThat(next).containsExactly(Map.entry("a", "3"));
        assertThat(map).hasSize(2).containsEntry("a", "1");
    }

    @Test
    void refusesNullValues() {
        Map<String, String> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> PatchedMap.of(withNull)).isInstanceOf(NullPointerException.class);
    }
}
