-- Resolves each mention's region to a code by its names: by name and parent name (a province by its name alone),
-- else by a name that is unique in the country. Mentions left without a code keep the reason. Redacted regions
-- are resolved later, by corroboration (int_mentions_resolved).
-- Incremental by document (macros/documents_incremental.sql); a change to the regions re-resolves every document.

{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='doc_id',
    on_schema_change='sync_all_columns',
    post_hook="{{ delete_rows_not_in('doc_id', ref('int_mentions_normalised')) }}"
) }}

with

mentions as (

    {{ changed_document_rows(ref('int_mentions_normalised'), [ref('int_regions_enriched')]) }}

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

final as (

    select
        mentions.*,
        coalesce(by_name_and_parent.region_code, by_unique_name.region_code) as region_code,
        case
            when by_name_and_parent.region_code is not null then 'name_and_parent'
            when by_unique_name.region_code is not null then 'unique_name'
        end as region_resolution,
        case
            when by_name_and_parent.region_code is not null or by_unique_name.region_code is not null then null
            when {{ is_town_figure('mentions.note') }} then 'a town or street, below the region table'
            when {{ is_zone_figure('mentions.note') }} then 'a functional zone, not an administrative region'
            when {{ has_no_region_of_its_own('mentions.note') }} then 'a total over several regions'
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

)

select * from final
