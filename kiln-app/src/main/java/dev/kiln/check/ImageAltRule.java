package dev.kiln.check;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Severity;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Image;

/** {@code ![](x.png)}: an image without alt text says nothing to a reader who cannot see it. */
final class ImageAltRule implements LintRule {
    @Override
    public String code() {
        return "lint.image-alt";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Diagnostic> check(LintContext site) {
        List<Diagnostic> out = new ArrayList<>();
        for (LintDocument doc : site.documents()) {
            if (doc.markdown().isEmpty()) continue;
            for (Image image : MarkdownNodes.of(doc.markdown().get(), Image.class)) {
                if (!MarkdownNodes.text(image).isBlank()) continue;
                out.add(finding(doc, doc.at(image), "the image " + image.getDestination() + " has no alt text",
                        "describe the image between the brackets: ![what the image shows](" + image.getDestination() + ")"));
            }
        }
        return out;
    }
}
