package dev.preflight.processor.validate;

import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.finding.Rule;
import com.google.common.net.InternetDomainName;
import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.SourceSite;
import dev.preflight.runtime.HttpTokens;
import dev.preflight.runtime.OriginPattern;
import dev.preflight.runtime.OriginPlaceholder;
import dev.preflight.runtime.OriginProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The validation rules: pure functions from the policy model to findings, with no
 * {@code javax.lang.model} in sight, so each rule can be tested on its own.
 *
 * <p>{@link #checkDeclaration} looks at one annotation as written (the syntax of each value);
 * {@link #checkEffective} at the merged policy of a resource method (how values combine).
 */
public final class PolicyRules {
    /** Chromium's cap on {@code Access-Control-Max-Age}; Firefox's is 86400. */
    static final long BROWSER_MAX_AGE = 7200;

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
            } else if (!matchesEveryOrigin(patterns.get(i))) { // checkEffective's business: E1 or E9
                checkPattern(d, i, patterns.get(i), "", findings);
            }
        }
        checkHeaderNames(d, Attribute.ALLOWED_HEADERS, d.allowedHeaders(), findings);
        checkHeaderNames(d, Attribute.EXPOSED_HEADERS, d.exposedHeaders(), findings);
        List<String> allowed = d.allowedHeaders();
        for (int i = 0; i < allowed.size(); i++) {
            if (HttpTokens.isToken(allowed.get(i)) && HeaderNames.isForbiddenRequestHeader(allowed.get(i))) {
                findings.add(Finding.at(Rule.FORBIDDEN_REQUEST_HEADER_ALLOWED, d, Attribute.ALLOWED_HEADERS, i, "allowedHeaders names \""
                        + allowed.get(i) + "\", a forbidden request header: browsers never let a script set it "
                        + "(they send it themselves, or not at all), so allowing it does nothing"
                        + (HeaderNames.key(allowed.get(i)).startsWith("cookie")
                                ? ". Browsers send cookies by themselves when allowCredentials = true; remove it"
                                : ". Remove it")));
            }
        }
        List<String> exposed = d.exposedHeaders();
        for (int i = 0; i < exposed.size(); i++) {
            String name = exposed.get(i);
            if (HeaderNames.isForbiddenResponseHeader(name)) {
                findings.add(Finding.at(Rule.FORBIDDEN_RESPONSE_HEADER_EXPOSED, d, Attribute.EXPOSED_HEADERS, i, "exposedHeaders names \"" + name
                        + "\", which browsers never expose to scripts, whatever the server says. Remove it; to "
                        + "let a script see a value, send it in a header of your own and expose that"));
            } else if (HeaderNames.isSafelistedResponseHeader(name)) {
                findings.add(Finding.at(Rule.SAFELISTED_RESPONSE_HEADER_EXPOSED, d, Attribute.EXPOSED_HEADERS, i, "exposedHeaders names \"" + name
                        + "\", a CORS-safelisted response header that every script can read anyway. Remove it"));
            }
        }
        List<String> httpMethods = d.allowedMethods();
        for (int i = 0; i < httpMethods.size(); i++) {
            String method = httpMethods.get(i);
            if (method.equals("*")) {
                findings.add(Finding.at(Rule.ANY_METHOD, d, Attribute.METHODS, i, "methods = \"*\" is not supported: "
                        + "the allowed methods are derived from the resource methods on each path. Leave "
                        + "methods empty to allow them all, or name the ones to allow"));
            } else if (!HttpTokens.isToken(method)) {
                findings.add(Finding.at(Rule.MALFORMED_METHOD, d, Attribute.METHODS, i, "method \"" + method + "\" is not a "
                        + "valid HTTP method name (RFC 9110 token); browsers would reject the preflight answer. "
                        + "Write it like \"PATCH\""));
            } else if (method.equals("OPTIONS")) {
                findings.add(Finding.at(Rule.OPTIONS_IN_METHODS, d, Attribute.METHODS, i, "methods names \"OPTIONS\": preflights "
                        + "are OPTIONS requests that Preflight answers itself, and no browser asks permission to "
                        + "send one. Remove it"));
            }
        }
        checkDuplicates(d, d.isExplicit(Attribute.VALUE) && !d.explicit().contains(Attribute.ORIGINS)
                ? Attribute.VALUE : Attribute.ORIGINS, d.origins(), false, findings);
        checkDuplicates(d, Attribute.ORIGIN_PATTERNS, d.originPatterns(), false, findings);
        checkDuplicates(d, Attribute.ALLOWED_HEADERS, d.allowedHeaders(), true, findings);
        checkDuplicates(d, Attribute.EXPOSED_HEADERS, d.exposedHeaders(), true, findings);
        checkDuplicates(d, Attribute.METHODS, d.allowedMethods(), false, findings);
        checkMaxAge(d, findings);
        return findings;
    }

    /** A pattern's syntax and public-suffix check; {@code prefix} says where it came from, if not written directly. */
    private static void checkPattern(DeclaredPolicy d, int index, String pattern, String prefix, List<Finding> findings) {
        OriginPattern parsed;
        try {
            parsed = OriginPattern.parse(pattern);
        } catch (IllegalArgumentException e) {
            findings.add(Finding.at(Rule.MALFORMED_ORIGIN_PATTERN, d, Attribute.ORIGIN_PATTERNS, index, prefix + e.getMessage()));
            return;
        }
        String domain = parsed.wildcardDomain();
        if (domain != null && isPublicSuffix(domain)) {
            findings.add(Finding.at(Rule.PATTERN_ON_PUBLIC_SUFFIX, d, Attribute.ORIGIN_PATTERNS, index, prefix + "origin pattern \"" + pattern
                    + "\" puts the wildcard directly in front of \"" + domain + "\", a public suffix (Public "
                    + "Suffix List), so it matches every site anyone registers under it. Name your own domain, "
                    + "for example \"" + parsed.scheme() + "://*.example." + domain + "\""));
        }
    }

    /** Whether the Public Suffix List, as Guava carries it, has {@code domain}: {@code com}, {@code co.uk}, {@code github.io}. */
    private static boolean isPublicSuffix(String domain) {
        return InternetDomainName.isValid(domain) && InternetDomainName.from(domain).isPublicSuffix();
    }

    /** {@code "*"}, {@code "https://*"}, {@code "*://*:[*]"}: a pattern whose host is only a wildcard. */
    static boolean matchesEveryOrigin(String pattern) {
        return OriginPattern.hostPart(pattern).equals("*");
    }

    private static void checkDuplicates(DeclaredPolicy d, Attribute attribute, List<String> values,
            boolean ignoreCase, List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(ignoreCase ? HeaderNames.key(values.get(i)) : values.get(i))) {
                findings.add(Finding.at(Rule.DUPLICATE_VALUE, d, attribute, i, attribute.javaName() + " lists \"" + values.get(i)
                        + "\" twice" + (ignoreCase ? " (header names ignore case)" : "")
                        + "; the second one does nothing. Remove it"));
            }
        }
    }

    private static void checkMaxAge(DeclaredPolicy d, List<Finding> findings) {
        if (d.maxAge() < -1) {
            findings.add(Finding.at(Rule.MAX_AGE_BELOW_MINUS_ONE, d, Attribute.MAX_AGE, -1, "maxAge = " + d.maxAge() + " is below -1; "
                    + "use a number of seconds, 0 to disable caching of preflights, or -1 to send no "
                    + "Access-Control-Max-Age"));
        } else if (d.maxAge() > BROWSER_MAX_AGE) {
            findings.add(Finding.at(Rule.MAX_AGE_ABOVE_BROWSER_CAP, d, Attribute.MAX_AGE, -1, "maxAge = " + d.maxAge() + " is above "
                    + BROWSER_MAX_AGE + ": Chromium caches a preflight for at most " + BROWSER_MAX_AGE + " seconds "
                    + "and silently uses that instead. Write maxAge = " + BROWSER_MAX_AGE + " to say what happens"));
        } else if (d.maxAge() == 0) {
            findings.add(Finding.at(Rule.MAX_AGE_ZERO, d, Attribute.MAX_AGE, -1, "maxAge = 0 forbids browsers to cache "
                    + "preflights, so every request that needs one costs an extra round trip. Use a number of "
                    + "seconds (the default is " + DeclaredPolicy.DEFAULT_MAX_AGE + "); if this is intended, "
                    + "say so with @SuppressWarnings(\"cors\")"));
        }
    }

    private static void checkOrigins(DeclaredPolicy d, Attribute attribute, List<Finding> findings) {
        List<String> origins = d.origins();
        for (int i = 0; i < origins.size(); i++) {
            String origin = origins.get(i);
            if (origin.equals("*")) {
                if (origins.size() > 1) {
                    findings.add(Finding.at(Rule.ANY_ORIGIN_AMONG_OTHERS, d, attribute, i, "origin \"*\" allows every origin and "
                            + "cannot be combined with other origins; use either \"*\" alone or the list"));
                }
                continue;
            }
            if (OriginPlaceholder.isPlaceholder(origin)) {
                checkPlaceholder(d, attribute, i, findings);
                continue;
            }
            checkOrigin(d, attribute, i, origin, "", findings);
        }
    }

    /**
     * One origin, as the URL standard parses and serializes it: E3, E4, E5, or W8 for a trailing dot.
     * {@code prefix} says where it came from, if not written directly.
     */
    private static void checkOrigin(DeclaredPolicy d, Attribute attribute, int index, String origin, String prefix,
            List<Finding> findings) {
        OriginProblem problem = DomainToAscii.problemWith(origin);
        if (problem == null) {
            if (origin.endsWith(".")) {
                String withoutDot = origin.substring(0, origin.length() - 1);
                findings.add(Finding.at(Rule.ORIGIN_WITH_TRAILING_DOT, d, attribute, index, prefix + "origin \"" + origin + "\" ends "
                        + "in a dot, which browsers keep: it is another origin than \"" + withoutDot + "\", and "
                        + "pages are almost never served from it. Write \"" + withoutDot + "\" unless pages "
                        + "really are served with the dot"));
            }
            return;
        }
        String message = problem.message();
        if (problem.kind() == OriginProblem.Kind.MALFORMED && origin.indexOf('*') >= 0) {
            message = wildcardInOrigins(origin);
        }
        findings.add(Finding.at(ruleFor(problem), d, attribute, index, prefix + message));
    }

    /**
     * E3 for a wildcard in {@code origins}: suggests the pattern only where it would pass as a pattern,
     * so that the advice never leads into E9.
     */
    private static String wildcardInOrigins(String origin) {
        String quoted = '"' + origin + '"';
        String advice;
        try {
            OriginPattern pattern = OriginPattern.parse(origin);
            String domain = pattern.wildcardDomain();
            advice = domain != null && isPublicSuffix(domain)
                    ? "A pattern cannot help here either: \"" + domain + "\" is a public suffix, so " + quoted
                            + " would match every site anyone registers under it. Name your own domain, for "
                            + "example originPatterns = \"" + pattern.scheme() + "://*.example." + domain + "\""
                    : "Put patterns in originPatterns: originPatterns = " + quoted;
        } catch (IllegalArgumentException e) {
            advice = "Put patterns in originPatterns, such as originPatterns = \"https://*.example.com\"";
        }
        return "origin " + quoted + " contains a wildcard; origins are compared exactly. " + advice
                + ", or use origins = \"*\" for any origin";
    }

    /**
     * A placeholder's syntax and its default, with the rules the runtime applies to the resolved value
     * ({@code ConfiguredOrigins}): one implementation of each rule, shared.
     */
    private static void checkPlaceholder(DeclaredPolicy d, Attribute attribute, int index, List<Finding> findings) {
        boolean patterns = attribute == Attribute.ORIGIN_PATTERNS;
        String value = (patterns ? d.originPatterns() : d.origins()).get(index);
        Rule syntaxRule = patterns ? Rule.MALFORMED_ORIGIN_PATTERN : Rule.MALFORMED_ORIGIN;
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
                checkPattern(d, index, item, prefix, findings);
            } else if (item.equals("*")) {
                findings.add(Finding.at(Rule.ANY_ORIGIN_FROM_PLACEHOLDER, d, attribute, index, prefix + "\"*\" cannot come from a "
                        + "placeholder; write origins = \"*\" in the annotation, where the build checks it "
                        + "against the rest of the policy"));
            } else {
                checkOrigin(d, attribute, index, item, prefix, findings);
            }
        }
    }

    private static Rule ruleFor(OriginProblem problem) {
        return switch (problem.kind()) {
            case MALFORMED -> Rule.MALFORMED_ORIGIN;
            case NOT_SERIALIZED -> Rule.ORIGIN_NOT_SERIALIZED;
            case NULL_ORIGIN -> Rule.NULL_ORIGIN;
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
                findings.add(Finding.at(Rule.MALFORMED_HEADER_NAME, d, attribute, i, "header name \"" + name + "\" is not a valid "
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
            findings.add(Finding.at(Rule.CREDENTIALS_WITH_ANY_ORIGIN, p.source(Attribute.ALLOW_CREDENTIALS), Attribute.ALLOW_CREDENTIALS, -1,
                    "allowCredentials = true with origins = \"*\": browsers reject "
                    + "Access-Control-Allow-Origin: * on credentialed requests, and echoing every origin "
                    + "would let any site act as the signed-in user. Name the trusted origins"));
        }
        checkEveryOriginPatterns(p, findings);
        if (p.allowCredentials()) {
            checkPlainHttp(p, Attribute.ORIGINS, p.origins(), findings);
            checkPlainHttp(p, Attribute.ORIGIN_PATTERNS, p.originPatterns(), findings);
        }
        if (p.allowPrivateNetwork() && p.allowsAnyOrigin()) {
            findings.add(Finding.at(Rule.PRIVATE_NETWORK_FOR_ANY_ORIGIN, p.source(Attribute.ALLOW_PRIVATE_NETWORK),
                    Attribute.ALLOW_PRIVATE_NETWORK, -1, "allowPrivateNetwork = true with origins = \"*\" lets "
                    + "any public web site reach this private-network service. Name the trusted origins"));
        }
        if (p.allowCredentials() && p.exposedHeaders().contains("*")) {
            findings.add(Finding.at(Rule.CREDENTIALS_WITH_ANY_EXPOSED_HEADER, p.source(Attribute.EXPOSED_HEADERS), Attribute.EXPOSED_HEADERS,
                    p.exposedHeaders().indexOf("*"), "exposedHeaders = \"*\" with allowCredentials = true: "
                    + "on credentialed requests browsers read \"*\" as a header literally named *, so no "
                    + "header is exposed. Name the headers to expose"));
        }
        return findings;
    }

    private static void checkEveryOriginPatterns(EffectivePolicy p, List<Finding> findings) {
        DeclaredPolicy d = p.source(Attribute.ORIGIN_PATTERNS);
        for (int i = 0; i < p.originPatterns().size(); i++) {
            String pattern = p.originPatterns().get(i);
            if (!matchesEveryOrigin(pattern)) {
                continue;
            }
            if (p.allowCredentials()) {
                findings.add(Finding.at(Rule.CREDENTIALS_WITH_EVERY_ORIGIN_PATTERN, d, Attribute.ORIGIN_PATTERNS, i, "origin pattern \"" + pattern
                        + "\" matches every origin, and allowCredentials = true: every web site the user visits "
                        + "could then call this API as the signed-in user, with the user's cookies. Name the "
                        + "trusted origins, or patterns under your own domain such as \"https://*.example.com\""));
            } else {
                findings.add(Finding.at(Rule.PATTERN_MATCHING_EVERY_ORIGIN, d, Attribute.ORIGIN_PATTERNS, i, "origin pattern \"" + pattern
                        + "\" matches every origin; a pattern needs a domain after the wildcard, such as "
                        + "\"https://*.example.com\". For any origin write origins = \"*\""));
            }
        }
    }

    /** W4: {@code http:} origins and patterns, loopback aside, that credentials would be sent to. */
    private static void checkPlainHttp(EffectivePolicy p, Attribute attribute, List<String> values,
            List<Finding> findings) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (!value.startsWith("http://") || matchesEveryOrigin(value)) {
                continue;
            }
            String host = hostOf(value.substring("http://".length()));
            if (isLoopback(host)) {
                continue;
            }
            findings.add(Finding.at(Rule.PLAIN_HTTP_WITH_CREDENTIALS, p.source(attribute), attribute, i, (attribute == Attribute.ORIGINS
                    ? "origin \"" : "origin pattern \"") + value + "\" is plain http with allowCredentials = true: "
                    + "anyone on the network path can read and change that site's pages and so act as the "
                    + "signed-in user here. Use \"https://" + value.substring("http://".length()) + "\""));
        }
    }

    /** The host of {@code host[:port]} or {@code *.domain:[ports]}. */
    private static String hostOf(String authority) {
        return OriginPattern.hostPart(authority);
    }

    /** {@code localhost} and its subdomains, {@code 127.0.0.0/8}, {@code [::1]}: never leave the machine. */
    private static boolean isLoopback(String host) {
        return dev.preflight.runtime.Origins.isLoopbackHost(host);
    }
}
