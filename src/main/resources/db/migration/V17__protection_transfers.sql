-- Transfers of a case from its owning office to another, which takes the case only when one of its users accepts.
create table case_transfer (
    id              bigint generated always as identity primary key,
    case_id         bigint not null references protection_case (id),
    from_office_id  bigint not null references office (id),
    to_office_id    bigint not null references office (id),
    reason          text not null,
    status          varchar(16) not null default 'REQUESTED'
                    check (status in ('REQUESTED', 'ACCEPTED', 'REFUSED')),
    requested_by    bigint not null references app_user (id),
    requested_at    timestamptz not null default now(),
    decided_by      bigint references app_user (id),
    decided_at      timestamptz,
    refusal_reason  text,
    constraint case_transfer_elsewhere check (from_office_id <> to_office_id),
    constraint case_transfer_refusal_has_reason check (status <> 'REFUSED' or refusal_reason is not null)
);

-- at most one transfer waiting per case
create unique index case_transfer_one_open on case_transfer (case_id) where status = 'REQUESTED';
create index case_transfer_to on case_transfer (to_office_id, status);
