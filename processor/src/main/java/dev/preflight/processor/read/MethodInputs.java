package dev.preflight.processor.read;

import static dev.preflight.processor.read.Mirrors.attributeValue;
import static dev.preflight.processor.read.Mirrors.stringValue;
import static dev.preflight.processor.read.Mirrors.strings;

import dev.preflight.processor.model.ConsumedTypes;
import dev.preflight.processor.model.HeaderRead;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What a resource method reads of a request that CORS must allow: the headers it reads with
 * {@code @HeaderParam} and the media types of its {@code @Consumes}.
 */
final class MethodInputs {
    private static final String HEADER_PARAM = "jakarta.ws.rs.HeaderParam";
    private static final String BEAN_PARAM = "jakarta.ws.rs.BeanParam";
    private static final String CONSUMES = "jakarta.ws.rs.Consumes";

    private final Elements elements;
    private final Mirrors mirrors;
    private final JakartaRestAnnotations jakartaRest;

    MethodInputs(Elements elements, Mirrors mirrors, JakartaRestAnnotations jakartaRest) {
        this.elements = elements;
        this.mirrors = mirrors;
        this.jakartaRest = jakartaRest;
    }

    /** The {@code @HeaderParam}s on the instance fields of a resource class, which every method of it reads. */
    List<HeaderRead> fieldReads(TypeElement type) {
        List<HeaderRead> reads = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(elements.getAllMembers(type))) {
            if (!field.getModifiers().contains(Modifier.STATIC)) {
                addHeaderRead(field, reads);
            }
        }
        return reads;
    }

    /**
     * The {@code @HeaderParam}s a resource method reads: on its parameters, on the fields of its
     * {@code @BeanParam} parameters' classes, and on the fields of its resource class.
     */
    List<HeaderRead> headerReads(ExecutableElement method, List<HeaderRead> fieldReads) {
        List<HeaderRead> reads = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            addHeaderRead(parameter, reads);
            TypeElement bean = mirrors.annotation(parameter, BEAN_PARAM) == null
                    ? null : JakartaRestAnnotations.asTypeElement(parameter.asType());
            if (bean != null) {
                ElementFilter.fieldsIn(elements.getAllMembers(bean)).forEach(f -> addHeaderRead(f, reads));
            }
        }
        reads.addAll(fieldReads);
        return reads;
    }

    private void addHeaderRead(VariableElement variable, List<HeaderRead> reads) {
        AnnotationMirror headerParam = mirrors.annotation(variable, HEADER_PARAM);
        String name = stringValue(headerParam);
        if (name != null) {
            reads.add(new HeaderRead(name, mirrors.site(variable, headerParam)));
        }
    }

    /** The {@code @Consumes} of the method, else of its class or the nearest supertype that has one. */
    ConsumedTypes consumes(TypeElement type, ExecutableElement method) {
        List<Element> candidates = new ArrayList<>();
        candidates.add(method);
        candidates.add(type);
        candidates.addAll(jakartaRest.supertypes(type));
        for (Element candidate : candidates) {
            AnnotationMirror consumes = mirrors.annotation(candidate, CONSUMES);
            if (consumes != null) {
                List<String> mediaTypes = new ArrayList<>();
                for (String value : strings(attributeValue(consumes, "value"))) {
                    for (String mediaType : value.split(",")) {
                        if (!mediaType.isBlank()) {
                            mediaTypes.add(mediaType.strip());
                        }
                    }
                }
                return new ConsumedTypes(mediaTypes, mirrors.site(candidate, consumes));
            }
        }
        return null;
    }
}
