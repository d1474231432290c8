-- The indicator vocabulary (lookup.indicators) plus every code the mentions use that the vocabulary lacks
-- (tier 2, named by the phrase the speeches use most often for it).

with

lookup_indicators as (

    select * from {{ ref('stg_indicators') }}

),

mentions as (

    select * from {{ ref('int_mentions_filtered') }}

),

phrases_ranked as (

    select
        lower(trim(indicator)) as indicator_code,
        indicator_text,
        row_number() over (
            partition by lower(trim(indicator))
            order by count(*) desc, indicator_text
        ) as phrase_rank

    from mentions
    group by lower(trim(indicator)), indicator_text

),

from_mentions as (

    select
        phrases_ranked.indicator_code,
        2 as tier,
        phrases_ranked.indicator_text as name_zh,
        {{ dbt.safe_cast('null', dbt.type_string()) }} as name_en,
        {{ dbt.safe_cast('null', dbt.type_string()) }} as aliases,
        false as is_in_lookup

    from phrases_ranked
    left join lookup_indicators
        on phrases_ranked.indicator_code = lookup_indicators.indicator_code
    where phrases_ranked.phrase_rank = 1
        and lookup_indicators.indicator_code is null

),

from_lookup as (

    select
        indicator_code,
        tier,
        name_zh,
        name_en,
        aliases,
        true as is_in_lookup

    from lookup_indicators

),

final as (

    select * from from_lookup
    union all
    select * from from_mentions

)

select * from final
