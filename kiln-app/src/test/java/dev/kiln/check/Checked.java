package dev.kiln.check;

import dev.kiln.build.Builder;
import dev.kiln.build.Generated;
import dev.kiln.build.SetupError;
import dev.kiln.build.TestSite;
import dev.kiln.source.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Runs the real check on an inline site (see {@link TestSite}) with the test clock. */
record Checked(CheckReport report) {
    static final String CONFIG = "-- kiln.yaml --\ntitle: \"Test\"\nbase_url: \"https://blog.example.org/\"\n";

    static Checked site(String spec) {
        return run(TestSite.of(CONFIG + spec), false, Optional.empty());
    }

    static Checked run(TestSite site, boolean future, Optional<CheckOptions.ExternalSettings> external) {
        try (Builder builder = new Builder()) {
            var options = dev.kiln.build.BuildOptions.of(site.root(), TestSite.NOW).withFuture(future);
            Generated generated = builder.generate(options);
            return new Checked(Checker.check(generated, site.root(), new CheckOptions(TestSite.NOW, future, external)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SetupError e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Each diagnostic of {@code code} as "file:line:column". */
    List<String> at(String code) {
        return report.diagnostics().stream().filter(d -> d.code().equals(code)).map(d -> d.location().toString()).toList();
    }

    /** Every diagnostic as "code file:line:column", for exact assertions. */
    List<String> all() {
        return report.diagnostics().stream().map(d -> d.code() + " " + d.location()).toList();
    }

    Diagnostic only(String code) {
        List<Diagnostic> found = report.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        if (found.size() != 1) throw new AssertionError("expected one " + code + " but got " + report.diagnostics());
        return found.get(0);
    }
}
