package dev.preflight.processor.validate;

import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.SourceSite;
import dev.preflight.runtime.HttpTokens;
import dev.preflight.runtime.OriginPattern;
import dev.preflight.runtime.OriginPlaceholder;
import dev.preflight.runtime.OriginProblem;
import dev.preflight.runtime.Origins;
import java.util.ArrayList;
import java.util.List;

/**
 * The validation rules: pure functions from the policy model to findings, with no
 * {@code javax.lang.model} in sight, so each rule can be tested on its own.
 *
 * <p>{@link #checkDeclaration} looks at one annotation as written (the syntax of each value);
 * {@link #checkEffective} at the merged policy of a resource method (how values combine).
 */
public final class PolicyRules {
    private PolicyRules() {
    }

    /** Checks every value of one {@code @CrossOrigin} as written. */
    public static List<Finding> checkDeclaration(DeclaredPolicy d) {
        List<Finding> findings = new ArrayList<>();
        checkOrigins(d, d.isExplicit(Attribute.VALUE) && !d.explicit().contains(Attribute.ORIGINS)
                ? Attribute.VALUE : Attribute.ORIGINS, findings);
        List<String> patterns = d.originPatterns();
        for (int i = 0; i < patterns.size(); i++) {
            if (OriginPlaceholder.isPlaceholder(patterns.get(i))) {
                checkPlaceholder(d, Attribute.ORIGIN_PATTERNS, i, findings);
                continue;
            }
            try {
                OriginPattern.parse(patterns.get(i));
            } catch (IllegalArgumentException e) {
                findings.add(Finding.at(Rule.E9, d, Attribute.ORIGIN_PATTERNS, i, e.getMessage()));
                continue;
            }
            if (wildcardBeforeTopLevelDomain(patterns.get(i))) {
                findings.add(Finding.at(Rule.E9, d, Attribute.ORIGIN_PATTERNS, i, "origin pattern \""
                        + patterns.get(i) + "\" puts the wildcard directly in front of a public suffix, so it "
                        + "matches every site under that top-level domain, anyone's. Name your own domain, "
                        + "for example \"https://*.example.com\""));
            }
        }
        checkHeaderNames(d, Attribute.ALLOWED_HEADERS, d.allowedHeaders(), findings);
        checkHeaderNames(d, Attribute.EXPOSED_HEADERS, d.exposedHeaders(), findings);
        List<String> methods = d.methods();
        for (int i = 0; i < methods.size(); i++) {
            String method = methods.get(i);
            if (method.equals("*")) {
                findings.add(Finding.at(Rule.E2, d, Attribute.METHODS, i, "methods = \"*\" is not supported: "
                        + "the allowed methods are derived from the resource methods on each path. Leave "
                        + "methods empty to allow them all, or name the ones to allow"));
            } else if (!HttpTokens.isToken(method)) {
                findings.add(Finding.at(Rule.E7, d, Attribute.METHODS, i, "method \"" + method + "\" is not a "
                        + "valid HTTP method name (RFC 9110 token); browsers would reject the preflight answer. "
                        + "Write it like \"PATCH\""));
            }
        }
        if (d.maxAge() < -1) {
            findings.add(Finding.at(Rule.E8, d, Attribute.MAX_AGE, -1, "maxAge = " + d.maxAge() + " is below -1; "
                    + "use a number of seconds, 0 to disable caching of preflights, or -1 to send no "
                    + "Access-Control-Max-Age"));
        }
        return findings;
    }

    private static void checkOrigins(DeclaredPolicy d, Attribute attribute, List<Finding> findings) {
        List<String> origins = d.origins();
        for (int i = 0; i < origins.size(); i++) {
            String origin = origins.get(i);
            if (origin.equals("*")) {
                if (origins.size() > 1) {
                    findings.add(Finding.at(Rule.E3, d, attribute, i, "origin \"*\" allows every origin and "
                            + "cannot be combined with other origins; use either \"*\" alone or the list"));
                }
                continue;
            }
            if (OriginPlaceholder.isPlaceholder(origin)) {
                checkPlaceholder(d, attribute, i, findings);
                continue;
            }
            OriginProblem problem = Origins.problemWith(origin);
            if (problem != null) {
                findings.add(Finding.at(ruleFor(problem), d, attribute, i, problem.message()));
            }
        }
    }

    /**
     * Whether a pattern that parsed is {@code scheme://*.tld[:ports]}: one label after the wildcard.
     * Multi-label public suffixes ({@code *.co.uk}) would need the Public Suffix List, not bundled.
     */
    private static boolean wildcardBeforeTopLevelDomain(String pattern) {
        int start = pattern.indexOf("://*.");
        if (start < 0) {
            return false;
        }
        String rest = pattern.substring(start + "://*.".length());
        int colon = rest.indexOf(':');
        String suffix = colon < 0 ? rest : rest.substring(0, colon);
        return suffix.indexOf('.') < 0;
    }

