-- A city cannot have more districts with a target than it has districts: coverage lies between 0 and 1.

select *
from {{ ref('fct_city_district_reconciliation') }}
where coverage > 1
    or coverage < 0
    or districts_with_target > districts_total
