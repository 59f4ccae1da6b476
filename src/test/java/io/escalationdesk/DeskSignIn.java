package io.escalationdesk;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The desk's pages as a person signs into them. */
public final class DeskSignIn {

    private DeskSignIn() {}

    /** A page of the desk at {@code url}, signed in as the demo user (password = user id). */
    public static Page signIn(BrowserContext context, String url, String user) {
        Page page = context.newPage();
        page.navigate(url);
        page.getByLabel("User").fill(user);
        page.getByLabel("Password").fill(user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        return page;
    }
}
