-- Resolves each mention's region to a code: by name and parent name (a province by its name alone), else by a
-- name that is unique in the country, else — for a document that redacts its own region — by corroboration: the
-- region whose figures other documents state identically (same year, kind, indicator, measure, unit and value) at
-- least twice, and more often than for any other region. Unresolved mentions keep a null region_code and a reason.

with

mentions as (

    select * from {{ ref('int_mentions_normalised') }}

),

regions as (

    select * from {{ ref('int_regions_enriched') }}

),

name_counts as (

    select
        region_name,
        count(*) as n_regions

    from regions
    group by region_name

),

by_name_and_parent as (

    select
        mentions.mention_id,
        regions.region_code

    from mentions
    inner join regions
        on mentions.region_name = regions.region_name
        and (
            mentions.parent_region_name = regions.parent_name
            or (mentions.parent_region_name is null and regions.parent_code is null)
        )

),

by_unique_name as (

    select
        mentions.mention_id,
        regions.region_code

    from mentions
    inner join name_counts
        on mentions.region_name = name_counts.region_name
        and name_counts.n_regions = 1
    inner join regions
        on mentions.region_name = regions.region_name

),

named as (

    select
        mentions.*,
        coalesce(by_name_and_parent.region_code, by_unique_name.region_code) as region_code,
        case
            when by_name_and_parent.region_code is not null then 'name_and_parent'
            when by_unique_name.region_code is not null then 'unique_name'
        end as region_resolution,
        case
            when by_name_and_parent.region_code is not null or by_unique_name.region_code is not null then null
            when mentions.region_name is null then 'region missing or redacted in text'
            when mentions.region_name like '%*%' or mentions.region_name like '%＊%' then 'region redacted'
            when name_counts.n_regions > 1 then 'region name ambiguous without a matching parent'
            else 'region not found in lookup.regions'
        end as unresolved_reason

    from mentions
    left join by_name_and_parent
        on mentions.mention_id = by_name_and_parent.mention_id
    left join by_unique_name
        on mentions.mention_id = by_unique_name.mention_id
    left join name_counts
        on mentions.region_name = name_counts.region_name

),

figures as (

    select
        mention_id,
        doc_id,
        region_code,
        region_name,
        {{ dbt.concat(["cast(year as varchar)", "'|'", "kind", "'|'", "indicator", "'|'", "measure", "'|'", "unit",
                       "'|'", "cast(value as varchar)", "'|'", "coalesce(cast(value_high as varchar), '')"]) }}
            as figure

    from named
    where year is not null
        and indicator not like 'company_%'
        and indicator not like 'project_%'
        and indicator not like 'other_%'

),

agreements as (

    select
        redacted.doc_id,
        stated.region_code,
        count(distinct redacted.figure) as n_agreements

    from figures as redacted
    inner join figures as stated
        on redacted.figure = stated.figure
        and redacted.doc_id <> stated.doc_id
    where redacted.region_name is null
        and stated.region_code is not null
    group by redacted.doc_id, stated.region_code

),

ranked as (

    select
        doc_id,
        region_code,
        n_agreements,
        rank() over (partition by doc_id order by n_agreements desc) as agreement_rank,
        count(*) over (partition by doc_id, n_agreements) as n_regions_tied

    from agreements

),

corroborated as (

    select doc_id, region_code
    from ranked
    where agreement_rank = 1
        and n_regions_tied = 1
        and n_agreements >= 2

),

final as (

    select
        named.* exclude (region_code, region_resolution, unresolved_reason),
        coalesce(named.region_code, corroborated.region_code) as region_code,
        case
            when named.region_code is null and corroborated.region_code is not null then 'corroborated'
            else named.region_resolution
        end as region_resolution,
        case
            when named.region_code is null and corroborated.region_code is not null then null
            else named.unresolved_reason
        end as unresolved_reason

    from named
    left join corroborated
        on named.doc_id = corroborated.doc_id
        and named.region_name is null

)

select * from final
