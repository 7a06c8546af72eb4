-- Duplicate review: the nightly scan finds the people changed since its last run by updated_at; a merge moves
-- everything that points at the merged record, so those foreign keys get an index; an open pair that a merge
-- made redundant (the survivor already has a pair with the same person) is closed as SUPERSEDED.
create index person_updated_at on person (updated_at) where merged_into is null;
create index duplicate_candidate_high on duplicate_candidate (person_high);
create index family_link_relative on family_link (relative_id);

alter table duplicate_candidate drop constraint duplicate_candidate_status_check;
alter table duplicate_candidate add constraint duplicate_candidate_status_check
    check (status in ('OPEN', 'MERGED', 'NOT_SAME', 'SUPERSEDED'));
