package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LastUsedTest {

    @Test
    void the_least_recently_used_leave_first_when_the_count_or_the_weight_runs_over() {
        LastUsed<String> cache = new LastUsed<>(3, 10, String::length);
        cache.put(1L, "aaa");
        cache.put(2L, "bbb");
        cache.put(3L, "ccc");
        cache.get(1L);

        cache.put(4L, "d");

        assertThat(cache).containsOnlyKeys(1L, 3L, 4L);
        cache.put(5L, "eeeeeeee");
        assertThat(cache).containsOnlyKeys(5L, 4L);
    }

    @Test
    void the_newest_stays_even_over_the_budget() {
        LastUsed<String> cache = new LastUsed<>(3, 4, String::length);
        cache.put(1L, "aa");

        cache.put(2L, "much too long");

        assertThat(cache).containsOnlyKeys(2L);
        cache.put(2L, "ok");
        cache.put(3L, "ok");
        assertThat(cache).containsOnlyKeys(2L, 3L);
    }
}
