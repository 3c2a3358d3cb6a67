package dev.kiln.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.Shared;
import dev.kiln.build.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The two real sites the conformance test checks: the bundled example blog and a generated corpus. */
final class BuiltSites {
    private BuiltSites() {}

    static TestSite.Built example(Path tmp) {
        Path example = Shared.repo().resolve("example");
        TestSite.Built built = TestSite.at(example).options(o -> o.withOutput(tmp.resolve("example-out"))).build();
        assertThat(built.report().failed()).as("%s", built.report().diagnostics()).isFalse();
        return built;
    }

    static TestSite.Built corpus(Path tmp, int posts) throws IOException, InterruptedException {
        Path corpus = dev.kiln.build.GeneratedCorpus.generate(posts, 1, tmp.resolve("corpus"));
        TestSite.Built built = TestSite.at(corpus).options(o -> o.withOutput(tmp.resolve("corpus-out"))).build();
        assertThat(built.report().failed()).as("%s", built.report().diagnostics()).isFalse();
        return built;
    }

    /** Every output file named {@code name}, in a stable order. */
    static List<Path> files(TestSite.Built site, String name) {
        try (Stream<Path> all = Files.walk(site.output())) {
            return all.filter(f -> f.getFileName().toString().equals(name)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
