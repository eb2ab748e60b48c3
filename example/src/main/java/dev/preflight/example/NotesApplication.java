package dev.preflight.example;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The application as Jakarta REST deploys it. Preflight's generated feature arrives by service loading. */
@ApplicationPath("api")
public class NotesApplication extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(NoteResource.class);
    }
}
