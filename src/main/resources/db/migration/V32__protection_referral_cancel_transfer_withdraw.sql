-- The sending side may take back what it asked: a case worker cancels a referral still open, with a reason, and
-- the sending office withdraws a transfer still waiting, with a reason.
alter table referral
    drop constraint referral_status_check,
    add constraint referral_status_check
        check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'CANCELLED')),
    add column cancelled_by  bigint references app_user (id),
    add column cancelled_at  timestamptz,
    add column cancel_reason text,
    add constraint referral_cancelled_has_reason
        check (status <> 'CANCELLED' or (cancel_reason is not null and cancelled_by is not null
                                         and cancelled_at is not null));

alter table case_transfer
    drop constraint case_transfer_status_check,
    add constraint case_transfer_status_check check (status in ('REQUESTED', 'ACCEPTED', 'REFUSED', 'WITHDRAWN')),
    add column withdrawn_by      bigint references app_user (id),
    add column withdrawn_at      timestamptz,
    add column withdrawal_reason text,
    add constraint case_transfer_withdrawal_has_reason
        check (status <> 'WITHDRAWN' or (withdrawal_reason is not null and withdrawn_by is not null
                                         and withdrawn_at is not null));
