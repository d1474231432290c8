-- Gives a region to the mentions of a document that redacts its own region, by corroboration: the region whose
-- figures other documents state identically (same year, kind, indicator, measure, unit, value and upper value) at
-- least twice, in at least two other documents, and more often than for any other region, and of the kind the
-- redacted name shows (**区, **县, **市 in the note's clues) when it shows one. A total over several regions (note
-- 'total of …'), a town's figure
-- (note 'town …') and a zone's (note 'zone …') have no region of their own and are never corroborated. Other
-- mentions keep the region resolved by name (int_mentions_named); unresolved mentions keep a null region_code and a
-- reason.
-- A mention with a region and a year gets the id of the fact it states (int_targets_merged groups by it).
-- Incremental by document (macros/documents_incremental.sql): a document's state includes the region it is
-- corroborated with, so a new speech that changes a corroboration re-processes the redacted document too.

{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='doc_id',
    on_schema_change='sync_all_columns',
    post_hook="{{ delete_rows_not_in('doc_id', ref('int_mentions_named')) }}"
) }}

with

named as (

    select * from {{ ref('int_mentions_named') }}

),

figures as (

    select
        doc_id,
        region_code,
        region_name,
        year,
        kind,
        indicator,
        measure,
        unit,
        value,
        value_high,
        {{ has_no_region_of_its_own('note') }} as has_no_region_of_its_own,
        -- a document that redacts its own region (not a round-up that names none of its own)
        coalesce(note, '') like '%redacted in text%' as is_redacted

    from named
    where year is not null
        and indicator not like 'company_%'
        and indicator not like 'project_%'
        and indicator not like 'other_%'

),

redacted as (

    select distinct doc_id, year, kind, indicator, measure, unit, value, value_high
    from figures
    where region_name is null
        and is_redacted
        and not has_no_region_of_its_own

),

redacted_kinds as (

    -- the kind of unit the redacted name was (**区, **县, **市 in the clues of the note; extract/corroborate.py)
    select
        doc_id,
        list_distinct(flatten(list(regexp_extract_all(coalesce(note, ''), '\*\*([区县市])', 1)))) as kinds

    from named
    where region_name is null
    group by doc_id

),

agreements as (

    select
        redacted.doc_id,
        stated.region_code,
        count(distinct (redacted.year, redacted.kind, redacted.indicator, redacted.measure, redacted.unit,
                        redacted.value, redacted.value_high)) as n_agreements,
        count(distinct stated.doc_id) as n_sources

    from redacted
    left join redacted_kinds
        on redacted.doc_id = redacted_kinds.doc_id
    inner join figures as stated
        on redacted.year = stated.year
        and redacted.kind = stated.kind
        and redacted.indicator = stated.indicator
        and redacted.measure = stated.measure
        and redacted.unit = stated.unit
        and redacted.value = stated.value
        and redacted.value_high is not distinct from stated.value_high
        and redacted.doc_id <> stated.doc_id
    where stated.region_code is not null
        and (coalesce(len(redacted_kinds.kinds), 0) = 0 or list_contains(redacted_kinds.kinds, right(stated.region_name, 1)))
    group by redacted.doc_id, stated.region_code

),

ranked as (

    select
        doc_id,
        region_code,
        n_agreements,
        n_sources,
        rank() over (partition by doc_id order by n_agreements desc) as agreement_rank,
        count(*) over (partition by doc_id, n_agreements) as n_regions_tied

    from agreements

),

corroborated as (

    select doc_id, region_code
    from ranked
    where agreement_rank = 1
        and n_regions_tied = 1
        and n_agreements >= 2
        and n_sources >= 2  -- districts copy their city's round targets: one other text proves nothing

),

document_states as (

    select
        named_documents.doc_id,
        {{ dbt.hash(dbt.concat([
            'named_documents.doc_state', "'|'", "coalesce(corroborated.region_code, '')", "'|'", model_fingerprint()
        ])) }} as doc_state

    from (select distinct doc_id, doc_state from named) as named_documents
    left join corroborated
        on named_documents.doc_id = corroborated.doc_id

),

documents_to_build as (

    {{ documents_changed('document_states') }}

),

resolved as (

    select
        named.* exclude (region_code, region_resolution, unresolved_reason, doc_state),
        coalesce(named.region_code, corroborated.region_code) as region_code,
        case
            when named.region_code is null and corroborated.region_code is not null then 'corroborated'
            else named.region_resolution
        end as region_resolution,
        case
            when named.region_code is null and corroborated.region_code is not null then null
            else named.unresolved_reason
        end as unresolved_reason,
        documents_to_build.doc_state

    from named
    inner join documents_to_build
        on named.doc_id = documents_to_build.doc_id
    left join corroborated
        on named.doc_id = corroborated.doc_id
        and named.region_name is null
        and not {{ has_no_region_of_its_own('named.note') }}

),

final as (

    select
        *,
        case
            when region_code is not null and year is not null then
                {{ surrogate_key(['region_code', 'year', 'period', 'kind', 'indicator', 'measure', 'commitment']) }}
        end as fact_id

    from resolved

)

select * from final
