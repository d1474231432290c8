{#- Whether a mention is a total over several regions (the extractor's note starts with 'total of', see
    extract/rows.py GROUP_TOTAL_NOTE): it has no region of its own, and corroboration must not give it one. -#}
{% macro is_group_total(note) -%}
    coalesce({{ note }} like 'total of%', false)
{%- endmacro %}
