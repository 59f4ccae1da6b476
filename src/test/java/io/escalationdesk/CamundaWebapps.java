package io.escalationdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

/** Camunda's web apps (Tasklist, Cockpit) as a person signs into them. */
public final class CamundaWebapps {

    private CamundaWebapps() {}

    /** A page of the web app at {@code url}, signed in as the demo user (password = user id). */
    public static Page signIn(BrowserContext context, String url, String user) {
        Page page = context.newPage();
        page.navigate(url);
        // the web app binds its login form once all its scripts are in
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("input[ng-model=\"username\"]").fill(user);
        page.locator("input[ng-model=\"password\"]").fill(user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page.locator("input[ng-model=\"username\"]"))
                .isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(15_000));
        return page;
    }
}
