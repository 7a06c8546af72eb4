-- Pre-departure training: courses and their modules, centres and rooms, sessions with trainers and class days,
-- enrolments (with a waiting list), attendance per class day, assessments and scores, results and certificates.
-- People are referred to by id only (see PersonMerged for how references move when two records merge).

create table training_course (
    id                  bigint generated always as identity primary key,
    code                varchar(24) not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,23}$'),
    kind                varchar(16) not null check (kind in ('ORIENTATION', 'LANGUAGE', 'VOCATIONAL')),
    destination_country char(2) check (destination_country ~ '^[A-Z]{2}$'),
    name_uz             text not null check (length(trim(name_uz)) > 0),
    name_uz_cyrl        text not null check (length(trim(name_uz_cyrl)) > 0),
    name_ru             text not null check (length(trim(name_ru)) > 0),
    name_en             text not null check (length(trim(name_en)) > 0),
    description_uz      text not null default '',
    description_uz_cyrl text not null default '',
    description_ru      text not null default '',
    description_en      text not null default '',
    pass_mark           int not null check (pass_mark between 0 and 100),
    min_attendance      int not null check (min_attendance between 0 and 100),
    active              boolean not null default true,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

-- The parts of a course; their hours add up to the course's hours printed on certificates.
create table training_course_module (
    id        bigint generated always as identity primary key,
    course_id bigint not null references training_course (id) on delete cascade,
    position  int not null,
    name      text not null check (length(trim(name)) > 0),
    hours     int not null check (hours between 1 and 1000),
    unique (course_id, position)
);

create table training_centre (
    id           bigint generated always as identity primary key,
    code         varchar(24) not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,23}$'),
    name_uz      text not null,
    name_uz_cyrl text not null,
    name_ru      text not null,
    name_en      text not null,
    region_code  varchar(8) not null references region (code),
    address      text not null default '',
    office_id    bigint not null references office (id),
    created_at   timestamptz not null default now()
);

create table training_room (
    id        bigint generated always as identity primary key,
    centre_id bigint not null references training_centre (id),
    name      text not null check (length(trim(name)) > 0),
    seats     int not null check (seats between 1 and 500),
    unique (centre_id, name)
);

create sequence training_session_reference_seq;

create table training_session (
    id         bigint generated always as identity primary key,
    reference  varchar(24) not null unique,
    course_id  bigint not null references training_course (id),
    centre_id  bigint not null references training_centre (id),
    room_id    bigint references training_room (id),
    starts_on  date not null,
    ends_on    date not null,
    -- ISO days of the week on which the class meets, e.g. '1,3,5' for Monday, Wednesday, Friday
    class_days varchar(13) not null check (class_days ~ '^[1-7](,[1-7]){0,6}$'),
    starts_at  time not null,
    ends_at    time not null,
    capacity   int not null check (capacity between 1 and 500),
    cancelled  boolean not null default false,
    results_recorded_at timestamptz,
    created_at timestamptz not null default now(),
    constraint training_session_dates check (ends_on >= starts_on and ends_on - starts_on <= 366),
    constraint training_session_times check (ends_at > starts_at)
);
create index training_session_course on training_session (course_id);
create index training_session_centre on training_session (centre_id, starts_on);

create table training_session_trainer (
    session_id bigint not null references training_session (id) on delete cascade,
    user_id    bigint not null references app_user (id),
    primary key (session_id, user_id)
);
create index training_session_trainer_user on training_session_trainer (user_id);

-- One enrolment per person and session. A person beyond capacity waits; the first to wait (by queued_at) moves
-- up when a place frees.
create table training_enrolment (
    id          bigint generated always as identity primary key,
    session_id  bigint not null references training_session (id),
    person_id   bigint not null references person (id),
    status      varchar(12) not null check (status in ('ENROLLED', 'WAITING', 'WITHDRAWN')),
    queued_at   timestamptz not null default clock_timestamp(),
    result      varchar(12) check (result in ('PASSED', 'FAILED', 'INCOMPLETE')),
    score       numeric(5, 1),
    attendance  numeric(5, 1),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    unique (session_id, person_id)
);
create index training_enrolment_person on training_enrolment (person_id);

create table training_attendance (
    enrolment_id bigint not null references training_enrolment (id) on delete cascade,
    class_day    date not null,
    present      boolean not null,
    marked_at    timestamptz not null default now(),
    primary key (enrolment_id, class_day)
);

create table training_assessment (
    id         bigint generated always as identity primary key,
    session_id bigint not null references training_session (id),
    name       text not null check (length(trim(name)) > 0),
    max_score  int not null check (max_score between 1 and 1000),
    held_on    date,
    unique (session_id, name)
);

create table training_score (
    assessment_id bigint not null references training_assessment (id) on delete cascade,
    enrolment_id  bigint not null references training_enrolment (id) on delete cascade,
    score         numeric(6, 1) not null check (score >= 0),
    primary key (assessment_id, enrolment_id)
);

-- A certificate keeps what it certifies as printed (name in both scripts, course, hours, dates, centre), so a
-- later correction of a course or a name never changes a document already handed out.
create table training_certificate (
    id             bigint generated always as identity primary key,
    code           char(12) not null unique check (code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
    enrolment_id   bigint not null unique references training_enrolment (id),
    person_id      bigint not null references person (id),
    course_id      bigint not null references training_course (id),
    holder_latin   text not null,
    holder_cyrillic text not null,
    hours          int not null,
    starts_on      date not null,
    ends_on        date not null,
    issued_on      date not null,
    revoked_at     timestamptz,
    revoked_reason text,
    created_at     timestamptz not null default now(),
    constraint training_certificate_revocation check ((revoked_at is null) = (revoked_reason is null))
);
create index training_certificate_person on training_certificate (person_id);
