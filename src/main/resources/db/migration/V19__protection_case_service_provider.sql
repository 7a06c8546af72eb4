-- A service delivered on a case may name its provider from the registry (V15); the link must point to one.
alter table protection_case_service
    add constraint protection_case_service_provider_fk foreign key (provider_id) references service_provider (id);
