{#- Whether a mention has no region of its own in the region table (see extract/rows.py): a total over several
    regions (a part of the extractor's note, which joins its parts with '; ', starts with 'total of', GROUP_TOTAL_NOTE),
    a town's or street's figure ('town …', TOWN_NOTE) or a functional zone's ('zone …', ZONE_NOTE). Name resolution
    leaves it unresolved and corroboration must not give it a region. -#}
{% macro has_no_region_of_its_own(note) -%}
    coalesce(
        {{ note }} like 'total of%' or {{ note }} like '%; total of%'
        or {{ is_town_figure(note) }} or {{ is_zone_figure(note) }},
        false
    )
{%- endmacro %}

{#- Whether a mention is a functional zone's figure (note 'zone …', extract/rows.py ZONE_NOTE). -#}
{% macro is_zone_figure(note) -%}
    coalesce({{ note }} like 'zone %' or {{ note }} like '%; zone %', false)
{%- endmacro %}

{#- Whether a mention is a town's or street's figure (note 'town …', extract/rows.py TOWN_NOTE). -#}
{% macro is_town_figure(note) -%}
    coalesce({{ note }} like 'town %' or {{ note }} like '%; town %', false)
{%- endmacro %}
