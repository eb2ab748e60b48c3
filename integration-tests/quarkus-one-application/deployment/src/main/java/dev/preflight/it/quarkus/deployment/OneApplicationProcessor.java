package dev.preflight.it.quarkus.deployment;

import io.quarkus.arc.deployment.BuildTimeConditionBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import jakarta.ws.rs.core.Application;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;

/**
 * Turns off every {@code Application} subclass of the build but the one the build property
 * {@value #PROPERTY} names, as {@code @IfBuildProperty} would: Quarkus REST then deploys that one, at
 * its {@code @ApplicationPath} and with its {@code getClasses()}, as Jersey and RESTEasy deploy it.
 */
public final class OneApplicationProcessor {
    static final String PROPERTY = "preflight.it.application";
    private static final DotName APPLICATION = DotName.createSimple(Application.class.getName());

    @BuildStep
    void keepOneApplication(CombinedIndexBuildItem index, BuildProducer<BuildTimeConditionBuildItem> conditions) {
        Optional<String> kept = ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class);
        if (kept.isEmpty()) {
            return;
        }
        for (ClassInfo application : index.getIndex().getAllKnownSubclasses(APPLICATION)) {
            if (!application.name().toString().equals(kept.get())) {
                conditions.produce(new BuildTimeConditionBuildItem(application, false));
            }
        }
    }
}
