package dev.preflight.example;

import dev.preflight.annotations.CrossOrigin;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cookie session, for any subdomain of {@code notes.example.com} and any local development server
 * (origin patterns). Cookies are credentials, so the policy allows credentials: browsers then send and
 * store cookies on cross-origin {@code fetch(url, {credentials: "include"})}.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@CrossOrigin(originPatterns = {"https://*.notes.example.com", "http://localhost:[*]"},
             allowedHeaders = "Content-Type",
             allowCredentials = true)
public class SessionResource {
    private static final String COOKIE = "session";
    private static final Map<String, String> USERS_BY_SESSION = new ConcurrentHashMap<>();

    /**
     * Logs in. The cookie is {@code SameSite=None; Secure} because the front end and the API may be on
     * different sites, and browsers only send {@code SameSite=None} cookies marked {@code Secure}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response logIn(String body) {
        String user = Json.stringField(body, "user");
        String session = UUID.randomUUID().toString();
        USERS_BY_SESSION.put(session, user);
        return Response.ok(userJson(user))
                .header(HttpHeaders.SET_COOKIE, COOKIE + "=" + session
                        + "; Path=/" + NotesApplication.PATH + "; Max-Age=3600; HttpOnly; Secure; SameSite=None")
                .build();
    }

    @GET
    public String whoAmI(@CookieParam(COOKIE) String session) {
        String user = session == null ? null : USERS_BY_SESSION.get(session);
        if (user == null) {
            throw new NotAuthorizedException(Response.status(Response.Status.UNAUTHORIZED)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.error(session == null ? "no session cookie" : "unknown session"))
                    .build());
        }
        return userJson(user);
    }

    @DELETE
    public Response logOut(@CookieParam(COOKIE) String session) {
        if (session != null) {
            USERS_BY_SESSION.remove(session);
        }
        return Response.noContent()
                .header(HttpHeaders.SET_COOKIE, COOKIE + "=; Path=/" + NotesApplication.PATH
                        + "; Max-Age=0; HttpOnly; Secure; SameSite=None")
                .build();
    }

    private static String userJson(String user) {
        return "{\"user\":" + Json.quote(user) + "}";
    }
}
