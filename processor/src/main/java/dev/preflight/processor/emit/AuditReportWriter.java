package dev.preflight.processor.emit;

import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.processor.plan.CorsPlan;
import dev.preflight.processor.plan.PathTemplate;
import dev.preflight.processor.plan.PolicyMerger;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/preflight/cors-policies.json}: for every path template and HTTP method a policy
 * covers, the effective policy and, for each attribute, the element it came from. It answers a security
 * reviewer's "which endpoints accept which origins?" from the build itself.
 */
public final class AuditReportWriter {
    public static final String REPORT = "META-INF/preflight/cors-policies.json";

    private AuditReportWriter() {
    }

    /** One covered endpoint: a resource method and its merged policy, with provenance. */
    public record Endpoint(String path, String method, String resourceMethod, EffectivePolicy policy) {
    }

    /** The endpoints of the covered resource methods of {@code resources}. */
    public static List<Endpoint> endpoints(List<Resource> resources) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Resource resource : resources) {
            for (ResourceMethod method : resource.methods()) {
                EffectivePolicy policy = method.hasPolicy() ? PolicyMerger.merge(method) : null;
                if (policy != null && CorsPlan.isCovered(method, policy)) {
                    endpoints.add(new Endpoint(PathTemplate.parse(method.pathTemplate()).template(),
                            method.httpMethod(), resource.qualifiedName() + "." + method.javaName()
                                    // as source code names the types: Outer.Inner, not Outer$Inner
                                    + "(" + String.join(", ", method.parameterTypes()).replace('$', '.') + ")",
                            policy));
                }
            }
        }
        return endpoints;
    }

    public static void write(Filer filer, List<Endpoint> endpoints) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", REPORT);
        try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            out.write(toJson(endpoints));
        }
    }

    static String toJson(List<Endpoint> endpoints) {
        List<Endpoint> sorted = new ArrayList<>(endpoints);
        sorted.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method)
                .thenComparing(Endpoint::resourceMethod));
        StringBuilder json = new StringBuilder("{\n  \"format\": 1,\n  \"endpoints\": [");
        for (int i = 0; i < sorted.size(); i++) {
            Endpoint e = sorted.get(i);
            EffectivePolicy p = e.policy();
            json.append(i == 0 ? "\n" : ",\n").append("    {\n");
            field(json, "path", quote("/" + e.path()));
            field(json, "method", quote(e.method()));
            field(json, "resourceMethod", quote(e.resourceMethod()));
            field(json, "origins", array(p.origins()));
            field(json, "originPatterns", array(p.originPatterns()));
            field(json, "allowedHeaders", array(p.allowedHeaders()));
            field(json, "exposedHeaders", array(p.exposedHeaders()));
            field(json, "allowCredentials", Boolean.toString(p.allowCredentials()));
            field(json, "maxAge", Long.toString(p.maxAge()));
            field(json, "allowPrivateNetwork", Boolean.toString(p.allowPrivateNetwork()));
            json.append("      \"sources\": {");
            boolean first = true;
            for (Attribute attribute : Attribute.values()) {
                if (attribute == Attribute.VALUE || attribute == Attribute.METHODS || p.source(attribute) == null) {
                    continue;
                }
                json.append(first ? "\n" : ",\n").append("        ").append(quote(attribute.javaName())).append(": ")
                        .append(quote(p.source(attribute).site().qualifiedDescription()));
                first = false;
            }
            json.append("\n      }\n    }");
        }
        return json.append(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
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

    /** A JSON string; annotation values may hold any character. */
    static String quote(String s) {
        if (s.chars().allMatch(c -> c >= 0x20 && c != '"' && c != '\\' && c != 0x2028 && c != 0x2029)) {
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
