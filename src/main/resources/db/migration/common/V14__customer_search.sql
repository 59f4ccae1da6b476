-- Customers found by name whatever the case, accents and umlauts ("juergen mueller" finds
-- "Jürgen Müller"): the name in that search form, which the app writes with the case. The cases
-- stored before get it, and their phone number in E.164, from the Java migration V15.
alter table escalation_case add column customer_name_key varchar(200);
create index escalation_case_name_key on escalation_case (customer_name_key);
