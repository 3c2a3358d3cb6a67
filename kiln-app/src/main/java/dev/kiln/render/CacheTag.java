package dev.kiln.render;

import dev.kiln.source.CompactText;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.lexer.TokenStream;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code {% cache key %}…{% endcache %}}: the block is rendered once per build for each value of
 * {@code key}, and every later use in the build prints what it rendered. The default theme caches
 * a post's summary by its URL, which the home page, its categories, tags and authors all show.
 *
 * <p>Replaces Pebble's own tag of that name, for two reasons: Pebble's autoescaping does not look
 * inside its block (a title with a quote came out unescaped), and its cache outlives a build, where
 * {@code kiln serve} must show each rebuild's models.
 */
final class CacheTag implements TokenParser {
    private final CachedBlocks blocks;

    CacheTag(CachedBlocks blocks) {
        this.blocks = blocks;
    }

    @Override
    public String getTag() {
        return "cache";
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        TokenStream stream = parser.getStream();
        int line = token.getLineNumber();
        stream.next();
        Expression<?> key = parser.getExpressionParser().parseExpression();
        stream.expect(Token.Type.EXECUTE_END);
        BodyNode body = parser.subparse(t -> t.test(Token.Type.NAME, "endcache"));
        if (!stream.current().test(Token.Type.NAME, "endcache")) throw ClosedTag.unclosed(getTag(), token, parser);
        stream.next();
        stream.expect(Token.Type.EXECUTE_END);
        return new Block(line, key, body, blocks);
    }

    /** One {@code {% cache %}} block of a compiled template. */
    static final class Block extends AbstractRenderableNode {
        private final Expression<?> key;
        private final BodyNode body;
        private final CachedBlocks blocks;

        Block(int line, Expression<?> key, BodyNode body, CachedBlocks blocks) {
            super(line);
            this.key = key;
            this.body = body;
            this.blocks = blocks;
        }

        /** Visitors (the autoescaper among them) see the block's body as if the tag were not there. */
        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
            key.accept(visitor);
            body.accept(visitor);
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            Object name = key.evaluate(self, context);
            if (name == null) {
                throw new PebbleException(null, "the key of this {% cache %} block is null: give a key that names what"
                        + " the block shows, such as {% cache \"summary \" ~ item.url %}", getLineNumber(), self.getName());
            }
            String k = name.toString();
            CompactText html = blocks.get(this, k);
            if (html == null) {
                Utf8Writer out = new Utf8Writer(1024);
                body.render(self, out, context);
                html = blocks.keep(this, k, out.toCompactText());
            }
            if (writer instanceof Utf8Writer utf8) {
                utf8.write(html);
            } else {
                writer.write(html.text());
            }
        }
    }
}
