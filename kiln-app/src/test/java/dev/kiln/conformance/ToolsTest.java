package dev.kiln.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ToolsTest {
    @TempDir
    Path dir;

    @Test
    void theEnvironmentVariableWinsOverThePropertyWhichWinsOverTheDefaultFolder() {
        Properties props = new Properties();
        props.setProperty("user.home", "/home/dev");

        assertThat(Tools.of(Map.of(), props).folder()).isEqualTo(Path.of("/home/dev/.cache/kiln-test-tools"));
        props.setProperty("kiln.tools", "/opt/by-property");
        assertThat(Tools.of(Map.of(), props).folder()).isEqualTo(Path.of("/opt/by-property"));
        assertThat(Tools.of(Map.of("KILN_TOOLS", "/opt/by-env"), props).folder()).isEqualTo(Path.of("/opt/by-env"));
    }

    @Test
    void findsNpmToolsInTheFolderAndCommandsOnThePath() throws IOException {
        Path vnu = dir.resolve("tools/node_modules/vnu-jar/build/dist/vnu.jar");
        Files.createDirectories(vnu.getParent());
        Files.writeString(vnu, "");
        Path jing = Files.createDirectories(dir.resolve("bin")).resolve("jing");
        Files.writeString(jing, "#!/bin/sh\n");
        Files.setPosixFilePermissions(jing, PosixFilePermissions.fromString("rwxr-xr-x"));

        Tools tools = new Tools(dir.resolve("tools"), List.of(dir.resolve("nowhere"), dir.resolve("bin")), false);

        assertThat(tools.path(Tool.VNU)).isEqualTo(vnu);
        assertThat(tools.path(Tool.JING)).isEqualTo(jing);
        assertThat(tools.find(Tool.AJV)).isEmpty();
        assertThat(tools.find(Tool.XMLLINT)).isEmpty();
    }

    @Test
    void aMissingToolSkipsTheTestAndSaysHowToInstallIt() {
        Tools tools = new Tools(dir, List.of(dir), false);

        assertThatThrownBy(() -> tools.path(Tool.VNU))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("vnu.jar")
                .hasMessageContaining(dir.resolve("node_modules/vnu-jar/build/dist/vnu.jar").toString())
                .hasMessageContaining("scripts/install-test-tools");
    }

    @Test
    void aMissingToolFailsTheTestOnCi() {
        Tools tools = Tools.of(Map.of("CI", "true", "KILN_TOOLS", dir.toString(), "PATH", dir.toString()), new Properties());

        assertThatThrownBy(() -> tools.path(Tool.CHROMEDRIVER))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("no chromedriver on the PATH")
                .hasMessageContaining("scripts/install-test-tools")
                .hasMessageContaining("CI=true");
    }
}
