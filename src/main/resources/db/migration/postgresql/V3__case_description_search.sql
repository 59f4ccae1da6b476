-- Free-text search in descriptions at a million cases: a GIN full-text index.
create index escalation_case_description on escalation_case
    using gin (to_tsvector('simple', description));
