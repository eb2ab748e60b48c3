package dev.preflight.quarkus.deployment;

import dev.preflight.runtime.PreflightFeatureSupport;
import dev.preflight.runtime.StandaloneBinder;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.AdditionalIndexedClassesBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.util.ServiceUtil;
import io.quarkus.resteasy.reactive.spi.DynamicFeatureBuildItem;
import io.quarkus.resteasy.reactive.spi.JaxrsFeatureBuildItem;
import jakarta.ws.rs.core.Feature;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;

/**
 * Registers Preflight with Quarkus REST at build time, where Quarkus REST takes its providers from.
 *
 * <p>Quarkus REST does not service-load features: it keeps a feature only when it is a {@code @Provider}
 * or the {@code Application} lists it. So each generated feature that a jar lists in
 * {@code META-INF/services/jakarta.ws.rs.core.Feature}, as Jersey and RESTEasy find it, is registered
 * here, which makes the application's own list of classes, if it has one, irrelevant to Preflight as it
 * is on those runtimes. And Quarkus REST drops a {@code DynamicFeature} that a feature registers, as the
 * generated feature does with the runtime's binder; it calls only the dynamic features it found at build
 * time, so the runtime's {@link StandaloneBinder}, which binds through the binder of the application a
 * generated feature configured, is registered here.
 */
public final class PreflightProcessor {
    private static final DotName FEATURE_SUPPORT = DotName.createSimple(PreflightFeatureSupport.class.getName());
    private static final String SERVICE_LOADED_FEATURES = "META-INF/services/" + Feature.class.getName();

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem("preflight");
    }

    /**
     * The runtime's base class in the index, so that its generated subclasses are found, whether or not
     * Quarkus REST indexes the runtime jar for its {@code META-INF/services/jakarta.ws.rs.ext.Providers}.
     */
    @BuildStep
    AdditionalIndexedClassesBuildItem runtimeClasses() {
        return new AdditionalIndexedClassesBuildItem(PreflightFeatureSupport.class.getName());
    }

    @BuildStep
    void register(CombinedIndexBuildItem index, BuildProducer<JaxrsFeatureBuildItem> features,
            BuildProducer<DynamicFeatureBuildItem> dynamicFeatures) throws IOException {
        Set<String> generated = new TreeSet<>();
        for (ClassInfo c : index.getIndex().getAllKnownSubclasses(FEATURE_SUPPORT)) {
            if (!Modifier.isAbstract(c.flags())) {
                generated.add(c.name().toString());
            }
        }
        Set<String> listed = ServiceUtil.classNamesNamedIn(Thread.currentThread().getContextClassLoader(),
                SERVICE_LOADED_FEATURES);
        for (String name : listed) {
            if (generated.contains(name)) {
                // created by reflection: a generated feature is no CDI bean and needs none
                features.produce(new JaxrsFeatureBuildItem(name, false));
            }
        }
        dynamicFeatures.produce(new DynamicFeatureBuildItem(StandaloneBinder.class.getName(), false));
    }
}
