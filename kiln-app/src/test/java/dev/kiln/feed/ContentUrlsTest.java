package dev.kiln.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentUrlsTest {
    private static final String PAGE = "https://x.org/blog/posts/one/";
    private final ContentUrls urls = new ContentUrls(new SiteUrls("https://x.org/blog/"));

    private String abs(String html) {
        return urls.absolutize(html, PAGE);
    }

    @Test
    void rootRelativeUrlsGetTheOriginOfTheBaseUrl() {
        assertThat(abs("<a href=\"/blog/posts/two/\">two</a>"))
                .isEqualTo("<a href=\"https://x.org/blog/posts/two/\">two</a>");
    }

    @Test
    void relativeUrlsAreResolvedAgainstThePostsPage() {
        assertThat(abs("<img src=\"cover.png\" alt=\"\"><a href='../two/#x'>t</a>"))
                .isEqualTo("<img src=\"https://x.org/blog/posts/one/cover.png\" alt=\"\">"
                        + "<a href='https://x.org/blog/posts/two/#x'>t</a>");
        assertThat(abs("<a href=#intro>i</a>")).isEqualTo("<a href=https://x.org/blog/posts/one/#intro>i</a>");
    }

    @Test
    void protocolRelativeUrlsTakeTheSchemeOfTheBaseUrl() {
        assertThat(abs("<script src=\"//cdn.example/x.js\"></script>"))
                .isEqualTo("<script src=\"https://cdn.example/x.js\"></script>");
    }

    @Test
    void absoluteAndOtherSchemeUrlsStayAsTheyAre() {
        String html = "<a href=\"https://other.org/a?b=1&amp;c=2\">o</a><a href=\"mailto:me@x.org\">m</a>"
                + "<img src=\"data:image/png;base64,AAAA\">";
        assertThat(abs(html)).isEqualTo(html);
    }

    @Test
    void everyCandidateOfASrcsetIsRewritten() {
        assertThat(abs("<img srcset=\"a.png 1x, /b.png 2x\" src=a.png>"))
                .isEqualTo("<img srcset=\"https://x.org/blog/posts/one/a.png 1x, https://x.org/b.png 2x\""
                        + " src=https://x.org/blog/posts/one/a.png>");
    }

    @Test
    void textCodeCommentsAndScriptsAreNotTouched() {
        String html = "<p>a &lt;a href=\"/x\"&gt; b</p><!-- <a href=\"/y\"> --><code>href=\"/z\"</code>"
                + "<script>let s = '<img src=\"/w\">';</script><p title=\"href=/q\">x < y</p>";
        assertThat(abs(html)).isEqualTo(html);
    }

    @Test
    void otherAttributesAndUnusualSpacingSurvive() {
        assertThat(abs("<A HREF = \"/a\" class=x data-href=\"/b\" hidden>x</A>"))
                .isEqualTo("<A HREF = \"https://x.org/a\" class=x data-href=\"/b\" hidden>x</A>");
    }

    @Test
    void unfinishedMarkupIsCopiedWithoutLosingText() {
        assertThat(abs("a <b")).isEqualTo("a <b");
        assertThat(abs("<a href=\"/x")).isEqualTo("<a href=\"https://x.org/x");
        assertThat(abs("x <")).isEqualTo("x <");
    }
}
