-- A customer reads the times of a message in the zone of their case's business hours, not the
-- server's: the zone is kept with the message, for however late it is sent.
alter table notification_outbox add column time_zone varchar(64);
