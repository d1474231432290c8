with

facts as (

    select * from {{ ref('int_targets_merged') }}

),

headlines as (

    select * from {{ ref('int_targets_headlined') }}

),

regions as (

    select * from {{ ref('int_regions_enriched') }}

),

final as (

    select
        facts.fact_id,
        facts.region_code,
        regions.region_name,
        regions.region_level,
        regions.parent_code,
        regions.parent_name,
        facts.year,
        facts.period,
        facts.kind,
        facts.indicator,
        facts.tier,
        facts.measure,
        facts.commitment,
        facts.value,
        facts.value_high,
        facts.unit,
        facts.bound,
        facts.display_value,
        facts.display_value_high,
        facts.display_unit,
        headlines.fact_id is not null as is_headline,
        facts.n_mentions,
        facts.n_documents,
        facts.has_conflict,
        facts.distinct_values,
        facts.quotes,
        facts.source_quote,
        facts.source_file_name,
        facts.source_doc_id,
        facts.source_start

    from facts
    inner join regions
        on facts.region_code = regions.region_code
    left join headlines
        on facts.fact_id = headlines.fact_id

)

select * from final
