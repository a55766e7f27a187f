-- The register of councils in England (data: resources/data/local-authorities-england.csv).
create table council (
    code               varchar(3)  primary key,
    gss_code           varchar(9)  not null unique,
    name               text        not null,
    official_name      text        not null,
    type               text        not null check (type in ('county', 'district', 'unitary',
                                       'metropolitan_district', 'london_borough', 'city_of_london')),
    children_services  boolean     not null,
    county_code        varchar(3)  references council (code),
    combined_authority text,
    region             text        not null,
    dfe_la_code        varchar(3),
    gov_uk_slug        text,
    -- In a two-tier area the county runs children's services and the district does not.
    constraint district_has_county check ((type = 'district') = (county_code is not null)),
    constraint district_has_no_children_services check (type <> 'district' or not children_services)
);

create index council_county_code on council (county_code);
create index council_combined_authority on council (combined_authority);
create index council_name_lower on council (lower(name));
