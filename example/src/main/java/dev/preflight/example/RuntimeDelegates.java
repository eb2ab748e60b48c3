package dev.preflight.example;

import jakarta.ws.rs.ext.RuntimeDelegate;

/**
 * The example carries both Jersey and RESTEasy, and each ships a {@link RuntimeDelegate} (what
 * {@code Response.ok()} and header parsing go through). Jakarta REST would take whichever it finds
 * first on the class path, so each server sets its own before it starts. An application with a single
 * implementation needs none of this.
 */
final class RuntimeDelegates {
    private RuntimeDelegates() {
    }

    static void use(RuntimeDelegate delegate) {
        RuntimeDelegate.setInstance(delegate);
    }
}
