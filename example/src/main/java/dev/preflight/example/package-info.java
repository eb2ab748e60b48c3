/**
 * The notes demo. The package-level {@code @CrossOrigin} is the base policy of every resource here: the
 * front end's origins, resolved when the API starts from the system property {@code notes.cors.origins}
 * or the environment variable {@code NOTES_CORS_ORIGINS} (for example {@code http://localhost:3000} in
 * development), else the production site and the demo page; and the request headers the front end
 * sends. Each resource class adds or overrides only what is its own.
 */
@CrossOrigin(origins = "${notes.cors.origins:https://notes.example.com, http://localhost:8081}",
             allowedHeaders = {"Authorization", "Content-Type"},
             maxAge = 600)
package dev.preflight.example;

import dev.preflight.annotations.CrossOrigin;
