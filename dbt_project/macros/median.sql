{#- The median of an expression as an aggregate: median() on DuckDB, the ordered-set percentile elsewhere. -#}
{% macro median(expression) -%}
    {{ return(adapter.dispatch('median', 'mubiao')(expression)) }}
{%- endmacro %}

{% macro default__median(expression) -%}
    percentile_cont(0.5) within group (order by {{ expression }})
{%- endmacro %}

{% macro duckdb__median(expression) -%}
    median({{ expression }})
{%- endmacro %}
