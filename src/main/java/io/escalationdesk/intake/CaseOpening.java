package io.escalationdesk.intake;

import io.escalationdesk.cases.CaseNumbers;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.PhoneNumbers;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.move.CaseFacts;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.timeline.CaseRef;
import io.escalationdesk.timeline.TimelineWriter;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Opens a case, however it arrives: the rules a new case meets, its record with the same
 * defaults, and its first status update. The case's process calls it as its first step, in the
 * transaction that starts it.
 */
@Service
public class CaseOpening {

    /** Case numbers show in task forms and mail subjects: letters, digits and hyphens only. */
    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");

    private final Validator validator;
    private final PhoneNumbers phones;
    private final CaseNumbers caseNumbers;
    private final CaseRecords records;
    private final CaseFacts facts;
    private final TimelineWriter timeline;
    private final Clock clock;

    CaseOpening(
            Validator validator,
            PhoneNumbers phones,
            CaseNumbers caseNumbers,
            CaseRecords records,
            CaseFacts facts,
            TimelineWriter timeline,
            Clock clock) {
        this.validator = validator;
        this.phones = phones;
        this.caseNumbers = caseNumbers;
        this.records = records;
        this.facts = facts;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** @throws InvalidFieldException naming every field that breaks a rule */
    public void check(NewCase newCase) {
        List<FieldError> errors = new ArrayList<>(validator.validate(newCase).stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
        errors.addAll(newCase.unreachable());
        // a number we could not dial, or find the customer by, is refused, not stored
        if (newCase.customerPhone() != null
                && !newCase.customerPhone().isBlank()
                && errors.stream().noneMatch(error -> error.field().equals("customerPhone"))
                && phones.e164(newCase.customerPhone()).isEmpty()) {
            errors.add(new FieldError("customerPhone", "must be " + phones.hint()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    /**
     * @param caseNumber the number the caller gave the case; none: the next one
     * @param followUpOf the closed case this one follows up; none otherwise
     * @param escalatedBy who escalated the case; their team is the case's
     * @return the case's number
     * @throws InvalidFieldException for a case that breaks a rule, or a number already taken
     */
    public String open(
            String caseNumber, NewCase newCase, String followUpOf, String processInstanceId, Caller escalatedBy) {
        check(newCase);
        String number = caseNumber == null || caseNumber.isBlank() ? caseNumbers.next() : caseNumber;
        if (!CASE_NUMBER.matcher(number).matches()) {
            throw new InvalidFieldException("businessKey", "a case number has up to 32 letters, digits and hyphens");
        }
        CaseRecord record = newCase.recordOf(number, clock.instant(), followUpOf);
        try {
            records.insert(record, processInstanceId);
        } catch (DuplicateKeyException taken) {
            throw new InvalidFieldException("businessKey", "case " + number + " exists already");
        }
        facts.opened(
                record,
                escalatedBy.groups().stream()
                        .filter(Level.teams()::contains)
                        .findFirst()
                        .orElse(null));
        timeline.opened(
                new CaseRef(number, processInstanceId), escalatedBy.userId(), newCase.channel(), newCase.trigger());
        return number;
    }
}
