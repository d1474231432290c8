-- Gives every mention an id (a hash of all its columns) and its display form: the value stays in its base unit (yuan, m², t, count, percent);
-- display_value is the same number in the unit analysts read (亿元, 万平方米, 万吨, %, 个) from the display_units seed.

-- Incremental by document (macros/documents_incremental.sql).

{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='doc_id',
    on_schema_change='sync_all_columns',
    post_hook="{{ delete_rows_not_in('doc_id', ref('int_mentions_filtered')) }}"
) }}

with

mentions as (

    {{ changed_document_rows(ref('int_mentions_filtered'), [ref('display_units')]) }}

),

display_units as (

    select * from {{ ref('display_units') }}

),

final as (

    select
        {{ surrogate_key([
            'mentions.doc_id', 'mentions.start_offset', 'mentions.end_offset', 'mentions.region_name',
            'mentions.parent_region_name', 'mentions.year', 'mentions.period', 'mentions.kind', 'mentions.indicator',
            'mentions.measure', 'mentions.commitment', 'mentions.value', 'mentions.value_high', 'mentions.unit',
            'mentions.bound', 'mentions.quote', 'mentions.indicator_text', 'mentions.region_level', 'mentions.tier',
            'mentions.note', 'mentions.extractor_version'
        ]) }} as mention_id,
        mentions.doc_id,
        mentions.file_name,
        mentions.start_offset,
        mentions.end_offset,
        mentions.quote,
        mentions.region_name,
        mentions.parent_region_name,
        mentions.region_level,
        mentions.year,
        mentions.period,
        mentions.kind,
        lower(trim(mentions.indicator)) as indicator,
        mentions.indicator_text,
        mentions.measure,
        mentions.value,
        mentions.value_high,
        mentions.unit,
        mentions.bound,
        mentions.commitment,
        mentions.tier,
        mentions.note,
        mentions.extractor_version,
        mentions.conference_year,
        mentions.speech_date,
        coalesce(
            display_units.display_unit,
            {{ dbt.replace('mentions.unit', "'other:'", "''") }}
        ) as display_unit,
        coalesce(display_units.display_factor, 1) as display_factor,
        mentions.value / coalesce(display_units.display_factor, 1) as display_value,
        mentions.value_high / coalesce(display_units.display_factor, 1) as display_value_high,
        mentions.doc_state

    from mentions
    left join display_units
        on mentions.unit = display_units.unit

)

select * from final
