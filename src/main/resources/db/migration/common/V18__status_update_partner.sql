-- The partner team that had the case when the update was written, at the update's level: the
-- timeline shows a partner's stay as the partner, not as the level it serves.
alter table case_status_update add column partner varchar(32);
