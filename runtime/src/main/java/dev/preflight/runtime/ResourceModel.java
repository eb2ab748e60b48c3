package dev.preflight.runtime;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The resource classes one application deploys, read at deployment the way Jakarta REST reads them,
 * and the request matching of Jakarta REST 3.1 section 3.7.2 over them: root resource class first, then
 * its sub-resource methods and locators in precedence order, through locators to the class each
 * declares it returns; matrix parameters ignored.
 *
 * <p>It answers one question for a preflight: which {@link Route} the actual request to that path would
 * be dispatched within. Wherever the answer cannot be known for certain, it is {@link Route#NONE}, so
 * that nothing is answered: a locator whose target is only known at run time, a path that a runtime may
 * decode or normalize differently ({@code %2F}, dot segments, an empty segment, a backslash, a malformed
 * escape), two templates of equal precedence that lead to different policies, or a path that matches
 * differently decoded and as sent.
 */
final class ResourceModel {
    /** Locators nested deeper than this are not followed (a locator may return its own class). */
    private static final int MAX_DEPTH = 32;

    private static final Comparator<Entry> PRECEDENCE = ((Comparator<Entry>) (a, b) -> a.pattern.compareTo(b.pattern))
            .thenComparing(e -> e.route == null); // sub-resource methods before locators

    private final Entry[] roots;
    private final BiFunction<Class<?>, Method, CorsPolicy> policies;
    /** The runtime is Quarkus REST, which reads some paths its own way ({@link #forQuarkusRest}). */
    private final boolean quarkusRest;
    private final Map<Class<?>, Type> types = new HashMap<>();

    private ResourceModel(Collection<Class<?>> rootClasses, BiFunction<Class<?>, Method, CorsPolicy> policies,
            boolean quarkusRest) {
        this.policies = policies;
        this.quarkusRest = quarkusRest;
        // root classes whose templates match alike are one root to Jakarta REST
        Map<String, List<Class<?>>> byPath = new LinkedHashMap<>();
        Map<String, PathPattern> patterns = new LinkedHashMap<>();
        for (Class<?> root : rootClasses) {
            Path path = classPath(root);
            if (path == null) {
                continue;
            }
            PathPattern pattern = PathPattern.parse(path.value());
            patterns.putIfAbsent(pattern.matchKey(), pattern);
            byPath.computeIfAbsent(pattern.matchKey(), k -> new ArrayList<>()).add(root);
        }
        List<Entry> entries = new ArrayList<>();
        byPath.forEach((key, classes) -> entries.add(new Entry(patterns.get(key), null, type(classes), 0)));
        this.roots = byPrecedence(entries);
    }

    /**
     * Reads the application's root resource classes, as its {@code DynamicFeature} saw them deployed,
     * with every policy of {@code policies}.
     */
    static ResourceModel of(Collection<Class<?>> rootClasses, BiFunction<Class<?>, Method, CorsPolicy> policies) {
        return new ResourceModel(rootClasses, policies, false);
    }

    /**
     * {@link #of(Collection, BiFunction)} for Quarkus REST, whose router matches templates against the
     * path as the HTTP layer normalized it, which decodes escapes of ASCII characters only: a path with
     * an escape of a non-ASCII byte never reaches a literal template it decodes to there
     * ({@code caf%C3%A9} never reaches {@code @Path("café")}; a parameter template takes it), so such a
     * path gets {@link Route#NONE}, as the dispatch differential test requires. (Its other reading, of
     * paths with matrix parameters, is handled before the model: see
     * {@link ApplicationCors#matchablePath}.)
     */
    static ResourceModel forQuarkusRest(Collection<Class<?>> rootClasses,
            BiFunction<Class<?>, Method, CorsPolicy> policies) {
        return new ResourceModel(rootClasses, policies, true);
    }

    /**
     * The route that the runtime dispatches a request for {@code requestPath} within, the path relative
     * to the application as {@code UriInfo.getPath(false)} gives it (with or without a leading slash),
     * or {@link Route#NONE}. A path without matrix parameters or escapes is matched where it lies,
     * without a copy.
     */
    Route route(String requestPath) {
        String path = requestPath;
        int from = path.startsWith("/") ? 1 : 0;
        int shape = shape(path, from);
        if (shape == UNSAFE) {
            return Route.NONE;
        }
        if ((shape & MATRIX) != 0) {
            path = withoutMatrixParameters(path, from);
        }
        if (path.indexOf('%') < 0) {
            return select(roots, path, from, false, 0);
        }
        if (quarkusRest && hasNonAsciiEscape(path)) {
            return Route.NONE;
        }
        String decoded = decode(path);
        if (decoded == null || hasDotSegment(decoded, from)) {
            return Route.NONE;
        }
        return Route.agreeing(select(roots, decoded, from, false, 0), select(roots, path, from, true, 0));
    }

    /**
     * The route of {@code path} (from segment start {@code from}) among {@code entries}, sorted by
     * precedence. Of root classes (all of them "locators" here), the first that matches. Among one
     * class's sub-resource methods and locators: each HTTP method goes to the first matching
     * sub-resource method template that declares it (the runtimes go on to the next template when the
     * first lacks the method); a locator that goes before them may lead elsewhere, so only what both
     * readings agree on counts. Entries of equal precedence that both match count only where they agree.
     */
    private Route select(Entry[] entries, String path, int from, boolean encodedForm, int depth) {
        Route methods = null;
        Route band = null;
        Entry bandStart = null;
        Route locators = null;
        Entry firstLocator = null;
        boolean locatorFirst = false;
        for (Entry entry : entries) {
            if (entry.route == null && firstLocator != null && firstLocator.band != entry.band) {
                continue; // only the first band of matching locators can be chosen
            }
            Route route = follow(entry, path, from, encodedForm, depth);
            if (route == null) {
                continue;
            }
            if (entry.route == null) {
                locatorFirst |= methods == null && band == null && firstLocator == null;
                locators = locators == null ? route : Route.agreeing(locators, route);
                firstLocator = firstLocator == null ? entry : firstLocator;
            } else if (bandStart != null && bandStart.band == entry.band) {
                band = Route.agreeing(band, route);
            } else {
                methods = methods == null ? band : band == null ? methods : Route.firstDeclaring(methods, band);
                band = route;
                bandStart = entry;
            }
        }
        methods = methods == null ? band : band == null ? methods : Route.firstDeclaring(methods, band);
        if (methods == null) {
            return locators == null ? Route.NONE : locators;
        }
        return locatorFirst ? Route.agreeing(locators, methods) : methods;
    }

    /** The route {@code entry} leads to for {@code path} from {@code from}, or {@code null} when it does not match. */
    private Route follow(Entry entry, String path, int from, boolean encodedForm, int depth) {
        if (entry.route != null) {
            return entry.pattern.matchesWhole(path, from, encodedForm) ? entry.route : null;
        }
        int n = path.length();
        int next;
        boolean restEmpty;
        if (entry.pattern.isEmpty()) {
            next = from;
            restEmpty = from >= n;
        } else {
            int end = entry.pattern.matchPrefix(path, from, encodedForm);
            if (end < 0) {
                return null;
            }
            next = end + 1;
            restEmpty = end == n || (end == n - 1 && path.charAt(end) == '/');
        }
        Type type = entry.target;
        if (type == null || depth >= MAX_DEPTH) {
            return Route.NONE; // a locator whose target is only known at run time
        }
        if (restEmpty) {
            return type.own;
        }
        if (depth == 0 && type.children.length == 0) {
            // a root class without sub-resource methods or locators: Jersey goes on to the next root class
            // that matches, RESTEasy answers 404. The two readings agree on nothing, so nothing is answered
            return Route.NONE;
        }
        return select(type.children, path, next, encodedForm, depth + 1);
    }

    /** The classes of one root path, or a locator's target, read once. */
    private Type type(List<Class<?>> classes) {
        if (classes.size() == 1 && types.containsKey(classes.get(0))) {
            return types.get(classes.get(0));
        }
        Type type = new Type();
        if (classes.size() == 1) {
            types.put(classes.get(0), type);
        }
        List<Route.Declared> own = new ArrayList<>();
        Map<String, PathPattern> patterns = new LinkedHashMap<>();
        Map<String, List<Route.Declared>> subResourceMethods = new LinkedHashMap<>();
        List<Entry> children = new ArrayList<>();
        for (Class<?> c : classes) {
            for (Method method : c.getMethods()) {
                Method source = jaxRsSource(c, method);
                if (source == null) {
                    continue;
                }
                String httpMethod = httpMethod(source);
                Path path = source.getAnnotation(Path.class);
                if (httpMethod != null) {
                    Route.Declared declared = new Route.Declared(httpMethod, policies.apply(c, method));
                    if (path == null || PathPattern.trimSlashes(path.value()).isEmpty()) {
                        own.add(declared);
                    } else {
                        PathPattern pattern = PathPattern.parse(path.value());
                        patterns.putIfAbsent(pattern.matchKey(), pattern);
                        subResourceMethods.computeIfAbsent(pattern.matchKey(), k -> new ArrayList<>()).add(declared);
                    }
                } else if (path != null) {
                    Class<?> target = method.getReturnType();
                    children.add(new Entry(PathPattern.parse(path.value()), null,
                            isReadable(target) ? type(List.of(target)) : null, 0));
                }
            }
        }
        subResourceMethods.forEach((key, declared) -> children.add(
                new Entry(patterns.get(key), Route.of(classes.get(0).getName() + " " + patterns.get(key), declared), null,
                        0)));
        type.own = Route.of(classes.get(0).getName(), own);
        type.children = byPrecedence(children);
        return type;
    }

    /**
     * Whether Jakarta REST would build a resource from the declared type itself: a class or interface
     * with a resource method, sub-resource method or locator. {@code Object}, {@code Class} and types
     * without any are resolved from the returned instance at run time, which no model can foresee.
     */
    private static boolean isReadable(Class<?> target) {
        if (target.isPrimitive() || target.isArray() || target == Object.class || target == Class.class) {
            return false;
        }
        for (Method method : target.getMethods()) {
            Method source = jaxRsSource(target, method);
            if (source != null && (httpMethod(source) != null || source.isAnnotationPresent(Path.class))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The method whose Jakarta REST annotations apply to {@code method} of {@code type}: the method
     * itself if it has any, else the one it overrides in a superclass or interface (Jakarta REST 3.1
     * section 3.6), or {@code null} when neither has any.
     */
    static Method jaxRsSource(Class<?> type, Method method) {
        if (method.isBridge() || method.isSynthetic() || Modifier.isStatic(method.getModifiers())
                || method.getDeclaringClass() == Object.class) {
            return null;
        }
        if (hasJaxRsAnnotation(method)) {
            return method;
        }
        List<Class<?>> supertypes = new ArrayList<>();
        supertypes.add(type);
        for (int i = 0; i < supertypes.size(); i++) {
            Class<?> t = supertypes.get(i);
            if (t.getSuperclass() != null) {
                supertypes.add(t.getSuperclass());
            }
            supertypes.addAll(List.of(t.getInterfaces()));
            try {
                Method candidate = t.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (hasJaxRsAnnotation(candidate)) {
                    return candidate;
                }
            } catch (NoSuchMethodException e) {
                // not declared at this level
            }
        }
        return null;
    }

    private static boolean hasJaxRsAnnotation(Method method) {
        return method.isAnnotationPresent(Path.class) || httpMethod(method) != null;
    }

    /** The HTTP method of the method's designator ({@code @GET}, or any annotation meta-annotated with {@code @HttpMethod}). */
    static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    /** The {@code @Path} that makes {@code type} a root resource: its own, else an interface's or superclass's. */
    static Path classPath(Class<?> type) {
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            Path path = t.getAnnotation(Path.class);
            if (path != null) {
                return path;
            }
            for (Class<?> i : t.getInterfaces()) {
                Path p = i.getAnnotation(Path.class);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static final int UNSAFE = -1;
    private static final int MATRIX = 1;

    /**
     * {@link #UNSAFE} when a runtime might read the path otherwise than this model (a character browsers
     * always encode, a backslash, an empty segment, a segment of matrix parameters only, a dot segment),
     * else whether it has {@link #MATRIX} parameters to drop. Reads the path without copying it.
     */
    static int shape(String path, int from) {
        int n = path.length();
        int shape = 0;
        int segment = from;
        // one pass; the end of the path ends the last segment as a '/' would
        for (int i = from; i <= n; i++) {
            char c = i < n ? path.charAt(i) : '/';
            if (c == '/') {
                if ((i == segment && i < n) || isDotSegment(path, segment, i)) {
                    return UNSAFE; // an empty segment ("a//b") or a dot segment
                }
                segment = i + 1;
            } else if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return UNSAFE;
            } else if (c == ';') {
                if (i == segment) {
                    return UNSAFE; // a segment of matrix parameters only: RESTEasy keeps it as a segment
                }
                shape |= MATRIX;
            }
        }
        return shape;
    }

    /** {@code path} without the matrix parameters of each segment after {@code from}. */
    static String withoutMatrixParameters(String path, int from) {
        StringBuilder out = new StringBuilder(path.length()).append(path, 0, from);
        boolean inMatrix = false;
        for (int i = from; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/') {
                inMatrix = false;
            } else if (c == ';') {
                inMatrix = true;
            }
            if (!inMatrix) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code path} has an escape of a byte above 0x7F ({@code %80} to {@code %FF}, either case). */
    static boolean hasNonAsciiEscape(String path) {
        for (int i = path.indexOf('%'); i >= 0 && i + 1 < path.length(); i = path.indexOf('%', i + 1)) {
            if (Character.digit(path.charAt(i + 1), 16) >= 8) {
                return true;
            }
        }
        return false;
    }

    /** Whether a segment of {@code path} after {@code from} is {@code .} or {@code ..}, which a runtime may resolve. */
    private static boolean hasDotSegment(String path, int from) {
        int start = from;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (isDotSegment(path, start, end)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean isDotSegment(String path, int start, int end) {
        int length = end - start;
        return (length == 1 || length == 2) && path.charAt(start) == '.' && path.charAt(end - 1) == '.';
    }

    /**
     * The path percent-decoded as UTF-8, or {@code null} for a malformed escape, bytes that are not
     * UTF-8, or an escape of {@code /}, {@code %}, {@code ;} or {@code \}: a runtime may or may not
     * decode those before matching.
     */
    static String decode(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= path.length()) {
                return null;
            }
            int high = Character.digit(path.charAt(i + 1), 16);
            int low = Character.digit(path.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            int b = high << 4 | low;
            if (b == '/' || b == '%' || b == ';' || b == '\\') {
                return null;
            }
            bytes.write(b);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * A root path or a locator (leading to {@link #target}, {@code null} when unknown), or a group of
     * sub-resource methods ({@link #route}); {@code band} numbers its precedence among its siblings
     * (equal for entries of equal precedence), so that matching compares two ints, not two templates.
     */
    private record Entry(PathPattern pattern, Route route, Type target, int band) {
    }

    /** {@code entries} sorted by precedence, each with its band. */
    private static Entry[] byPrecedence(List<Entry> entries) {
        entries.sort(PRECEDENCE);
        Entry[] sorted = new Entry[entries.size()];
        int band = 0;
        for (int i = 0; i < sorted.length; i++) {
            Entry entry = entries.get(i);
            if (i > 0 && PRECEDENCE.compare(entries.get(i - 1), entry) != 0) {
                band++;
            }
            sorted[i] = new Entry(entry.pattern, entry.route, entry.target, band);
        }
        return sorted;
    }

    /** The resource methods and the sub-resource methods and locators of one class (or of the root classes of one path). */
    private static final class Type {
        Route own = Route.NONE;
        Entry[] children = new Entry[0];
    }
}
