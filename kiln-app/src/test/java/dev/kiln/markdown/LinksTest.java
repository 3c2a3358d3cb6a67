package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Location;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LinksTest {
    private final Rendering rendering = Rendering.withDefaults();

    @Test
    void relativeMarkdownLinksAreRewrittenKeepingTheirFragment() {
        LinkResolver resolver = path -> path.equals("../posts/other.md") ? new Rewrite("/posts/other/") : new Keep();

        String html = rendering.render("[see](../posts/other.md#part) and [again](../posts/other.md)\n",
                1, "", resolver).html();

        assertThat(Jsoup.parse(html).select("a").eachAttr("href")).containsExactly("/posts/other/#part", "/posts/other/");
    }

    @Test
    void onlyRelativePathsToMarkdownFilesAreResolved() {
        List<String> asked = new ArrayList<>();
        LinkResolver recording = path -> {
            asked.add(path);
            return new Keep();
        };

        rendering.render("""
                [a](other-post.md) [b](./x.md) [c](sub/My%20Post.MD#top) [d](<with space.md>)
                [e](https://example.com/x.md) [f](//host/x.md) [g](#frag) [h](/abs/path.md)
                [i](mailto:x.md) [j](notes.txt) [k](x.md?raw=1) [l][ref] <https://example.com/y.md>
                ![image](picture.md)

                [ref]: ../ref.md
                """, 1, "", recording);

        assertThat(asked).containsExactly("other-post.md", "./x.md", "sub/My Post.MD", "with space.md", "../ref.md");
    }

    @Test
    void keptLinksStayAsWritten() {
        String html = rendering.render("[a](other.md#x)\n").html();

        assertThat(html).contains("<a href=\"other.md#x\">a</a>");
    }

    @Test
    void aBrokenLinkIsAnErrorAtItsBracketInFileCoordinates() {
        String body = "Intro.\n\nMore.\n\n😀 x [the post](missing.md#part) end.\n";
        LinkResolver resolver = path -> new Broken("no post is called " + path, "check the file name");

        rendering.render(body, 8, "", resolver);

        Diagnostic d = rendering.diagnostics().get(0);
        assertThat(rendering.diagnostics()).hasSize(1);
        assertThat(d.code()).isEqualTo("content.link-target-missing");
        assertThat(d.isError()).isTrue();
        assertThat(d.location()).isEqualTo(new Location(Rendering.FILE, 12, 5, 27));
        assertThat(d.location()).hasToString("content/posts/test.md:12:5");
        assertThat(d.message()).isEqualTo("no post is called missing.md");
        assertThat(d.hint()).isEqualTo("check the file name");
        assertThat(d.sourceLine()).isEqualTo("😀 x [the post](missing.md#part) end.");
    }

    @Test
    void aBrokenLinkInsideAListItemPointsAtItsBracket() {
        rendering.render("- item\n\t- nested [x](gone.md)\n", 3, "", path -> new Broken("gone", ""));

        assertThat(rendering.diagnostics()).extracting(Diagnostic::location)
                .containsExactly(new Location(Rendering.FILE, 4, 11, 12));
    }

    @Test
    void windowsLineEndsCountAsOneLineEach() {
        rendering.render("One.\r\n\r\nTwo [x](gone.md).\r\n", 10, "", path -> new Broken("gone", ""));

        assertThat(rendering.diagnostics()).extracting(d -> d.location().toString(), Diagnostic::sourceLine)
                .containsExactly(Tuple.tuple("content/posts/test.md:12:5", "Two [x](gone.md)."));
    }

    @Test
    void imagesAreCollectedInOrderAndLeftUntouched() {
        RenderedMarkdown md = rendering.render("""
                ![one](img/one.png) text ![two](https://cdn.example/two.jpg "t")

                > ![three][pic]

                [pic]: ../three.webp
                """);

        assertThat(md.images()).containsExactly("img/one.png", "https://cdn.example/two.jpg", "../three.webp");
        assertThat(md.html()).contains("<img src=\"img/one.png\" alt=\"one\" />");
    }
}
