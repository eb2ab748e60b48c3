package dev.preflight.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static dev.preflight.processor.validate.Model.codes;
import static dev.preflight.processor.validate.Model.declaration;
import static dev.preflight.processor.validate.Model.method;
import static dev.preflight.processor.validate.Model.resource;
import static dev.preflight.processor.validate.Model.site;
import static dev.preflight.processor.validate.Model.suppressed;

import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.processor.model.SourceSite;
import dev.preflight.processor.resolve.PolicyMerger;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules on model objects built by hand: no javac, one rule at a time. */
class RulesTest {
    private static final String APP = "https://app.example.com";

    private static List<Finding> declared(Model.Declaration d) {
        return PolicyRules.checkDeclaration(d.build());
    }

    private static List<Finding> effective(Model.Declaration d) {
        ResourceMethod m = method("get", "GET", "r").classPolicy(d.build()).build();
        return PolicyRules.checkEffective(PolicyMerger.merge(m), m.site());
    }

    private static List<Finding> signature(ResourceMethod m) {
        return SignatureRules.check(m, PolicyMerger.merge(m));
    }

    @Nested
    class Declarations {
        @Test
        void validDeclarationHasNoFinding() {
            assertThat(declared(declaration().origins(APP).patterns("https://*.example.co.uk")
                    .allowedHeaders("Authorization", "Content-Type").exposedHeaders("X-Total-Count")
                    .methods("GET", "HEAD").maxAge(7200))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Set-Cookie", "set-cookie2"})
        void e6SetCookieExposed(String name) {
            List<Finding> findings = declared(declaration().origins(APP).exposedHeaders("X-Ok", name));
            assertThat(codes(findings)).containsExactly("E6");
            assertThat(findings.get(0).index()).isEqualTo(1);
            assertThat(findings.get(0).message()).contains("browsers never expose to scripts");
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://*.com", "https://*.co.uk", "https://*.github.io", "https://*.uk:[8443]"})
        void e9WildcardInFrontOfAPublicSuffix(String pattern) {
            List<Finding> findings = declared(declaration().origins(APP).patterns(pattern));
            assertThat(codes(findings)).containsExactly("E9");
            assertThat(findings.get(0).message()).contains("a public suffix");
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://*.example.co.uk", "https://*.me.github.io", "http://*.localhost:[*]",
            "https://*.corp.internal"})
        void e9OwnDomainsPass(String pattern) {
            assertThat(declared(declaration().origins(APP).patterns(pattern))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Cookie", "host", "Origin", "Content-Length", "Sec-Fetch-Mode", "Proxy-Authorization"})
        void w3ForbiddenRequestHeader(String name) {
            List<Finding> findings = declared(declaration().origins(APP).allowedHeaders("X-Ok", name));
            assertThat(codes(findings)).containsExactly("W3");
            assertThat(findings.get(0).attribute()).isEqualTo(Attribute.ALLOWED_HEADERS);
            assertThat(findings.get(0).index()).isEqualTo(1);
        }

        @Test
        void w5DuplicateHeaderIgnoringCase() {
            List<Finding> findings = declared(declaration().origins(APP).allowedHeaders("X-Token", "x-token"));
            assertThat(codes(findings)).containsExactly("W5");
            assertThat(findings.get(0).index()).isEqualTo(1);
            assertThat(findings.get(0).message()).contains("header names ignore case");
        }

        @Test
        void w5DuplicateOriginAndMethod() {
            assertThat(codes(declared(declaration().origins(APP, APP).methods("GET", "GET")))).containsExactly("W5", "W5");
        }

        @Test
        void w5MethodsDifferingInCaseAreNotDuplicates() {
            assertThat(declared(declaration().origins(APP).methods("GET", "get"))).isEmpty();
        }

        @Test
        void w5SafelistedResponseHeaderExposed() {
            List<Finding> findings = declared(declaration().origins(APP).exposedHeaders("Content-Type"));
            assertThat(codes(findings)).containsExactly("W5");
            assertThat(findings.get(0).message()).contains("every script can read anyway");
        }

        @Test
        void w5OptionsInMethods() {
            assertThat(codes(declared(declaration().origins(APP).methods("GET", "OPTIONS")))).containsExactly("W5");
        }

        @ParameterizedTest
        @ValueSource(longs = {0, 7201, 86400})
        void w6MaxAge(long seconds) {
            List<Finding> findings = declared(declaration().origins(APP).maxAge(seconds));
            assertThat(codes(findings)).containsExactly("W6");
            assertThat(findings.get(0).attribute()).isEqualTo(Attribute.MAX_AGE);
        }

        @ParameterizedTest
        @ValueSource(longs = {-1, 1, 600, 7200})
        void w6MaxAgeWithinWhatBrowsersHonour(long seconds) {
            assertThat(declared(declaration().origins(APP).maxAge(seconds))).isEmpty();
        }
    }

    @Nested
    class MergedPolicies {
        @ParameterizedTest
        @ValueSource(strings = {"*", "https://*", "https://*:[*]", "*://*"})
        void e1PatternMatchingEveryOriginWithCredentials(String pattern) {
            List<Finding> findings = effective(declaration().patterns(pattern).credentials());
            assertThat(codes(findings)).containsExactly("E1");
            assertThat(findings.get(0).attribute()).isEqualTo(Attribute.ORIGIN_PATTERNS);
            assertThat(declared(declaration().patterns(pattern).credentials())).isEmpty();
        }

        @Test
        void e9PatternMatchingEveryOriginWithoutCredentials() {
            List<Finding> findings = effective(declaration().patterns("*"));
            assertThat(codes(findings)).containsExactly("E9");
            assertThat(findings.get(0).message()).contains("For any origin write origins = \"*\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://app.example.com", "http://10.0.0.8:8080", "http://*.example.com"})
        void w4PlainHttpWithCredentials(String origin) {
            Model.Declaration d = origin.contains("*") ? declaration().patterns(origin) : declaration().origins(origin);
            List<Finding> findings = effective(d.credentials());
            assertThat(codes(findings)).containsExactly("W4");
            assertThat(findings.get(0).message()).contains("Use \"https://");
            assertThat(effective(origin.contains("*") ? declaration().patterns(origin) : declaration().origins(origin)))
                    .isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://localhost:3000", "http://127.0.0.1:8080", "http://[::1]:5173",
            "http://app.localhost"})
        void w4LoopbackIsFine(String origin) {
            assertThat(effective(declaration().origins(origin).credentials())).isEmpty();
        }
    }

    @Nested
    class Signatures {
        private final SourceSite param = site("token");

        @Test
        void w1HeaderNotAllowed() {
            List<Finding> findings = signature(method("get", "GET", "r")
                    .classPolicy(declaration().origins(APP).allowedHeaders("X-Other").build())
                    .readsHeader("X-Token", param).build());
            assertThat(codes(findings)).containsExactly("W1");
            assertThat(findings.get(0).site()).isSameInstanceAs(param);
            assertThat(findings.get(0).message()).contains("Add \"X-Token\" to allowedHeaders");
        }

        @ParameterizedTest
        @ValueSource(strings = {"x-token", "Accept", "Content-Language", "User-Agent", "Cookie", "Referer",
            "Sec-Fetch-Site"})
        void w1NotForAllowedSafelistedOrBrowserSetHeaders(String name) {
            assertThat(signature(method("get", "GET", "r")
                    .classPolicy(declaration().origins(APP).allowedHeaders("X-Token").build())
                    .readsHeader(name, param).build())).isEmpty();
        }

        @Test
        void w1NotUnderTheWildcard() {
            assertThat(signature(method("get", "GET", "r")
                    .classPolicy(declaration().origins(APP).allowedHeaders("*").build())
                    .readsHeader("X-Token", param).build())).isEmpty();
        }

        @Test
        void w7AuthorizationUnderTheWildcard() {
            List<Finding> findings = signature(method("get", "GET", "r")
                    .classPolicy(declaration().origins(APP).allowedHeaders("*").build())
                    .readsHeader("Authorization", param).build());
            assertThat(codes(findings)).containsExactly("W7");
            assertThat(findings.get(0).message()).contains("allowedHeaders = {\"*\", \"Authorization\"}");
        }

        @Test
        void w7NotWhenAuthorizationIsNamed() {
            assertThat(signature(method("get", "GET", "r")
                    .classPolicy(declaration().origins(APP).allowedHeaders("*", "authorization").build())
                    .readsHeader("Authorization", param).build())).isEmpty();
        }

        @Test
        void w1AuthorizationWithoutTheWildcard() {
            assertThat(codes(signature(method("get", "GET", "r")
                    .classPolicy(declaration().origins(APP).build())
                    .readsHeader("Authorization", param).build()))).containsExactly("W1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"application/json", "application/xml; charset=UTF-8", "text/csv"})
        void w2MediaTypeNotSafelisted(String mediaType) {
            SourceSite consumes = site("@Consumes");
            List<Finding> findings = signature(method("put", "PUT", "r")
                    .classPolicy(declaration().origins(APP).build()).consumes(consumes, mediaType).build());
            assertThat(codes(findings)).containsExactly("W2");
            assertThat(findings.get(0).site()).isSameInstanceAs(consumes);
        }

        @ParameterizedTest
        @ValueSource(strings = {"text/plain", "multipart/form-data", "application/x-www-form-urlencoded", "*/*",
            "text/*", "TEXT/PLAIN;charset=utf-8"})
        void w2SafelistedMediaTypes(String mediaType) {
            assertThat(signature(method("put", "PUT", "r")
                    .classPolicy(declaration().origins(APP).build()).consumes(site("c"), mediaType).build())).isEmpty();
        }

        @Test
        void w2NotWhenContentTypeIsAllowedOrForGet() {
            assertThat(signature(method("put", "PUT", "r")
                    .classPolicy(declaration().origins(APP).allowedHeaders("content-type").build())
                    .consumes(site("c"), "application/json").build())).isEmpty();
            assertThat(signature(method("get", "GET", "r")
                    .classPolicy(declaration().origins(APP).build())
                    .consumes(site("c"), "application/json").build())).isEmpty();
        }

        @Test
        void suppressedMethodHasNoSignatureWarning() {
            ResourceMethod m = new Model.Method(suppressed("get"), "PUT", "r")
                    .classPolicy(declaration().origins(APP).build())
                    .readsHeader("X-Token", param).consumes(site("c"), "application/json").build();
            assertThat(signature(m)).isEmpty();
        }
    }

    @Nested
    class AcrossResources {
        @Test
        void e7MethodNoResourceMethodImplements() {
            DeclaredPolicy d = declaration().origins(APP).methods("GET", "HEAD", "PATCH").build();
            List<Finding> findings = ResourceRules.check(List.of(resource("R",
                    method("get", "GET", "r").classPolicy(d).build(),
                    method("put", "PUT", "r/{id}").classPolicy(d).build())), List.of());
            assertThat(codes(findings)).containsExactly("E7");
            assertThat(findings.get(0).index()).isEqualTo(2);
            assertThat(findings.get(0).message()).contains("they implement GET, HEAD, PUT");
        }

        @Test
        void e7SuggestsTheCaseThatIsImplemented() {
            DeclaredPolicy d = declaration().origins(APP).methods("put").build();
            List<Finding> findings = ResourceRules.check(List.of(resource("R",
                    method("put", "PUT", "r").classPolicy(d).build())), List.of());
            assertThat(codes(findings)).containsExactly("E7");
            assertThat(findings.get(0).message()).contains("write \"PUT\"");
        }

        @Test
        void e7CountsMethodsThatTakeMethodsFromTheClass() {
            DeclaredPolicy onClass = declaration().origins(APP).methods("DELETE").build();
            DeclaredPolicy onMethod = declaration(site("@CrossOrigin on R.delete")).origins("https://b.example").build();
            assertThat(ResourceRules.check(List.of(resource("R",
                    method("delete", "DELETE", "r").classPolicy(onClass).methodPolicy(onMethod).build())), List.of()))
                    .isEmpty();
        }

        @Test
        void e11OptionsMethodOnACoveredPath() {
            DeclaredPolicy d = declaration().origins(APP).build();
            ResourceMethod options = method("options", "OPTIONS", "r/{x}").build();
            List<Finding> findings = ResourceRules.check(
                    List.of(resource("R", method("get", "GET", "r/{id}").classPolicy(d).build())),
                    List.of(resource("Other", options)));
            assertThat(codes(findings)).containsExactly("E11");
            assertThat(findings.get(0).site()).isSameInstanceAs(options.site());
        }

        @Test
        void e11NotOnAnotherPath() {
            DeclaredPolicy d = declaration().origins(APP).build();
            assertThat(ResourceRules.check(List.of(resource("R",
                    method("get", "GET", "r").classPolicy(d).build(),
                    method("options", "OPTIONS", "r/other").classPolicy(d).build())), List.of())).isEmpty();
        }

        @Test
        void e12TwoPoliciesOnOnePathAndMethod() {
            DeclaredPolicy onA = declaration().origins(APP).build();
            DeclaredPolicy onB = declaration(site("@CrossOrigin on B")).origins("https://b.example").build();
            ResourceMethod a = method("A.get", "GET", "r").classPolicy(onA).build();
            ResourceMethod b = method("B.get", "GET", "/r/").classPolicy(onB).build();
            List<Finding> findings = ResourceRules.check(List.of(resource("A", a), resource("B", b)), List.of());
            assertThat(codes(findings)).containsExactly("E12", "E12");
            // on the two declarations, at the attribute they disagree on
            assertThat(findings.get(0).declaration()).isSameInstanceAs(onB);
            assertThat(findings.get(1).declaration()).isSameInstanceAs(onA);
            assertThat(findings.get(0).attribute()).isEqualTo(Attribute.ORIGINS);
            assertThat(findings.get(0).message()).contains("disagree on origins: that of B.get and that of A.get");
        }

        @Test
        void e12ALocatorTargetReachedWithTwoPolicies() {
            SourceSite a = site("R.a()");
            SourceSite b = site("R.b()");
            ResourceMethod viaA = method("Sub.get", "GET", "r/a").through(a, declaration(site("@CrossOrigin on R.a()"))
                    .origins(APP).build()).build();
            ResourceMethod viaB = method("Sub.get", "GET", "r/b").through(b, declaration(site("@CrossOrigin on R.b()"))
                    .origins("https://b.example").build()).build();
            List<Finding> findings = ResourceRules.check(List.of(resource("Sub", viaA), resource("Sub", viaB)), List.of());
            assertThat(codes(findings)).containsExactly("E12", "E12");
            assertThat(findings.get(0).site()).isSameInstanceAs(b);
            assertThat(findings.get(1).site()).isSameInstanceAs(a);
            assertThat(findings.get(0).message()).contains("Sub is reached through the sub-resource locator R.b() and "
                    + "through the sub-resource locator R.a() with two different policies");
        }

        @Test
        void e12ALocatorTargetCoveredOneWayAndNotTheOther() {
            SourceSite a = site("R.a()");
            ResourceMethod viaA = method("Sub.get", "GET", "r/a").through(a, declaration().origins(APP).build()).build();
            ResourceMethod viaB = method("Sub.get", "GET", "r/b").through(site("R.b()"), null).build();
            List<Finding> findings = ResourceRules.check(List.of(resource("Sub", viaA)), List.of(resource("Sub", viaB)));
            assertThat(codes(findings)).containsExactly("E12", "E12");
        }

        @Test
        void noE12ForALocatorTargetReachedWithOnePolicy() {
            DeclaredPolicy onSub = declaration(site("@CrossOrigin on Sub")).origins(APP).build();
            ResourceMethod viaA = method("Sub.get", "GET", "r/a").through(site("R.a()"), null).classPolicy(onSub).build();
            ResourceMethod viaB = method("Sub.get", "GET", "r/b").through(site("R.b()"), null).classPolicy(onSub).build();
            assertThat(ResourceRules.check(List.of(resource("Sub", viaA), resource("Sub", viaB)), List.of())).isEmpty();
        }

        @Test
        void aLocatorsDeclarationsMergeBetweenTheDefaultsAndTheClass() {
            DeclaredPolicy onLocator = declaration(site("@CrossOrigin on R.a()")).origins(APP).maxAge(60).build();
            DeclaredPolicy onSub = declaration(site("@CrossOrigin on Sub")).maxAge(120).build();
            ResourceMethod m = method("Sub.get", "GET", "r/a").through(site("R.a()"), onLocator).classPolicy(onSub).build();
            assertThat(m.declarations()).containsExactly(onLocator, onSub).inOrder();
            assertThat(PolicyMerger.merge(m).maxAge()).isEqualTo(120);
            assertThat(PolicyMerger.merge(m).origins()).containsExactly(APP);
        }

        @Test
        void e12NotWhenThePoliciesAreEqualOrTheMethodsDiffer() {
            ResourceMethod a = method("A.get", "GET", "r").classPolicy(declaration().origins(APP).build()).build();
            ResourceMethod b = method("B.get", "GET", "r")
                    .classPolicy(declaration(site("@CrossOrigin on B")).origins(APP).build()).build();
            ResourceMethod c = method("C.put", "PUT", "r")
                    .classPolicy(declaration(site("@CrossOrigin on C")).origins("https://c.example").build()).build();
            assertThat(ResourceRules.check(List.of(resource("A", a), resource("B", b), resource("C", c)), List.of()))
                    .isEmpty();
        }
    }

    @Test
    void validatorDropsSuppressedWarningsButKeepsErrors() {
        DeclaredPolicy d = declaration(suppressed("@CrossOrigin on R")).origins("HTTPS://app.example.com")
                .maxAge(0).build();
        List<Finding> findings = Validator.validate(List.of(resource("R",
                method("get", "GET", "r").classPolicy(d).build())), List.of());
        assertThat(codes(findings)).containsExactly("E4");
    }
}
