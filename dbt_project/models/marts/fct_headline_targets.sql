-- The one value to quote for each region × year × period × kind × indicator × measure: the ensure (确保) target,
-- else the plan target, else the strive (力争) target, with the strive target beside it as stretch_value.

with

headlines as (

    select * from {{ ref('int_targets_headlined') }}

),

regions as (

    select * from {{ ref('int_regions_enriched') }}

),

final as (

    select
        headlines.fact_id,
        headlines.region_code,
        regions.region_name,
        regions.region_level,
        regions.parent_code,
        regions.parent_name,
        headlines.year,
        headlines.period,
        headlines.kind,
        headlines.indicator,
        headlines.measure,
        headlines.commitment,
        headlines.value,
        headlines.value_high,
        headlines.unit,
        headlines.bound,
        headlines.display_value,
        headlines.display_unit,
        headlines.stretch_value,
        headlines.stretch_bound,
        headlines.stretch_display_value,
        headlines.n_mentions,
        headlines.n_documents,
        headlines.has_conflict

    from headlines
    inner join regions
        on headlines.region_code = regions.region_code

)

select * from final
