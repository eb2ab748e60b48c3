package dev.preflight.processor.emit;

import dev.preflight.processor.model.ApplicationPath;
import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.processor.model.SourceSite;
import dev.preflight.processor.resolve.Resolution;
import dev.preflight.processor.resolve.ResolvedMethod;
import dev.preflight.processor.resolve.ResolvedResource;
import dev.preflight.runtime.PathPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code META-INF/preflight/cors-policies.json}: every endpoint of the compilation (each resource
 * method of each resource class read, those reached through sub-resource locators included) with its
 * full path template and HTTP method, and for a covered one the effective policy and, for each
 * attribute, the element it came from; an uncovered one says why. It answers a security reviewer's
 * "which endpoints accept which origins, and which accept none?" from the build itself.
 */
public final class AuditReportWriter {
    public static final String REPORT = "META-INF/preflight/cors-policies.json";

    private AuditReportWriter() {
    }

    /**
     * One endpoint: a resource method, and its merged policy, with provenance.
     *
     * @param path the path template relative to the application
     * @param via the sub-resource locators that lead to it, outermost first
     * @param policy its effective policy, or {@code null} when Preflight does not cover it
     * @param uncovered why it is not covered, or {@code null} when it is
     */
    public record Endpoint(String path, String method, String resourceMethod, List<String> via,
            EffectivePolicy policy, String uncovered) {
    }

    /** The endpoints of every resource method read, covered or not. */
    public static List<Endpoint> endpoints(Resolution resolution) {
        List<Endpoint> endpoints = new ArrayList<>();
        List<ResolvedResource> all = new ArrayList<>(resolution.withPolicy());
        all.addAll(resolution.unannotated());
        for (ResolvedResource resource : all) {
            for (ResolvedMethod resolved : resource.methods()) {
                ResourceMethod method = resolved.method();
                EffectivePolicy policy = resolved.policy();
                String uncovered = switch (resolved.coverage()) {
                    case COVERED -> null;
                    case NO_POLICY -> "no @CrossOrigin applies to it";
                    case OPTIONS_METHOD -> "the application answers OPTIONS itself";
                    case LEFT_OUT_BY_METHODS -> "the methods attribute of @CrossOrigin on "
                            + policy.source(Attribute.METHODS).site().describe() + " leaves " + method.httpMethod()
                            + " out";
                };
                List<String> via = new ArrayList<>();
                method.locators().forEach(l -> via.add(l.description()));
                // a malformed template is written as it is: only an uncovered method can have one
                endpoints.add(new Endpoint(resolved.template(), method.httpMethod(),
                        resource.resource().qualifiedName() + "." + method.javaName()
                                // as source code names the types: Outer.Inner, not Outer$Inner
                                + "(" + String.join(", ", method.parameterTypes()).replace('$', '.') + ")",
                        via, uncovered == null ? policy : null, uncovered));
            }
        }
        return endpoints;
    }

    /**
     * The report's text.
     *
     * @param applicationPaths the {@code @ApplicationPath} of each application of the compilation: with
     *     exactly one, every path is prefixed with it
     */
    public static String toJson(List<Endpoint> endpoints, List<ApplicationPath> applicationPaths) {
        ApplicationPath application = applicationPaths.size() == 1 ? applicationPaths.get(0) : null;
        String prefix = application == null ? "" : PathPattern.join(application.path(), "");
        List<Endpoint> sorted = new ArrayList<>(endpoints);
        sorted.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method)
                .thenComparing(Endpoint::resourceMethod).thenComparing(e -> String.join(" ", e.via())));
        StringBuilder json = new StringBuilder("{\n  \"format\": 2,\n");
        json.append("  \"applicationPath\": ").append(application == null ? "null" : quote("/" + prefix)).append(",\n");
        json.append("  \"pathsRelativeTo\": ").append(quote(application != null
                ? "@ApplicationPath(\"" + application.path() + "\") of " + application.application()
                : applicationPaths.isEmpty()
                        ? "the application: no Application subclass with @ApplicationPath in this compilation"
                        : "the application: several Application subclasses with @ApplicationPath in this "
                                + "compilation, and Preflight cannot tell which deploys each resource"))
                .append(",\n");
        // the same few declarations are the sources of every endpoint's attributes
        Map<SourceSite, String> descriptions = new IdentityHashMap<>();
        // and the methods of a class mostly have equal policies from the same declarations: written once
        Map<EffectivePolicy, String> policies = new HashMap<>();
        json.append("  \"endpoints\": [");
        for (int i = 0; i < sorted.size(); i++) {
            Endpoint e = sorted.get(i);
            EffectivePolicy p = e.policy();
            json.append(i == 0 ? "\n" : ",\n").append("    {\n");
            field(json, "path", quote("/" + PathPattern.join(prefix, e.path())));
            field(json, "method", quote(e.method()));
            field(json, "resourceMethod", quote(e.resourceMethod()));
            if (!e.via().isEmpty()) {
                field(json, "via", array(e.via()));
            }
            if (p == null) {
                field(json, "covered", "false");
                json.append("      ").append(quote("reason")).append(": ").append(quote(e.uncovered())).append('\n');
                json.append("    }");
                continue;
            }
            field(json, "covered", "true");
            json.append(policies.computeIfAbsent(p, policy -> policy(policy, descriptions)));
        }
        return json.append(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** A covered endpoint's policy and its sources, to the end of the endpoint. */
    private static String policy(EffectivePolicy p, Map<SourceSite, String> descriptions) {
        StringBuilder json = new StringBuilder();
        for (Attribute attribute : Attribute.values()) {
            if (attribute.isReported()) {
                Object value = p.values().get(attribute);
                field(json, attribute.javaName(), attribute.kind() == Attribute.Kind.STRINGS
                        ? array(p.values().strings(attribute)) : value.toString());
            }
        }
        json.append("      \"sources\": {");
        boolean first = true;
        for (Attribute attribute : Attribute.values()) {
            if (!attribute.isReported() || p.source(attribute) == null) {
                continue;
            }
            json.append(first ? "\n" : ",\n").append("        ").append(quote(attribute.javaName())).append(": ")
                    .append(descriptions.computeIfAbsent(p.source(attribute).site(),
                            site -> quote(site.qualifiedDescription())));
            first = false;
        }
        return json.append("\n      }\n    }").toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("      ").append(quote(name)).append(": ").append(value).append(",\n");
    }

    private static String array(List<String> values) {
        StringBuilder a = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            a.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        return a.append(']').toString();
    }

    /**
     * Whether {@code s} needs no escape in JSON. A plain loop, not a stream: the processor's classes
     * are loaded afresh for each compilation, so this runs interpreted at first, thousands of times.
     */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x2028 || c == 0x2029) {
                return false;
            }
        }
        return true;
    }

    /** A JSON string; annotation values may hold any character. */
    static String quote(String s) {
        if (isPlain(s)) {
            return "\"" + s + "\""; // the common case, at thousands of endpoints
        }
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
