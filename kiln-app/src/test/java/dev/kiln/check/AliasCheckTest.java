package dev.kiln.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.Builder;
import dev.kiln.build.Generated;
import dev.kiln.build.TestSite;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import dev.kiln.site.UrlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The site model only makes aliases to published pages, so a dangling one can only come from a
 * bug; this plants one in the model to show check would catch it.
 */
class AliasCheckTest {
    @Test
    void aRedirectToAPageThatIsNotPublishedIsAnErrorAtTheAliases() throws Exception {
        TestSite site = TestSite.of(Checked.CONFIG + """
                -- content/posts/a.md --
                ---
                title: "A"
                date: 2025-01-01
                aliases: [/old/a/]
                ---
                Text.
                """);
        try (Builder builder = new Builder()) {
            Generated real = builder.generate(BuildOptions.of(site.root(), TestSite.NOW));
            Site s = real.site();
            List<Route> routes = new ArrayList<>();
            for (Route r : s.routes()) {
                routes.add(r instanceof Route.AliasRoute
                        ? new Route.AliasRoute(r.url(), new UrlPath("/posts/never-published/")) : r);
            }
            Site broken = new Site(s.config(), s.posts(), s.pages(), s.taxonomies(), s.archive(), routes, s.media());
            Generated generated = new Generated(broken, real.phases(), real.diagnostics(), real.outputFolder());

            CheckReport report = Checker.check(generated, site.root(), new CheckOptions(TestSite.NOW, false, Optional.empty()));

            assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("check.alias-target-missing"))
                    .singleElement().satisfies(d -> {
                        assertThat(d.location()).hasToString("content/posts/a.md:4:10");
                        assertThat(d.message()).isEqualTo("the alias /old/a/ redirects to /posts/never-published/,"
                                + " which is not published");
                    });
        }
    }
}
