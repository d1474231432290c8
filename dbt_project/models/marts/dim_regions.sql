with

regions as (

    select * from {{ ref('int_regions_enriched') }}

),

final as (

    select
        region_code as code,
        region_name as name,
        region_level as level,
        parent_code,
        parent_name,
        short_names

    from regions

)

select * from final
