package dev.kiln.feed;

import dev.kiln.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code robots.txt}: the site's own rules (the {@code robots:} lines of kiln.yaml, verbatim) or,
 * without any, one group that allows everything; then the sitemap's absolute URL. Crawlers read it
 * only at the root of a host, so a site under a base path needs its host to serve this file.
 */
final class RobotsTxt {
    private RobotsTxt() {}

    static OutputFile file(List<String> rules, String sitemapUrl) {
        StringBuilder sb = new StringBuilder();
        if (rules.isEmpty()) sb.append("User-agent: *\nAllow: /\n");
        for (String line : rules) sb.append(XmlText.clean(line).replace("\r", "").replace("\n", " ")).append('\n');
        sb.append("\nSitemap: ").append(sitemapUrl).append('\n');
        return new OutputFile("robots.txt", sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
