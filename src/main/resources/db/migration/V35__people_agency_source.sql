-- A pair found when a mobility agency entered an applicant by passport and the registry registered them is queued
-- with the source AGENCY, not REGISTRATION: the reviewer should know that an agency typed the data, not staff.
alter table duplicate_candidate drop constraint duplicate_candidate_source_check;
alter table duplicate_candidate add constraint duplicate_candidate_source_check
    check (source in ('REGISTRATION', 'IMPORT', 'SCAN', 'CORRECTION', 'AGENCY'));
