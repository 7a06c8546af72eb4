-- Protection and assistance cases (see docs/adr/0007-case-workflow-and-access.md).

-- Case types and their sub-types: reference data that administrators extend. A row without a parent is a type,
-- a row with one is a sub-type of it. Cases keep the id, so a renamed or retired type never rewrites history.
create table case_type (
    id                    bigint generated always as identity primary key,
    code                  varchar(40) not null unique check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    parent_id             bigint references case_type (id),
    name_uz               text not null,
    name_uz_cyrl          text not null,
    name_ru               text not null,
    name_en               text not null,
    restricted_by_default boolean not null default false,
    active                boolean not null default true,
    sort_order            int not null default 100,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create index case_type_parent_idx on case_type (parent_id);

-- The human reference CASE-<year>-<number> numbers cases per year from 1.
create table protection_case_counter (
    year int primary key,
    last int not null
);

create table protection_case (
    id                 bigint generated always as identity primary key,
    reference          varchar(24) not null unique,
    type_id            bigint not null references case_type (id),
    subtype_id         bigint references case_type (id),
    summary            text not null check (length(trim(summary)) > 0),
    country            char(2) check (country ~ '^[A-Z]{2}$'),
    city               text,
    employer           text,
    agency             text,
    source             varchar(16) not null check (source in ('WALK_IN', 'HOTLINE', 'CONSULATE', 'PARTNER',
                           'PUBLIC_REQUEST', 'REFERRAL', 'OTHER')),
    vulnerabilities    varchar(24)[] not null default '{}',
    risk_level         varchar(8) not null check (risk_level in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    owning_office_id   bigint not null references office (id),
    assigned_worker_id bigint references app_user (id),
    restricted         boolean not null default false,
    status             varchar(16) not null check (status in ('INTAKE', 'ASSESSMENT', 'PLAN', 'IN_SERVICE',
                           'MONITORING', 'CLOSED')),
    opened_on          date not null,
    status_changed_at  timestamptz not null default now(),
    plan_approved_at   timestamptz,
    plan_approved_by   bigint references app_user (id),
    closed_on          date,
    closure_reason     varchar(32),
    closure_note       text,
    created_by         bigint references app_user (id),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint protection_case_closed_has_reason check ((status = 'CLOSED') = (closed_on is not null)
        and (status <> 'CLOSED' or closure_reason is not null))
);
create index protection_case_office_idx on protection_case (owning_office_id, status);
create index protection_case_worker_idx on protection_case (assigned_worker_id) where status <> 'CLOSED';
create index protection_case_type_idx on protection_case (type_id);
create index protection_case_country_idx on protection_case (country);

-- The people concerned, from the people registry, with their role in the case.
create table protection_case_person (
    case_id   bigint not null references protection_case (id) on delete cascade,
    person_id bigint not null references person (id),
    role      varchar(16) not null check (role in ('PRINCIPAL', 'FAMILY_MEMBER', 'DEPENDANT', 'WITNESS', 'OTHER')),
    added_at  timestamptz not null default now(),
    primary key (case_id, person_id)
);
create index protection_case_person_person_idx on protection_case_person (person_id);

-- The team of a case beyond its assigned worker: who may read a restricted case and its confidential notes.
create table protection_case_team (
    case_id  bigint not null references protection_case (id) on delete cascade,
    user_id  bigint not null references app_user (id),
    added_at timestamptz not null default now(),
    primary key (case_id, user_id)
);

-- Every move through the workflow, with the reason where one is required.
create table protection_case_transition (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references protection_case (id) on delete cascade,
    from_status varchar(16),
    to_status   varchar(16) not null,
    closure_reason varchar(32),
    reason      text,
    actor_id    bigint references app_user (id),
    actor       text not null,
    occurred_at timestamptz not null default now()
);
create index protection_case_transition_case_idx on protection_case_transition (case_id, occurred_at);

-- Assessment: one need per domain with its severity.
create table protection_case_need (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references protection_case (id) on delete cascade,
    domain      varchar(16) not null check (domain in ('SAFETY', 'HEALTH', 'LEGAL', 'DOCUMENTS', 'SHELTER', 'FOOD',
                    'FINANCIAL', 'PSYCHOSOCIAL', 'RETURN', 'EMPLOYMENT', 'EDUCATION')),
    severity    varchar(8) not null check (severity in ('NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    description text,
    assessed_by bigint references app_user (id),
    assessed_at timestamptz not null default now(),
    unique (case_id, domain)
);

-- Plan: goals, each with actions that have an owner and a due date.
create table protection_case_goal (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references protection_case (id) on delete cascade,
    domain      varchar(16),
    description text not null check (length(trim(description)) > 0),
    achieved_on date,
    created_at  timestamptz not null default now()
);
create index protection_case_goal_case_idx on protection_case_goal (case_id);

create table protection_case_action (
    id          bigint generated always as identity primary key,
    goal_id     bigint not null references protection_case_goal (id) on delete cascade,
    description text not null check (length(trim(description)) > 0),
    owner_id    bigint not null references app_user (id),
    due_on      date not null,
    done_on     date,
    created_at  timestamptz not null default now()
);
create index protection_case_action_goal_idx on protection_case_action (goal_id);

-- Services delivered. provider_id is for the service-providers registry; until then the provider is a name.
create table protection_case_service (
    id            bigint generated always as identity primary key,
    case_id       bigint not null references protection_case (id) on delete cascade,
    service_type  varchar(24) not null,
    provider_name text,
    provider_id   bigint,
    delivered_on  date not null,
    quantity      int not null default 1 check (quantity > 0),
    cost_minor    bigint check (cost_minor >= 0),
    currency      char(3) check (currency ~ '^[A-Z]{3}$'),
    note          text,
    recorded_by   bigint references app_user (id),
    recorded_at   timestamptz not null default now(),
    constraint protection_case_service_cost_has_currency check ((cost_minor is null) = (currency is null)),
    constraint protection_case_service_has_provider check (provider_name is not null or provider_id is not null)
);
create index protection_case_service_case_idx on protection_case_service (case_id);

create table protection_case_note (
    id           bigint generated always as identity primary key,
    case_id      bigint not null references protection_case (id) on delete cascade,
    body         text not null check (length(trim(body)) > 0),
    confidential boolean not null default false,
    author_id    bigint references app_user (id),
    author       text not null,
    created_at   timestamptz not null default now()
);
create index protection_case_note_case_idx on protection_case_note (case_id, created_at);

create table protection_case_task (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references protection_case (id) on delete cascade,
    title       text not null check (length(trim(title)) > 0),
    due_on      date not null,
    assignee_id bigint not null references app_user (id),
    done_at     timestamptz,
    created_by  bigint references app_user (id),
    created_at  timestamptz not null default now()
);
create index protection_case_task_open_idx on protection_case_task (assignee_id, due_on) where done_at is null;
create index protection_case_task_case_idx on protection_case_task (case_id);
