-- Each region × year × period × kind × indicator × measure has exactly one headline fact.

with

headline_counts as (

    select
        region_code,
        year,
        period,
        kind,
        indicator,
        measure,
        count(case when is_headline then 1 end) as n_headlines

    from {{ ref('fct_targets') }}
    group by region_code, year, period, kind, indicator, measure

)

select * from headline_counts
where n_headlines <> 1
