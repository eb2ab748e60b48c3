package dev.preflight.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The processor's pipeline runs forward only: read, resolve, validate, plan, emit, each stage depending
 * on those before it and on the shared packages ({@code model}, {@code finding}), never on a later one.
 * javac's types stay in {@code read} and the root package, and of the runtime the processor uses only
 * the pure grammar that the runtime matches with and the row type of the generated table.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.preflight.processor";
    /** The stages, in the order they run. */
    private static final List<String> STAGES = List.of("read", "resolve", "validate", "plan", "emit");
    private static final JavaClasses PROCESSOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @ParameterizedTest
    @ValueSource(strings = {"read", "resolve", "validate", "plan"})
    void noStageDependsOnALaterOne(String stage) {
        String[] later = STAGES.subList(STAGES.indexOf(stage) + 1, STAGES.size()).stream()
                .map(s -> ROOT + "." + s + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage(ROOT + "." + stage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(later)
                .check(PROCESSOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "finding"})
    void theSharedPackagesDependOnNoStage(String shared) {
        noClasses().that().resideInAPackage(ROOT + "." + shared + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        STAGES.stream().map(s -> ROOT + "." + s + "..").toArray(String[]::new))
                .orShould().dependOnClassesThat().resideInAPackage(ROOT)
                .check(PROCESSOR);
    }

    @Test
    void noStageDependsOnTheRootPackage() {
        noClasses().that().resideInAnyPackage(STAGES.stream().map(s -> ROOT + "." + s + "..").toArray(String[]::new))
                .should().dependOnClassesThat(DescribedPredicate.describe("the processor itself (root package)",
                        (JavaClass c) -> c.getPackageName().equals(ROOT) && !c.getSimpleName().equals("PreflightProcessorInfo")))
                .check(PROCESSOR);
    }

    /**
     * javac's element and type model, the {@code Filer} and the {@code Messager} belong to reading and to
     * the processor itself; emit uses only JavaPoet's {@code Modifier}.
     */
    @Test
    void javacTypesOnlyInReadAndTheRootPackage() {
        noClasses().that().resideInAnyPackage(ROOT + ".resolve..", ROOT + ".validate..", ROOT + ".plan..",
                        ROOT + ".emit..", ROOT + ".model..", ROOT + ".finding..")
                .should().dependOnClassesThat(DescribedPredicate.describe("javac types",
                        (JavaClass c) -> (c.getPackageName().startsWith("javax.lang.model")
                                || c.getPackageName().startsWith("javax.annotation.processing")
                                || c.getPackageName().startsWith("javax.tools")
                                || c.getPackageName().startsWith("com.sun."))
                                && !c.getName().equals("javax.lang.model.element.Modifier")))
                .check(PROCESSOR);
        noClasses().that().resideOutsideOfPackage(ROOT + ".emit..")
                .and().resideOutsideOfPackage(ROOT + ".read..").and().resideOutsideOfPackage(ROOT)
                .should().dependOnClassesThat().haveFullyQualifiedName("javax.lang.model.element.Modifier")
                .check(PROCESSOR);
    }

    /** The runtime classes that hold a grammar the runtime matches with, free of Jakarta REST, and the row type. */
    @Test
    void ofTheRuntimeOnlyThePureGrammarAndTheRowType() {
        classes().that().resideInAPackage(ROOT + "..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe(
                        "outside the runtime, or its grammar (Origins, OriginPattern, OriginPlaceholder, OriginProblem, "
                                + "HttpTokens, PathPattern) or the row type (PolicyRow)",
                        (JavaClass c) -> !c.getPackageName().equals("dev.preflight.runtime")
                                || RUNTIME_ALLOWED.contains(c.getSimpleName())
                                || RUNTIME_ALLOWED.contains(c.getEnclosingClass().map(JavaClass::getSimpleName).orElse(""))))
                .check(PROCESSOR);
    }

    private static final List<String> RUNTIME_ALLOWED = List.of("Origins", "OriginPattern", "OriginPlaceholder",
            "OriginProblem", "HttpTokens", "PathPattern", "PolicyRow");
}
