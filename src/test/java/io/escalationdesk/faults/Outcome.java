package io.escalationdesk.faults;

import java.util.ArrayList;
import java.util.List;

/** What a fault scenario measured, and whether each promise it checks held. */
final class Outcome {

    private final String scenario;
    private final List<String> figures = new ArrayList<>();
    private final List<String> broken = new ArrayList<>();

    Outcome(String scenario) {
        this.scenario = scenario;
    }

    Outcome figure(String figure) {
        figures.add(figure);
        return this;
    }

    /** The promise holds when {@code held}; otherwise the scenario fails, saying which. */
    Outcome expect(boolean held, String promise) {
        if (!held) {
            broken.add(promise);
        }
        return this;
    }

    /** One scenario measured in parts: this one's figures and promises, then the other's. */
    Outcome and(Outcome other) {
        figures.addAll(other.figures);
        broken.addAll(other.broken);
        return this;
    }

    boolean passed() {
        return broken.isEmpty();
    }

    String report() {
        StringBuilder report = new StringBuilder(scenario).append('\n');
        figures.forEach(figure -> report.append("  ").append(figure).append('\n'));
        broken.forEach(promise -> report.append("  broken: ").append(promise).append('\n'));
        return report.append("  ").append(passed() ? "PASS" : "FAIL").toString();
    }
}
