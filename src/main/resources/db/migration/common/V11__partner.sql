-- An outsourced partner team that has the case now: it sees the case while it does.
alter table escalation_case add column partner varchar(32);
create index escalation_case_partner on escalation_case (partner, opened_at);
-- The partner whose queue held a stay, for the partner's own SLAs and KPIs.
alter table case_level_visit add column partner varchar(32);
