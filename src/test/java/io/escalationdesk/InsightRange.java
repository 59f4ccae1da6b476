package io.escalationdesk;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The insight dashboard's range, as a person chooses it. */
public final class InsightRange {

    private InsightRange() {}

    /** Shows the figures from the first day to the last, both {@code yyyy-MM-dd}. */
    public static void show(Page page, String from, String lastDay) {
        page.getByLabel("From").fill(from);
        page.getByLabel("To (last day)").fill(lastDay);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Show").setExact(true))
                .click();
    }
}
