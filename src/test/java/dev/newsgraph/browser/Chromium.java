package dev.newsgraph.browser;

import dev.newsgraph.support.ExternalTool;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through the system chromedriver, so nothing downloads a browser or a
 * driver at test time (Selenium Manager is never asked). It records what a person would see go wrong: console
 * errors and failed network requests from the first page it opens on, and saves screenshots under target/screenshots/.
 * <p>
 * Paths: {@code -Dnewsgraph.chromium=/usr/bin/chromium}, {@code -Dnewsgraph.chromedriver=/usr/bin/chromedriver}.
 * Without them the test fails on CI (CI=true) and is skipped with a WARNING elsewhere.
 */
public final class Chromium implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path BROWSER = Path.of(System.getProperty("newsgraph.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("newsgraph.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> failedRequests = new ArrayList<>();
    private final Map<String, String> requestUrls = new HashMap<>();
    private boolean opened;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a fresh headless Chromium; skips (fails on CI) the calling test when Chromium is not installed. */
    public static Chromium start(String test) {
        ExternalTool.require(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER), test,
                "Chromium and chromedriver (" + BROWSER + ", " + DRIVER + "; Debian: apt-get install chromium chromium-driver)"
                        + " are required");
        Path profile;
        try {
            profile = Files.createTempDirectory("newsgraph-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        // Chromedriver's performance log carries the DevTools Network events, whatever the Chromium version.
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        try {
            return new Chromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads the page. What happened before the first page (Chromium's own start page) is not recorded. */
    public void open(String url) {
        if (!opened) {
            forgetRecorded();
            opened = true;
        }
        driver.get(url);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Waits up to {@code timeout} for the condition to give something other than null or false. */
    public <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(condition::apply);
    }

    /** Runs JavaScript in the page and returns what it returns (Selenium's conversion of JS values). */
    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    /** Saves a PNG of the page as target/screenshots/{name}.png and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every console error (and uncaught exception) so far: "level message". */
    public List<String> consoleErrors() {
        collect();
        return List.copyOf(consoleErrors);
    }

    /**
     * Every request so far that failed (network error) or got a 4xx/5xx answer: "status url" or "error url"; requests
     * the page cancelled itself are not failures.
     */
    public List<String> failedRequests() {
        collect();
        return List.copyOf(failedRequests);
    }

    /** Forgets the console errors and failed requests recorded so far, e.g. after a step that fails on purpose. */
    public void forgetRecorded() {
        collect();
        consoleErrors.clear();
        failedRequests.clear();
    }

    /** Reads the logs Chromedriver has gathered since the last call (it hands each entry out once). */
    private void collect() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = new JsonObject(entry.getMessage()).getJsonObject("message");
            JsonObject params = message.getJsonObject("params", new JsonObject());
            switch (message.getString("method", "")) {
                case "Network.requestWillBeSent" -> requestUrls.put(params.getString("requestId"),
                        params.getJsonObject("request").getString("url"));
                case "Network.responseReceived" -> {
                    JsonObject response = params.getJsonObject("response");
                    if (response.getInteger("status", 0) >= 400) {
                        failedRequests.add(response.getInteger("status") + " " + response.getString("url"));
                    }
                }
                // Not failures: a request the page itself cancelled (navigation, AbortController, a revoked blob), and
                // one never seen being sent, which Chromium's own start page made before the logs were on.
                case "Network.loadingFailed" -> {
                    String url = requestUrls.get(params.getString("requestId"));
                    if (url != null && !params.getBoolean("canceled", false)) {
                        failedRequests.add(params.getString("errorText") + " " + url);
                    }
                }
                default -> {
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
