package io.escalationdesk.intake;

import io.escalationdesk.system.ConflictException;

/**
 * The case's process changed while a request was changing it (an agent completed its task at
 * the same moment): the request's transaction is rolled back, to be made again on what is there
 * now.
 */
public class CaseChangedMeanwhile extends ConflictException {

    public CaseChangedMeanwhile(String caseNumber, Throwable cause) {
        super("Case " + caseNumber + " changed at the same moment (an agent completed its task); "
                + "nothing was recorded, send it again");
        initCause(cause);
    }
}
