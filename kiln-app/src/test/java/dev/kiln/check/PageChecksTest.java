package dev.kiln.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageChecksTest {
    private static final String TARGET = """
            -- content/posts/target.md --
            ---
            title: "Target"
            date: 2025-01-01
            ---
            ## Getting started

            Text.
            """;

    private static Checked withLink(String markdown) {
        return Checked.site(TARGET + """
                -- content/posts/source.md --
                ---
                title: "Source"
                date: 2025-01-02
                ---
                First line.
                %s
                -- static/images/ok.png --
                png
                """.formatted(markdown));
    }

    @Test
    void aLinkToAPageThatDoesNotExistIsAnErrorAtTheLinkInTheMarkdown() {
        Checked c = withLink("See [there](/posts/nowhere/).");
        assertThat(c.all()).containsExactly("check.link-broken content/posts/source.md:6:5");
        assertThat(c.only("check.link-broken").message())
                .isEqualTo("the link /posts/nowhere/ leads to no page of the site");
    }

    @Test
    void aLinkToAnExistingPageAndHeadingIsFine() {
        assertThat(withLink("See [it](/posts/target/#getting-started) and [top](#top).").all()).isEmpty();
    }

    @Test
    void anAbsoluteLinkOnTheSitesOwnHostIsCheckedToo() {
        assertThat(withLink("See [it](https://blog.example.org/posts/gone/).").all())
                .containsExactly("check.link-broken content/posts/source.md:6:5");
    }

    @Test
    void aFragmentThatIsNotOnTheTargetPageIsAnErrorWithASuggestion() {
        Checked c = withLink("See [it](/posts/target/#getting-startd).");
        assertThat(c.all()).containsExactly("check.anchor-missing content/posts/source.md:6:5");
        assertThat(c.only("check.anchor-missing").hint()).isEqualTo("did you mean #getting-started?");
    }

    @Test
    void aFragmentOnTheSamePageIsCheckedAgainstThatPage() {
        assertThat(withLink("Jump to [nothing](#nope).").all())
                .containsExactly("check.anchor-missing content/posts/source.md:6:9");
    }

    @Test
    void aMissingImageIsAnErrorAtTheImageReportedOnce() {
        Checked c = withLink("![A chart](/images/missing.png) and ![ok](/images/ok.png)");
        // The build finds it first; the page check does not say it again.
        assertThat(c.all()).containsExactly("content.image-missing content/posts/source.md:6:1");
    }

    @Test
    void mailAndTelephoneLinksAreNotChecked() {
        assertThat(withLink("[mail](mailto:a@example.org) [call](tel:+100)").all()).isEmpty();
    }

    @Test
    void aStaticFileAtTheSamePathAsAPageIsADuplicatePermalink() {
        Checked c = Checked.site(TARGET + """
                -- static/posts/target/index.html --
                <p>old</p>
                """);
        assertThat(c.all()).containsExactly("check.duplicate-permalink content/posts/target.md:1:1");
    }

    @Test
    void aListingThatNamesAMissingPageIsAnErrorAtTheUrl() {
        Checked c = Checked.site(TARGET + """
                -- static/sitemap-extra.xml --
                <urlset>
                  <url><loc>https://blog.example.org/posts/target/</loc></url>
                  <url><loc>https://blog.example.org/posts/gone/</loc></url>
                </urlset>
                """);
        assertThat(c.all()).containsExactly("check.listing-broken public/sitemap-extra.xml:3:13");
    }

    @Test
    void aliasesLeadToPublishedPages() {
        Checked c = Checked.site(TARGET.replace("title: \"Target\"", "title: \"Target\"\naliases: [/old/target/]"));
        assertThat(c.all()).isEmpty();
        assertThat(c.report().pages()).isGreaterThan(5);
    }

    @Test
    void twoFilesWithOnePermalinkAreReportedFromTheBuild() {
        Checked c = Checked.site(TARGET + TARGET.replace("content/posts/target.md", "content/posts/sub/target.md")
                .replace("\"Target\"", "\"Other\""));
        assertThat(c.at("site.duplicate-url")).containsExactly("content/posts/target.md:1:1");
    }

    @Test
    void underABasePathLinksAreResolvedBelowIt() {
        Checked c = Checked.run(dev.kiln.build.TestSite.of("""
                -- kiln.yaml --
                title: "Test"
                base_url: "https://example.org/blog/"
                -- content/posts/a.md --
                ---
                title: "A"
                date: 2025-01-01
                ---
                [ok](/blog/posts/b/) [root](/posts/b/) [relative](../b/)
                -- content/posts/b.md --
                ---
                title: "B"
                date: 2025-01-02
                ---
                Text.
                """), false, java.util.Optional.empty());
        assertThat(c.all()).containsExactly("check.link-invalid content/posts/a.md:5:22");
        assertThat(c.only("check.link-invalid").message()).isEqualTo("\"/posts/b/\" leads outside the site's base path /blog/");
    }

    @Test
    void theExampleBlogHasNoErrors() {
        String repo = System.getProperty("kiln.repo");
        org.junit.jupiter.api.Assumptions.assumeTrue(repo != null, "system property kiln.repo is not set");
        Checked c = Checked.run(dev.kiln.build.TestSite.at(java.nio.file.Path.of(repo, "example")), false,
                java.util.Optional.empty());
        assertThat(c.report().errors()).as(c.all().toString()).isZero();
        assertThat(c.report().pages()).isGreaterThan(20);
    }

    @Test
    void aBrokenLinkInATemplateIsReportedOnceAtTheGeneratedPage() {
        Checked c = Checked.site(TARGET + """
                -- templates/partials/footer.html --
                <footer>
                <a href="/imprint/">Imprint</a>
                </footer>
                """);
        // Once (not once per page), at the link's line in the generated page, wherever the theme puts the footer.
        assertThat(c.all()).singleElement().asString().matches("check\\.link-broken public/404\\.html:\\d+:1");
    }
}
