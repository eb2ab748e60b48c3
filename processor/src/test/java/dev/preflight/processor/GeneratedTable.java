package dev.preflight.processor;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import dev.preflight.runtime.PolicyRow;
import dev.preflight.runtime.PolicyTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The rows of a generated {@code PreflightFeature}'s policy table, read as the runtime reads them: the
 * constant arguments of each row's call, found in javac's syntax tree of the generated source (however
 * JavaPoet breaks its lines), decoded by the runtime's {@link PolicyRow}.
 */
final class GeneratedTable {
    private GeneratedTable() {
    }

    /** One call of the table: the row it adds. */
    record Call(PolicyRow row) {
        /** The call as one line of Java, as the processor prints it: {@code policies.add("...", ..., "1800");}. */
        String statement(String receiverAndMethod) {
            PolicyRow.Encoded e = row.encode();
            List<String> flags = e.flagNames();
            return receiverAndMethod + "(" + CodeBlock.of("$S, $S, $S, $L, $S, $S, $S", e.methodKeys(), e.origins(),
                    e.patterns(), flags.isEmpty() ? "0" : String.join(" | ", flags), e.allowHeaders(),
                    e.exposeHeaders(), e.maxAge()) + ");";
        }
    }

    /** The last source parsed and its calls: tests look up many rows of one feature. */
    private static Parsed last;

    private record Parsed(String generated, String receiverAndMethod, List<Call> calls) {
    }

    /** The calls of {@code receiverAndMethod} ({@code policies.add}) in the generated source, in order. */
    static synchronized List<Call> calls(String generated, String receiverAndMethod) {
        Parsed cached = last;
        if (cached != null && cached.generated().equals(generated)
                && cached.receiverAndMethod().equals(receiverAndMethod)) {
            return cached.calls();
        }
        List<Call> calls = parse(generated, receiverAndMethod);
        last = new Parsed(generated, receiverAndMethod, calls);
        return calls;
    }

    private static List<Call> parse(String generated, String receiverAndMethod) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///PreflightFeature.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return generated;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, null, List.of("-proc:none"), null, List.of(source));
        List<Call> calls = new ArrayList<>();
        try {
            for (CompilationUnitTree unit : task.parse()) {
                new TreeScanner<Void, Void>() {
                    @Override
                    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                        if (call.getMethodSelect().toString().equals(receiverAndMethod)) {
                            List<? extends ExpressionTree> a = call.getArguments();
                            calls.add(new Call(PolicyRow.decode(new PolicyRow.Encoded(string(a.get(0)),
                                    string(a.get(1)), string(a.get(2)), flags(a.get(3)), string(a.get(4)),
                                    string(a.get(5)), string(a.get(6))))));
                        }
                        return super.visitMethodInvocation(call, unused);
                    }
                }.scan(unit, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(calls);
    }

    /** A string constant or {@code null}: the generated rows hold nothing else there. */
    private static String string(ExpressionTree argument) {
        if (argument instanceof LiteralTree literal
                && (literal.getValue() == null || literal.getValue() instanceof String)) {
            return (String) literal.getValue();
        }
        throw new AssertionError("not a constant: " + argument);
    }

    /** {@code 0}, or {@code PolicyTable}'s flag constants or'ed. */
    private static int flags(ExpressionTree argument) {
        if (argument instanceof LiteralTree literal && literal.getValue() instanceof Integer value) {
            return value;
        }
        if (argument instanceof BinaryTree or && or.getKind() == Tree.Kind.OR) {
            return flags(or.getLeftOperand()) | flags(or.getRightOperand());
        }
        if (argument instanceof IdentifierTree flag) {
            try {
                return PolicyTable.class.getField(flag.getName().toString()).getInt(null);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("no such flag: " + flag, e);
            }
        }
        throw new AssertionError("not a flag: " + argument);
    }
}
