{#-
  Mention models are incremental by document: a run re-processes only the documents whose state changed and leaves
  the rest of the table alone, so adding one speech costs one speech, not the corpus.

  A document's state (column doc_state) is a hash of everything the model's rows for it depend on: the upstream
  state (which carries the extractor version and the document's metadata), the content of the small lookup tables
  the model joins, and the checksum of the model's own SQL. Editing a model or a lookup therefore re-processes every
  document on the next run, with no --full-refresh. Rows of documents that left the upstream model are deleted by a
  post-hook, inside the model's transaction.
-#}

{#- SQL for the hash of this model's SQL and of the lookups' content (each a relation, read whole). -#}
{% macro model_fingerprint(lookups=[]) -%}
    {%- set parts = ["'" ~ model.checksum.checksum ~ "'"] -%}
    {%- for lookup in lookups -%}
        {%- do parts.append("'|'") -%}
        {%- do parts.append(
            "(select coalesce(string_agg(cast(lookup_row as varchar), '|' order by cast(lookup_row as varchar)), '')"
            ~ " from " ~ lookup ~ " as lookup_row)"
        ) -%}
    {%- endfor -%}
    {{ dbt.hash(dbt.concat(parts)) }}
{%- endmacro %}

{#- The documents of `states` (a relation or CTE with doc_id, doc_state) whose state this table does not hold yet:
    all of them on a first or full-refresh run, and when the table predates the doc_state column. -#}
{% macro documents_changed(states) -%}
    select {{ states }}.doc_id, {{ states }}.doc_state
    from {{ states }}
    {%- if is_incremental() and 'doc_state' in (adapter.get_columns_in_relation(this) | map(attribute='name') | list) %}
    left join (select distinct doc_id, doc_state from {{ this }}) as held
        on {{ states }}.doc_id = held.doc_id
        and {{ states }}.doc_state = held.doc_state
    where held.doc_id is null
    {%- endif %}
{%- endmacro %}

{#- Rows of `upstream` (a relation with doc_id and doc_state) for the documents this model must (re)build, each with
    its state for this model: the upstream state combined with model_fingerprint(lookups). -#}
{% macro changed_document_rows(upstream, lookups=[]) -%}
    with document_states as (

        select distinct
            doc_id,
            {{ dbt.hash(dbt.concat(['doc_state', "'|'", model_fingerprint(lookups)])) }} as doc_state

        from {{ upstream }}

    ),

    documents_to_build as (

        {{ documents_changed('document_states') }}

    )

    select
        upstream_rows.* exclude (doc_state),
        documents_to_build.doc_state

    from {{ upstream }} as upstream_rows
    inner join documents_to_build
        on upstream_rows.doc_id = documents_to_build.doc_id
{%- endmacro %}

{#- Post-hook: delete this table's rows whose `key` (doc_id, fact_id) is no longer in `relation` (where `condition`
    holds): documents that left, facts no mention states any more. -#}
{% macro delete_rows_not_in(key, relation, condition='true') -%}
    delete from {{ this }}
    where {{ key }} not in (select {{ key }} from {{ relation }} where {{ key }} is not null and ({{ condition }}))
{%- endmacro %}
