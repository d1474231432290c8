with

source as (

    select * from {{ source('lookup', 'units') }}

),

final as (

    select
        trim(unit_text) as unit_text,
        trim(unit) as unit,
        {{ try_cast('factor', dbt.type_float()) }} as factor,
        trim(measure) as measure

    from source

)

select * from final
