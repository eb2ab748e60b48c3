package dev.preflight.processor.validate;

import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.AttributeValues;
import dev.preflight.processor.model.ConsumedTypes;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.HeaderRead;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.processor.model.SourceSite;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Model objects built by hand, so that the rules are tested without javac. */
final class Model {
    private Model() {
    }

    record Site(String describe, boolean warningsSuppressed) implements SourceSite {
        @Override
        public String qualifiedDescription() {
            return describe;
        }
    }

    static SourceSite site(String name) {
        return new Site(name, false);
    }

    static SourceSite suppressed(String name) {
        return new Site(name, true);
    }

    /** A {@code @CrossOrigin} as written; each setter marks its attribute explicit. */
    static final class Declaration {
        private final SourceSite site;
        private final Set<Attribute> explicit = EnumSet.noneOf(Attribute.class);
        private final AttributeValues.Builder values = AttributeValues.builder();

        Declaration(SourceSite site) {
            this.site = site;
        }

        /** Any attribute, as {@link Attribute#kind()} holds it; the setters below name the common ones. */
        Declaration set(Attribute attribute, Object value) {
            explicit.add(attribute);
            values.set(attribute, value);
            return this;
        }

        Declaration origins(String... values) {
            return set(Attribute.ORIGINS, List.of(values));
        }

        Declaration patterns(String... values) {
            return set(Attribute.ORIGIN_PATTERNS, List.of(values));
        }

        Declaration allowedHeaders(String... values) {
            return set(Attribute.ALLOWED_HEADERS, List.of(values));
        }

        Declaration exposedHeaders(String... values) {
            return set(Attribute.EXPOSED_HEADERS, List.of(values));
        }

        Declaration methods(String... values) {
            return set(Attribute.METHODS, List.of(values));
        }

        Declaration credentials() {
            return set(Attribute.ALLOW_CREDENTIALS, true);
        }

        Declaration maxAge(long seconds) {
            return set(Attribute.MAX_AGE, seconds);
        }

        DeclaredPolicy build() {
            return new DeclaredPolicy(site, explicit, values.build());
        }
    }

    static Declaration declaration() {
        return new Declaration(site("@CrossOrigin on R"));
    }

    static Declaration declaration(SourceSite site) {
        return new Declaration(site);
    }

    /** A resource method; the header reads and consumed types are optional. */
    static final class Method {
        private final SourceSite site;
        private final String httpMethod;
        private final String path;
        private DeclaredPolicy classPolicy;
        private DeclaredPolicy methodPolicy;
        private final List<HeaderRead> headerReads = new ArrayList<>();
        private ConsumedTypes consumes;
        private final List<DeclaredPolicy> via = new ArrayList<>();
        private final List<dev.preflight.processor.model.Locator> locators = new ArrayList<>();

        Method(SourceSite site, String httpMethod, String path) {
            this.site = site;
            this.httpMethod = httpMethod;
            this.path = path;
        }

        Method classPolicy(DeclaredPolicy policy) {
            classPolicy = policy;
            return this;
        }

        Method methodPolicy(DeclaredPolicy policy) {
            methodPolicy = policy;
            return this;
        }

        /** Reached through a sub-resource locator that carries {@code policy} (or none, for {@code null}). */
        Method through(SourceSite locator, DeclaredPolicy policy) {
            locators.add(new dev.preflight.processor.model.Locator(locator, locator.describe()));
            if (policy != null) {
                via.add(policy);
            }
            return this;
        }

        Method readsHeader(String name, SourceSite where) {
            headerReads.add(new HeaderRead(name, where));
            return this;
        }

        Method consumes(SourceSite where, String... mediaTypes) {
            consumes = new ConsumedTypes(List.of(mediaTypes), where);
            return this;
        }

        ResourceMethod build() {
            return new ResourceMethod(site, site.describe(), List.of(), httpMethod, path, classPolicy, methodPolicy,
                    List.of(), via, locators, headerReads, consumes, site);
        }
    }

    static Method method(String javaName, String httpMethod, String path) {
        return new Method(site(javaName), httpMethod, path);
    }

    static Resource resource(String name, ResourceMethod... methods) {
        return new Resource(site(name), "com.example." + name, List.of("com.example." + name), "com.example", List.of(name),
                List.of(methods));
    }

    /** The codes of the findings, in order ({@code "W5"}). */
    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().code()).toList();
    }
}
