-- A region's headline target for a period beside the actual result a later document reports for the same period.

with

headlines as (

    select * from {{ ref('int_targets_headlined') }}

),

regions as (

    select * from {{ ref('int_regions_enriched') }}

),

targets as (

    select * from headlines
    where kind = 'target'

),

actuals as (

    select * from headlines
    where kind = 'actual'

),

paired as (

    select
        targets.region_code,
        targets.year,
        targets.period,
        targets.indicator,
        targets.measure,
        targets.unit,
        targets.display_unit,
        targets.display_factor,
        targets.value as target_value,
        targets.bound as target_bound,
        targets.commitment as target_commitment,
        targets.stretch_value as target_stretch_value,
        actuals.value as actual_value,
        actuals.bound as actual_bound

    from targets
    inner join actuals
        on targets.region_code = actuals.region_code
        and targets.year = actuals.year
        and targets.period = actuals.period
        and targets.indicator = actuals.indicator
        and targets.measure = actuals.measure
        and targets.unit = actuals.unit

),

final as (

    select
        paired.region_code,
        regions.region_name,
        regions.region_level,
        paired.year,
        paired.period,
        paired.indicator,
        paired.measure,
        paired.unit,
        paired.target_value,
        paired.target_bound,
        paired.target_commitment,
        paired.target_stretch_value,
        paired.actual_value,
        paired.actual_bound,
        paired.actual_value - paired.target_value as gap,
        paired.display_unit,
        paired.target_value / paired.display_factor as target_display_value,
        paired.actual_value / paired.display_factor as actual_display_value,
        (paired.actual_value - paired.target_value) / paired.display_factor as gap_display,
        case
            when paired.target_bound = 'max' then paired.actual_value <= paired.target_value
            else paired.actual_value >= paired.target_value
        end as is_met

    from paired
    inner join regions
        on paired.region_code = regions.region_code

)

select * from final
