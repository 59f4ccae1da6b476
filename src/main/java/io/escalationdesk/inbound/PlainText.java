package io.escalationdesk.inbound;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A customer's new words as plain text: HTML becomes text (jsoup), and the history their mail
 * program quoted below them is cut off. The stored original keeps all of it.
 */
final class PlainText {

    /** Where mail programs start the quoted history in HTML: Gmail, Apple Mail, Outlook. */
    private static final String QUOTED_HTML =
            "div.gmail_quote, blockquote[type=cite], div#divRplyFwdMsg, div#appendonsend, "
                    + "div.moz-cite-prefix, blockquote.gmail_quote";

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol");

    /**
     * The first line of a quoted history: "On … wrote:", "Am … schrieb …:", an "Original Message"
     * rule, Outlook's header block (From/Von/Från/De then Sent/Gesendet/Skickat/Envoyé), or
     * Outlook's underscore rule. Lines quoted with "&gt;" at the end are cut line by line.
     */
    private static final Pattern QUOTE_START = Pattern.compile(String.join(
            "|",
            "(?m)^[ \\t]*On\\s(?:(?!\\n\\s*\\n)[\\s\\S]){0,300}?\\swrote:[ \\t]*$",
            "(?m)^[ \\t]*Am\\s(?:(?!\\n\\s*\\n)[\\s\\S]){0,300}?\\sschrieb(?:(?!\\n\\s*\\n)[\\s\\S]){0,200}?:[ \\t]*$",
            "(?m)^[ \\t]*Le\\s(?:(?!\\n\\s*\\n)[\\s\\S]){0,300}?\\sa écrit\\s?:[ \\t]*$",
            "(?mi)^[ \\t]*-{2,}\\s*(?:Original Message|Ursprüngliche Nachricht|Originalnachricht|"
                    + "Message d'origine|Ursprungligt meddelande)\\s*-{2,}",
            "(?mi)^[ \\t]*\\*?(?:From|Von|Från|De):\\*?\\s.*\\n(?:.*\\n){0,2}?[ \\t]*\\*?"
                    + "(?:Sent|Gesendet|Skickat|Envoyé|Date|Datum):",
            "(?m)^[ \\t]*_{10,}[ \\t]*$"));
    /** The quote is looked for in the first this many characters: nobody writes more above it. */
    private static final int SEARCHED = 100_000;

    private PlainText() {}

    /** The text of an HTML body, the quoted history's elements left out. */
    static String ofHtml(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title").remove();
        Element quoted = document.selectFirst(QUOTED_HTML);
        if (quoted != null) {
            // Outlook's history is everything from its header on, not only the element
            Element sibling = quoted.nextElementSibling();
            while (sibling != null) {
                Element next = sibling.nextElementSibling();
                sibling.remove();
                sibling = next;
            }
            quoted.remove();
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            text.append(textNode.text());
                        } else if (node instanceof Element element
                                && element.normalName().equals("br")) {
                            text.append('\n');
                        } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            text.append('\n');
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            text.append('\n');
                        }
                    }
                },
                document.body() == null ? document : document.body());
        return tidy(text.toString());
    }

    /** The new words above the quoted history; all of it when nothing stands above the quote. */
    static String withoutQuote(String text) {
        String tidy = tidy(text);
        String above = withoutQuotedLinesAtTheEnd(tidy);
        Matcher quote = QUOTE_START.matcher(above.substring(0, Math.min(above.length(), SEARCHED)));
        if (quote.find()) {
            above = tidy(above.substring(0, quote.start()));
        }
        return above.isEmpty() ? tidy : above;
    }

    private static String withoutQuotedLinesAtTheEnd(String text) {
        String[] lines = text.split("\n", -1);
        int end = lines.length;
        while (end > 0 && (lines[end - 1].startsWith(">") || lines[end - 1].isBlank())) {
            end--;
        }
        return tidy(String.join("\n", Arrays.copyOfRange(lines, 0, end)));
    }

    private static String tidy(String text) {
        return text.replace("\r\n", "\n")
                .replace('\u00a0', ' ')
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
