with

source as (

    select * from {{ source('raw', 'speeches') }}

),

final as (

    select
        doc_id,
        file_name,
        size_bytes,
        encoding,
        {{ try_cast('conference_year', dbt.type_int()) }} as conference_year,
        title,
        speech_date,
        source as publisher,
        region as meeting_region,
        is_current,
        ingested_at

    from source

)

select * from final
