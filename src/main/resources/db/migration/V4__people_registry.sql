-- The person registry. Names are kept as entered, with their script; folded and phonetic keys are derived for
-- matching and indexed for candidate search. Document numbers, phones and addresses are encrypted (bytea) with
-- a keyed lookup hash beside them (see docs/adr/0005-field-encryption.md).
create extension if not exists pg_trgm;

create sequence person_reference_seq;

create table person (
    id                bigint generated always as identity primary key,
    reference         varchar(24) not null unique,
    family_name       text not null check (length(trim(family_name)) > 0),
    given_names       text not null check (length(trim(given_names)) > 0),
    patronymic        text,
    name_script       varchar(8) not null check (name_script in ('Latn', 'Cyrl', 'Mixed')),
    sex               char(1) check (sex in ('M', 'F')),
    birth_date        date,
    birth_year        int check (birth_year between 1900 and 2100),
    citizenship       char(2) check (citizenship ~ '^[A-Z]{2}$'),
    birth_place       text,
    home_region       varchar(8) references region (code),
    home_district     text,
    home_address      bytea,
    current_country   char(2) check (current_country ~ '^[A-Z]{2}$'),
    office_id         bigint references office (id),
    -- derived for matching, rewritten whenever the name changes
    name_key          text not null,
    family_key        text not null,
    given_key         text not null,
    patronymic_key    text not null default '',
    phonetic_key      text not null,
    merged_into       bigint references person (id),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint person_birth_year_matches_date check (birth_date is null or birth_year = extract(year from birth_date))
);
create index person_name_key_trgm on person using gin (name_key gin_trgm_ops);
create index person_family_key on person (family_key);
create index person_family_key_trgm on person using gin (family_key gin_trgm_ops);
create index person_phonetic_key on person (phonetic_key);
create index person_birth_year on person (birth_year);
create index person_merged_into on person (merged_into) where merged_into is not null;

-- Every other name a person is known by: aliases, earlier spellings, names kept from merged records.
create table person_alias (
    id         bigint generated always as identity primary key,
    person_id  bigint not null references person (id),
    full_name  text not null,
    name_key   text not null,
    source     varchar(16) not null check (source in ('ENTERED', 'MERGED', 'IMPORTED')),
    created_at timestamptz not null default now()
);
create index person_alias_person on person_alias (person_id);
create index person_alias_name_key_trgm on person_alias using gin (name_key gin_trgm_ops);

create table identity_document (
    id              bigint generated always as identity primary key,
    person_id       bigint not null references person (id),
    type            varchar(24) not null check (type in ('PASSPORT', 'ID_CARD', 'BIRTH_CERTIFICATE',
                        'FOREIGN_PASSPORT', 'RESIDENCE_PERMIT', 'TRAVEL_DOCUMENT', 'OTHER')),
    number          bytea not null,
    number_hash     char(64) not null,
    issuing_country char(2) not null check (issuing_country ~ '^[A-Z]{2}$'),
    issued_on       date,
    expires_on      date,
    created_at      timestamptz not null default now(),
    constraint identity_document_dates check (expires_on is null or issued_on is null or expires_on > issued_on)
);
create index identity_document_person on identity_document (person_id);
create index identity_document_number_hash on identity_document (number_hash);

create table person_contact (
    id         bigint generated always as identity primary key,
    person_id  bigint not null references person (id),
    kind       varchar(16) not null check (kind in ('PHONE', 'TELEGRAM', 'WHATSAPP', 'IMO', 'EMAIL')),
    value      bytea not null,
    value_hash char(64) not null,
    created_at timestamptz not null default now()
);
create index person_contact_person on person_contact (person_id);
create index person_contact_value_hash on person_contact (value_hash);

create table family_link (
    person_id   bigint not null references person (id),
    relative_id bigint not null references person (id),
    relation    varchar(16) not null check (relation in ('SPOUSE', 'PARENT', 'CHILD', 'SIBLING')),
    created_at  timestamptz not null default now(),
    primary key (person_id, relative_id),
    check (person_id <> relative_id)
);

create table consent (
    id           bigint generated always as identity primary key,
    person_id    bigint not null references person (id),
    purpose      varchar(32) not null,
    given        boolean not null,
    recorded_on  date not null,
    recorded_by  text not null,
    withdrawn_on date,
    created_at   timestamptz not null default now()
);
create index consent_person on consent (person_id, purpose);

-- Pairs that may be one person, waiting for a reviewer; a pair decided "not the same" is never proposed again.
create table duplicate_candidate (
    id          bigint generated always as identity primary key,
    person_low  bigint not null references person (id),
    person_high bigint not null references person (id),
    score       numeric(4, 3) not null,
    reasons     text not null,
    source      varchar(16) not null check (source in ('REGISTRATION', 'IMPORT', 'SCAN')),
    status      varchar(16) not null default 'OPEN' check (status in ('OPEN', 'MERGED', 'NOT_SAME')),
    decided_by  text,
    decided_at  timestamptz,
    created_at  timestamptz not null default now(),
    unique (person_low, person_high),
    check (person_low < person_high)
);
create index duplicate_candidate_open on duplicate_candidate (score desc) where status = 'OPEN';
