package dev.preflight.example;

/** The browser scenarios against the example API on RESTEasy. */
class ResteasyBrowserTest extends BrowserScenarios {
    @Override
    String runtime() {
        return "resteasy";
    }
}
