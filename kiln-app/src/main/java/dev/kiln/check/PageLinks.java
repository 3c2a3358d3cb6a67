package dev.kiln.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** The URLs a page refers to: links readers follow, and files the browser loads (images, scripts, styles). */
final class PageLinks {
    private static final Set<String> HINT_RELS = Set.of("preconnect", "dns-prefetch", "me", "webmention", "pingback");

    /** One URL on a page: the element, the URL as written, and whether it is a file the page needs. */
    record Ref(Element element, String url, boolean resource) {}

    private PageLinks() {}

    static List<Ref> of(HtmlPage page) {
        List<Ref> out = new ArrayList<>();
        for (Element e : page.html().select("a[href], area[href]")) out.add(new Ref(e, e.attr("href"), false));
        for (Element e : page.html().select("link[href]")) {
            String rel = e.attr("rel").toLowerCase(Locale.ROOT).strip();
            if (!HINT_RELS.contains(rel)) out.add(new Ref(e, e.attr("href"), !rel.equals("canonical") && !rel.equals("alternate")));
        }
        for (Element e : page.html().select("img[src], script[src], iframe[src], video[src], audio[src], source[src], track[src]")) {
            out.add(new Ref(e, e.attr("src"), true));
        }
        for (Element e : page.html().select("img[srcset], source[srcset]")) {
            for (String candidate : e.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                if (!url.isEmpty()) out.add(new Ref(e, url, true));
            }
        }
        for (Element e : page.html().select("meta[http-equiv=refresh]")) {
            String content = e.attr("content");
            int at = content.toLowerCase(Locale.ROOT).indexOf("url=");
            if (at >= 0) out.add(new Ref(e, content.substring(at + 4).strip().replaceAll("^['\"]|['\"]$", ""), false));
        }
        return out;
    }
}
