package dev.preflight.processor.read;

import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.finding.Rule;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.Locator;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads the resource classes of a round and follows each sub-resource locator (a method with
 * {@code @Path} and no HTTP method) to the class its declared return type names, as a member of the
 * class read, reading that class on the locator's path with the declarations met on the way; then that
 * class's own locators, recursively.
 */
final class LocatorFollower {
    /**
     * At most this many classes are read through sub-resource locators per round: locators that return
     * classes with several locators each reach exponentially many paths.
     */
    static final int MAX_LOCATOR_TARGETS = 2_000;

    private final Types types;
    private final Mirrors mirrors;
    private final JakartaRestAnnotations jakartaRest;
    private final CrossOriginReader crossOrigin;
    private final ResourceClassReader classReader;
    private final RuntimeTypeNames names;
    private final DeclaredPolicy application;
    private final List<Finding> findings;
    final List<Resource> resources = new ArrayList<>();
    final List<Resource> unannotated = new ArrayList<>();
    /** The classes read through a locator, with their supertypes: no longer "not a resource". */
    final Set<TypeElement> reached = new java.util.HashSet<>();
    final Set<DeclaredPolicy> policies = new java.util.LinkedHashSet<>();
    private final List<Reading> roots = new ArrayList<>();
    private int targetsRead;

    LocatorFollower(Types types, Mirrors mirrors, JakartaRestAnnotations jakartaRest,
            CrossOriginReader crossOrigin, ResourceClassReader classReader, RuntimeTypeNames names,
            DeclaredPolicy application, List<Finding> findings) {
        this.types = types;
        this.mirrors = mirrors;
        this.jakartaRest = jakartaRest;
        this.crossOrigin = crossOrigin;
        this.classReader = classReader;
        this.names = names;
        this.application = application;
        this.findings = findings;
    }

    void root(TypeElement type, String classPath, List<DeclaredPolicy> defaults) {
        Reading reading = read(type, classPath, defaults, List.of(), List.of());
        roots.add(reading);
    }

    void followAll() {
        for (Reading root : roots) {
            Set<TypeElement> onPath = new java.util.HashSet<>();
            onPath.add(root.type());
            follow(root, onPath);
        }
    }

    private Reading read(TypeElement type, String path, List<DeclaredPolicy> defaults, List<DeclaredPolicy> via,
            List<Locator> chain) {
        DeclaredPolicy classPolicy = crossOrigin.classPolicy(type);
        List<ResourceClassReader.LocatorMethod> found = new ArrayList<>();
        Resource resource = classReader.read(type, path, classPolicy, defaults, via, chain, findings, found);
        boolean covered = resource.methods().stream().anyMatch(ResourceMethod::hasPolicy);
        (covered || !defaults.isEmpty() || classPolicy != null || !via.isEmpty() ? resources : unannotated)
                .add(resource);
        return new Reading(type, path, classPolicy, defaults, via, chain, found);
    }

