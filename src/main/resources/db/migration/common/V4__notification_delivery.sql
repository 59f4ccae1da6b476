-- Delivery state of each queued notification: claimed by one dispatcher at a time, retried
-- with backoff, FAILED after the last attempt (visible on the case and to operators).
alter table notification_outbox add column attempts integer default 0 not null;
alter table notification_outbox add column next_attempt_at timestamp with time zone;
alter table notification_outbox add column claimed_until timestamp with time zone;
alter table notification_outbox add column last_error varchar(1000);
alter table notification_outbox add column sent_at timestamp with time zone;
alter table notification_outbox add column delivered_to varchar(300);
create index notification_outbox_due on notification_outbox (status, next_attempt_at);
