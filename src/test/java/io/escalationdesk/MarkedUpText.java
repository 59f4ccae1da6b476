package io.escalationdesk;

/** Markup anyone who writes to us could send: HTML elements, Markdown images and links. */
public final class MarkedUpText {

    public static final String CUSTOMER_NAME = "<img src=\"/camunda/favicon.ico\" alt=\"pixel\"> <b>Mallory</b>";
    public static final String DESCRIPTION = "![tracking pixel](/camunda/favicon.ico) "
            + "[Reset your password](https://phish.example.com) "
            + "<a href=\"https://phish.example.com\">Log in</a> *urgent*";

    private MarkedUpText() {}
}
