-- An agent's answer on WhatsApp or in a chat goes to the number or handle the customer wrote
-- from, which need not be the case's phone: it is kept with the message.
alter table notification_outbox add column recipient_handle varchar(254);
