-- Each region with the name of its parent, so mentions can be matched on (name, parent name):
-- names such as 城区 or 朝阳区 repeat across China, a name with its parent does not.

with

regions as (

    select * from {{ ref('stg_regions') }}

),

final as (

    select
        regions.region_code,
        regions.region_name,
        regions.region_level,
        regions.parent_code,
        parents.region_name as parent_name,
        regions.short_names

    from regions
    left join regions as parents
        on regions.parent_code = parents.region_code

)

select * from final
