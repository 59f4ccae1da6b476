package io.escalationdesk.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only our own server's Authentication-Results prove a From address, and only a pass does. */
class SenderAuthenticationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
      mx.example.com; spf=pass smtp.mailfrom=a.example; dkim=pass header.d=a.example; dmarc=pass header.from=a.example | true
      mx.example.com 1; spf=pass smtp.mailfrom=a.example; dmarc=fail (p=reject) header.from=a.example                | false
      MX.EXAMPLE.COM; dkim=pass header.d=a.example                                                                   | true
      mx.example.com; spf=softfail smtp.mailfrom=a.example; dkim=none                                                | false
      mx.example.com; none                                                                                           | false
      mx.attacker.example; dmarc=pass header.from=a.example                                                          | false
      mx.example.com; dmarc=pass (a comment; with dmarc=fail inside) header.from=a.example                           | true
      """)
    void aMailIsProvenByAPassInOurServersHeader(String header, boolean proven) {
        assertThat(SenderAuthentication.proven("mx.example.com", List.of(header)))
                .isEqualTo(proven);
    }

    @Test
    void anyFailureInOneOfOurHeadersOutweighsAPassInAnother() {
        assertThat(SenderAuthentication.proven(
                        "mx.example.com",
                        List.of(
                                "mx.example.com; dmarc=pass header.from=a.example",
                                "mx.example.com; dmarc=fail header.from=a.example")))
                .isFalse();
    }

    @Test
    void withoutOurServersIdEveryFromCountsAsProvenAndNoHeaderAsNone() {
        assertThat(SenderAuthentication.proven(null, List.of())).isTrue();
        assertThat(SenderAuthentication.proven("mx.example.com", List.of())).isFalse();
    }
}
