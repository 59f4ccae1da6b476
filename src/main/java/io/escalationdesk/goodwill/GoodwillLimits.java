package io.escalationdesk.goodwill;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.escalation.Level;

/** The limits table (processes/GoodwillLimits.dmn); the engine adapter evaluates it. */
public interface GoodwillLimits {

    /** {@link GoodwillLimit#NONE} where the table names no limit. */
    GoodwillLimit of(Level level, CustomerSegment segment, Category category);
}
