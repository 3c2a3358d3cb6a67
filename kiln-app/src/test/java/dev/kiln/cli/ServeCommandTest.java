package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiln serve} on the command line; serving itself is tested in dev.kiln.serve. */
class ServeCommandTest {
    @TempDir
    Path folder;

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli cli = Cli.run("serve", folder.toString(), "--port", "70000");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--port");
    }

    @Test
    void aMissingSiteFolderIsReportedWithAHint() {
        Cli cli = Cli.run("serve", folder.resolve("nope").toString(), "--port", "0");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.SITE_ERRORS);
        assertThat(cli.err()).contains("does not exist").contains("hint:");
    }

    @Test
    void helpListsServeWithItsOptions() {
        Cli cli = Cli.run("serve", "--help");
        assertThat(cli.out()).contains("--port", "--bind", "--drafts", "--future");
        assertThat(Cli.run("--help").out()).contains("serve");
    }
}
