package dev.kiln.check;

import dev.kiln.build.Generated;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.SourcePath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code kiln check} on a site built in memory: the build's own diagnostics, then the checks of the
 * generated files, then content lint, then (if asked) external links. Writes nothing except the
 * external-link cache.
 */
public final class Checker {
    private Checker() {}

    /** Checks {@code generated}, the in-memory build of the site in {@code siteRoot}. */
    public static CheckReport check(Generated generated, Path siteRoot, CheckOptions options) throws IOException {
        List<Diagnostic> out = new ArrayList<>(generated.diagnostics());
        Site site = generated.site();
        if (site == null) return new CheckReport(out, 0, 0, 0);
        Path root = siteRoot.toAbsolutePath().normalize();
        // A body nested too deeply to render is not parsed again for lint; other errors do not stop lint.
        Set<SourcePath> tooDeep = generated.diagnostics().stream().filter(d -> d.code().equals("content.too-deep"))
                .map(d -> d.location().file()).collect(Collectors.toSet());
        List<LintDocument> documents = SourceDocuments.read(root, site.config().timezone(), tooDeep);
        Map<SourcePath, LintDocument> bySource = new LinkedHashMap<>();
        for (LintDocument d : documents) bySource.put(d.source(), d);

        SourceLocator locator = new SourceLocator(pagesBySource(site, bySource), root, generated.outputFolder());
        SiteFiles files = new SiteFiles(generated.files());
        UrlResolver resolver = new UrlResolver(site.config().baseUrl());
        out.addAll(DuplicateOutputs.run(generated.files(), locator));
        OutputChecks pages = new OutputChecks(files, resolver, locator);
        // A missing image is the build's error already (content.image-missing): say it once.
        Set<String> buildErrors = generated.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> place(d.location())).collect(Collectors.toSet());
        out.addAll(pages.run().stream().filter(d -> !buildErrors.contains(place(d.location()))).toList());
        out.addAll(AliasCheck.run(site, files, bySource));
        out.addAll(ListingCheck.run(files, resolver, locator));
        out.addAll(LintRules.run(new LintContext(documents, options.now(), options.future())));
        List<ExternalLink> external = pages.externalLinks();
        if (options.external().isPresent()) {
            out.addAll(new ExternalChecker(options.external().get(), options.now()).check(external));
        }
        return new CheckReport(out, pages.pages(), pages.links(), options.external().isPresent() ? external.size() : 0);
    }

    private static String place(dev.kiln.source.Location l) {
        return l.file() + ":" + l.line() + ":" + l.column();
    }

    /** Output path of each post and page → its source document. */
    private static Map<String, LintDocument> pagesBySource(Site site, Map<SourcePath, LintDocument> documents) {
        Map<String, LintDocument> out = new HashMap<>();
        for (Route r : site.routes()) {
            SourcePath source = r instanceof Route.PostRoute ? ((Route.PostRoute) r).post().summary().source()
                    : r instanceof Route.PageRoute ? ((Route.PageRoute) r).page().source() : null;
            if (source != null && documents.containsKey(source)) out.put(r.url().outputFile(), documents.get(source));
        }
        return out;
    }
}
