package dev.preflight.example;

/** The browser scenarios against the example API on Jersey. */
class JerseyBrowserTest extends BrowserScenarios {
    @Override
    String runtime() {
        return "jersey";
    }
}
