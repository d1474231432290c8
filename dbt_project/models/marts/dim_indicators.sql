with

indicators as (

    select * from {{ ref('int_indicators_unioned') }}

),

final as (

    select
        indicator_code as code,
        tier,
        name_zh,
        name_en,
        aliases,
        is_in_lookup

    from indicators

)

select * from final
