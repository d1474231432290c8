{#- Whether a mention has no region of its own in the region table (see extract/rows.py): a total over several
    regions (the extractor's note starts with 'total of', GROUP_TOTAL_NOTE), a town's or street's figure (note
    'town …', TOWN_NOTE) or a functional zone's (note 'zone …', ZONE_NOTE). Name resolution leaves it unresolved and
    corroboration must not give it a region. -#}
{% macro has_no_region_of_its_own(note) -%}
    coalesce({{ note }} like 'total of%' or {{ note }} like 'town %' or {{ note }} like 'zone %', false)
{%- endmacro %}

{#- Whether a mention is a functional zone's figure (note 'zone …', extract/rows.py ZONE_NOTE). -#}
{% macro is_zone_figure(note) -%}
    coalesce({{ note }} like 'zone %', false)
{%- endmacro %}

{#- Whether a mention is a town's or street's figure (note 'town …', extract/rows.py TOWN_NOTE). -#}
{% macro is_town_figure(note) -%}
    coalesce({{ note }} like 'town %', false)
{%- endmacro %}
