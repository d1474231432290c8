with

source as (

    select * from {{ source('lookup', 'indicators') }}

),

final as (

    select
        trim(code) as indicator_code,
        {{ try_cast('tier', dbt.type_int()) }} as tier,
        nullif(trim(name_zh), '') as name_zh,
        nullif(trim(name_en), '') as name_en,
        nullif(trim(aliases), '') as aliases

    from source

)

select * from final
