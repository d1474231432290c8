-- Merges mentions into facts: one row per region × year × period × kind × indicator × measure × commitment.
-- When sources disagree (value, range or bound), the fact takes the variant stated by the most documents
-- (then the most mentions, then the newest conference, then the larger value) and keeps every variant in
-- distinct_values with has_conflict = true.
-- Incremental by fact: a run re-merges only the facts that a new, changed or retired document states or stated
-- (source_documents remembers which document states each fact was merged from, with this model's SQL checksum,
-- so editing this model re-merges every fact), and deletes facts no mention states any more.

{%- set document_state = dbt.concat(['doc_id', "':'", 'doc_state', "':'", model_fingerprint()]) %}

{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='fact_id',
    on_schema_change='sync_all_columns',
    post_hook="{{ delete_rows_not_in('fact_id', ref('int_mentions_resolved')) }}"
) }}

with

stated as (

    select * from {{ ref('int_mentions_resolved') }}
    where fact_id is not null

),

{% if is_incremental() and 'source_documents' in (adapter.get_columns_in_relation(this) | map(attribute='name') | list) %}

document_states as (

    select distinct {{ document_state }} as document_state, fact_id
    from stated

),

held as (

    select fact_id, unnest(source_documents) as document_state
    from {{ this }}

),

facts_to_merge as (

    select document_states.fact_id
    from document_states
    anti join held
        on document_states.document_state = held.document_state
        and document_states.fact_id = held.fact_id

    union

    select held.fact_id
    from held
    anti join document_states
        on held.document_state = document_states.document_state
        and held.fact_id = document_states.fact_id

),

keyed as (

    select stated.*
    from stated
    semi join facts_to_merge
        on stated.fact_id = facts_to_merge.fact_id

),

{% else %}

keyed as (

    select * from stated

),

{% endif %}

variants as (

    select
        fact_id,
        value,
        value_high,
        bound,
        unit,
        display_unit,
        display_factor,
        count(distinct doc_id) as n_documents,
        count(*) as n_mentions,
        max(conference_year) as newest_conference_year

    from keyed
    group by fact_id, value, value_high, bound, unit, display_unit, display_factor

),

variants_ranked as (

    select
        *,
        {{ dbt.concat([
            dbt.safe_cast('round(value / display_factor, 4)', dbt.type_string()),
            "case when value_high is null then '' else "
                ~ dbt.concat(["'-'", dbt.safe_cast('round(value_high / display_factor, 4)', dbt.type_string())])
                ~ " end",
            'display_unit', "' '", 'bound'
        ]) }} as variant_label,
        row_number() over (
            partition by fact_id
            order by
                n_documents desc,
                n_mentions desc,
                newest_conference_year desc nulls last,
                value desc,
                value_high desc nulls last,
                bound,
                unit
        ) as variant_rank

    from variants

),

variant_summary as (

    select
        fact_id,
        count(*) as n_variants,
        {{ dbt.listagg('variant_label', "' | '", 'order by variant_rank') }} as distinct_values

    from variants_ranked
    group by fact_id

),

chosen as (

    select * from variants_ranked
    where variant_rank = 1

),

source_mentions_ranked as (

    select
        keyed.fact_id,
        keyed.doc_id,
        keyed.file_name,
        keyed.start_offset,
        keyed.quote,
        row_number() over (
            partition by keyed.fact_id
            order by keyed.conference_year desc nulls last, keyed.file_name, keyed.start_offset, keyed.quote
        ) as source_rank

    from keyed
    inner join chosen
        on keyed.fact_id = chosen.fact_id
        and keyed.value = chosen.value
        and coalesce(keyed.value_high, -1) = coalesce(chosen.value_high, -1)
        and keyed.bound = chosen.bound
        and keyed.unit = chosen.unit

),

distinct_quotes as (

    select distinct
        fact_id,
        file_name,
        quote

    from keyed

),

quote_lists as (

    select
        fact_id,
        {{ dbt.listagg(dbt.concat(["'「'", 'quote', "'」 ('", 'file_name', "')'"]), "' | '", 'order by file_name, quote') }} as quotes

    from distinct_quotes
    group by fact_id

),

facts as (

    select
        fact_id,
        region_code,
        year,
        period,
        kind,
        indicator,
        measure,
        commitment,
        max(tier) as tier,
        count(*) as n_mentions,
        count(distinct doc_id) as n_documents,
        min(conference_year) as first_conference_year,
        max(conference_year) as last_conference_year,
        list(distinct {{ document_state }} order by {{ document_state }}) as source_documents

    from keyed
    group by fact_id, region_code, year, period, kind, indicator, measure, commitment

),

final as (

    select
        facts.fact_id,
        facts.region_code,
        facts.year,
        facts.period,
        facts.kind,
        facts.indicator,
        facts.tier,
        facts.measure,
        facts.commitment,
        chosen.value,
        chosen.value_high,
        chosen.unit,
        chosen.bound,
        chosen.value / chosen.display_factor as display_value,
        chosen.value_high / chosen.display_factor as display_value_high,
        chosen.display_unit,
        chosen.display_factor,
        facts.n_mentions,
        facts.n_documents,
        variant_summary.n_variants > 1 as has_conflict,
        variant_summary.distinct_values,
        quote_lists.quotes,
        source_mentions_ranked.quote as source_quote,
        source_mentions_ranked.file_name as source_file_name,
        source_mentions_ranked.doc_id as source_doc_id,
        source_mentions_ranked.start_offset as source_start,
        facts.first_conference_year,
        facts.last_conference_year,
        facts.source_documents

    from facts
    inner join chosen
        on facts.fact_id = chosen.fact_id
    inner join variant_summary
        on facts.fact_id = variant_summary.fact_id
    inner join quote_lists
        on facts.fact_id = quote_lists.fact_id
    inner join source_mentions_ranked
        on facts.fact_id = source_mentions_ranked.fact_id
        and source_mentions_ranked.source_rank = 1

)

select * from final
