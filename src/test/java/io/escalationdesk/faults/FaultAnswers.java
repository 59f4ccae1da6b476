package io.escalationdesk.faults;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** How the fault suite tells the desk's answers apart when it counts them. */
final class FaultAnswers {

    /** What a body shows of the desk's insides: an exception, a stack frame, a driver's words. */
    private static final Pattern INSIDES =
            Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]|org\\.[a-z]+\\.|java\\.[a-z]+\\.|SQLState");

    private FaultAnswers() {}

    /** "503 application/problem+json", and " showing insides" when its body does. */
    static String describe(HttpResponse<String> answer) {
        return answer.statusCode() + " "
                + answer.headers().firstValue("Content-Type").orElse("-")
                + (INSIDES.matcher(answer.body()).find() ? " showing insides" : "");
    }

    static boolean isProblem(HttpResponse<String> answer, int status) {
        return answer.statusCode() == status
                && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }
}
