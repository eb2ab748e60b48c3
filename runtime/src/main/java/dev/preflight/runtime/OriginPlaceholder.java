package dev.preflight.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A value of {@code origins} or {@code originPatterns} that is resolved when the application starts:
 * {@code "${app.cors.origins}"} or, with a default, {@code "${app.cors.origins:https://app.example.com}"}.
 * The value comes from the system property of that name, else from the environment variable derived from
 * it ({@code APP_CORS_ORIGINS}: upper case, dots and dashes as underscores), else from the default; it is
 * a comma-separated list.
 *
 * <p>The processor parses placeholders with {@link #parse} and checks their defaults with the same rules
 * that {@link ConfiguredOrigins} applies to the resolved values at run time.
 */
public final class OriginPlaceholder {
    private final String source;
    private final String property;
    private final String defaultValue;

    private OriginPlaceholder(String source, String property, String defaultValue) {
        this.source = source;
        this.property = property;
        this.defaultValue = defaultValue;
    }

    /** Whether a configured value is meant as a placeholder: it starts with {@code ${}. */
    public static boolean isPlaceholder(String value) {
        return value != null && value.startsWith("${");
    }

    /**
     * Parses {@code ${name}} or {@code ${name:default}}.
     *
     * @throws IllegalArgumentException with a message that says how to write it
     */
    public static OriginPlaceholder parse(String value) {
        if (!isPlaceholder(value) || !value.endsWith("}") || value.length() < 4) {
            throw new IllegalArgumentException("placeholder \"" + value + "\" is not closed; write it as "
                    + "\"${app.cors.origins}\" or with a default \"${app.cors.origins:https://app.example.com}\"");
        }
        String body = value.substring(2, value.length() - 1);
        int colon = body.indexOf(':');
        String name = colon < 0 ? body : body.substring(0, colon);
        if (name.isEmpty() || !name.chars().allMatch(c -> c < 128
                && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))) {
            throw new IllegalArgumentException("placeholder \"" + value + "\" has property name \"" + name
                    + "\"; use letters, digits, dots, dashes and underscores, for example \"app.cors.origins\"");
        }
        return new OriginPlaceholder(value, name, colon < 0 ? null : body.substring(colon + 1));
    }

    /** The system property it reads first. */
    public String property() {
        return property;
    }

    /** The environment variable it reads when the system property is not set. */
    String environmentVariable() {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The default list, or {@code null} when the placeholder has none. */
    public String defaultValue() {
        return defaultValue;
    }

    /** The placeholder as written. */
    @Override
    public String toString() {
        return source;
    }

    /**
     * The configured list: the system property, else the environment variable, else the default.
     *
     * @throws IllegalStateException when none of them is set
     */
    List<String> resolve(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        String value = systemProperties.apply(property);
        if (value == null) {
            value = environment.apply(environmentVariable());
        }
        if (value == null) {
            value = defaultValue;
        }
        if (value == null) {
            throw new IllegalStateException("placeholder " + source + " has no value: set the system property "
                    + property + " or the environment variable " + environmentVariable()
                    + " to a comma-separated list, or give the placeholder a default");
        }
        return split(value);
    }

    /** The elements of a comma-separated list, trimmed, empty ones dropped. */
    public static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        for (String item : list.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
