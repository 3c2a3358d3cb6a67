package dev.kiln.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * One pass over a parsed body, without recursion (a hostile body can nest deeply): rewrites links,
 * collects images, gives headings ids, counts prose words and gathers the excerpt text. Then
 * {@link #applyToTree()} drops the title heading and swaps headings for {@link AnchoredHeading}s.
 *
 * <p>Prose is the text a reader reads: code blocks, raw HTML and image alt text are not prose, so
 * they are not counted (reading time is about prose; code is skimmed or studied at its own pace).
 * The excerpt also leaves out headings and footnotes.
 */
final class DocumentScan {
    private static final int EXCERPT_TEXT_LIMIT = ExcerptCut.MAX * 2;
    private static final int HEADING_TEXT_LIMIT = 4096;

    private final Node document;
    private final String title;
    private final LinkRewriter links;
    private final HeadingIds ids = new HeadingIds();
    private final WordCounter words = new WordCounter();
    private final CollapsedText beforeMarker = new CollapsedText(EXCERPT_TEXT_LIMIT);
    private final CollapsedText firstParagraph = new CollapsedText(EXCERPT_TEXT_LIMIT);
    private final List<String> images = new ArrayList<>();
    private final List<Heading> toc = new ArrayList<>();
    private final List<AnchoredHeading> anchored = new ArrayList<>();
    private final List<org.commonmark.node.Heading> headingNodes = new ArrayList<>();

    private org.commonmark.node.Heading droppedTitle;
    private boolean seenBlock;
    private boolean titleCandidate;
    private CollapsedText headingText;
    private Paragraph excerptParagraph;
    private boolean excerptParagraphDone;
    private boolean markerSeen;
    private int footnoteDepth;
    private Node tooDeep;

    DocumentScan(Node document, String title, LinkRewriter links) {
        this.document = document;
        this.title = title == null ? "" : normalizeTitle(title);
        this.links = links;
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
            images.add(((Image) node).getDestination());
            return false;
        } else if (node instanceof org.commonmark.node.Heading) {
            headingText = new CollapsedText(HEADING_TEXT_LIMIT);
        } else if (node instanceof Paragraph) {
            if (!excerptParagraphDone && excerptParagraph == null && footnoteDepth == 0) {
                excerptParagraph = (Paragraph) node;
            }
        } else if (node instanceof FootnoteDefinition) {
            footnoteDepth++;
        } else if (node instanceof HtmlBlock) {
            markerSeen |= isMoreMarker(((HtmlBlock) node).getLiteral());
        } else if (node instanceof HtmlInline) {
            markerSeen |= isMoreMarker(((HtmlInline) node).getLiteral());
        }
        return true;
    }

    private void exit(Node node) {
        if (node instanceof org.commonmark.node.Heading) {
            exitHeading((org.commonmark.node.Heading) node);
        } else if (node instanceof FootnoteDefinition) {
            footnoteDepth--;
        } else if (node == excerptParagraph) {
            excerptParagraphDone = !firstParagraph.isEmpty();
            excerptParagraph = null;
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
        String id = ids.next(text);
        headingNodes.add(heading);
        anchored.add(new AnchoredHeading(heading.getLevel(), id, text));
        if (heading.getLevel() >= 2) toc.add(new Heading(heading.getLevel(), id, text));
    }

    private void prose(String text) {
        if (headingText != null) {
            headingText.append(text);
            return;
        }
        words.append(text);
        if (footnoteDepth > 0) return;
        if (!markerSeen) beforeMarker.append(text);
        if (excerptParagraph != null) firstParagraph.append(text);
    }

    private void boundary() {
        words.space();
        beforeMarker.space();
        firstParagraph.space();
        if (headingText != null) headingText.space();
    }

    /** Drops the title heading and replaces every other heading by its {@link AnchoredHeading}. */
    void applyToTree() {
        if (droppedTitle != null) droppedTitle.unlink();
        for (int i = 0; i < headingNodes.size(); i++) {
            org.commonmark.node.Heading heading = headingNodes.get(i);
            AnchoredHeading replacement = anchored.get(i);
            heading.insertBefore(replacement);
            for (Node child = heading.getFirstChild(); child != null; child = heading.getFirstChild()) {
                replacement.appendChild(child);
            }
            heading.unlink();
        }
    }

    /** The first node nested deeper than Kiln renders, or null. */
    Node tooDeep() {
        return tooDeep;
    }

    List<Heading> headings() {
        return toc;
    }

    List<String> images() {
        return images;
    }

    int wordCount() {
        return words.count();
    }

    /** The text before {@code <!--more-->} when there is any, else the first paragraph, shortened. */
    String excerpt() {
        String text = markerSeen && !beforeMarker.isEmpty() ? beforeMarker.toString() : firstParagraph.toString();
        return ExcerptCut.cut(text);
    }

    /** {@code <!--more-->}, also written with spaces ({@code <!-- more -->}) or in capitals. */
    static boolean isMoreMarker(String html) {
        String s = html.strip();
        return s.startsWith("<!--") && s.endsWith("-->") && s.length() >= 7
                && s.substring(4, s.length() - 3).strip().equalsIgnoreCase("more");
    }

    private static String normalizeTitle(String s) {
        return CollapsedText.collapse(s).toLowerCase(Locale.ROOT);
    }
}
