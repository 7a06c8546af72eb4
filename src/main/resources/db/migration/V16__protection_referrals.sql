-- Referrals of a case's person to a service provider, answered by the provider's partner accounts.
create table referral (
    id              bigint generated always as identity primary key,
    reference       varchar(24) unique,
    case_id         bigint not null references protection_case (id),
    person_id       bigint not null references person (id),
    provider_id     bigint not null references service_provider (id),
    service_type    varchar(40) not null,
    note            text,
    urgent          boolean not null default false,
    status          varchar(16) not null default 'SENT'
                    check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED')),
    sent_by         bigint not null references app_user (id),
    sent_at         timestamptz not null default now(),
    answered_by     bigint references app_user (id),
    answered_at     timestamptz,
    decline_reason  text,
    completed_at    timestamptz,
    completion_note text,
    constraint referral_declined_has_reason check (status <> 'DECLINED' or decline_reason is not null)
);

create index referral_case on referral (case_id);
create index referral_provider on referral (provider_id, status);
create index referral_person on referral (person_id);

-- Services a partner delivered under a referral.
create table referral_service (
    id            bigint generated always as identity primary key,
    referral_id   bigint not null references referral (id),
    service_type  varchar(40) not null,
    delivered_on  date not null,
    quantity      int not null default 1 check (quantity between 1 and 10000),
    note          text,
    recorded_by   bigint not null references app_user (id),
    recorded_at   timestamptz not null default now()
);

create index referral_service_referral on referral_service (referral_id);
