-- Keeps the mentions that count: those of documents still present (is_current) and, per document,
-- only those of the newest extractor version (compared as major.minor.patch numbers, ignoring +build metadata,
-- then as text).
-- A row the extractor wrote twice, identical in every column, counts once.

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

final as (

    select distinct
        mentions.*,
        speeches.conference_year,
        speeches.speech_date

    from mentions
    inner join speeches
        on mentions.doc_id = speeches.doc_id
    inner join versions_ranked
        on mentions.doc_id = versions_ranked.doc_id
        and mentions.extractor_version = versions_ranked.extractor_version
    where speeches.is_current
        and versions_ranked.version_rank = 1

)

select * from final
