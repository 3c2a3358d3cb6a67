package dev.kiln.cli;

import dev.kiln.source.Diagnostic;

/**
 * {@code kiln check --format github}: one workflow command per diagnostic
 * ({@code ::error file=…,line=…,col=…,title=…::message}), which GitHub Actions shows on the line.
 */
final class GithubAnnotation {
    private GithubAnnotation() {}

    static String of(Diagnostic d) {
        String message = d.message() + (d.hint().isEmpty() ? "" : "\nhint: " + d.hint());
        return "::" + d.severity().label() + " file=" + property(d.location().file().value())
                + ",line=" + d.location().line() + ",col=" + d.location().column()
                + ",title=" + property(d.code()) + "::" + data(message);
    }

    /** Escaping of the message, as the runner expects: %, CR and LF. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Property values also escape the separators : and ,. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
