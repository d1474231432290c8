{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'int_mentions_filtered'}}}) }}
-- Each counted mention's quote is the text of its document at [start, end): evidence can be found again.
-- A warning, not an error: a shifted offset is an extractor defect, the figures themselves still stand.

with

mentions as (

    select * from {{ ref('int_mentions_filtered') }}

),

speeches as (

    select * from {{ source('raw', 'speeches') }}

)

select
    mentions.file_name,
    mentions.start_offset,
    mentions.quote

from mentions
inner join speeches
    on mentions.doc_id = speeches.doc_id
where
    substring(speeches.text, mentions.start_offset + 1, mentions.end_offset - mentions.start_offset) <> mentions.quote
