package io.escalationdesk.conversation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Message-IDs of each case's mails, ours and the customer's: an answer that names one in
 * In-Reply-To or References belongs to that case, and our next mail names them in its own.
 */
@Repository
public class MailThreads {

  /** Enough of a thread for any mail program to place the next mail in it. */
  private static final int REFERENCED = 10;

  private final JdbcClient jdbc;
  private final Clock clock;

  MailThreads(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Once per Message-ID, however often a mail is sent or fetched again. */
  public void record(String messageId, String caseNumber, boolean sentByUs) {
    jdbc.sql("""
            insert into mail_thread (message_id, case_number, sent_by_us, recorded_at)
            select :id, :caseNumber, :sentByUs, :at
            where not exists (select 1 from mail_thread where message_id = :id)""")
        .param("id", messageId)
        .param("caseNumber", caseNumber)
        .param("sentByUs", sentByUs)
        .param("at", Timestamp.from(clock.instant()))
        .update();
  }

  /** The case of the first of these Message-IDs that belongs to one. */
  Optional<Match> caseOf(List<String> messageIds) {
    for (String id : messageIds) {
      Optional<String> caseNumber = jdbc.sql("select case_number from mail_thread where message_id = ?")
          .param(id)
          .query(String.class)
          .optional();
      if (caseNumber.isPresent()) {
        return Optional.of(new Match(caseNumber.get(), id));
      }
    }
    return Optional.empty();
  }

  record Match(String caseNumber, String messageId) {}

  /** The case's latest Message-IDs, oldest first, as a References header lists them. */
  public List<String> of(String caseNumber) {
    List<String> ids = new ArrayList<>(jdbc.sql("""
            select message_id from mail_thread where case_number = ?
            order by recorded_at desc, message_id""" + " limit " + REFERENCED)
        .param(caseNumber)
        .query(String.class)
        .list());
    Collections.reverse(ids);
    return ids;
  }
}
