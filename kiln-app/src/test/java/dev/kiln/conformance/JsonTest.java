package dev.kiln.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsNestedValuesInOrderWithEscapes() {
        Object value = Json.parse(" {\"b\": [1, -2.5e1, true, null], \"a\": \"\\u201cq\\u201d\\n\\/\"} ");

        assertThat(value).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        assertThat(map.keySet()).containsExactly("b", "a");
        assertThat((List<?>) map.get("b"))
                .isEqualTo(Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e1"), true, null));
        assertThat(map.get("a")).isEqualTo("“q”\n/");
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> Json.parse("{\"a\": 1,}")).hasMessageContaining("offset 8");
        assertThatThrownBy(() -> Json.parse("[1] 2")).hasMessageContaining("after the value");
        assertThatThrownBy(() -> Json.parse("\"open")).hasMessageContaining("unterminated");
    }
}
