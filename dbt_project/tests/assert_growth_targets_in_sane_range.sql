-- A growth target outside -50% … +200% is almost surely a misread number (a level read as a rate, a unit slip).

select *
from {{ ref('fct_targets') }}
where kind = 'target'
    and measure = 'growth'
    and (value < -50 or value > 200)
