package dev.kiln.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.source.SourcePath;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TagUriTest {
    private static final ZonedDateTime DATE = ZonedDateTime.of(2024, 11, 18, 23, 30, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final SourcePath POST = SourcePath.of("content/posts/kubecon-na-2024.md");

    @Test
    void isTheHostThePublicationDayAndTheSourcePathWithoutExtension() {
        assertThat(new TagUri("https://blog.example.org/").forPost(POST, DATE))
                .isEqualTo("tag:blog.example.org,2024-11-18:posts/kubecon-na-2024");
    }

    @Test
    void doesNotDependOnTheSchemePortPathOrCaseOfTheBaseUrl() {
        String id = new TagUri("https://blog.example.org/").forPost(POST, DATE);
        assertThat(new TagUri("http://Blog.Example.org:8080/notes/").forPost(POST, DATE)).isEqualTo(id);
        assertThat(new TagUri("https://user@blog.example.org/x/y/").forPost(POST, DATE)).isEqualTo(id);
    }

    @Test
    void escapesWhatATagUriCannotHold() {
        assertThat(new TagUri("https://bücher.example/").forPost(SourcePath.of("content/posts/über uns.md"), DATE))
                .isEqualTo("tag:xn--bcher-kva.example,2024-11-18:posts/%C3%BCber%20uns");
        assertThat(new TagUri("http://[::1]:8080/").forPost(POST, DATE)).startsWith("tag:1,2024-11-18:");
    }
}
