-- Long work (imports, exports, mass payments) run in the background. The rows are the truth, so any node can show
-- a job's progress; a job is worked on by the node ("runner") that accepted it.
create table background_job (
    id          bigint generated always as identity primary key,
    kind        varchar(32) not null,
    owner       text not null,
    status      varchar(8) not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    runner      varchar(40) not null,
    total       bigint,
    processed   bigint not null default 0,
    created     bigint not null default 0,
    duplicates  bigint not null default 0,
    errors      bigint not null default 0,
    -- a message key, never an exception text: shown to the owner when the job failed
    reason_key  varchar(64),
    -- what the job produced, in the words of its kind (a file's sha-256 for imports)
    result_ref  text,
    created_at  timestamptz not null default now(),
    started_at  timestamptz,
    finished_at timestamptz,
    updated_at  timestamptz not null default now()
);
create index background_job_owner on background_job (owner, created_at desc);
create index background_job_unfinished on background_job (status) where status in ('QUEUED', 'RUNNING');
