package io.escalationdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** However a person types a number, it is stored and searched in E.164. */
class PhoneNumbersTest {

    private final PhoneNumbers germany = new PhoneNumbers("DE");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
      0151 12345678        | +4915112345678
      0049 151 12345678    | +4915112345678
      +49 (151) 1234-5678  | +4915112345678
      +4915112345678       | +4915112345678
      0171 9876543         | +491719876543
      030 1234567          | +49301234567
      +1 (202) 555-0143    | +12025550143
      001 202 555 0143     | +12025550143
      """)
    void everyFormBecomesE164(String typed, String e164) {
        assertThat(germany.e164(typed)).contains(e164);
        assertThat(germany.stored(typed)).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999 1234 5678", "0049 1", "12", "call me", "+49 151 1234567890123"})
    void whatCannotBeANumberIsNone(String typed) {
        assertThat(germany.e164(typed)).isEmpty();
    }

    @Test
    void aNationalNumberFollowsTheConfiguredRegion() {
        assertThat(new PhoneNumbers("US").e164("(202) 555-0143")).contains("+12025550143");
        assertThat(new PhoneNumbers("at").e164("0664 1234567")).contains("+436641234567");
    }

    @Test
    void whatWasStoredBeforeNumbersWereCheckedKeepsItsDigits() {
        assertThat(germany.stored("+999 12")).isEqualTo("+99912");
        assertThat(germany.stored(" ")).isNull();
    }

    @Test
    void anUnknownRegionStopsTheStart() {
        assertThatThrownBy(() -> new PhoneNumbers("XX")).hasMessageContaining("escalation.phone-region");
    }
}
