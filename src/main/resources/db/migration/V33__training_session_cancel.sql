-- A supervisor may cancel a session that has not finished, with a reason. Its enrolments stay as they were (so
-- it is known who was told) but are shown as cancelled; nothing more is recorded in it.
alter table training_session add column status varchar(12) not null default 'SCHEDULED'
    constraint training_session_status_check check (status in ('SCHEDULED', 'CANCELLED'));
update training_session set status = 'CANCELLED' where cancelled;
alter table training_session
    add column cancelled_at  timestamptz,
    add column cancelled_by  bigint references app_user (id),
    add column cancel_reason text;
-- Nothing set the old flag, but a row set by hand keeps a reason rather than failing the migration.
update training_session set cancelled_at = created_at, cancel_reason = 'cancelled before reasons were recorded'
 where status = 'CANCELLED';
alter table training_session
    drop column cancelled,
    add constraint training_session_cancelled_has_reason
        check (status <> 'CANCELLED' or (cancelled_at is not null and length(trim(cancel_reason)) > 0));

-- Course modules get a name in each of the four languages, like courses; at least one is needed. The single name
-- typed so far goes to the language its letters show: Uzbek Cyrillic letters (ў, қ, ғ, ҳ) to uz-Cyrl, other
-- Cyrillic to Russian, Latin to Uzbek Latin (the language the catalogue was kept in).
alter table training_course_module
    add column name_uz      text,
    add column name_uz_cyrl text,
    add column name_ru      text,
    add column name_en      text;
update training_course_module set
    name_uz_cyrl = case when name ~ '[ЎўҚқҒғҲҳ]' then name end,
    name_ru      = case when name ~ '[\u0400-\u04FF]' and name !~ '[ЎўҚқҒғҲҳ]' then name end,
    name_uz      = case when name !~ '[\u0400-\u04FF]' then name end;
alter table training_course_module
    drop column name,
    add constraint training_course_module_has_name
        check (coalesce(length(trim(name_uz)), 0) + coalesce(length(trim(name_uz_cyrl)), 0)
               + coalesce(length(trim(name_ru)), 0) + coalesce(length(trim(name_en)), 0) > 0);
