package dev.kiln.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFileTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/index.html", "posts//a.html", "posts/./a.html", "../a.html", "posts/..",
            "posts/", "posts\\a.html", "a\u0000b", "a\nb.html", "a\rb.html"})
    void rejectsAPathThatIsNotCleanAndRelative(String path) {
        assertThatIllegalArgumentException().isThrownBy(() -> new OutputFile(path, new byte[0]));
    }

    @Test
    void acceptsNestedPathsWithDotsAndSpacesInNames() {
        assertThat(new OutputFile("posts/2024/my post/index.html", new byte[0]).path())
                .isEqualTo("posts/2024/my post/index.html");
        assertThat(new OutputFile(".well-known/...x", new byte[0]).path()).isEqualTo(".well-known/...x");
    }

    @Test
    void hashIsCrc32ThenCrc32cOfTheBytesInLowerCaseHex() {
        // Check values computed independently (zlib's crc32; CRC-32C bit by bit, polynomial 0x82F63B78).
        assertThat(new OutputFile("a.txt", utf8("abc")).hash()).isEqualTo("352441c2" + "364b3fb7");
        assertThat(new OutputFile("a.txt", utf8("a")).hash()).isEqualTo("e8b7be43" + "c1d04330");
    }

    @Test
    void filesWithTheSamePathAndBytesAreEqual() {
        OutputFile a = new OutputFile("a.html", utf8("hello"));
        OutputFile b = new OutputFile("a.html", utf8("hello"));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new OutputFile("a.html", utf8("hellO")));
        assertThat(a).isNotEqualTo(new OutputFile("b.html", utf8("hello")));
    }

    @Test
    void bytesCannotBeChangedFromOutside() {
        byte[] bytes = utf8("hello");
        OutputFile file = new OutputFile("a.html", bytes);
        bytes[0] = 'J';
        file.bytes()[1] = 'A';

        assertThat(file.bytes()).isEqualTo(utf8("hello"));
        assertThat(file.size()).isEqualTo(5);
    }
}
