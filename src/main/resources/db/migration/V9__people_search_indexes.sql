-- Covering B-tree indexes for the search box's first pass (PersonSearch): folded family and given keys in both
-- orders, compared by code point (collation "C") so that a typed prefix is a range, and the sound key. They hold
-- what ranking and the filters need (id, name_key, birth year, home region), so candidates are ranked by
-- index-only scans and only the page shown is read from the table. Merged records are left out.
create index person_family_given on person (family_key collate "C", given_key collate "C")
    include (id, name_key, birth_year, home_region) where merged_into is null;
create index person_first_given_family on person (split_part(given_key, ' ', 1) collate "C", family_key collate "C")
    include (id, name_key, birth_year, home_region, given_key) where merged_into is null;
create index person_phonetic_cover on person (phonetic_key)
    include (id, name_key, birth_year, home_region) where merged_into is null;

-- Every folded family name and first given name in use, once, with how many records use it: a small dictionary
-- in which a misspelt or cut word ("Fesuza", "Mirzay") finds the words it may stand for by trigram similarity,
-- common words first (a typo of one record makes a word too), which the covering indexes above then look up
-- exactly. Kept by statement-level triggers, so a bulk load (COPY) adds its words in one statement. Uses only grow
-- (a changed name counts its new words; the old ones keep their count): they rank, they do not decide.
create table name_word (
    word text primary key,
    uses bigint not null
);
create index name_word_trgm on name_word using gin (word gin_trgm_ops);

insert into name_word (word, uses)
select word, count(*) from (
    select family_key word from person where family_key <> ''
    union all
    select split_part(given_key, ' ', 1) from person where given_key <> '') words
group by word;

create function name_word_count(words text[]) returns void language sql as $$
    insert into name_word (word, uses)
    select word, count(*) from unnest(words) word where word <> '' group by word
    on conflict (word) do update set uses = name_word.uses + excluded.uses;
$$;

create function name_word_inserted() returns trigger language plpgsql as $$
begin
    perform name_word_count(array(select family_key from added union all
                                  select split_part(given_key, ' ', 1) from added));
    return null;
end;
$$;

create function name_word_updated() returns trigger language plpgsql as $$
begin
    perform name_word_count(array(
        select n.family_key from changed n join previous o on o.id = n.id where n.family_key <> o.family_key
        union all
        select split_part(n.given_key, ' ', 1) from changed n join previous o on o.id = n.id
        where split_part(n.given_key, ' ', 1) <> split_part(o.given_key, ' ', 1)));
    return null;
end;
$$;

create trigger person_name_words_inserted after insert on person
    referencing new table as added for each statement execute function name_word_inserted();
create trigger person_name_words_updated after update on person
    referencing old table as previous new table as changed for each statement execute function name_word_updated();
