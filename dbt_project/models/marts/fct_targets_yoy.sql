-- Each headline whole-year target beside the same region's headline target for the year before.
-- On level rows, a growth target for the same year implies last year's actual: level / (1 + growth / 100),
-- and so how far last year's target was met.

with

headlines as (

    select * from {{ ref('int_targets_headlined') }}
    where kind = 'target'
        and period = ''

),

regions as (

    select * from {{ ref('int_regions_enriched') }}

),

with_prior as (

    select
        current_year.*,
        prior.year as prior_year,
        prior.value as prior_value,
        prior.bound as prior_bound

    from headlines as current_year
    left join headlines as prior
        on current_year.region_code = prior.region_code
        and current_year.indicator = prior.indicator
        and current_year.measure = prior.measure
        and current_year.unit = prior.unit
        and prior.year = current_year.year - 1

),

with_growth as (

    select
        with_prior.*,
        growth.value as growth_value,
        growth.bound as growth_bound

    from with_prior
    left join headlines as growth
        on with_prior.region_code = growth.region_code
        and with_prior.year = growth.year
        and with_prior.indicator = growth.indicator
        and growth.measure = 'growth'
        and with_prior.measure = 'level'

),

computed as (

    select
        *,
        case
            when measure in ('growth', 'share') then value - prior_value
            when prior_value <> 0 then value / prior_value - 1
        end as change,
        case
            when measure in ('growth', 'share') then 'pp'
            else 'ratio'
        end as change_unit,
        case
            when measure = 'level' and growth_value is not null then value / (1 + growth_value / 100)
        end as implied_prior_actual

    from with_growth

),

final as (

    select
        computed.region_code,
        regions.region_name,
        regions.region_level,
        regions.parent_code,
        computed.indicator,
        computed.measure,
        computed.year,
        computed.value,
        computed.unit,
        computed.bound,
        computed.commitment,
        computed.display_value,
        computed.display_unit,
        computed.prior_year,
        computed.prior_value,
        computed.prior_bound,
        computed.prior_value / computed.display_factor as prior_display_value,
        computed.change,
        computed.change_unit,
        computed.growth_value,
        computed.growth_bound,
        computed.implied_prior_actual,
        computed.implied_prior_actual / computed.display_factor as implied_prior_actual_display,
        case
            when computed.prior_value <> 0 then computed.implied_prior_actual / computed.prior_value
        end as prior_attainment,
        case
            when computed.implied_prior_actual is not null
                then computed.bound <> 'exact' or computed.growth_bound <> 'exact'
        end as is_approximate

    from computed
    inner join regions
        on computed.region_code = regions.region_code

)

select * from final
