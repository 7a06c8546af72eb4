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
