package dev.kiln.render;

import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;

/**
 * One of Pebble's block tags whose parser, when the template ends before the closing tag, reads
 * past the last token (Pebble 4.1.2: {@code autoescape}, {@code filter}, {@code macro},
 * {@code parallel}): an {@code IndexOutOfBoundsException}, which reached the user as Kiln's
 * internal error with a stack trace. Here it is the template error it is, at the opening tag.
 */
final class ClosedTag implements TokenParser {
    private final TokenParser tag;

    ClosedTag(TokenParser tag) {
        this.tag = tag;
    }

    @Override
    public String getTag() {
        return tag.getTag();
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        try {
            return tag.parse(token, parser);
        } catch (IndexOutOfBoundsException e) {
            throw unclosed(getTag(), token, parser);
        }
    }

    /** The error for a block tag that starts at {@code token} and is never closed. */
    static ParserException unclosed(String tag, Token token, Parser parser) {
        return new ParserException(null, "the {% " + tag + " %} tag is never closed: end its block with {% end" + tag
                + " %}", token.getLineNumber(), parser.getStream().getFilename());
    }
}
