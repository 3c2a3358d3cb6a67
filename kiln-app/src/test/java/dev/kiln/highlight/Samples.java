package dev.kiln.highlight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Code the tests feed the highlighter: one snippet per major language, and hostile text. */
final class Samples {
  private Samples() {}

  static Map<String, String> byLanguage() {
    Map<String, String> samples = new LinkedHashMap<>();
    samples.put("java", "@Override\npublic static final String x() {\n  return \"x\" + 42; // c\n}\n");
    samples.put("kotlin", "fun main() {\n  val s: String = \"x${y}\" // c\n}\n");
    samples.put("go", "package main\n\nimport \"fmt\"\n\nfunc main() { x := 42 } // c\n");
    samples.put("rust", "#[derive(Debug)]\nfn main() {\n    let s = \"x\"; // c\n}\n");
    samples.put("python", "@dec\ndef f(x):\n    \"\"\"doc\n    more\"\"\"\n    return 'x'  # c\n");
    samples.put("javascript", "const a = 'x'; // c\nconst t = `x ${b}\n y`;\n");
    samples.put("typescript", "interface A { b: string } // c\nlet x: number = 1;\n");
    samples.put("bash", "#!/bin/sh\necho \"hi $USER\" # c\nfor i in 1 2; do ls; done\n");
    samples.put("yaml", "title: \"Hello\" # c\ncount: 12\nok: true\nlist:\n  - a\ntext: |\n  body\n");
    samples.put("json", "{\"a\": 1, \"b\": [true, null, \"x\"]}\n");
    samples.put("toml", "[server]\nhost = \"x\" # c\nport = 8080\n");
    samples.put("xml", "<?xml version=\"1.0\"?>\n<root a=\"1\"><!-- c --></root>\n");
    samples.put("html", "<div class=\"a\">x &amp; <!-- c --></div>\n<script>var a = 1;</script>\n");
    samples.put("css", "a { color: #fff; } /* c */\n");
    samples.put("sql", "SELECT a FROM t WHERE b = 'x' -- c\n");
    samples.put("dockerfile", "FROM alpine:3 # c\nRUN echo \"x\"\n");
    samples.put("console", "$ echo \"hello\"\nworld\n");
    samples.put("diff", "--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n");
    return samples;
  }

  /** Inputs every language must survive unchanged: empty, breaks, tabs, CRLF, Unicode, open constructs. */
  static List<String> hostile() {
    return List.of(
        "",
        "\n",
        "\n\n\n",
        "no newline at end",
        "\tindented\twith\ttabs\n\t\n",
        "windows\r\nline\r\nends\r\n",
        "lone\rcarriage return\r",
        "unicode: \u00e9\u00e8 \u4e2d\u6587 \u0394 // \u00fc\n",
        "emoji \ud83d\ude00 \"\ud83c\udf89\" # \ud83d\udc4d\n/* \ud83e\udd16 */ x\ud83d\ude00y\n",
        "'\ud83d\ude00' `\ud83d\ude00` <\ud83d\ude00> \ud83d\ude00: \ud83d\ude00\n",
        "\"unterminated string\nnext line\n",
        "/* unterminated comment\nstill\n",
        "<!-- unterminated\n<tag attr=\"x\n",
        "\"\"\"open\n'''\n`open\n${\n",
        "<script>alert(\"&amp;\")</script> & < > \" '\n",
        "key: |\n  block\nother: \"a\\\"b\"\n[[t]]\nk = '''\nx\n",
        "$ cmd \\\n  more\n+ added\n- removed\n@@ x @@\n");
  }

  /** Deterministic random text from a small alphabet that is heavy in syntax characters. */
  static List<String> random() {
    String alphabet = " \t\n\r\"'`/*#<>&!$@:;,.=-+|{}[]()\\%?~_0123456789abcxyzABC\u00e9\ud83d\ude00";
    Random random = new Random(20261127);
    List<String> result = new java.util.ArrayList<>();
    for (int n = 0; n < 40; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        int at = random.nextInt(alphabet.length() - 1);
        // Keep surrogate pairs whole: a lone half is not text a Markdown file can hold.
        if (Character.isHighSurrogate(alphabet.charAt(at))) {
          text.append(alphabet, at, at + 2);
        } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
          text.append(alphabet.charAt(at));
        }
      }
      result.add(text.toString());
    }
    return result;
  }
}