    /**
     * Reads the classes that the locators of {@code owner} return, with the declarations met on the
     * way, and their own locators' in turn. A class already on the way is read once more, so that a
     * recursive locator's own declarations are checked, but its locators are not followed again.
     */
    private void follow(Reading owner, Set<TypeElement> onPath) {
        for (ResourceClassReader.LocatorMethod locator : owner.locators()) {
            List<DeclaredPolicy> via = new ArrayList<>(owner.via());
            if (owner.classPolicy() != null) {
                via.add(owner.classPolicy());
            }
            if (locator.policy() != null) {
                via.add(locator.policy());
                policies.add(locator.policy());
            }
            boolean policyApplies = !owner.defaults().isEmpty() || !via.isEmpty();
            TypeMirror returned = returnType(owner.type(), locator.method());
            if (returned.getKind() == TypeKind.ERROR) {
                continue; // javac reports the missing type
            }
            TypeElement target = target(returned);
            if (target == null || targetsRead >= MAX_LOCATOR_TARGETS) {
                if (policyApplies) {
                    findings.add(Finding.on(target == null ? Rule.UNKNOWABLE_LOCATOR_TARGET : Rule.TOO_MANY_LOCATOR_TARGETS,
                            mirrors.site(locator.method(), null), target == null
                            ? "sub-resource locator " + locator.method().getSimpleName() + " returns "
                                    + returned + ", " + unknowable(returned) + ", so Preflight cannot tell "
                                    + "which resource methods it leads to: the paths under it stay uncovered, "
                                    + "and their preflights are not answered. Declare the resource class it "
                                    + "returns as its return type"
                            : "sub-resource locator " + locator.method().getSimpleName() + " is one more than "
                                    + "the " + MAX_LOCATOR_TARGETS + " sub-resource classes Preflight follows "
                                    + "in one compilation: the paths under it stay uncovered, and their "
                                    + "preflights are not answered. Return fewer classes through locators"));
                }
                continue;
            }
            targetsRead++;
            List<Locator> chain = new ArrayList<>(owner.chain());
            chain.add(new Locator(mirrors.site(locator.method(), null), owner.type().getQualifiedName() + "."
                    + locator.method().getSimpleName() + "(" + names.sourceTypeNames(locator.method()) + ")"));
            // a target with a class-level @CrossOrigin of its own stands alone, as a root resource does:
            // what the locators and their classes declare does not reach it
            Reading reading = read(target, ResourceClassReader.join(owner.path(), locator.path()),
                    crossOrigin.defaults(application, target), crossOrigin.classPolicy(target) != null ? List.of() : via,
                    chain);
            reached.add(target);
            reached.addAll(jakartaRest.supertypes(target));
            if (onPath.add(target)) {
                follow(reading, onPath);
                onPath.remove(target);
            }
        }
    }

    /**
     * A class being read as a resource, root or reached through locators, and what its own locators
     * pass on.
     */
    private record Reading(TypeElement type, String path, DeclaredPolicy classPolicy, List<DeclaredPolicy> defaults,
            List<DeclaredPolicy> via, List<Locator> chain, List<ResourceClassReader.LocatorMethod> locators) {
    }

    /** What the locator returns, as a member of the class read ({@code T} of a generic superclass resolved). */
    private TypeMirror returnType(TypeElement owner, ExecutableElement locator) {
        try {
            if (owner.asType() instanceof DeclaredType declared
                    && types.asMemberOf(declared, locator) instanceof ExecutableType member) {
                return member.getReturnType();
            }
        } catch (IllegalArgumentException e) {
            // not a member after all: its declared type will do
        }
        return locator.getReturnType();
    }

    /**
     * The class a locator's declared return type names, if Preflight can read what it dispatches to:
     * neither {@code Object} nor {@code Class}, and with resource methods or locators of its own.
     */
    private TypeElement target(TypeMirror returned) {
        TypeElement type = JakartaRestAnnotations.asTypeElement(returned);
        if (type == null || mirrors.qualifiedName(type).equals("java.lang.Object")
                || mirrors.qualifiedName(type).equals("java.lang.Class")) {
            return null;
        }
        for (ExecutableElement method : jakartaRest.instanceMethods(type)) {
            if (jakartaRest.hasJaxRsAnnotation(jakartaRest.jaxRsSource(type, method))) {
                return type;
            }
        }
        return null;
    }

    /** Why a locator's return type says nothing about the resource it returns. */
    private static String unknowable(TypeMirror returned) {
        TypeElement type = JakartaRestAnnotations.asTypeElement(returned);
        if (returned.getKind() == TypeKind.TYPEVAR) {
            return "a type variable";
        }
        if (type == null) {
            return "which is no class";
        }
        if (type.getQualifiedName().contentEquals("java.lang.Object")) {
            return "which any object is";
        }
        if (type.getQualifiedName().contentEquals("java.lang.Class")) {
            return "a class that Jakarta REST instantiates at run time";
        }
        return "which has no resource method or locator of its own (those of the class returned at run time "
                + "are unknown at compile time)";
    }
}
