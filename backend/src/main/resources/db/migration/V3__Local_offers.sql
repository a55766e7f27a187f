-- Councils' local offers for care leavers (Children and Social Work Act 2017 s.2), as data.
-- One row per numbered version; a published version is never changed again (trigger below):
-- publishing a newer one only moves the older one to 'superseded'.
create table local_offer (
    id            bigserial   primary key,
    council_code  varchar(3)  not null references council (code),
    version       integer     not null check (version >= 1),
    status        text        not null check (status in ('draft', 'published', 'superseded')),
    published_on  date,
    example       boolean     not null default false,
    note          text,
    sources       jsonb       not null default '[]',
    -- The whole offer as loaded (items included): what the public reads and the export serve.
    document      jsonb       not null,
    checksum      text        not null,
    created_at    timestamptz not null default now(),
    unique (council_code, version),
    constraint published_has_date check (status = 'draft' or published_on is not null)
);

-- At most one current published version per council.
create unique index local_offer_one_published on local_offer (council_code) where status = 'published';

create table local_offer_item (
    offer_id          bigint  not null references local_offer (id),
    item_id           text    not null check (item_id ~ '^[a-z0-9][a-z0-9-]{1,58}$'),
    position          integer not null,
    title             text    not null,
    description       text    not null,
    category          text    not null check (category in ('money', 'housing', 'education_and_work',
                          'health_and_wellbeing', 'relationships', 'participation', 'rights_and_advice')),
    provider_type     text    not null check (provider_type in ('council', 'district', 'partner')),
    provider_name     text    not null,
    provider_council  varchar(3) references council (code),
    amount_pence      bigint  check (amount_pence >= 0),
    amount_unit       text    check (amount_unit in ('one_off', 'week', 'month', 'year')),
    amount_qualifier  text    check (amount_qualifier in ('exactly', 'up_to', 'at_least')),
    valid_from        date,
    valid_to          date,
    conditions        jsonb   not null,
    how_to_claim      text    not null,
    evidence          jsonb   not null default '[]',
    raises            text,
    settles           text,
    sources           jsonb   not null default '[]',
    primary key (offer_id, item_id),
    constraint amount_has_unit check ((amount_pence is null) = (amount_unit is null)),
    constraint valid_range check (valid_to is null or valid_from is null or valid_to >= valid_from),
    constraint raises_needs_amount check (raises is null or amount_pence is not null)
);

-- Published and superseded versions are the record of what a council promised: immutable.
-- Items go in while the offer is a draft; publishing is then an update of the status alone.
create function local_offer_immutable() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'local_offer' then
        if old.status = 'draft' then
            return coalesce(new, old);
        end if;
        if tg_op = 'UPDATE' and old.status = 'published' and new.status = 'superseded'
           and new.document = old.document and new.version = old.version
           and new.council_code = old.council_code and new.published_on = old.published_on then
            return new;
        end if;
        raise exception 'local offer % v% is %: it cannot be changed', old.council_code, old.version, old.status
            using errcode = 'check_violation';
    end if;
    if exists (select 1 from local_offer o
               where o.id = coalesce(new.offer_id, old.offer_id) and o.status <> 'draft') then
        raise exception 'items of a published local offer cannot be changed' using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end;
$$;

create trigger local_offer_immutable before update or delete on local_offer
    for each row execute function local_offer_immutable();
create trigger local_offer_item_immutable before insert or update or delete on local_offer_item
    for each row execute function local_offer_immutable();
