-- A case a partner team has is named to its customer as that team ("our specialist team"), not
-- as the level it serves: the partner is kept with the message.
alter table notification_outbox add column partner varchar(64);
