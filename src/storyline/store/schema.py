"""The SQLite schema as numbered migrations; PRAGMA user_version records how far a file is."""
from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: documents and the per-document layers
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        path TEXT NOT NULL,
        line INTEGER,
        format TEXT NOT NULL,
        title TEXT, url TEXT,
        outlet TEXT, outlet_source TEXT,
        published TEXT, published_source TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '[]',
        stages TEXT NOT NULL DEFAULT '{}',
        text TEXT NOT NULL
    );
    CREATE TABLE sections (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        published TEXT, author TEXT, title TEXT,
        PRIMARY KEY (doc, idx)
    );
    CREATE TABLE sentences (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (doc, idx)
    );
    CREATE TABLE mentions (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, type TEXT NOT NULL, in_comment INTEGER NOT NULL,
        PRIMARY KEY (doc, idx)
    );
    CREATE INDEX mentions_text ON mentions(text, type);
    CREATE TABLE timexes (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, type TEXT NOT NULL, value TEXT, anchor TEXT,
        PRIMARY KEY (doc, idx)
    );
    CREATE TABLE quotes (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, kind TEXT NOT NULL,
        speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER,
        cue TEXT, cue_start INTEGER, cue_end INTEGER, in_comment INTEGER NOT NULL,
        PRIMARY KEY (doc, idx)
    );
    """,
    # 2: the TIMEX3 mod of a time expression (START, MID, END, ...)
    """
    ALTER TABLE timexes ADD COLUMN mod TEXT;
    """,
    # 3: the name a quote's speaker resolves to within its report, and quotation groups
    """
    ALTER TABLE quotes ADD COLUMN speaker_name TEXT;
    ALTER TABLE quotes ADD COLUMN speaker_type TEXT;
    ALTER TABLE quotes ADD COLUMN grp INTEGER;
    """,
    # 4: titles attached to a name, and the person a role phrase refers to
    """
    ALTER TABLE mentions ADD COLUMN role TEXT;
    ALTER TABLE mentions ADD COLUMN ref TEXT;
    """,
    # 5: the tense that oriented a time expression (so an undated report can be re-dated later),
    #    and the assembled account (stories, claims, timeline, entities), rebuilt after each build
    """
    ALTER TABLE timexes ADD COLUMN tense INTEGER;
    CREATE TABLE account (kind TEXT NOT NULL, id TEXT NOT NULL, story TEXT, record TEXT NOT NULL,
                          PRIMARY KEY (kind, id));
    CREATE INDEX account_story ON account(kind, story);
    """,
    # 6: full-text search over reports, quotes and actors (SQLite FTS5), rebuilt with the account
    """
    CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, doc UNINDEXED, title, body,
                                           tokenize = 'unicode61 remove_diacritics 2');
    DELETE FROM meta WHERE key = 'account';  -- so the next build assembles again and fills the index
    """,
    # 7: the names of a joint source ("The EU and NATO said"), a JSON list, so each is credited
    """
    ALTER TABLE quotes ADD COLUMN members TEXT;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
