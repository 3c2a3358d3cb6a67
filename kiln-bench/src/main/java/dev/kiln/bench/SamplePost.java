package dev.kiln.bench;

/** A post in the seed's shape, written for the benchmarks (about 5 KB, headings, lists, code, a table). */
final class SamplePost {
    private SamplePost() {}

    static String text() {
        StringBuilder sb = new StringBuilder("""
                ---
                title: "Tuning a build farm for the holidays"
                date: "2024-11-18"
                author: "Ana Lima"
                category: "Build Tools"
                tags: [ci, performance, java]
                excerpt: "What we changed in our build farm before the December freeze, and what it bought us."
                ---
                # Tuning a build farm for the holidays

                *Notes written between two on-call shifts...*

                """);
        for (int i = 1; i <= 4; i++) {
            sb.append("## Part ").append(i).append(": queues and caches\n\n")
              .append("The scheduler keeps a **queue per pool** and a `cache` per runner. When the queue grows ")
              .append("past its limit we shed work to the [spare pool](other-post.md) and watch the p99 latency ")
              .append("on the [dashboard](https://grafana.example.org/d/farm) for an hour.\n\n")
              .append("1. **Measure first** - a flame graph of the slowest job\n")
              .append("2. **Cache the right thing** - dependencies, not outputs\n")
              .append("3. **Fail fast** - cancel superseded pipelines\n\n")
              .append("```java\npublic final class Pool {\n    private final int size = ").append(i)
              .append(";\n    // keep it small\n    String name() { return \"pool-\" + size; }\n}\n```\n\n")
              .append("| runner | jobs/h | p99 |\n|---|---|---|\n| small | 120 | 4 min |\n| large | 300 | 9 min |\n\n")
              .append("> Caches are a promise you keep to the next build.\n\n");
        }
        return sb.toString();
    }
}
