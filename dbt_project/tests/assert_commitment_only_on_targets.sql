-- Targets say how firmly they are promised (ensure, plan, strive); actual results do not.

select *
from {{ ref('fct_targets') }}
where (kind = 'target' and commitment is null)
    or (kind = 'actual' and commitment is not null)
