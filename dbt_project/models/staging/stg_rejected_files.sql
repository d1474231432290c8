with

source as (

    select * from {{ source('raw', 'rejected_files') }}

),

final as (

    select
        file_name,
        sha256 as doc_id,
        size_bytes,
        reason,
        rejected_at

    from source

)

select * from final
