with

source as (

    select * from {{ source('raw', 'target_mentions') }}

),

final as (

    select
        doc_id,
        doc as file_name,
        start as start_offset,
        "end" as end_offset,
        quote,
        nullif(trim(region), '') as region_name,
        nullif(trim(parent_region), '') as parent_region_name,
        nullif(trim(level), '') as region_level,
        year,
        coalesce(trim(period), '') as period,
        kind,
        indicator,
        nullif(trim(indicator_text), '') as indicator_text,
        measure,
        value,
        value_high,
        unit,
        bound,
        nullif(trim(commitment), '') as commitment,
        tier,
        nullif(trim(note), '') as note,
        extractor_version

    from source

)

select * from final
