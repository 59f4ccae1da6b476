package io.escalationdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.RepositorySlice;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Case numbers from the database's sequence: the clock's year, six digits, never one twice. */
@RepositorySlice
class CaseNumbersTest {

    @Autowired
    CaseNumbers caseNumbers;

    @Test
    void aNumberHasTheYearAndSixDigitsAndTheNextIsHigher() {
        String first = caseNumbers.next();
        String second = caseNumbers.next();

        assertThat(first).matches("ESC-2026-\\d{6}");
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void numbersDrawnAtOnceOnTwoConnectionsAreNeverRepeated() {
        List<CompletableFuture<List<String>>> drawing = Stream.generate(
                        () -> CompletableFuture.supplyAsync(() -> IntStream.range(0, 100)
                                .mapToObj(i -> caseNumbers.next())
                                .toList()))
                .limit(2)
                .toList();

        List<String> drawn =
                drawing.stream().flatMap(numbers -> numbers.join().stream()).toList();

        assertThat(drawn).hasSize(200).doesNotHaveDuplicates();
    }
}
