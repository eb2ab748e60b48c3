package dev.preflight.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.System.Logger.Level;

/** Why a request was refused, at {@code DEBUG}, through {@link System.Logger} (no logging framework). */
final class CorsLog {
    private static final System.Logger LOG = System.getLogger("dev.preflight");
    private static final int MAX_LOGGED = 200;

    private CorsLog() {
    }

    /** Like {@link #refused(String, String, String, String)}, reading the path only when the line is logged. */
    static void refused(String what, String origin, ContainerRequestContext request, String reason) {
        if (LOG.isLoggable(Level.DEBUG)) {
            refused(what, origin, PreflightFilter.matchablePath(request), reason);
        }
    }

    static void refused(String what, String origin, String path, String reason) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "CORS {0} refused: {1} (Origin {2}, path /{3})",
                    what, reason, printable(origin), printable(path));
        }
    }

    /**
     * A request value made safe for a log line: quoted, control and non-ASCII characters escaped,
     * cut short, so that a hostile header can neither forge log lines nor flood the log.
     */
    static String printable(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_LOGGED) + 2).append('"');
        for (int i = 0; i < value.length() && i < MAX_LOGGED; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > MAX_LOGGED) {
            out.append("...");
        }
        return out.append('"').toString();
    }
}
