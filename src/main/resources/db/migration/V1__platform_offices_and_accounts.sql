-- Regions of Uzbekistan (ISO 3166-2:UZ): reference data for regional offices and, later, addresses.
create table region (
    code         varchar(8) primary key,
    name_uz      text not null,
    name_uz_cyrl text not null,
    name_ru      text not null,
    name_en      text not null,
    sort_order   int  not null
);

insert into region (code, name_uz, name_uz_cyrl, name_ru, name_en, sort_order) values
('UZ-QR', 'Qoraqalpogʻiston Respublikasi', 'Қорақалпоғистон Республикаси', 'Республика Каракалпакстан', 'Republic of Karakalpakstan', 1),
('UZ-AN', 'Andijon viloyati', 'Андижон вилояти', 'Андижанская область', 'Andijan Region', 2),
('UZ-BU', 'Buxoro viloyati', 'Бухоро вилояти', 'Бухарская область', 'Bukhara Region', 3),
('UZ-JI', 'Jizzax viloyati', 'Жиззах вилояти', 'Джизакская область', 'Jizzakh Region', 4),
('UZ-QA', 'Qashqadaryo viloyati', 'Қашқадарё вилояти', 'Кашкадарьинская область', 'Kashkadarya Region', 5),
('UZ-NW', 'Navoiy viloyati', 'Навоий вилояти', 'Навоийская область', 'Navoiy Region', 6),
('UZ-NG', 'Namangan viloyati', 'Наманган вилояти', 'Наманганская область', 'Namangan Region', 7),
('UZ-SA', 'Samarqand viloyati', 'Самарқанд вилояти', 'Самаркандская область', 'Samarkand Region', 8),
('UZ-SU', 'Surxondaryo viloyati', 'Сурхондарё вилояти', 'Сурхандарьинская область', 'Surkhandarya Region', 9),
('UZ-SI', 'Sirdaryo viloyati', 'Сирдарё вилояти', 'Сырдарьинская область', 'Syrdarya Region', 10),
('UZ-TO', 'Toshkent viloyati', 'Тошкент вилояти', 'Ташкентская область', 'Tashkent Region', 11),
('UZ-FA', 'Fargʻona viloyati', 'Фарғона вилояти', 'Ферганская область', 'Fergana Region', 12),
('UZ-XO', 'Xorazm viloyati', 'Хоразм вилояти', 'Хорезмская область', 'Khorezm Region', 13),
('UZ-TK', 'Toshkent shahri', 'Тошкент шаҳри', 'город Ташкент', 'Tashkent City', 14);

-- Offices: headquarters, a regional office per region, missions abroad per country.
create table office (
    id           bigint generated always as identity primary key,
    code         varchar(32) not null unique,
    kind         varchar(16) not null check (kind in ('HEADQUARTERS', 'REGIONAL', 'MISSION')),
    region_code  varchar(8) references region (code),
    country      char(2) check (country ~ '^[A-Z]{2}$'),
    name_uz      text not null,
    name_uz_cyrl text not null,
    name_ru      text not null,
    name_en      text not null,
    active       boolean not null default true,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    constraint office_regional_has_region check ((kind = 'REGIONAL') = (region_code is not null)),
    constraint office_mission_has_country check ((kind = 'MISSION') = (country is not null))
);

insert into office (code, kind, name_uz, name_uz_cyrl, name_ru, name_en) values
('HQ', 'HEADQUARTERS', 'Bosh boshqarma', 'Бош бошқарма', 'Центральный аппарат', 'Headquarters');

create table app_user (
    id                   bigint generated always as identity primary key,
    username             varchar(64) not null check (username ~ '^[a-z0-9._-]{3,64}$'),
    full_name            text not null,
    email                text,
    password_hash        text not null,
    enabled              boolean not null default true,
    must_change_password boolean not null default false,
    preferred_locale     varchar(16),
    failed_attempts      int not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
create unique index app_user_username_uq on app_user (username);

create table user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role    varchar(32) not null check (role in ('ADMIN', 'SUPERVISOR', 'CASE_WORKER', 'CONSULAR_OFFICER',
            'LICENSING_OFFICER', 'TRAINER', 'PROGRAMME_MANAGER', 'ANALYST', 'AUDITOR', 'PARTNER', 'AGENCY')),
    primary key (user_id, role)
);

create table user_office (
    user_id   bigint not null references app_user (id) on delete cascade,
    office_id bigint not null references office (id),
    primary key (user_id, office_id)
);
create index user_office_office_idx on user_office (office_id);

-- Personal access tokens for /api/v1: only a SHA-256 of the secret is kept.
create table access_token (
    id           bigint generated always as identity primary key,
    user_id      bigint not null references app_user (id) on delete cascade,
    name         text not null,
    token_hash   char(64) not null unique,
    hint         varchar(16) not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index access_token_user_idx on access_token (user_id);

create table platform_setting (
    name  text primary key,
    value text not null
);
