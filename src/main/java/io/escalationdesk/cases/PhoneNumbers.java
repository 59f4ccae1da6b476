package io.escalationdesk.cases;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Phone numbers in one form, E.164 ({@code +4915112345678}), however a person typed them: with
 * the country code, with {@code 00}, or as dialled at home ({@code 0151 12345678}) in the
 * configured region. The case record holds that form, so a search by any form finds it.
 */
@Component
public class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String region;

    PhoneNumbers(@Value("${escalation.phone-region:DE}") String region) {
        this.region = region.strip().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(this.region)) {
            throw new IllegalArgumentException(
                    "escalation.phone-region (PHONE_REGION) " + region + " is no region code such as DE or US");
        }
    }

    /** The number in E.164; none when it cannot be a complete number. */
    public Optional<String> e164(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(typed.strip(), region);
            return UTIL.isPossibleNumberWithReason(number) == ValidationResult.IS_POSSIBLE
                    ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * The form a number is stored and searched in: E.164, or for what cannot be a number (kept
     * from before numbers were checked) its digits, with the plus if it had one.
     */
    public String stored(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return e164(typed).orElseGet(() -> {
            String digits = typed.replaceAll("[^0-9]", "");
            return typed.strip().startsWith("+") ? "+" + digits : digits;
        });
    }

    /** How a person is told what to type. */
    public String hint() {
        return "a phone number with its country code (+49 151 12345678) or as dialled in " + region;
    }
}
