package dev.kiln.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SyntaxHighlighterConcurrencyTest {

  @Test
  void eightThreadsSharingOneHighlighterGetWhatASequentialRunGets() throws Exception {
    SyntaxHighlighter shared = new SyntaxHighlighter();
    Map<String, String> samples = Samples.byLanguage();
    List<String> languages = new ArrayList<>(samples.keySet());
    SyntaxHighlighter sequential = new SyntaxHighlighter();
    List<String> expected = new ArrayList<>();
    for (String language : languages) {
      expected.add(sequential.highlight(language, samples.get(language)).orElseThrow());
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        int offset = thread;
        Callable<List<String>> task = () -> {
          start.await();
          // Each thread walks the languages from a different place, 200 rounds, so lexers of one
          // language are busy on several threads at once.
          List<String> got = new ArrayList<>(expected);
          for (int round = 0; round < 200; round++) {
            for (int k = 0; k < languages.size(); k++) {
              int i = (k + offset + round) % languages.size();
              String html = shared.highlight(languages.get(i), samples.get(languages.get(i))).orElseThrow();
              if (!html.equals(expected.get(i))) {
                got.set(i, html);
              }
            }
          }
          return got;
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
