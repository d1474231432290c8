-- Picks one headline value per region × year × period × kind × indicator × measure: the ensure (确保) value,
-- else the plan value, else the strive (力争) value; the strive value is also kept as stretch_value.
-- Actual results have no commitment and are their own headline.

with

facts as (

    select * from {{ ref('int_targets_merged') }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by region_code, year, period, kind, indicator, measure
            order by
                case commitment
                    when 'ensure' then 1
                    when 'plan' then 2
                    when 'strive' then 3
                    else 4
                end,
                fact_id
        ) as headline_rank

    from facts

),

stretch as (

    select
        region_code,
        year,
        period,
        kind,
        indicator,
        measure,
        value as stretch_value,
        bound as stretch_bound,
        display_value as stretch_display_value

    from facts
    where commitment = 'strive'

),

final as (

    select
        ranked.fact_id,
        ranked.region_code,
        ranked.year,
        ranked.period,
        ranked.kind,
        ranked.indicator,
        ranked.measure,
        ranked.commitment,
        ranked.value,
        ranked.value_high,
        ranked.unit,
        ranked.bound,
        ranked.display_value,
        ranked.display_unit,
        ranked.display_factor,
        stretch.stretch_value,
        stretch.stretch_bound,
        stretch.stretch_display_value,
        ranked.n_mentions,
        ranked.n_documents,
        ranked.has_conflict

    from ranked
    left join stretch
        on ranked.region_code = stretch.region_code
        and ranked.year = stretch.year
        and ranked.period = stretch.period
        and ranked.kind = stretch.kind
        and ranked.indicator = stretch.indicator
        and ranked.measure = stretch.measure
    where ranked.headline_rank = 1

)

select * from final
