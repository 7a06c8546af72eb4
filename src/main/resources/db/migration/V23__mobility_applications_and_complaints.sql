-- Applications of registered people to vacancies (with departure and return), and complaints.
create sequence application_reference_seq;

create table vacancy_application (
    id                bigint generated always as identity primary key,
    reference         varchar(20) not null unique,
    vacancy_id        bigint not null references vacancy (id),
    person_id         bigint not null,
    status            varchar(16) not null check (status in ('APPLIED', 'SHORTLISTED', 'OFFERED', 'CONTRACT_SIGNED',
                                                             'DEPARTED', 'RETURNED', 'WITHDRAWN', 'REJECTED')),
    status_reason     text,
    departed_on       date,
    departure_country char(2),
    contract_ends_on  date,
    returned_on       date,
    entered_by        text not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check (returned_on is null or departed_on is not null),
    check (returned_on is null or returned_on >= departed_on)
);
create index vacancy_application_vacancy_idx on vacancy_application (vacancy_id);
create index vacancy_application_person_idx on vacancy_application (person_id);
create unique index vacancy_application_once_idx on vacancy_application (vacancy_id, person_id)
    where status not in ('WITHDRAWN', 'REJECTED');

create table vacancy_application_history (
    id             bigint generated always as identity primary key,
    application_id bigint not null references vacancy_application (id),
    status         varchar(16) not null,
    reason         text,
    actor          text not null,
    at             timestamptz not null default now()
);

create sequence complaint_reference_seq;

create table complaint (
    id             bigint generated always as identity primary key,
    reference      varchar(20) not null unique,
    agency_id      bigint references agency (id),
    employer_id    bigint references employer (id),
    person_id      bigint,
    country        char(2) check (country ~ '^[A-Z]{2}$'),
    summary        text not null check (length(trim(summary)) between 5 and 4000),
    office_id      bigint not null references office (id),
    case_reference text,
    taken_by       text not null,
    created_at     timestamptz not null default now(),
    check (agency_id is not null or employer_id is not null)
);
create index complaint_agency_idx on complaint (agency_id);
create index complaint_employer_idx on complaint (employer_id);
