package dev.kiln.markdown;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Utf8Builder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * One pass over a parsed body, without recursion (a hostile body can nest deeply): rewrites links,
 * resolves and collects images, gives headings ids, counts prose words and gathers the excerpt text. Then
 * {@link #applyToTree()} drops the title heading, swaps headings for {@link AnchoredHeading}s and
 * wraps resolved images in {@link PictureNode}s.
 *
 * <p>Prose is the text a reader reads: code blocks, raw HTML and image alt text are not prose, so
 * they are not counted (reading time is about prose; code is skimmed or studied at its own pace).
 * Headings count as words but are not excerpt text; footnotes count but are not excerpt text.
 *
 * <p>The readable text (what search indexes and shows in snippets) is everything a reader sees on
 * the page as text: prose, headings, code, and the text inside raw HTML; not image alt text.
 * Collecting it here, in the walk that happens anyway, spares extracting it from the HTML later.
 */
final class DocumentScan {
    private static final int HEADING_TEXT_LIMIT = 4096;

    private final Node document;
    private final String title;
    private final LinkRewriter links;
    private final ImageResolver imageResolver;
    private final BodyPositions positions;
    private final List<Diagnostic> imageErrors = new ArrayList<>();
    private final List<PictureSwap> pictures = new ArrayList<>();
    private final HeadingIds ids = new HeadingIds();
    private final WordCounter words = new WordCounter();
    private final ExcerptText excerpt = new ExcerptText();
    private final CollapsedText text;
    private final List<String> images = new ArrayList<>();
    private final List<Heading> toc = new ArrayList<>();
    private final List<Replacement> replacements = new ArrayList<>();

    private org.commonmark.node.Heading droppedTitle;
    private boolean seenBlock;
    private boolean titleCandidate;
    private CollapsedText headingText;
    private char[] scratch = new char[256];
    private int footnoteDepth;
    private Node tooDeep;

    /** @param bodyLength the Markdown's length, about that of its readable text */
    DocumentScan(Node document, String title, LinkRewriter links, ImageResolver images, BodyPositions positions,
                 int bodyLength) {
        this.document = document;
        this.text = new CollapsedText(Integer.MAX_VALUE, bodyLength);
        this.title = title == null ? "" : normalizeTitle(title);
        this.links = links;
        this.imageResolver = images;
        this.positions = positions;
    }

    void scan() {
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            boolean tooDeepHere = depth > CommonMarkSetup.MAX_NESTING;
            if (tooDeepHere && tooDeep == null) tooDeep = node;
            if (!tooDeepHere && enter(node) && node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (true) {
                if (depth <= CommonMarkSetup.MAX_NESTING) exit(node);
                if (node.getNext() != null) {
                    node = node.getNext();
                    break;
                }
                node = node.getParent();
                depth--;
                if (node == document) {
                    node = null;
                    break;
                }
            }
        }
    }

    /** Handles a node on the way down; false to skip its children. */
    private boolean enter(Node node) {
        if (node.getParent() == document && !(node instanceof LinkReferenceDefinition)) {
            titleCandidate = !seenBlock;
            seenBlock = true;
        }
        if (node instanceof Text) {
            prose(((Text) node).getLiteral());
        } else if (node instanceof Code) {
            prose(((Code) node).getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            boundary();
        } else if (node instanceof Link) {
            links.rewrite((Link) node);
        } else if (node instanceof Image) {
            image((Image) node);
            return false;
        } else if (node instanceof org.commonmark.node.Heading) {
            headingText = new CollapsedText(HEADING_TEXT_LIMIT);
        } else if (node instanceof Paragraph) {
            if (footnoteDepth == 0) excerpt.enterParagraph((Paragraph) node);
        } else if (node instanceof FootnoteDefinition) {
            footnoteDepth++;
        } else if (node instanceof HtmlBlock) {
            String html = ((HtmlBlock) node).getLiteral();
            excerpt.html(html);
            text.space();
            text.append(PlainText.of(html));
        } else if (node instanceof HtmlInline) {
            String html = ((HtmlInline) node).getLiteral();
            excerpt.html(html);
            if (PlainText.separatesWords(html)) text.space();
            text.append(PlainText.of(html));
        } else if (node instanceof FencedCodeBlock) {
            text.space();
            text.append(((FencedCodeBlock) node).getLiteral());
        } else if (node instanceof IndentedCodeBlock) {
            text.space();
            text.append(((IndentedCodeBlock) node).getLiteral());
        }
        return true;
    }

    private void image(Image image) {
        String destination = LinkRewriter.percentDecode(image.getDestination());
        images.add(destination);
        ImageResolution resolution = imageResolver.resolve(destination);
        if (resolution instanceof Picture picture) {
            pictures.add(new PictureSwap(image, new PictureNode(picture, pictures.isEmpty())));
        } else if (resolution instanceof Broken broken) {
            imageErrors.add(positions.error("content.image-missing", image, broken.message(), broken.hint()));
        }
    }

    private void exit(Node node) {
        if (node instanceof org.commonmark.node.Heading) {
            exitHeading((org.commonmark.node.Heading) node);
        } else if (node instanceof FootnoteDefinition) {
            footnoteDepth--;
        } else if (node instanceof Paragraph) {
            excerpt.exitParagraph(node);
        }
        if (node instanceof Block || node instanceof TableCell) boundary();
    }

    private void exitHeading(org.commonmark.node.Heading heading) {
        String text = headingText.toString();
        headingText = null;
        if (titleCandidate && heading.getParent() == document && heading.getLevel() == 1 && droppedTitle == null
                && !title.isEmpty() && normalizeTitle(text).equals(title)) {
            droppedTitle = heading;
            return;
        }
        words.append(text);
        this.text.space();
        this.text.append(text);
        String id = ids.next(text);
        replacements.add(new Replacement(heading, new AnchoredHeading(heading.getLevel(), id, text)));
        if (heading.getLevel() >= 2) toc.add(new Heading(heading.getLevel(), id, text));
    }

    private void prose(String text) {
        if (headingText != null) {
            headingText.append(text);
            return;
        }
        // One copy of the text into an array that both scans read (see CollapsedText.append).
        int n = text.length();
        if (n > scratch.length) scratch = new char[Math.max(n, scratch.length * 2)];
        text.getChars(0, n, scratch, 0);
        words.append(scratch, 0, n);
        this.text.append(scratch, 0, n);
        if (footnoteDepth == 0) excerpt.text(text);
    }

    private void boundary() {
        words.space();
        text.space();
        excerpt.boundary();
        if (headingText != null) headingText.space();
    }

    /** Drops the title heading and replaces every other heading by its {@link AnchoredHeading}. */
    void applyToTree() {
        if (droppedTitle != null) droppedTitle.unlink();
        for (PictureSwap p : pictures) {
            p.image().insertBefore(p.node());
            p.image().setDestination(p.node().picture().src());
            p.node().appendChild(p.image());
        }
        for (Replacement r : replacements) {
            r.heading().insertBefore(r.anchored());
            for (Node child = r.heading().getFirstChild(); child != null; child = r.heading().getFirstChild()) {
                r.anchored().appendChild(child);
            }
            r.heading().unlink();
        }
    }

    /** The first node nested deeper than Kiln renders, or null. */
    Node tooDeep() {
        return tooDeep;
    }

    List<Heading> headings() {
        return toc;
    }

    /** Images whose file is missing, as errors at the image. */
    List<Diagnostic> imageErrors() {
        return imageErrors;
    }

    List<String> images() {
        return images;
    }

    int wordCount() {
        return words.count();
    }

    String excerpt() {
        return excerpt.excerpt();
    }

    /** Appends the body's readable text, white space collapsed. */
    void appendText(Utf8Builder out) {
        text.appendTo(out);
    }

    private static String normalizeTitle(String s) {
        return CollapsedText.collapse(s).toLowerCase(Locale.ROOT);
    }

    private record PictureSwap(Image image, PictureNode node) {}

    private record Replacement(org.commonmark.node.Heading heading, AnchoredHeading anchored) {}
}
