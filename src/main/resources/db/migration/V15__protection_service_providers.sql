-- Service providers to whom a case can be referred: NGOs, shelters, lawyers, clinics, consulates, IOM offices.
create table service_provider (
    id            bigint generated always as identity primary key,
    name          text not null check (length(name) between 1 and 200),
    kind          varchar(16) not null check (kind in ('NGO', 'SHELTER', 'LAWYER', 'CLINIC', 'CONSULATE', 'IOM_OFFICE')),
    country       char(2) not null check (country ~ '^[A-Z]{2}$'),
    city          text,
    address       text,
    phone         text,
    email         text,
    -- service types offered, a subset of ServiceType's names
    services      text[] not null default '{}',
    languages     text,
    notes         text,
    active        boolean not null default true,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

create index service_provider_country on service_provider (country, kind);
create index service_provider_services on service_provider using gin (services);

-- A PARTNER user account works for one provider; a provider may have several partner users.
create table partner_account (
    user_id      bigint primary key references app_user (id) on delete cascade,
    provider_id  bigint not null references service_provider (id),
    linked_at    timestamptz not null default now(),
    linked_by    text not null
);

create index partner_account_provider on partner_account (provider_id);

-- Uploaded files (PDF, JPEG, PNG), kept in the database beside the records that point to them
-- (see docs/adr/0008-partners-referrals-and-attachments.md).
create table stored_file (
    id           bigint generated always as identity primary key,
    media_type   varchar(32) not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes   bigint not null check (size_bytes > 0),
    sha256       char(64) not null,
    content      bytea not null,
    created_at   timestamptz not null default now()
);
