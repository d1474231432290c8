-- The mentions that cannot become facts (region missing, redacted or unknown; year missing), with their evidence,
-- so that nothing is dropped silently.

with

resolved as (

    select * from {{ ref('int_mentions_resolved') }}

),

final as (

    select
        mention_id,
        doc_id,
        file_name,
        start_offset,
        quote,
        note,
        region_name,
        parent_region_name,
        year,
        period,
        kind,
        indicator,
        measure,
        value,
        unit,
        bound,
        commitment,
        coalesce(unresolved_reason, 'year missing') as unresolved_reason

    from resolved
    where region_code is null
        or year is null

)

select * from final
