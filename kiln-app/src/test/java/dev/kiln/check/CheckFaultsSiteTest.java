package dev.kiln.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fixture site that plants one fault of each kind (see its README.md): check finds every one, and nothing else. */
class CheckFaultsSiteTest {
    @Test
    void findsEverySeededFaultAtItsPlace() throws URISyntaxException {
        Path root = Path.of(getClass().getResource("/sites/check-faults/kiln.yaml").toURI()).getParent();

        Checked c = Checked.run(TestSite.at(root), false, Optional.empty());

        assertThat(c.all()).containsExactly(
                "check.duplicate-permalink content/legacy.md:1:1",
                "site.duplicate-url content/posts/aliased.md:1:1",
                "lint.empty-post content/posts/empty.md:1:1",
                "lint.future-date content/posts/future.md:3:7",
                "lint.duplicate-title content/posts/links.md:2:8",
                "check.link-broken content/posts/links.md:8:35",
                "check.anchor-missing content/posts/links.md:10:49",
                "content.image-missing content/posts/links.md:12:39",
                "content.link-target-missing content/posts/links.md:14:3",
                "front-matter.unknown-key content/posts/lint.md:5:1",
                "lint.excerpt-length content/posts/lint.md:6:10",
                "lint.image-alt content/posts/lint.md:10:1",
                "lint.heading-skip content/posts/lint.md:12:1",
                "site.duplicate-url content/posts/twin.md:1:1",
                "lint.tag-variants content/posts/twin.md:4:7",
                "check.listing-broken public/extra-sitemap.xml:4:13");
    }
}
