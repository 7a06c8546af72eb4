-- Vacancies (job orders) and their workflow, and the staff accounts of agencies.
create table agency_user (
    user_id   bigint primary key references app_user (id),
    agency_id bigint not null references agency (id),
    linked_at timestamptz not null default now()
);
create index agency_user_agency_idx on agency_user (agency_id);

create sequence vacancy_reference_seq;

create table vacancy (
    id                   bigint generated always as identity primary key,
    reference            varchar(20) not null unique,
    agency_id            bigint not null references agency (id),
    employer_id          bigint not null references employer (id),
    title                text not null check (length(trim(title)) between 2 and 200),
    occupation_code      varchar(4) not null references isco_occupation (code),
    country              char(2) not null check (country ~ '^[A-Z]{2}$'),
    city                 text not null,
    posts                integer not null check (posts between 1 and 10000),
    wage_minor           bigint not null check (wage_minor > 0),
    currency             char(3) not null check (currency ~ '^[A-Z]{3}$'),
    wage_period          varchar(8) not null check (wage_period in ('HOUR', 'MONTH')),
    hours_per_week       integer not null check (hours_per_week between 1 and 84),
    accommodation        text not null,
    travel               text not null,
    contract_months      integer not null check (contract_months between 1 and 120),
    language_requirement text,
    skill_requirement    text,
    required_course_code text,
    closing_on           date not null,
    status               varchar(16) not null check (status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'REJECTED',
                                                                 'PUBLISHED', 'CLOSED')),
    status_reason        text,
    verified_by          text,
    verified_at          timestamptz,
    created_by           text not null,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
create index vacancy_public_idx on vacancy (country, occupation_code) where status = 'PUBLISHED';
create index vacancy_agency_idx on vacancy (agency_id, status);

create table vacancy_history (
    id         bigint generated always as identity primary key,
    vacancy_id bigint not null references vacancy (id),
    status     varchar(16) not null,
    reason     text,
    actor      text not null,
    at         timestamptz not null default now()
);
create index vacancy_history_vacancy_idx on vacancy_history (vacancy_id, at);
