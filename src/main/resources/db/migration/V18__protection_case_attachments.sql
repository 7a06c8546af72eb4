-- Files attached to a case; the bytes are in stored_file (V15).
create table case_attachment (
    id           bigint generated always as identity primary key,
    case_id      bigint not null references protection_case (id),
    file_id      bigint not null unique references stored_file (id),
    file_name    text not null,
    description  text,
    uploaded_by  bigint not null references app_user (id),
    uploaded_at  timestamptz not null default now()
);

create index case_attachment_case on case_attachment (case_id);
