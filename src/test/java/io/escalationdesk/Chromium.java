package io.escalationdesk;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium (installed by .ci/run) driven by Playwright, for the browser tests. Where no
 * Chromium is installed, as on a developer laptop, the calling test class is skipped and says why.
 */
public final class Chromium implements AutoCloseable {

  private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium() {
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(EXECUTABLE)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
  }

  /** Starts Chromium, or skips the tests when it is not installed. */
  public static Chromium launch() {
    Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE),
        "No Chromium at " + EXECUTABLE + ": browser tests skipped (apt-get install chromium)");
    return new Chromium();
  }

  public Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    playwright.close();
  }
}
