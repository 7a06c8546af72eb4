-- The case types and sub-types Safar starts with; administrators add more under /admin/case-types.
insert into case_type (code, name_uz, name_uz_cyrl, name_ru, name_en, restricted_by_default, sort_order) values
('RIGHTS_VIOLATION', 'Huquqlar buzilishi', 'Ҳуқуқлар бузилиши', 'Нарушение прав', 'Rights violation', false, 10),
('TRAFFICKING', 'Odam savdosi', 'Одам савдоси', 'Торговля людьми', 'Trafficking in persons', true, 20),
('DISTRESS_ABROAD', 'Chet elda ogʻir ahvol', 'Чет элда оғир аҳвол', 'Бедствие за рубежом', 'Distress abroad', false, 30),
('STRANDED', 'Qaytishga muhtoj qolib ketgan migrant', 'Қайтишга муҳтож қолиб кетган мигрант',
 'Мигрант, застрявший за рубежом и нуждающийся в возвращении', 'Stranded migrant needing return', false, 40),
('REINTEGRATION', 'Qaytgan migrant reintegratsiyasi va reabilitatsiyasi',
 'Қайтган мигрант реинтеграцияси ва реабилитацияси', 'Реинтеграция и реабилитация вернувшихся',
 'Returnee reintegration and rehabilitation', false, 50),
('MISSING_MIGRANT', 'Bedarak yoʻqolgan migrant, oilani qidirish', 'Бедарак йўқолган мигрант, оилани қидириш',
 'Пропавший мигрант, розыск семьи', 'Missing migrant / family tracing', false, 60);

insert into case_type (code, parent_id, name_uz, name_uz_cyrl, name_ru, name_en, restricted_by_default, sort_order)
select s.code, t.id, s.name_uz, s.name_uz_cyrl, s.name_ru, s.name_en, t.restricted_by_default, s.sort_order
from (values
    ('RIGHTS_VIOLATION', 'UNPAID_WAGES', 'Ish haqi toʻlanmagan', 'Иш ҳақи тўланмаган', 'Невыплата заработной платы', 'Unpaid wages', 1),
    ('RIGHTS_VIOLATION', 'CONFISCATED_DOCUMENTS', 'Hujjatlar tortib olingan', 'Ҳужжатлар тортиб олинган', 'Изъятие документов', 'Confiscated documents', 2),
    ('RIGHTS_VIOLATION', 'UNSAFE_WORK', 'Xavfli ish sharoiti', 'Хавфли иш шароити', 'Опасные условия труда', 'Unsafe work', 3),
    ('RIGHTS_VIOLATION', 'ABUSE', 'Zoʻravonlik va kamsitish', 'Зўравонлик ва камситиш', 'Насилие и жестокое обращение', 'Abuse', 4),
    ('TRAFFICKING', 'LABOUR_EXPLOITATION', 'Mehnat ekspluatatsiyasi', 'Меҳнат эксплуатацияси', 'Трудовая эксплуатация', 'Labour exploitation', 1),
    ('TRAFFICKING', 'SEXUAL_EXPLOITATION', 'Jinsiy ekspluatatsiya', 'Жинсий эксплуатация', 'Сексуальная эксплуатация', 'Sexual exploitation', 2),
    ('TRAFFICKING', 'FORCED_CRIMINALITY', 'Jinoyatga majburlash', 'Жиноятга мажбурлаш', 'Принуждение к преступной деятельности', 'Forced criminality', 3),
    ('TRAFFICKING', 'OTHER_TRAFFICKING', 'Ekspluatatsiyaning boshqa shakli', 'Эксплуатациянинг бошқа шакли', 'Другая форма эксплуатации', 'Other exploitation', 4),
    ('DISTRESS_ABROAD', 'DETENTION', 'Hibsga olinganlik', 'Ҳибсга олинганлик', 'Задержание', 'Detention', 1),
    ('DISTRESS_ABROAD', 'ILLNESS_INJURY', 'Kasallik yoki jarohat', 'Касаллик ёки жароҳат', 'Болезнь или травма', 'Illness or injury', 2),
    ('DISTRESS_ABROAD', 'DEATH_REPATRIATION', 'Vafot va jasadni vatanga qaytarish', 'Вафот ва жасадни ватанга қайтариш', 'Смерть и репатриация тела', 'Death and repatriation of remains', 3),
    ('DISTRESS_ABROAD', 'LOST_DOCUMENTS', 'Hujjatlar yoʻqolgan', 'Ҳужжатлар йўқолган', 'Утрата документов', 'Lost documents', 4)
) as s (parent, code, name_uz, name_uz_cyrl, name_ru, name_en, sort_order)
join case_type t on t.code = s.parent;
