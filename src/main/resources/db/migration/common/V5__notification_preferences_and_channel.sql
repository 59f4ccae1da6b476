-- The customer's language for messages, and their opt-out: kept on the case, changeable by agents.
alter table escalation_case add column language varchar(8) default 'EN' not null;
alter table escalation_case add column notification_opt_out boolean default false not null;

-- One outbox entry per case, transition and channel: a fallback to the other channel is an entry
-- of its own with its own key (and Message-ID).
alter table notification_outbox add column channel varchar(8) default 'EMAIL' not null;
