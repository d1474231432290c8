"""DDL of the tables the Python assets write: the staging contract the dbt sources read."""

from __future__ import annotations

RAW_DDL: tuple[str, ...] = (
    "create schema if not exists raw",
    "create schema if not exists lookup",
    """
    create table if not exists raw.speeches (
        doc_id          varchar primary key,  -- sha256 of the file's bytes
        file_name       varchar not null,     -- path relative to the speeches folder
        size_bytes      bigint not null,
        text            varchar not null,     -- decoded text; mention offsets index into it
        encoding        varchar not null,     -- detected encoding of the file's bytes
        conference_year integer,              -- year of the conference the document reports
        title           varchar,
        speech_date     date,
        source          varchar,
        region          varchar,              -- region of the meeting, from the sidecar or the text
        is_current      boolean not null,     -- false once the file is deleted or changed in place
        ingested_at     timestamp not null
    )
    """,
    """
    create table if not exists raw.target_mentions (
        doc             varchar not null,
        start           integer not null,
        quote           varchar not null,
        region          varchar,
        parent_region   varchar,
        level           varchar,
        year            integer,
        period          varchar,
        kind            varchar not null,
        indicator       varchar not null,
        indicator_text  varchar,
        measure         varchar not null,
        value           double not null,
        value_high      double,
        unit            varchar not null,
        bound           varchar not null,
        commitment      varchar,
        tier            integer not null,
        note            varchar,
        doc_id          varchar not null,
        "end"           integer not null,
        extractor_version varchar not null
    )
    """,
    """
    create table if not exists raw.rejected_files (
        file_name   varchar not null,
        sha256      varchar,
        size_bytes  bigint,
        reason      varchar not null,
        rejected_at timestamp not null
    )
    """,
)

RAW_DDL += (
    """
    create table if not exists raw.speech_files (
        file_name   varchar primary key,  -- every transcript file of the last scan
        size_bytes  bigint not null,
        mtime_ns    bigint not null,      -- an unchanged size and mtime means the file is not read again
        doc_id      varchar not null
    )
    """,
    """
    create table if not exists raw.extractions (
        doc_id            varchar primary key,
        extractor_version varchar not null,
        n_mentions        integer not null,
        extracted_at      timestamp not null,
        error             varchar          -- why extraction failed, null when it succeeded
    )
    """,
)
