package dev.kiln.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.SetNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.ForTokenParser;
import io.pebbletemplates.pebble.tokenParser.SetTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every printed expression ({@code {{ … }}}), and those of {@code for} and {@code set}, its
 * template and line when it fails. Pebble's filters and functions throw plain Java exceptions at
 * values they cannot take ({@code date("qqqqqq")}, {@code split(1)}, {@code replace("x")},
 * {@code max(1, "a")}), which reached the user as Kiln's internal error with a stack trace; here
 * they are template errors at the expression. Runs after Pebble's autoescaper, whose decisions
 * look at the bare expressions.
 */
final class LocatedExpressions extends AbstractNodeVisitor {
    private LocatedExpressions(PebbleTemplateImpl template) {
        super(template);
    }

    static NodeVisitor of(PebbleTemplate template) {
        return new LocatedExpressions((PebbleTemplateImpl) template);
    }

    @Override
    public void visit(PrintNode node) {
        // The node's line: the autoescaper's wrapping expression has none of its own.
        node.setExpression(located(node.getExpression(), node.getLineNumber()));
    }

    /**
     * Pebble's {@code for} and {@code set} tags, whose expressions no visitor can replace (their
     * nodes keep them in final fields), with each node made again around a located expression.
     */
    static List<TokenParser> tags() {
        return List.of(new Retagged(new ForTokenParser(), node -> {
            ForNode f = (ForNode) node;
            return new ForNode(f.getLineNumber(), f.getIterationVariable(), located(f.getIterable(), f.getLineNumber()),
                    f.getBody(), f.getElseBody());
        }), new Retagged(new SetTokenParser(), node -> {
            SetNode s = (SetNode) node;
            return new SetNode(s.getLineNumber(), s.getName(), located(s.getValue(), s.getLineNumber()));
        }));
    }

    private static Expression<?> located(Expression<?> expression, int line) {
        return expression instanceof Located ? expression : new Located(expression, line);
    }

    /** A Pebble tag whose node is made again by {@code remake}. */
    private record Retagged(TokenParser tag, UnaryOperator<RenderableNode> remake) implements TokenParser {
        @Override
        public String getTag() {
            return tag.getTag();
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            return remake.apply(tag.parse(token, parser));
        }
    }

    /** An expression whose failure names the template and line it is on. */
    private record Located(Expression<?> expression, int line) implements Expression<Object> {
        private static final Pattern CAST = Pattern.compile("class (\\S+) cannot be cast to class (\\S+)");

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            try {
                return expression.evaluate(self, context);
            } catch (PebbleException e) {
                throw e;
            } catch (ClassCastException e) {
                throw new PebbleException(e, "a filter or function here got a value of a type it cannot take"
                        + types(e.getMessage()), line, self.getName());
            } catch (UnsupportedOperationException e) {
                throw new PebbleException(e, "a filter here tried to change a list or map of the site's model, which"
                        + " templates can only read (Pebble's sort filter sorts in place)", line,
                        self.getName());
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw new PebbleException(e, "this expression failed: " + why, line, self.getName());
            }
        }

        /** " (a Long where a String was expected)" from the JVM's message, or "". */
        private static String types(String message) {
            if (message == null) return "";
            Matcher m = CAST.matcher(message);
            if (!m.find()) return "";
            return " (" + simple(m.group(1)) + " where " + simple(m.group(2)) + " was expected)";
        }

        private static String simple(String className) {
            String name = className.substring(className.lastIndexOf('.') + 1);
            return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
        }

        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public void accept(NodeVisitor visitor) {
            expression.accept(visitor);
        }
    }
}
