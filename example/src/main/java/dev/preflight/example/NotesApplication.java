package dev.preflight.example;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The application as Jakarta REST deploys it. Preflight's generated feature arrives by service loading. */
@ApplicationPath(NotesApplication.PATH)
public class NotesApplication extends Application {
    /** Where the API lives under the server's root. */
    public static final String PATH = "api";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(NoteResource.class, SessionResource.class, StatsResource.class,
                BearerTokenFilter.class, ErrorMapper.class);
    }
}
