package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.Shared;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, as a user runs it: the {@code ./kiln} launcher on the example blog. */
class LauncherIT {
    @TempDir
    Path tmp;

    private String run(String... args) throws Exception {
        Path repo = Shared.repo();
        String[] command = new String[args.length + 1];
        command[0] = repo.resolve("kiln").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void theLauncherBuildsTheExampleBlogWhenGivenNoSite() throws Exception {
        Path out = tmp.resolve("out");

        String printed = run("build", "--output", out.toString());

        assertThat(printed).contains("Built ").contains(" posts: ");
        assertThat(out.resolve("index.html")).exists();
        assertThat(Files.readString(out.resolve("index.html"))).contains("Kiln Field Notes");
    }

    @Test
    void theLauncherPrintsTheVersion() throws Exception {
        assertThat(run("--version")).startsWith("kiln ");
    }
}
