-- Keeps the mentions that count: those of documents still present (is_current) and, per document,
-- only those of the newest extractor version (compared as major.minor.patch numbers, ignoring +build metadata,
-- then as text).
-- A row the extractor wrote twice, identical in every column, counts once.
-- Incremental by document (macros/documents_incremental.sql): only documents whose state changed are re-read.

{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='doc_id',
    on_schema_change='sync_all_columns',
    post_hook="{{ delete_rows_not_in('doc_id', ref('stg_speeches'), 'is_current') }}"
) }}

with

mentions as (

    select * from {{ ref('stg_target_mentions') }}

),

speeches as (

    select * from {{ ref('stg_speeches') }}

),

versions as (

    select distinct
        doc_id,
        extractor_version,
        {{ try_cast(dbt.split_part(dbt.split_part('extractor_version', "'+'", 1), "'.'", 1), dbt.type_int()) }} as version_major,
        {{ try_cast(dbt.split_part(dbt.split_part('extractor_version', "'+'", 1), "'.'", 2), dbt.type_int()) }} as version_minor,
        {{ try_cast(dbt.split_part(dbt.split_part('extractor_version', "'+'", 1), "'.'", 3), dbt.type_int()) }} as version_patch

    from mentions

),

versions_ranked as (

    select
        doc_id,
        extractor_version,
        row_number() over (
            partition by doc_id
            order by
                version_major desc nulls last,
                version_minor desc nulls last,
                version_patch desc nulls last,
                extractor_version desc
        ) as version_rank

    from versions

),

document_states as (

    select
        versions_ranked.doc_id,
        versions_ranked.extractor_version,
        speeches.conference_year,
        speeches.speech_date,
        {{ dbt.hash(dbt.concat([
            'versions_ranked.extractor_version', "'|'",
            "coalesce(cast(speeches.conference_year as varchar), '')", "'|'",
            "coalesce(cast(speeches.speech_date as varchar), '')", "'|'",
            model_fingerprint()
        ])) }} as doc_state

    from versions_ranked
    inner join speeches
        on versions_ranked.doc_id = speeches.doc_id
    where speeches.is_current
        and versions_ranked.version_rank = 1

),

documents_to_build as (

    {{ documents_changed('document_states') }}

),

final as (

    select distinct
        mentions.*,
        document_states.conference_year,
        document_states.speech_date,
        document_states.doc_state

    from mentions
    inner join document_states
        on mentions.doc_id = document_states.doc_id
        and mentions.extractor_version = document_states.extractor_version
    inner join documents_to_build
        on document_states.doc_id = documents_to_build.doc_id

)

select * from final
