package dev.preflight.example;

import jakarta.ws.rs.ApplicationPath;
import java.util.HashSet;
import java.util.Set;

/** The example's application as it ships, plus {@link PreflightCounter}. */
@ApplicationPath(NotesApplication.PATH)
public class CountingNotesApplication extends NotesApplication {
    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(super.getClasses());
        classes.add(PreflightCounter.class);
        return classes;
    }
}
