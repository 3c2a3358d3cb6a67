package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import dev.kiln.source.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A broken template is a diagnostic at its file, line and column with the line shown, never a stack trace. */
class TemplateErrorsTest {
    static final String SITE = """
            -- kiln.yaml --
            title: Errors
            base_url: https://blog.example/
            -- content/posts/one.md --
            ---
            title: One
            date: 2024-03-01
            subtitle: A first post
            ---
            Some text.
            """;

    /** The one error, a template error in the site's byline partial. */
    static Diagnostic onlyErrorInTheByline(List<Diagnostic> errors) {
        assertThat(errors).hasSize(1);
        Diagnostic d = errors.get(0);
        assertThat(d.code()).isEqualTo("template.error");
        assertThat(d.location().file().value()).isEqualTo("templates/partials/byline.html");
        return d;
    }

    static List<Diagnostic> errors(String extra) {
        var report = TestSite.of(SITE + extra).build().report();
        assertThat(report.failed()).isTrue();
        return report.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void aSyntaxErrorNamesTheTemplateFileAndLine() {
        List<Diagnostic> errors = errors("""
                -- templates/partials/byline.html --
                <p class="byline">
                {% if post.authors is not empty %}
                {{ post.title }
                </p>
                """);

        Diagnostic d = onlyErrorInTheByline(errors);
        assertThat(d.location().line()).isEqualTo(3);
        assertThat(d.location().column()).isGreaterThanOrEqualTo(1);
        assertThat(d.sourceLine()).isEqualTo("{{ post.title }");
        assertThat(d.message()).doesNotContain("Exception").doesNotContain("at io.pebbletemplates");
    }

    /** Pebble's parsers of these tags read past the template's end when it has no end tag. */
    @ParameterizedTest
    @ValueSource(strings = {"autoescape", "filter upper", "macro signature()", "parallel", "cache post.url"})
    void aBlockTagWithoutItsEndTagIsAnErrorNotACrash(String tag) {
        List<Diagnostic> errors = errors("""
                -- templates/partials/byline.html --
                <p class="byline">
                {% TAG %}{{ post.title }}
                </p>
                """.replace("TAG", tag));

        Diagnostic d = onlyErrorInTheByline(errors);
        assertThat(d.location().line()).as("the opening tag's line").isEqualTo(2);
        assertThat(d.message()).contains("end" + tag.split(" ")[0]).doesNotContain("Exception");
    }

    /** Pebble's filters and functions throw plain Java exceptions at values they cannot take. */
    @ParameterizedTest
    @ValueSource(strings = {"<span>{{ post.date | date(\"qqqqqq\") }}</span>", "<span>{{ post.title | split(1) }}</span>",
            "<span>{{ post.title | replace(\"x\") }}</span>", "<span>{{ max(1, \"a\") }}</span>",
            "<span>{{ post.tags | sort }}</span>", "{% for x in post.title | split(1) %}{{ x }}{% endfor %}",
            "{% set x = post.title | split(1) %}{{ x }}"})
    void anExpressionThatFailsIsAnErrorAtItsLineNotACrash(String line) {
        List<Diagnostic> errors = errors("""
                -- templates/partials/byline.html --
                <p class="byline">
                LINE
                </p>
                """.replace("LINE", line));

        Diagnostic d = onlyErrorInTheByline(errors);
        assertThat(d.location().line()).isEqualTo(2);
        assertThat(d.message()).doesNotContain("Exception");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedInWords() {
        List<Diagnostic> errors = errors("""
                -- templates/partials/byline.html --
                <p class="byline">{{ post.title | split(1) }}</p>
                """);

        assertThat(errors).singleElement().extracting(Diagnostic::message).asString()
                .contains("a Long where a String was expected").doesNotContain("java.lang");
    }

    @Test
    void anUnknownVariableIsAnErrorAtItsColumnNotAnEmptyString() {
        List<Diagnostic> errors = errors("""
                -- templates/partials/byline.html --
                <p class="byline">
                  <span>{{ post.subtitel }}</span>
                </p>
                """);

        assertThat(errors).hasSize(1);
        Diagnostic d = errors.get(0);
        assertThat(d.location().toString()).startsWith("templates/partials/byline.html:2:");
        assertThat(d.location().column()).isEqualTo("  <span>{{ post.".length() + 1);
        assertThat(d.message()).isEqualTo("\"subtitel\" does not exist on post");
        assertThat(d.sourceLine()).isEqualTo("  <span>{{ post.subtitel }}</span>");
        assertThat(d.hint()).contains("default");
    }

    @Test
    void anUnknownFilterIsReportedWhereItIsUsed() {
        List<Diagnostic> errors = errors("""
                -- templates/partials/byline.html --
                <p>{{ post.title | shout }}</p>
                """);

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.location().toString()).startsWith("templates/partials/byline.html:1:");
            assertThat(d.message()).isEqualTo("unknown filter \"shout\"");
            assertThat(d.location().column()).isEqualTo("<p>{{ post.title | ".length() + 1);
        });
    }

    @Test
    void aMissingParamInAnIfIsAnErrorThatSuggestsTheWayToTestForIt() {
        List<Diagnostic> errors = errors("""
                -- templates/partials/byline.html --
                {% if post.params.series %}<p>{{ post.params.series }}</p>{% endif %}
                """);

        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("the condition is not true or false (a missing value or text?)");
            assertThat(d.location().line()).isEqualTo(1);
            assertThat(d.hint()).contains("is not null").contains("is not empty");
        });
    }

    @Test
    void optionalValuesReadNaturallyUnderStrictVariables() {
        var site = TestSite.of(SITE + """
                -- templates/partials/byline.html --
                <p class="byline">[{{ post.params.subtitle | default("") }}][{{ post.params.missing | default("none") }}][{{ post.params.nested.deeper | default("-") }}]</p>
                """).build();

        assertThat(site.html("/posts/one/").select(".byline").text()).isEqualTo("[A first post][none][-]");
    }
}
