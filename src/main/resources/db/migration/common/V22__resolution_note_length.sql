-- The resolution note is what the agent wrote for the customer (the outcome form's summary), which
-- may be as long as EscalationLadder.SUMMARY_LENGTH: V20's 1000 would refuse the longer ones.
alter table escalation_case alter column resolution_note set data type varchar(2000);
