package io.escalationdesk;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium (installed by .ci/run) driven by Playwright, for a browser test class:
 * {@code @RegisterExtension static final Chromium chromium = new Chromium();}. Where no Chromium
 * is installed, as on a developer laptop, the class is skipped and says why.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeTrue(
                Files.isExecutable(EXECUTABLE),
                "No Chromium at " + EXECUTABLE + ": browser tests skipped (apt-get install chromium)");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            playwright.close();
        }
    }

    public Browser browser() {
        return browser;
    }
}
