package io.escalationdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name and every way of typing it share one search form. */
class CustomerNamesTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
      Jürgen Müller     | juergen mueller
      Jürgen Müller     | JURGEN MULLER
      Åsa Öberg-Lindén  | asa oberg linden
      Günter Groß       | guenter gross
      François Lefèvre  | francois lefevre
      """)
    void aNameIsFoundWhateverItsCaseAccentsAndUmlauts(String stored, String typed) {
        assertThat(CustomerNames.searchKey(typed)).isEqualTo(CustomerNames.searchKey(stored));
    }
}
