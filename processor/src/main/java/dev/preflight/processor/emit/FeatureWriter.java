package dev.preflight.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.preflight.processor.plan.CorsPlan;
import dev.preflight.processor.plan.PlannedResource;
import dev.preflight.processor.plan.PlannedRoute;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the application's {@code PreflightFeature}: the path table in precedence order, and the
 * lookup that asks each generated resource class for a deployed method's policy. It is the one class
 * found by service loading, or registered by hand.
 */
public final class FeatureWriter {
    private FeatureWriter() {
    }

    /**
     * Routes per generated method: keeps each method far below the JVM's 64 KiB of bytecode, and
     * each statement small for javac (one expression with thousands of chained calls takes it seconds).
     */
    private static final int ROUTES_PER_METHOD = 100;

    public static JavaFile write(ClassName feature, CorsPlan plan) {
        ArrayTypeName routeArray = ArrayTypeName.of(RuntimeNames.PREFLIGHT_ROUTE);
        List<MethodSpec> chunks = new ArrayList<>();
        CodeBlock.Builder allRoutes = CodeBlock.builder()
                .addStatement("$T routes = new $T[$L]", routeArray, RuntimeNames.PREFLIGHT_ROUTE, plan.routes().size());
        for (int first = 0; first < plan.routes().size(); first += ROUTES_PER_METHOD) {
            String name = "routes" + chunks.size();
            CodeBlock.Builder chunk = CodeBlock.builder();
            for (int r = first; r < Math.min(first + ROUTES_PER_METHOD, plan.routes().size()); r++) {
                chunk.addStatement("routes[$L] = $L", r, route(plan.routes().get(r)));
            }
            chunks.add(MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(routeArray, "routes")
                    .addCode(chunk.build())
                    .build());
            allRoutes.addStatement("$N(routes)", name);
        }
        allRoutes.addStatement("return routes");

        TypeName anyClass = ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
        CodeBlock.Builder lookup = CodeBlock.builder().addStatement("$T policy", RuntimeNames.CORS_POLICY);
        for (PlannedResource resource : plan.resources()) {
            lookup.beginControlFlow("if ((policy = $T.policyFor(resourceClass, method)) != null)",
                            ResourceCorsWriter.className(resource))
                    .addStatement("return policy")
                    .endControlFlow();
        }
        lookup.addStatement("return null");

        TypeSpec type = TypeSpec.classBuilder(feature)
                .addAnnotation(RuntimeNames.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(RuntimeNames.FEATURE_SUPPORT)
                .addJavadoc("Preflight's CORS support for this application's {@code @CrossOrigin} resources, generated.\n"
                        + "<p>Found through Jakarta REST service loading. With {@code jakarta.ws.rs.loadServices=false},\n"
                        + "register it by hand; registering it twice, or both ways, configures it once.\n")
                .addField(FieldSpec.builder(RuntimeNames.PREFLIGHT_ROUTES, "ROUTES", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The covered paths, templates in Jakarta REST precedence order.\n")
                        .initializer("$T.of(routes())", RuntimeNames.PREFLIGHT_ROUTES)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super(ROUTES, $T::policyFor)", feature)
                        .build())
                .addMethod(MethodSpec.methodBuilder("routes")
                        .addJavadoc("The path table, in precedence order.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(routeArray)
                        .addCode(allRoutes.build())
                        .build())
                .addMethods(chunks)
                .addMethod(MethodSpec.methodBuilder("policyFor")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(RuntimeNames.CORS_POLICY)
                        .addParameter(anyClass, "resourceClass")
                        .addParameter(Method.class, "method")
                        .addCode(lookup.build())
                        .build())
                .build();
        return JavaFile.builder(feature.packageName(), type)
                .addFileComment("Generated by Preflight. Do not edit: change the @CrossOrigin annotations instead.")
                .skipJavaLangImports(true)
                .build();
    }

    /** One route's builder chain: its path, each method's policy, its Access-Control-Allow-Methods values. */
    private static CodeBlock route(PlannedRoute route) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (route.path().isLiteral()) {
            code.add("$T.literal($S)", RuntimeNames.PREFLIGHT_ROUTE, route.path().template());
        } else {
            code.add("$T.template($S, $S)", RuntimeNames.PREFLIGHT_ROUTE, route.path().template(), route.path().regex());
        }
        code.indent();
        for (PlannedRoute.Entry entry : route.entries()) {
            code.add("\n.method($S, $T.$L)", entry.httpMethod(), ResourceCorsWriter.className(entry.resource()),
                    entry.policy().fieldName());
        }
        CodeBlock.Builder allow = CodeBlock.builder();
        for (int i = 0; i < route.allowMethods().size(); i++) {
            allow.add(i == 0 ? "$S" : ", $S", route.allowMethods().get(i));
        }
        // an explicit array: javac resolves it in its first phase, without trying varargs
        return code.add("\n.allowMethods(new String[] {$L})\n.build()", allow.build()).unindent().build();
    }
}
