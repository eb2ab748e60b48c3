package dev.preflight.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a generated {@code PreflightFeature}'s policy table: a distinct policy and the resource
 * methods it covers. This is the one definition of the format the annotation processor writes and this
 * runtime reads: the processor plans rows and prints {@link #encode()}, the arguments of the row's one
 * call to {@link PolicyTable.Builder#add(String, String, String, int, String, String, String)}, as
 * constants; the builder {@link #decode}s them. Constants and one call per row are what keep javac's
 * time on the generated class small.
 *
 * @param methodKeys the resource methods the policy covers, each as
 *     {@code com.example.UserResource#update(long,com.example.User)} ({@link #methodKey})
 * @param anyOrigin {@code origins = "*"}
 * @param origins the exact origins and placeholders, in order; empty with {@code anyOrigin}. None
 *     contains a space (the processor has checked)
 * @param originPatterns the origin patterns and placeholders, in order
 * @param anyHeader {@code allowedHeaders} contains {@code "*"}
 * @param allowedHeaders the allowed header names besides {@code "*"}, distinct, as written
 * @param exposedHeaders the exposed header names, distinct, as written
 * @param maxAge {@code Access-Control-Max-Age} in seconds, or -1 for none
 */
public record PolicyRow(
        List<String> methodKeys,
        boolean anyOrigin,
        List<String> origins,
        List<String> originPatterns,
        boolean anyHeader,
        List<String> allowedHeaders,
        List<String> exposedHeaders,
        boolean allowCredentials,
        long maxAge,
        boolean allowPrivateNetwork) {

    /** The separator of header names in a header value, and so in a row. */
    private static final String HEADER_SEPARATOR = ", ";

    public PolicyRow {
        methodKeys = List.copyOf(methodKeys);
        origins = List.copyOf(origins);
        originPatterns = List.copyOf(originPatterns);
        allowedHeaders = List.copyOf(allowedHeaders);
        exposedHeaders = List.copyOf(exposedHeaders);
    }

    /**
     * A row as the arguments of its call: what generated code passes and
     * {@link PolicyTable.Builder#add(String, String, String, int, String, String, String)} documents.
     *
     * @param methodKeys the method keys space-separated, each after the first of a class without the class
     *     ({@code com.example.UserResource#list() #update(long,com.example.User)})
     * @param origins the exact origins space-separated, or {@code "*"} for any origin
     * @param patterns the origin patterns space-separated
     * @param flags {@link PolicyTable#CREDENTIALS}, {@link PolicyTable#ANY_HEADER},
     *     {@link PolicyTable#PRIVATE_NETWORK}, or'ed
     * @param allowHeaders the allowed header names besides {@code "*"} as {@code Access-Control-Allow-Headers}
     *     writes them, or {@code null} for none
     * @param exposeHeaders {@code Access-Control-Expose-Headers}, or {@code null}
     * @param maxAge {@code Access-Control-Max-Age}, or {@code null}
     */
    public record Encoded(String methodKeys, String origins, String patterns, int flags, String allowHeaders,
            String exposeHeaders, String maxAge) {

        /** The names of {@link #flags()}'s constants in {@link PolicyTable}, in a fixed order. */
        public List<String> flagNames() {
            List<String> names = new ArrayList<>();
            if ((flags & PolicyTable.CREDENTIALS) != 0) {
                names.add("CREDENTIALS");
            }
            if ((flags & PolicyTable.ANY_HEADER) != 0) {
                names.add("ANY_HEADER");
            }
            if ((flags & PolicyTable.PRIVATE_NETWORK) != 0) {
                names.add("PRIVATE_NETWORK");
            }
            return names;
        }
    }

    /**
     * The key of a resource method: {@code com.example.UserResource#update(long,com.example.User)}.
     *
     * @param binaryClassName as {@link Class#getName()} writes it
     * @param parameterTypes the erased parameter types as {@link Class#getTypeName()} writes them
     */
    public static String methodKey(String binaryClassName, String methodName, List<String> parameterTypes) {
        return binaryClassName + "#" + methodName + "(" + String.join(",", parameterTypes) + ")";
    }

    public Encoded encode() {
        StringBuilder keys = new StringBuilder();
        String previousType = null;
        for (String key : methodKeys) {
            String type = key.substring(0, key.indexOf('#'));
            keys.append(keys.length() == 0 ? "" : " ").append(type.equals(previousType)
                    ? key.substring(type.length()) : key);
            previousType = type;
        }
        int flags = (allowCredentials ? PolicyTable.CREDENTIALS : 0) | (anyHeader ? PolicyTable.ANY_HEADER : 0)
                | (allowPrivateNetwork ? PolicyTable.PRIVATE_NETWORK : 0);
        return new Encoded(keys.toString(), anyOrigin ? "*" : String.join(" ", origins),
                String.join(" ", originPatterns), flags, joinedOrNull(allowedHeaders), joinedOrNull(exposedHeaders),
                maxAge < 0 ? null : Long.toString(maxAge));
    }

    public static PolicyRow decode(Encoded row) {
        List<String> keys = new ArrayList<>();
        String type = "";
        for (String key : words(row.methodKeys())) {
            int hash = key.indexOf('#');
            if (hash > 0) {
                type = key.substring(0, hash);
            }
            keys.add(hash == 0 ? type + key : key);
        }
        boolean anyOrigin = row.origins().equals("*");
        return new PolicyRow(keys, anyOrigin, anyOrigin ? List.of() : words(row.origins()), words(row.patterns()),
                (row.flags() & PolicyTable.ANY_HEADER) != 0, split(row.allowHeaders()), split(row.exposeHeaders()),
                (row.flags() & PolicyTable.CREDENTIALS) != 0,
                row.maxAge() == null ? -1 : Long.parseLong(row.maxAge()),
                (row.flags() & PolicyTable.PRIVATE_NETWORK) != 0);
    }

    /** {@code Access-Control-Allow-Headers} for the names allowed besides {@code "*"}, or {@code null}. */
    String allowHeadersValue() {
        return joinedOrNull(allowedHeaders);
    }

    /** {@code Access-Control-Expose-Headers}, or {@code null}. */
    String exposeHeadersValue() {
        return joinedOrNull(exposedHeaders);
    }

    private static String joinedOrNull(List<String> names) {
        return names.isEmpty() ? null : String.join(HEADER_SEPARATOR, names);
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : List.of(value.split(HEADER_SEPARATOR));
    }

    private static List<String> words(String list) {
        return list.isEmpty() ? List.of() : List.of(list.split(" "));
    }
}
