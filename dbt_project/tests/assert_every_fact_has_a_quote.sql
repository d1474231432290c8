-- Every number in the warehouse can be explained back to its words: each fact has a quote and at least one mention,
-- and the quote it shows is among the quotes it lists.

select *
from {{ ref('fct_targets') }}
where source_quote is null
    or quotes is null
    or n_mentions < 1
    or n_documents < 1
    or n_documents > n_mentions
    or {{ dbt.position('source_quote', 'quotes') }} = 0
