-- The case record: what agents search and read. The process holds only what it routes on.

create table escalation_case (
    case_number         varchar(32)   primary key,
    customer_id         varchar(64)   not null,
    customer_name       varchar(200)  not null,
    -- stored normalised (lower-case email, phone as + and digits) so lookups hit the index
    customer_email      varchar(254),
    customer_phone      varchar(32),
    preferred_channel   varchar(16)   not null,
    channel             varchar(16)   not null,
    category            varchar(16)   not null,
    priority            varchar(16)   not null,
    escalation_trigger  varchar(40)   not null,
    customer_segment    varchar(16)   not null,
    description         varchar(4000) not null,
    external_reference  varchar(100),
    status              varchar(16)   not null,
    level               varchar(16),
    opened_at           timestamp with time zone not null,
    closed_at           timestamp with time zone,
    process_instance_id varchar(64),
    -- a follow-up on a closed case opens a new case that points back to it
    linked_case_number  varchar(32)
);
create index escalation_case_customer on escalation_case (customer_id, opened_at);
create index escalation_case_email on escalation_case (customer_email, opened_at);
create index escalation_case_phone on escalation_case (customer_phone, opened_at);
create index escalation_case_status on escalation_case (status, level, opened_at);
create index escalation_case_category on escalation_case (category, priority, opened_at);
create index escalation_case_opened on escalation_case (opened_at);

-- An Idempotency-Key seen by the intake and the case it created: a retry gets the same case.
create table intake_request (
    idempotency_key varchar(100) primary key,
    case_number     varchar(32)  not null,
    created_at      timestamp with time zone not null
);
