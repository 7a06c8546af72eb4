-- What became of every row of every people import. A row whose content was once imported (created, or created
-- and queued as a suspected duplicate) is never imported again, whichever file or job brings it back.
create table import_row (
    id            bigint generated always as identity primary key,
    job_id        bigint not null references background_job (id),
    file_sha256   char(64) not null,
    row_number    int not null,
    row_hash      char(64) not null,
    outcome       varchar(16) not null check (outcome in ('CREATED', 'DUPLICATE', 'ERROR', 'SKIPPED')),
    person_id     bigint references person (id),
    candidate_id  bigint references person (id),
    score         numeric(4, 3),
    reasons       text,
    created_at    timestamptz not null default now(),
    unique (job_id, row_number)
);
create unique index import_row_imported_once on import_row (row_hash) where outcome in ('CREATED', 'DUPLICATE');
create index import_row_job on import_row (job_id, outcome, row_number);

-- Why a row was refused: the column and a message key with its argument, translated when shown.
create table import_row_error (
    import_row_id bigint not null references import_row (id),
    column_name   varchar(32) not null,
    message_key   varchar(64) not null,
    argument      text
);
create index import_row_error_row on import_row_error (import_row_id);
