package dev.preflight.example;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium (Debian's {@code chromium}, driven through Debian's {@code chromium-driver}),
 * shared by every browser test in the JVM, and the demo's front end, which serves the same page on
 * three origins:
 * <ul>
 * <li>{@link #APP_ORIGIN}, the origin {@link NoteResource} names exactly. Chromium's
 * {@code --host-rules} sends its connections to the front end's free port, so the tests bind no fixed
 * port while the page still has exactly that origin;</li>
 * <li>{@code http://localhost:PORT}, allowed only by the origin patterns;</li>
 * <li>{@code http://127.0.0.1:PORT}, allowed by no policy.</li>
 * </ul>
 * Nothing is downloaded: the driver and the browser are given by path, so Selenium Manager never runs.
 */
final class Chromium implements AutoCloseable {
    static final String APP_ORIGIN = "http://localhost:8081";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final FrontEndServer frontEnd;
    private final Path profile;
    private final ChromeDriver driver;
    private final String appTab;

    private Chromium() throws IOException {
        for (String program : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: apt-get install -y chromium chromium-driver"
                        + " (.ci/run does this)");
            }
        }
        // every page names its API in the query, so the front end's own default is never used
        frontEnd = new FrontEndServer(0, URI.create("http://127.0.0.1:9/api-given-in-the-query"));
        profile = Files.createTempDirectory("preflight-chromium-");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile,
                "--host-rules=MAP localhost:8081 127.0.0.1:" + frontEnd.port());
        // Chromium blocks third-party cookies by default, and a page on localhost calling an API on
        // 127.0.0.1 is cross-site: 0 is "allow all cookies" in chrome://settings/cookies
        options.setExperimentalOption("prefs", Map.of("profile.cookie_controls_mode", 0));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1200, 980));
        appTab = driver.getWindowHandle();
    }

    /** The origin that only the origin patterns allow. */
    String patternOnlyOrigin() {
        return "http://localhost:" + frontEnd.port();
    }

    /** An origin no policy allows (127.0.0.1 is another host than localhost to a browser). */
    String disallowedOrigin() {
        return "http://127.0.0.1:" + frontEnd.port();
    }

    /**
     * Opens the demo page on {@link #APP_ORIGIN} against {@code api}, in a tab kept for it, and returns
     * what its script saw, by call.
     */
    Map<String, Map<String, Object>> runDemo(URI api) {
        driver.switchTo().window(appTab);
        return openDemo(APP_ORIGIN, api);
    }

    /** The same, from another origin, in a tab of its own that is closed afterwards. */
    Map<String, Map<String, Object>> runDemoInNewTab(String origin, URI api) {
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            return openDemo(origin, api);
        } finally {
            driver.close();
            driver.switchTo().window(appTab);
        }
    }

    /** Runs one call of the demo again in the {@link #APP_ORIGIN} tab and returns what the script saw. */
    Map<String, Object> runAgain(String call) {
        driver.switchTo().window(appTab);
        return asResult(driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.demo.run(arguments[0]).then(done);", call));
    }

    void clearCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    void screenshot(Path file) throws IOException {
        driver.switchTo().window(appTab);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    private Map<String, Map<String, Object>> openDemo(String origin, URI api) {
        driver.get(origin + "/?api=" + URLEncoder.encode(api.toString(), StandardCharsets.UTF_8));
        Object results = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.demo.finished.then(() => done(window.demo.results));");
        Map<String, Map<String, Object>> byCall = new LinkedHashMap<>();
        ((Map<?, ?>) results).forEach((call, result) -> byCall.put((String) call, asResult(result)));
        return byCall;
    }

    private static Map<String, Object> asResult(Object result) {
        Map<String, Object> fields = new LinkedHashMap<>();
        ((Map<?, ?>) result).forEach((name, value) -> fields.put((String) name, value));
        return fields;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            frontEnd.close();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands the shared instance to {@code @BeforeAll} methods; JUnit closes it after the last test. */
    static final class Shared implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Chromium.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(Chromium.class))
                    .getOrComputeIfAbsent(Chromium.class, key -> start(), Chromium.class);
        }

        private static Chromium start() {
            try {
                return new Chromium();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
