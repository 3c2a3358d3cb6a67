package dev.kiln.importer;

import dev.kiln.content.DocumentKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link SitePlan} into DEST: each document's new URL worked out as Kiln will, each old
 * URL that differs from it added as an alias (unless Kiln makes that URL itself or another file
 * has it, which is reported), bodies converted, files copied, kiln.yaml and the report written.
 * Writes only inside DEST and never over a file.
 */
final class SiteWriter {
    static final String REPORT = "import-report.txt";

    private final Path src;
    private final Path dest;

    SiteWriter(Path src, Path dest) {
        this.src = src;
        this.dest = dest;
    }

    record Written(int posts, int pages, int aliases, int files) {}

    Written write(SitePlan plan, ImportReport report) throws IOException {
        KilnUrls urls = new KilnUrls(plan.settings().permalink());
        Map<String, String> owner = new HashMap<>();
        Set<String> statics = new HashSet<>();
        for (Planned.Copy c : plan.statics()) statics.add("/" + c.to().substring("static/".length()));
        List<Planned> kept = new ArrayList<>();
        Map<Planned, String> urlOf = new IdentityHashMap<>();
        for (Planned doc : plan.docs()) {
            String url = urls.of(doc);
            if (doc.kind() == DocumentKind.PAGE && KilnUrls.reserved(url)) {
                report.file(doc.source().path(), "page not imported: Kiln makes " + url + " itself",
                        "move what matters into another page, or into a template");
                continue;
            }
            if (owner.containsKey(url)) {
                report.file(doc.source().path(), "not imported: its URL " + url + " is taken by " + owner.get(url),
                        "rename one of them and import again");
                continue;
            }
            owner.put(url, doc.source().path());
            urlOf.put(doc, url);
            kept.add(doc);
        }
        LinkIndex links = new LinkIndex(kept);
        kept.forEach(d -> aliasesOf(d, links));
        Map<Planned, List<String>> aliases = new IdentityHashMap<>();
        for (Planned doc : kept) {
            List<String> mine = new ArrayList<>();
            for (String old : doc.oldUrls()) {
                var alias = KilnUrls.aliasOf(old);
                if (alias.isEmpty()) {
                    if (old.contains("://")) {
                        report.file(doc.source().path(), "old URL " + old + " not kept: it is on another site", "");
                    }
                    continue;
                }
                String a = alias.get();
                if (a.equals(urlOf.get(doc)) || mine.contains(a)) continue;
                if (KilnUrls.reserved(a) || statics.contains(a)) {
                    report.file(doc.source().path(), "old URL " + a + " not kept: Kiln or a static file uses it",
                            "link to the new URL " + urlOf.get(doc));
                } else if (owner.containsKey(a)) {
                    report.file(doc.source().path(), "old URL " + a + " not kept: " + owner.get(a) + " has it now", "");
                } else {
                    owner.put(a, doc.source().path());
                    mine.add(a);
                }
            }
            aliases.put(doc, mine);
        }

        Files.createDirectories(dest);
        writeText("kiln.yaml", config(plan.settings()));
        int posts = 0;
        int pages = 0;
        int aliasCount = 0;
        int files = 0;
        for (Planned doc : kept) {
            Map<String, Object> fm = new LinkedHashMap<>(doc.frontMatter());
            List<String> mine = aliases.get(doc);
            if (!mine.isEmpty()) fm.put("aliases", mine);
            aliasCount += mine.size();
            String body = plan.converter().convert(doc, links, report);
            writeText(doc.dest(), KilnYaml.frontMatter(fm) + body);
            if (doc.kind() == DocumentKind.POST) posts++;
            else pages++;
            for (Planned.Copy c : doc.resources()) files += copy(c) ? 1 : 0;
        }
        for (Planned.Copy c : plan.statics()) files += copy(c) ? 1 : 0;
        return new Written(posts, pages, aliasCount, files);
    }

    /** Every other way a generator's links name a document reaches it too. */
    private static void aliasesOf(Planned doc, LinkIndex links) {
        String p = doc.source().path();
        int posts = p.indexOf("_posts/");
        if (posts >= 0) {
            String id = p.substring(posts + "_posts/".length()).replaceFirst("\\.[^./]+$", "");
            links.alias(Liquid.POST_ID + id, doc.dest());
        }
        String noExt = p.replaceFirst("\\.[^./]+$", "");
        links.alias(noExt, doc.dest());
        if (noExt.endsWith("/index") || noExt.endsWith("/_index")) links.alias(noExt.substring(0, noExt.lastIndexOf('/')), doc.dest());
    }

    private boolean copy(Planned.Copy c) throws IOException {
        Path to = inside(c.to());
        if (Files.exists(to)) return false;
        Files.createDirectories(to.getParent());
        Files.copy(src.resolve(c.from()), to);
        return true;
    }

    void writeText(String rel, String text) throws IOException {
        Path to = inside(rel);
        Files.createDirectories(to.getParent());
        Files.writeString(to, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

    private Path inside(String rel) {
        Path p = dest.resolve(rel).normalize();
        if (!p.startsWith(dest)) throw new IllegalStateException("a planned file leaves DEST: " + rel);
        return p;
    }

    private static String config(SitePlan.Settings s) {
        StringBuilder sb = new StringBuilder("# Written by kiln import; every key is described in Kiln's README.\n");
        sb.append("title: ").append(KilnYaml.quote(s.title())).append('\n');
        sb.append("description: ").append(KilnYaml.quote(s.description())).append('\n');
        sb.append("base_url: ").append(KilnYaml.quote(s.baseUrl())).append('\n');
        sb.append("language: ").append(KilnYaml.quote(s.language())).append('\n');
        sb.append("timezone: ").append(KilnYaml.quote(s.timezone().getId())).append('\n');
        s.author().ifPresent(a -> sb.append("author: ").append(KilnYaml.quote(a)).append('\n'));
        sb.append("permalinks:\n  # Old URLs that differ from this pattern are kept as aliases in each post.\n");
        sb.append("  posts: ").append(KilnYaml.quote(s.permalink())).append('\n');
        return sb.toString();
    }
}
