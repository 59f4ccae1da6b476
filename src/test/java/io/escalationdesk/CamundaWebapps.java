package io.escalationdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.regex.Pattern;

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

    /**
     * Chooses an option of a Tasklist form's select. A form-js select is a dropdown list, not a
     * native select. Until Tasklist has re-rendered the form of a task just claimed, the list is
     * disabled and a click on it opens nothing.
     */
    public static void choose(Page page, String label, String option) {
        Locator list = page.locator(".fjs-form-field-select", new Page.LocatorOptions().setHasText(label))
                .locator(".fjs-input-group");
        assertThat(list).not().hasClass(Pattern.compile("(^|\\s)disabled(\\s|$)"));
        list.click();
        page.locator(".fjs-dropdownlist-item", new Page.LocatorOptions().setHasText(option))
                .first()
                .click();
    }
}
