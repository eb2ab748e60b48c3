package dev.preflight.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows browsers on other origins to call a Jakarta REST resource.
 *
 * <p>Put it on a resource class (every resource method of the class gets the policy) or on a
 * resource method. Preflight's annotation processor checks the policy when you compile, fails the
 * build on mistakes a browser would punish at run time, and generates the code that answers CORS
 * preflights and adds the CORS headers to responses. Nothing is checked or built per request that
 * could be done at compile time.
 *
 * <pre>{@code
 * @Path("users")
 * @CrossOrigin(origins = "https://app.example.com",
 *              allowedHeaders = {"Authorization", "Content-Type"},
 *              exposedHeaders = "X-Total-Count",
 *              allowCredentials = true)
 * public class UserResource {
 *     @GET public List<User> list() { ... }
 *
 *     @PUT @Path("{id: [0-9]+}") @Consumes("application/json")
 *     public User update(@PathParam("id") long id, User u) { ... }
 *
 *     @DELETE @Path("{id}")
 *     @CrossOrigin(origins = "https://admin.example.com")   // overrides origins only
 *     public void delete(@PathParam("id") long id) { ... }
 * }
 * }</pre>
 *
 * <h2>Who may call</h2>
 * A policy must name at least one origin ({@link #origins()}) or origin pattern
 * ({@link #originPatterns()}): nothing is allowed by default, and "any origin" is written
 * {@code origins = "*"}. An origin is compared byte for byte with the {@code Origin} header a browser
 * sends, so it must be written the way browsers serialize it: lower case, no path or trailing
 * slash, no default port. The build fails on any origin that could never match.
 *
 * <h2>Merging and shared defaults</h2>
 * Policies are merged attribute by attribute, from the outside in; each level overrides only the
 * attributes it sets explicitly:
 * <ol>
 *   <li>the application: {@code @CrossOrigin} on your {@code jakarta.ws.rs.core.Application} subclass is
 *       the base policy of every resource class compiled with it;</li>
 *   <li>the package: {@code @CrossOrigin} in a {@code package-info.java} is the base policy of the
 *       resource classes in that package and its subpackages (the nearest annotated package wins);</li>
 *   <li>the resource class;</li>
 *   <li>the resource method.</li>
 * </ol>
 * A resource class covered by an application or package policy needs no annotation of its own.
 * {@code @Path} and HTTP method annotations inherited from interfaces and superclasses (Jakarta REST
 * section 3.6) are honoured.
 *
 * <h2>Per-environment origins</h2>
 * An element of {@link #origins()} or {@link #originPatterns()} may be a placeholder resolved when the
 * application starts: {@code "${app.cors.origins}"}, or with a default
 * {@code "${app.cors.origins:https://app.example.com}"}. The value is a comma-separated list taken from
 * the system property {@code app.cors.origins}, else the environment variable {@code APP_CORS_ORIGINS},
 * else the default. The build checks the placeholder and its default; the application checks the
 * resolved values with the same rules and refuses to start on a bad one, naming the property.
 *
 * <h2>What happens per request</h2>
 * <ul>
 *   <li>A preflight ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method})
 *       to a covered path is answered with {@code 204} before any resource method or
 *       authentication filter runs, or refused with {@code 403} and no CORS header.</li>
 *   <li>An actual request from an allowed origin gets {@code Access-Control-Allow-Origin} (and the
 *       credentials and expose headers the policy asks for) on every response, error responses
 *       included. A request from any other origin is answered {@code 403} before the resource
 *       method runs.</li>
 *   <li>A request without {@code Origin}, or from the server's own origin, is left alone except
 *       for {@code Vary: Origin}.</li>
 * </ul>
 *
 * <h2>Registration</h2>
 * None: the generated {@code jakarta.ws.rs.core.Feature} is found through Jakarta REST service
 * loading. With service loading turned off ({@code jakarta.ws.rs.loadServices=false}) register the
 * generated {@code PreflightFeature} yourself; registering it twice is harmless.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface CrossOrigin {

    /** Alias of {@link #origins()}, so that {@code @CrossOrigin("https://app.example.com")} works. */
    String[] value() default {};

    /**
     * Exact origins allowed to call, as browsers serialize them: {@code "https://app.example.com"},
     * {@code "http://localhost:3000"}, {@code "http://[::1]:8080"}. Or the single value {@code "*"}
     * for any origin, which cannot be combined with {@link #allowCredentials()}: browsers reject
     * {@code Access-Control-Allow-Origin: *} on credentialed requests.
     *
     * <p>The build fails on a path or trailing slash, a query, userinfo, upper case, a default
     * port, a trailing dot, whitespace, a wildcard (use {@link #originPatterns()}) and {@code "null"}.
     */
    String[] origins() default {};

    /**
     * Host wildcard patterns. {@code "https://*.example.com"} allows {@code https://a.example.com}
     * and {@code https://a.b.example.com} but never {@code https://example.com} itself, another
     * scheme or another port. Ports: {@code "https://*.example.com:[8080,8443]"} allows exactly those
     * ports, {@code "http://localhost:[*]"} any port. The wildcard stands only for whole leftmost
     * labels and never directly in front of a public suffix ({@code "https://*.com"} fails the
     * build).
     */
    String[] originPatterns() default {};

    /**
     * Request headers a script may send besides the CORS-safelisted ones (names compare
     * case-insensitively). A browser sends a preflight for any other header and fails the request
     * unless the header is listed here. {@code "*"} allows any header except
     * {@code Authorization}, which must always be named, as in the Fetch standard.
     */
    String[] allowedHeaders() default {};

    /**
     * Response headers a script may read besides the safelisted ones ({@code Cache-Control},
     * {@code Content-Language}, {@code Content-Length}, {@code Content-Type}, {@code Expires},
     * {@code Last-Modified}, {@code Pragma}).
     */
    String[] exposedHeaders() default {};

    /**
     * HTTP methods the policy covers. Empty (the default): every Jakarta REST method declared on
     * each covered path, and {@code Access-Control-Allow-Methods} lists exactly those. Otherwise a
     * subset of them; methods left out get no CORS headers.
     */
    String[] methods() default {};

    /**
     * Sends {@code Access-Control-Allow-Credentials: true}, so that scripts may send cookies and
     * HTTP authentication ({@code fetch(url, {credentials: "include"})}) and read the response.
     * Requires exact origins or patterns: never {@code "*"}.
     */
    boolean allowCredentials() default false;

    /**
     * Seconds a browser may cache a preflight answer ({@code Access-Control-Max-Age}); {@code -1}
     * leaves the header out (browsers then cache for 5 seconds). Chromium caps the value at 7200.
     */
    long maxAge() default 1800;

    /**
     * Answers {@code Access-Control-Request-Private-Network: true} with
     * {@code Access-Control-Allow-Private-Network: true}, letting public sites reach this service on
     * a private network (Private Network Access). Not allowed together with {@code origins = "*"}.
     */
    boolean allowPrivateNetwork() default false;
}