    /**
     * A placeholder's syntax and its default, with the rules the runtime applies to the resolved value
     * ({@code ConfiguredOrigins}): one implementation of each rule, shared.
     */
    private static void checkPlaceholder(DeclaredPolicy d, Attribute attribute, int index, List<Finding> findings) {
        boolean patterns = attribute == Attribute.ORIGIN_PATTERNS;
        String value = (patterns ? d.originPatterns() : d.origins()).get(index);
        Rule syntaxRule = patterns ? Rule.E9 : Rule.E3;
        OriginPlaceholder placeholder;
        try {
            placeholder = OriginPlaceholder.parse(value);
        } catch (IllegalArgumentException e) {
            findings.add(Finding.at(syntaxRule, d, attribute, index, e.getMessage()));
            return;
        }
        if (placeholder.defaultValue() == null) {
            return;
        }
        String prefix = "the default of placeholder " + placeholder + ": ";
        List<String> defaults = OriginPlaceholder.split(placeholder.defaultValue());
        if (defaults.isEmpty()) {
            findings.add(Finding.at(syntaxRule, d, attribute, index, prefix + "it is empty, so an unset "
                    + placeholder.property() + " would allow nothing; leave the default out to require the setting"));
        }
        for (String item : defaults) {
            if (patterns) {
                try {
                    OriginPattern.parse(item);
                } catch (IllegalArgumentException e) {
                    findings.add(Finding.at(Rule.E9, d, attribute, index, prefix + e.getMessage()));
                }
            } else if (item.equals("*")) {
                findings.add(Finding.at(Rule.E3, d, attribute, index, prefix + "\"*\" cannot come from a "
                        + "placeholder; write origins = \"*\" in the annotation, where the build checks it "
                        + "against the rest of the policy"));
            } else {
                OriginProblem problem = Origins.problemWith(item);
                if (problem != null) {
                    findings.add(Finding.at(ruleFor(problem), d, attribute, index, prefix + problem.message()));
                }
            }
        }
    }

    private static Rule ruleFor(OriginProblem problem) {
        return switch (problem.kind()) {
            case MALFORMED -> Rule.E3;
            case NOT_SERIALIZED -> Rule.E4;
            case NULL_ORIGIN -> Rule.E5;
        };
    }

    private static void checkHeaderNames(DeclaredPolicy d, Attribute attribute, List<String> names,
            List<Finding> findings) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.equals("*")) {
                continue;
            }
            if (!HttpTokens.isToken(name)) {
                findings.add(Finding.at(Rule.E6, d, attribute, i, "header name \"" + name + "\" is not a valid "
                        + "header name (RFC 9110 token: letters, digits and !#$%&'*+-.^_`|~, no spaces, colons "
                        + "or commas); browsers would reject the CORS answer. Write one name per array element"));
            }
        }
    }

    /**
     * Checks how the values of a resource method's merged policy combine.
     *
     * @param where the resource method, for a finding that no single attribute owns
     */
    public static List<Finding> checkEffective(EffectivePolicy p, SourceSite where) {
        List<Finding> findings = new ArrayList<>();
        if (p.origins().isEmpty() && p.originPatterns().isEmpty()) {
            DeclaredPolicy d = p.source(Attribute.ORIGINS);
            String message = "no origin is allowed: name the origins that may call, for example "
                    + "@CrossOrigin(origins = \"https://app.example.com\"), or write origins = \"*\" for any "
                    + "origin. Nothing is allowed by default";
            findings.add(d != null ? Finding.at(Rule.NO_ORIGIN, d, null, -1, message)
                    : Finding.on(Rule.NO_ORIGIN, where, message));
        }
        if (p.allowCredentials() && p.allowsAnyOrigin()) {
            findings.add(Finding.at(Rule.E1, p.source(Attribute.ALLOW_CREDENTIALS), Attribute.ALLOW_CREDENTIALS, -1,
                    "allowCredentials = true with origins = \"*\": browsers reject "
                    + "Access-Control-Allow-Origin: * on credentialed requests, and echoing every origin "
                    + "would let any site act as the signed-in user. Name the trusted origins"));
        }
        if (p.allowPrivateNetwork() && p.allowsAnyOrigin()) {
            findings.add(Finding.at(Rule.E13, p.source(Attribute.ALLOW_PRIVATE_NETWORK),
                    Attribute.ALLOW_PRIVATE_NETWORK, -1, "allowPrivateNetwork = true with origins = \"*\" lets "
                    + "any public web site reach this private-network service. Name the trusted origins"));
        }
        if (p.allowCredentials() && p.exposedHeaders().contains("*")) {
            findings.add(Finding.at(Rule.E2, p.source(Attribute.EXPOSED_HEADERS), Attribute.EXPOSED_HEADERS,
                    p.exposedHeaders().indexOf("*"), "exposedHeaders = \"*\" with allowCredentials = true: "
                    + "on credentialed requests browsers read \"*\" as a header literally named *, so no "
                    + "header is exposed. Name the headers to expose"));
        }
        return findings;
    }
}
