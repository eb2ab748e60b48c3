package dev.preflight.processor.read;

import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.finding.Rule;
import dev.preflight.processor.model.ApplicationPath;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The first stage: reads the resource classes of a round into the plain model, finding paths and HTTP
 * methods the way Jakarta REST does, and following sub-resource locators to the class each declares it
 * returns. Misplaced annotations become findings. It coordinates one class per job:
 * {@link ResourceTypes} (which types are resources), {@link JakartaRestAnnotations} (annotation
 * inheritance), {@link CrossOriginReader} (the declarations), {@link MethodInputs} (the headers and media
 * types a method reads), {@link LocatorFollower} with {@link ResourceClassReader} (the classes and the
 * locators between them) and {@link RuntimeTypeNames} (names as the runtime sees them).
 */
public final class ResourceReader {
    private final Elements elements;
    private final Types types;
    private final Mirrors mirrors;
    private final JakartaRestAnnotations jakartaRest;
    private final CrossOriginReader crossOrigin;
    private final ResourceTypes resourceTypes;
    private final ResourceClassReader classReader;
    private final RuntimeTypeNames names;

    public ResourceReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.mirrors = new Mirrors();
        this.jakartaRest = new JakartaRestAnnotations(elements, mirrors);
        this.crossOrigin = new CrossOriginReader(elements, mirrors, jakartaRest);
        this.resourceTypes = new ResourceTypes(mirrors, jakartaRest, crossOrigin);
        this.names = new RuntimeTypeNames(elements, types, mirrors, jakartaRest);
        this.classReader = new ResourceClassReader(mirrors, jakartaRest, crossOrigin,
                new MethodInputs(elements, mirrors, jakartaRest), names);
    }

    /**
     * What was read, and what was found wrong on the way.
     *
     * @param resources the resource classes with a policy, each with all its resource methods; a class
     *     that sub-resource locators return is here once per way it is reached, its methods with the
     *     paths and declarations of that way
     * @param unannotated the other resource classes of the round (and classes that locators return to
     *     which no policy applies): they take no part in generation, but a hand-written {@code @OPTIONS}
     *     method in one of them may sit on a path a policy covers (E11), and the audit report lists them
     * @param applicationPaths the {@code @ApplicationPath} of each {@code Application} subclass of the round
     * @param locatorPolicies the {@code @CrossOrigin} of every sub-resource locator read, including those
     *     whose declared return type leads to no resource method: each is checked as written
     */
    public record Result(List<Resource> resources, List<Resource> unannotated, List<Finding> findings,
            List<ApplicationPath> applicationPaths, List<DeclaredPolicy> locatorPolicies) {
    }

    /**
     * Reads every resource class among the elements annotated with {@code @CrossOrigin}, and every
     * resource class of {@code rootElements} that inherits its policies from an annotated interface or
     * abstract class without {@code @Path} of its own (the "API interface" style) or takes them from
     * its package or application; then, from every resource class of the round, the classes its
     * sub-resource locators return, recursively.
     *
     * @param rootElements the round's root elements and the types that carry a Jakarta REST annotation
     *     (some may come from class files, as in an incremental compilation); nested types are found
     *     from their enclosing ones
     */
    public Result read(Collection<? extends Element> annotated, Collection<? extends Element> rootElements) {
        List<Finding> findings = new ArrayList<>();
        ResourceTypes.Found found = resourceTypes.find(annotated, rootElements, findings);
        LocatorFollower locators = new LocatorFollower(types, mirrors, jakartaRest, crossOrigin, classReader,
                names, found.application(), findings);
        List<TypeElement> notResources = new ArrayList<>();
        for (TypeElement type : found.withPolicy().values()) {
            if (found.inherited().contains(type)) {
                continue; // read through the resource classes that implement it
            }
            String classPath = jakartaRest.classPath(type);
            if (classPath == null) {
                notResources.add(type); // unless a locator returns it
                continue;
            }
            locators.root(type, classPath, crossOrigin.defaults(found.application(), type));
        }
        for (TypeElement type : found.unannotated().values()) {
            locators.root(type, jakartaRest.classPath(type), List.of());
        }
        locators.followAll();
        for (TypeElement type : notResources) {
            if (!locators.reached.contains(type)) {
                resourceTypes.reportNotAResource(type, findings);
            }
        }
        findings.removeIf(f -> f.rule().severity() == Rule.Severity.WARNING && f.site().warningsSuppressed());
        return new Result(locators.resources, locators.unannotated, findings, found.applicationPaths(),
                List.copyOf(locators.policies));
    }
}
