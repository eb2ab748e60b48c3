package dev.preflight.processor.finding;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The codes are what users grep for, in diagnostics and in the README's rule table: each check has a
 * constant of its own, and every code it carries is one the README explains, and the other way round.
 */
class RuleCodesTest {
    @Test
    void everyCodeIsInTheReadmesRuleTableAndEveryCodeThereHasAtLeastOneCheck() throws IOException {
        String readme = Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("README.md"));
        Set<String> inReadme = new TreeSet<>();
        for (String line : readme.split("\n")) {
            if (line.matches("\\| [EW][0-9]+ .*")) {
                inReadme.add(line.substring(2, line.indexOf(' ', 2)));
            }
        }
        Set<String> inRules = new TreeSet<>();
        Arrays.stream(Rule.values()).forEach(rule -> inRules.add(rule.code()));
        assertThat(inRules).containsExactlyElementsIn(inReadme);
    }

    @Test
    void aCodesSeverityIsTheSameForEachOfItsChecks() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.severity())
                    .isEqualTo(rule.code().startsWith("E") ? Rule.Severity.ERROR : Rule.Severity.WARNING);
        }
    }
}
