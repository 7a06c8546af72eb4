-- A service a partner records under a referral is a service delivered on the referral's case: the case keeps its
-- own line for it, pointing back to the referral (and to the partner's record, once).
alter table protection_case_service
    add column referral_id         bigint references referral (id),
    add column referral_service_id bigint unique references referral_service (id),
    add constraint protection_case_service_referral_pair
        check ((referral_id is null) = (referral_service_id is null));

create index protection_case_service_referral_idx on protection_case_service (referral_id)
    where referral_id is not null;

-- the services partners recorded before this migration
insert into protection_case_service (case_id, service_type, provider_name, provider_id, delivered_on, quantity, note,
                                     recorded_by, recorded_at, referral_id, referral_service_id)
select r.case_id, s.service_type, p.name, p.id, s.delivered_on, s.quantity, s.note, s.recorded_by, s.recorded_at,
       r.id, s.id
  from referral_service s
  join referral r on r.id = s.referral_id
  join service_provider p on p.id = r.provider_id
 order by s.id;
