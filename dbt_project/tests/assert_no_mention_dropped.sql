{{ config(meta={'dagster': {'ref': {'name': 'fct_targets'}}}) }}
-- Every counted mention ends up either merged into a fact or listed among the unresolved mentions, never lost.

with

counted as (

    select count(*) as n from {{ ref('int_mentions_filtered') }}

),

in_facts as (

    select coalesce(sum(n_mentions), 0) as n from {{ ref('fct_targets') }}

),

unresolved as (

    select count(*) as n from {{ ref('int_mentions_unresolved') }}

),

final as (

    select
        counted.n as n_counted,
        in_facts.n as n_in_facts,
        unresolved.n as n_unresolved

    from counted
    cross join in_facts
    cross join unresolved

)

select * from final
where n_counted <> n_in_facts + n_unresolved
