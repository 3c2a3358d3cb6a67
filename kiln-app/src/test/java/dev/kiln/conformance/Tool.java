package dev.kiln.conformance;

/**
 * An outside program the tests use, as {@code scripts/install-test-tools} installs it: either a
 * file in the tools folder (the pinned npm packages) or a command on the {@code PATH} (Debian's).
 */
public enum Tool {
    VNU("vnu.jar (Nu Html Checker)", "node_modules/vnu-jar/build/dist/vnu.jar", null),
    AJV("ajv (ajv-cli)", "node_modules/.bin/ajv", null),
    LIGHTHOUSE("lighthouse", "node_modules/.bin/lighthouse", null),
    AXE("axe-core", "node_modules/axe-core/axe.min.js", null),
    JING("jing", null, "jing"),
    XMLLINT("xmllint", null, "xmllint"),
    CHROMIUM("chromium", null, "chromium"),
    CHROMEDRIVER("chromedriver", null, "chromedriver");

    private final String displayName;
    private final String inToolsFolder;
    private final String command;

    Tool(String displayName, String inToolsFolder, String command) {
        this.displayName = displayName;
        this.inToolsFolder = inToolsFolder;
        this.command = command;
    }

    /** How messages name the tool. */
    public String displayName() {
        return displayName;
    }

    /** The path relative to the tools folder, or null for a command found on the PATH. */
    String inToolsFolder() {
        return inToolsFolder;
    }

    /** The command name looked up on the PATH, or null for a file in the tools folder. */
    String command() {
        return command;
    }
}
