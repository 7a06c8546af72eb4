-- The audit trail: append-only, each row chained to the previous one by a SHA-256 over its content.
create table audit_event (
    seq         bigint primary key,
    occurred_at timestamptz not null,
    actor       text not null,
    address     text,
    action      varchar(64) not null,
    entity_type varchar(64),
    entity_id   text,
    summary     text,
    prev_hash   char(64) not null,
    hash        char(64) not null unique
);
create index audit_event_occurred_idx on audit_event (occurred_at);
create index audit_event_actor_idx on audit_event (actor, occurred_at);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_action_idx on audit_event (action, occurred_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
