-- Private employment agencies, their licence with its allowed destination countries and full history,
-- and foreign employers.
create table agency (
    id            bigint generated always as identity primary key,
    legal_name    text not null check (length(trim(legal_name)) between 2 and 300),
    tax_number    varchar(9) not null unique check (tax_number ~ '^[0-9]{9}$'),
    address       text not null,
    phone         text,
    email         text,
    website       text,
    branches      text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index agency_name_idx on agency (lower(legal_name));

-- One licence per agency: renewing extends it; every change is a line in licence_history.
create table licence (
    id            bigint generated always as identity primary key,
    agency_id     bigint not null unique references agency (id),
    number        varchar(32) not null unique,
    issued_on     date not null,
    expires_on    date not null check (expires_on > issued_on),
    status        varchar(16) not null check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED')),
    status_reason text,
    warned_for    date,
    updated_at    timestamptz not null default now()
);
create index licence_expiry_idx on licence (expires_on) where status = 'ACTIVE';

create table licence_country (
    licence_id bigint not null references licence (id) on delete cascade,
    country    char(2) not null check (country ~ '^[A-Z]{2}$'),
    primary key (licence_id, country)
);

create table licence_history (
    id          bigint generated always as identity primary key,
    licence_id  bigint not null references licence (id),
    action      varchar(16) not null check (action in ('GRANTED', 'RENEWED', 'SUSPENDED', 'REINSTATED', 'REVOKED',
                                                       'EXPIRED', 'COUNTRIES', 'WARNED')),
    status      varchar(16) not null,
    expires_on  date not null,
    reason      text,
    actor       text not null,
    at          timestamptz not null default now()
);
create index licence_history_licence_idx on licence_history (licence_id, at);

create table employer (
    id                  bigint generated always as identity primary key,
    name                text not null check (length(trim(name)) between 2 and 300),
    country             char(2) not null check (country ~ '^[A-Z]{2}$'),
    registration_number text not null,
    sector              text not null,
    flag                varchar(16) not null default 'NONE' check (flag in ('NONE', 'INVESTIGATION', 'BARRED')),
    flag_reason         text,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    unique (country, registration_number),
    check (flag = 'NONE' or flag_reason is not null)
);
