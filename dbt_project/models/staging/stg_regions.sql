with

source as (

    select * from {{ source('lookup', 'regions') }}

),

final as (

    select
        trim(code) as region_code,
        trim(name) as region_name,
        trim(level) as region_level,
        nullif(trim(parent_code), '') as parent_code,
        nullif(trim(short_names), '') as short_names

    from source

)

select * from final
