-- Notifications go to the customer or, for SLA warnings, to the supervisor of the case's group.
alter table notification_outbox add column audience varchar(16) default 'CUSTOMER' not null;
