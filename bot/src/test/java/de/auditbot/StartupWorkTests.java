package de.auditbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.util.ClassUtils;

/**
 * What a start leaves out on purpose (README, "Load benchmark"): the metrics and observation
 * modules are not on the class path, and the auto-configurations nothing uses are excluded.
 */
class StartupWorkTests {

    @Test
    void metricsAndObservationModulesAreNotOnTheClassPath() {
        ClassLoader loader = getClass().getClassLoader();

        assertThat(List.of("org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"))
                .noneMatch(name -> ClassUtils.isPresent(name, loader));
    }

    @Test
    void unusedAutoConfigurationsAreExcluded() {
        SpringBootApplication application = AuditbotApplication.class.getAnnotation(SpringBootApplication.class);

        assertThat(application.exclude()).extracting(Class::getSimpleName).containsExactlyInAnyOrder(
                "DataWebAutoConfiguration", "TransactionAutoConfiguration",
                "TransactionManagerCustomizationAutoConfiguration");
    }
}
