package dev.preflight.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Test sources, written as text blocks so that line numbers in assertions can be read off them. */
final class Sources {
    private Sources() {
    }

    static JavaFileObject source(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    /**
     * The 1-based line of the only line of {@code text} that contains {@code fragment}; fails when
     * there is none or more than one, so that a line assertion cannot silently point elsewhere.
     */
    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                if (found >= 0) {
                    throw new IllegalArgumentException("\"" + fragment + "\" is on lines " + found + " and " + (i + 1));
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("\"" + fragment + "\" is on no line");
        }
        return found;
    }

    /** Where {@link #classLevel} and warning tests take {@code @SuppressWarnings("cors")}; a comment keeps the line count. */
    static final String SUPPRESS = "// SUPPRESS";

    /** A resource with two resource methods whose class annotation has the given attributes, one per line. */
    static String classLevel(String attributes) {
        return """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                // SUPPRESS
                @Path("r")
                @CrossOrigin(
                %s)
                public class R {
                    @GET public String get() { return ""; }
                    @POST public void post(String body) { }
                }
                """.formatted(attributes);
    }

    /** The README's example resource. */
    static JavaFileObject userResource() {
        return source("com.example.UserResource", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;
                import java.util.List;

                @Path("users")
                @CrossOrigin(origins = "https://app.example.com",
                             allowedHeaders = {"Authorization", "Content-Type"},
                             exposedHeaders = "X-Total-Count",
                             allowCredentials = true)
                public class UserResource {
                    public static class User {
                    }

                    @GET public List<User> list() { return List.of(); }

                    @PUT @Path("{id: [0-9]+}") @Consumes("application/json")
                    public User update(@PathParam("id") long id, User u) { return u; }

                    @DELETE @Path("{id}")
                    @CrossOrigin(origins = "https://admin.example.com")
                    public void delete(@PathParam("id") long id) { }
                }
                """);
    }
}
