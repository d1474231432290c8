-- City versus its county-level units, per year × indicator × measure, on headline targets of whole years.
-- Additive measures (level, count) are summed and compared with the city; rates (growth, share) are described by
-- their distribution and compared district by district with the city.

with

headlines as (

    select * from {{ ref('int_targets_headlined') }}
    where kind = 'target'
        and period = ''

),

regions as (

    select * from {{ ref('int_regions_enriched') }}

),

district_counts as (

    select
        parent_code as city_code,
        count(*) as districts_total

    from regions
    where region_level = 'district'
        and parent_code is not null
    group by parent_code

),

cities as (

    select
        regions.region_code as city_code,
        regions.region_name as city_name,
        coalesce(district_counts.districts_total, 0) as districts_total

    from regions
    left join district_counts
        on regions.region_code = district_counts.city_code
    where regions.region_level = 'city'
        or district_counts.city_code is not null

),

city_targets as (

    select headlines.*
    from headlines
    inner join cities
        on headlines.region_code = cities.city_code

),

district_targets as (

    select
        regions.parent_code as city_code,
        headlines.*

    from headlines
    inner join regions
        on headlines.region_code = regions.region_code
    where regions.region_level = 'district'

),

-- a district's level target beside its growth target, for the weighted growth of the districts together
district_growth_with_level as (

    select
        growth.city_code,
        growth.year,
        growth.indicator,
        growth.region_code,
        growth.value as growth_value,
        level.value as level_value

    from district_targets as growth
    left join district_targets as level
        on growth.region_code = level.region_code
        and growth.year = level.year
        and growth.indicator = level.indicator
        and level.measure = 'level'
    where growth.measure = 'growth'

),

weighted_growth as (

    select
        city_code,
        year,
        indicator,
        'growth' as measure,
        count(*) as n_growth,
        count(level_value) as n_with_level,
        100 * (sum(level_value) / sum(level_value / (1 + growth_value / 100)) - 1) as implied_weighted_growth

    from district_growth_with_level
    group by city_code, year, indicator

),

keys as (

    select city_code, year, indicator, measure from district_targets
    union
    select region_code as city_code, year, indicator, measure from city_targets

),

district_stats as (

    select
        district_targets.city_code,
        district_targets.year,
        district_targets.indicator,
        district_targets.measure,
        count(*) as districts_with_target,
        min(district_targets.unit) as unit,
        min(district_targets.display_unit) as display_unit,
        min(district_targets.display_factor) as display_factor,
        sum(district_targets.value) as district_sum,
        min(district_targets.value) as district_min,
        {{ median('district_targets.value') }} as district_median,
        avg(district_targets.value) as district_mean,
        max(district_targets.value) as district_max,
        count(case when district_targets.value > city_targets.value then 1 end) as n_above_city,
        count(case when district_targets.value = city_targets.value then 1 end) as n_equal_city,
        count(case when district_targets.value < city_targets.value then 1 end) as n_below_city,
        avg(district_targets.value - city_targets.value) as mean_excess

    from district_targets
    left join city_targets
        on district_targets.city_code = city_targets.region_code
        and district_targets.year = city_targets.year
        and district_targets.indicator = city_targets.indicator
        and district_targets.measure = city_targets.measure
    group by
        district_targets.city_code,
        district_targets.year,
        district_targets.indicator,
        district_targets.measure

),

joined as (

    select
        keys.city_code,
        cities.city_name,
        keys.year,
        keys.indicator,
        keys.measure,
        keys.measure in ('level', 'count') as is_additive,
        coalesce(city_targets.unit, district_stats.unit) as unit,
        coalesce(city_targets.display_unit, district_stats.display_unit) as display_unit,
        coalesce(city_targets.display_factor, district_stats.display_factor) as display_factor,
        city_targets.value as city_value,
        city_targets.bound as city_bound,
        city_targets.commitment as city_commitment,
        city_targets.stretch_value as city_stretch_value,
        cities.districts_total,
        coalesce(district_stats.districts_with_target, 0) as districts_with_target,
        district_stats.district_sum,
        district_stats.district_min,
        district_stats.district_median,
        district_stats.district_mean,
        district_stats.district_max,
        district_stats.n_above_city,
        district_stats.n_equal_city,
        district_stats.n_below_city,
        district_stats.mean_excess,
        weighted_growth.n_growth,
        weighted_growth.n_with_level,
        weighted_growth.implied_weighted_growth

    from keys
    inner join cities
        on keys.city_code = cities.city_code
    left join city_targets
        on keys.city_code = city_targets.region_code
        and keys.year = city_targets.year
        and keys.indicator = city_targets.indicator
        and keys.measure = city_targets.measure
    left join district_stats
        on keys.city_code = district_stats.city_code
        and keys.year = district_stats.year
        and keys.indicator = district_stats.indicator
        and keys.measure = district_stats.measure
    left join weighted_growth
        on keys.city_code = weighted_growth.city_code
        and keys.year = weighted_growth.year
        and keys.indicator = weighted_growth.indicator
        and keys.measure = weighted_growth.measure

),

final as (

    select
        city_code,
        city_name,
        year,
        indicator,
        measure,
        unit,
        display_unit,
        city_value,
        city_value / display_factor as city_display_value,
        city_bound,
        city_commitment,
        city_stretch_value,
        districts_total,
        districts_with_target,
        case
            when districts_total > 0 then round(1.0 * districts_with_target / districts_total, 4)
        end as coverage,
        case when is_additive then district_sum end as district_sum,
        case when is_additive then district_sum / display_factor end as district_sum_display,
        case when is_additive then city_value - district_sum end as gap,
        case when is_additive then (city_value - district_sum) / display_factor end as gap_display,
        case when is_additive and city_value is not null then district_sum > city_value end as sum_exceeds_city,
        case when not is_additive then district_min end as district_min,
        case when not is_additive then district_median end as district_median,
        case when not is_additive then round(district_mean, 4) end as district_mean,
        case when not is_additive then district_max end as district_max,
        case when not is_additive and city_value is not null then n_above_city end as n_above_city,
        case when not is_additive and city_value is not null then n_equal_city end as n_equal_city,
        case when not is_additive and city_value is not null then n_below_city end as n_below_city,
        case when not is_additive and city_value is not null then round(mean_excess, 4) end as mean_excess_pp,
        case
            when measure = 'growth' and n_growth > 0 and n_with_level = n_growth
                then round(implied_weighted_growth, 4)
        end as implied_weighted_growth

    from joined

)

select * from final
