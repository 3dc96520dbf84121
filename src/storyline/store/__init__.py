"""Store stage: SQLite, one file. One writer; read-only connections for reading.

Documents are keyed by content hash, so adding the same report twice adds nothing, and a
run that was interrupted resumes by skipping what an earlier transaction already committed.
"""
from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Collection, Iterable, Iterator

from ..records import Document, Mention, Quote, Section, Sentence, TimeExpression
from .schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["Store", "StoreError", "INPUTS", "SCHEMA_VERSION"]


_ACCOUNT_COUNTS = {"entity": "entities", "story": "stories", "claim": "claims"}  # kind -> name in counts()
# the account's rows of this kind hold, for each story, what it was made from (assemble.Inputs);
# they are not records of the account: not exported, not counted
INPUTS = "inputs"


class StoreError(RuntimeError):
    """A database that cannot be used; the message names the file."""


_HEADER = "id, path, title, url, outlet, published"  # a report's metadata, without text or annotations


class Store:
    def __init__(self, path: str, *, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly:
            if not os.path.exists(path):
                raise StoreError(f"{path}: no such database (run `storyline build` first)")
            self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        else:
            try:
                os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
                self.db = sqlite3.connect(path)
            except (OSError, sqlite3.OperationalError) as exc:
                raise StoreError(f"{path}: cannot open the database ({exc})") from None
        self.db.row_factory = sqlite3.Row
        try:
            if not readonly:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA foreign_keys=ON")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"{path}: not a Storyline database ({exc})") from None
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path}: schema {version} is newer than this Storyline ({SCHEMA_VERSION})")
        if version < SCHEMA_VERSION:
            if readonly:
                raise StoreError(f"{path}: schema {version} is old; run `storyline build` to migrate it")
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        for number in range(version, SCHEMA_VERSION):
            with self.db:
                self.db.executescript("BEGIN;" + MIGRATIONS[number] + f"; PRAGMA user_version={number + 1};")

    def close(self) -> None:
        if not self.readonly:
            # WAL lets readers in during a long build; at rest the store is one plain file again.
            self.db.execute("PRAGMA journal_mode=DELETE")
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writing -------------------------------------------------------------------------
    def set_meta(self, values: dict[str, str]) -> None:
        with self.db:
            self.db.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value "
                "WHERE value != excluded.value",
                list(values.items()),
            )

    def add(self, docs: Iterable[Document], replace: Collection[str] = ()) -> int:
        """Insert documents not yet stored, in one transaction; returns how many were new. A stored
        document whose id is in `replace` (read again by a newer per-document stage) is replaced
        whole, keeping its place in the order of reading; any other stored one is left alone."""
        added = 0
        with self.db:
            seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM documents").fetchone()[0]
            for doc in docs:
                row = self.db.execute("SELECT seq FROM documents WHERE id = ?", (doc.id,)).fetchone()
                if row is not None:
                    if doc.id in replace:
                        # its sections, sentences, mentions, time expressions and quotes go with it
                        self.db.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
                        self._insert(doc, row[0])
                    continue
                seq += 1
                added += 1
                self._insert(doc, seq)
        return added

    def _insert(self, d: Document, seq: int) -> None:
        x = self.db.execute
        x(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (d.id, seq, d.path, d.line, d.format, d.title, d.url, d.outlet, d.outlet_source,
             d.published, d.published_source, json.dumps(d.authors), json.dumps(d.notes),
             json.dumps(d.stages, sort_keys=True), d.text),
        )
        self.db.executemany(
            "INSERT INTO sections VALUES (?,?,?,?,?,?,?,?)",
            [(d.id, i, s.kind, s.start, s.end, s.published, s.author, s.title) for i, s in enumerate(d.sections)],
        )
        self.db.executemany(
            "INSERT INTO sentences VALUES (?,?,?,?)", [(d.id, i, s.start, s.end) for i, s in enumerate(d.sentences)]
        )
        self.db.executemany(
            "INSERT INTO mentions (doc, idx, start, \"end\", text, type, in_comment, role, ref) VALUES (?,?,?,?,?,?,?,?,?)",
            [(d.id, i, m.start, m.end, m.text, m.type, int(m.in_comment), m.role, m.ref)
             for i, m in enumerate(d.mentions)],
        )
        self.db.executemany(
            "INSERT INTO timexes (doc, idx, start, \"end\", text, type, value, anchor, mod, tense) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(d.id, i, t.start, t.end, t.text, t.type, t.value, t.anchor, t.mod, t.tense) for i, t in enumerate(d.timexes)],
        )
        self.db.executemany(
            "INSERT INTO quotes (doc, idx, start, \"end\", text, kind, speaker_text, speaker_start, speaker_end, "
            "cue, cue_start, cue_end, in_comment, speaker_name, speaker_type, grp, members) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(d.id, i, q.start, q.end, q.text, q.kind, q.speaker_text, q.speaker_start, q.speaker_end,
              q.cue, q.cue_start, q.cue_end, int(q.in_comment), q.speaker_name, q.speaker_type, q.group,
              json.dumps(q.speaker_members) if q.speaker_members else None)
             for i, q in enumerate(d.quotes)],
        )

    def save_account(self, rows: Iterable[tuple[str, dict]], version: str, settings: dict | None = None) -> None:
        """Replace the assembled account (derived from all documents) in one transaction; `rows`
        are (kind, record), read one at a time; `settings` those it was assembled with. The rows
        may be read from the account being replaced (story_rows): it stays until they are all in."""
        with self.db:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS account_next "
                            "(kind TEXT NOT NULL, id TEXT NOT NULL, story TEXT, record TEXT NOT NULL)")
            self.db.execute("DELETE FROM temp.account_next")
            self.db.executemany(
                "INSERT INTO temp.account_next (kind, id, story, record) VALUES (?,?,?,?)",
                ((kind, r["id"], r.get("story"), json.dumps(r, ensure_ascii=False)) for kind, r in rows),
            )
            self.db.execute("DELETE FROM account")
            self.db.execute("INSERT INTO account (kind, id, story, record) "
                            "SELECT kind, id, story, record FROM temp.account_next ORDER BY rowid")
            self.db.execute("DELETE FROM temp.account_next")
            self.db.execute("INSERT INTO meta(key, value) VALUES ('account', ?) ON CONFLICT(key) DO UPDATE "
                            "SET value = excluded.value",
                            (json.dumps({"version": version, "documents": self.document_count(), "settings": settings or {}}),))

    def index_search(self, rows: Iterable[tuple[str, str, str | None, str, str]]) -> None:
        """Replace the full-text index: (kind, ref, doc, title, body) rows."""
        with self.db:
            self.db.execute("DELETE FROM search")
            self.db.executemany("INSERT INTO search (kind, ref, doc, title, body) VALUES (?,?,?,?,?)", rows)

    def search(self, query: str, kind: str | None = None, limit: int = 20, offset: int = 0) -> tuple[int, list[dict]]:
        """(total, hits) for an FTS5 query; words are matched as typed (quoted), never as syntax."""
        terms = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
        if not terms:
            return 0, []
        where = "search MATCH ?" + (" AND kind = ?" if kind else "")
        params: tuple = (terms, kind) if kind else (terms,)
        total = self.db.execute(f"SELECT COUNT(*) FROM search WHERE {where}", params).fetchone()[0]
        rows = self.db.execute(
            f"SELECT kind, ref, doc, title, snippet(search, 4, char(1), char(2), ' … ', 12) AS snippet "
            f"FROM search WHERE {where} ORDER BY rank LIMIT ? OFFSET ?", params + (limit, offset))
        return total, [dict(r) for r in rows]

    def account_record(self, kind: str, ident: str) -> dict | None:
        row = self.db.execute("SELECT record FROM account WHERE kind = ? AND id = ?", (kind, ident)).fetchone()
        return json.loads(row[0]) if row else None

    def story_sections(self) -> Iterator[tuple[str, list[dict]]]:
        """Each stored story's id and sections ({doc, start, end}), without reading the rest of its
        record (framing, summary, key dates: most of its size)."""
        query = "SELECT id, json_extract(record, '$.sections') FROM account WHERE kind = 'story' ORDER BY rowid"
        for ident, sections in self.db.execute(query):
            yield ident, json.loads(sections)

    def account_page(self, kind: str, limit: int, offset: int) -> tuple[int, list[dict]]:
        total = self.db.execute("SELECT COUNT(*) FROM account WHERE kind = ?", (kind,)).fetchone()[0]
        rows = self.db.execute("SELECT record FROM account WHERE kind = ? ORDER BY rowid LIMIT ? OFFSET ?",
                               (kind, limit, offset))
        return total, [json.loads(r[0]) for r in rows]

    def stories_of_entity(self, entity_id: str) -> list[dict]:
        rows = self.db.execute(
            "SELECT a.record FROM account a, json_each(a.record, '$.entities') j "
            "WHERE a.kind = 'story' AND j.value = ? ORDER BY a.rowid", (entity_id,))
        return [json.loads(r[0]) for r in rows]

    def document_header(self, doc_id: str) -> dict | None:
        """A report's metadata without its text or annotations."""
        row = self.db.execute(f"SELECT {_HEADER} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return dict(row) if row else None

    def document_headers(self) -> list[dict]:
        return [dict(r) for r in self.db.execute(f"SELECT {_HEADER} FROM documents ORDER BY seq")]

    def sentence_starts(self, doc_id: str) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT start FROM sentences WHERE doc = ? ORDER BY idx", (doc_id,))]

    def account_is_current(self, version: str, settings: dict | None = None) -> bool:
        """Is the stored account of this version, over every stored report (and, where given,
        assembled with these settings)?"""
        meta = self.account_made_with(version, settings)
        return meta is not None and meta.get("documents") == self.document_count()

    def account_made_with(self, version: str, settings: dict | None = None) -> dict | None:
        """The stored account's meta (version, reports it was made from, settings) where it is of
        this version and (where given) was assembled with these settings; else None."""
        meta = self.account_meta()
        if not meta or meta.get("version") != version or settings is not None and meta.get("settings") != settings:
            return None
        return meta

    def account_meta(self) -> dict | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'account'").fetchone()
        return json.loads(row[0]) if row else None

    def account(self, kind: str, story: str | None = None) -> Iterator[dict]:
        query = "SELECT record FROM account WHERE kind = ?" + (" AND story = ?" if story else "") + " ORDER BY rowid"
        for (record,) in self.db.execute(query, (kind, story) if story else (kind,)):
            yield json.loads(record)

    def story_rows(self, story: str) -> Iterator[tuple[str, dict]]:
        """A stored story's own rows, as save_account takes them: the story, its claims, its
        timeline entries and the hash of its inputs (all read before any is given)."""
        query = ("SELECT kind, record FROM account WHERE (kind = 'story' AND id = ?) "
                 "OR (kind IN ('claim', 'timeline', ?) AND story = ?) ORDER BY rowid")
        return iter([(kind, json.loads(record)) for kind, record in self.db.execute(query, (story, INPUTS, story))])

    def stages_of(self) -> Iterator[tuple[str, str]]:
        """(id, per-document stage versions as JSON text) of every stored report."""
        yield from self.db.execute("SELECT id, stages FROM documents")

    def stage_counts(self) -> Counter:
        """How many stored reports recorded each set of per-document stage versions (JSON text)."""
        return Counter(dict(self.db.execute("SELECT stages, COUNT(*) FROM documents GROUP BY stages")))

    def document_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    # ---- reading -------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self.db.execute("SELECT key, value FROM meta ORDER BY key")}

    def counts(self) -> dict[str, int]:
        tables = ["documents", "sections", "sentences", "mentions", "timexes", "quotes"]
        counts = {t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
        for kind, n in self.db.execute("SELECT kind, COUNT(*) FROM account WHERE kind != ? GROUP BY kind ORDER BY kind",
                                       (INPUTS,)):
            counts[_ACCOUNT_COUNTS.get(kind, kind)] = n
        return counts

    def headline_counts(self) -> dict[str, int]:
        """Reports, quotes, actors and stories: the counts a front page shows, from indexes only."""
        one = lambda sql, *args: self.db.execute(sql, args).fetchone()[0]  # noqa: E731
        counts = {"documents": one("SELECT COUNT(*) FROM documents"), "quotes": one("SELECT COUNT(*) FROM quotes")}
        for kind, name in (("entity", "entities"), ("story", "stories"), ("claim", "claims")):
            counts[name] = one("SELECT COUNT(*) FROM account WHERE kind = ?", kind)
        return counts

    def section_counts(self) -> dict[str, int]:
        rows = self.db.execute("SELECT kind, COUNT(*) FROM sections GROUP BY kind ORDER BY kind")
        return {kind: n for kind, n in rows}

    def documents(self, *, quotes: bool = True) -> Iterator[Document]:
        """Every stored report in input order; `quotes=False` leaves each one's quotes out (the
        cross-document stage does not read them, and they are a third of a report's memory)."""
        for row in self.db.execute("SELECT * FROM documents ORDER BY seq"):
            yield self._load(row, quotes)

    def document(self, doc_id: str, *, quotes: bool = True) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return self._load(row, quotes) if row else None

    def corpus(self) -> "StoredCorpus":
        """The stored reports as the cross-document stage reads them (assemble.Corpus): in passes
        and a story at a time, without their quotes, never all in memory at once."""
        return StoredCorpus(self)

    def _rows(self, table: str, doc_id: str) -> list[sqlite3.Row]:
        return self.db.execute(f"SELECT * FROM {table} WHERE doc = ? ORDER BY idx", (doc_id,)).fetchall()

    def _load(self, r: sqlite3.Row, quotes: bool = True) -> Document:
        doc = Document(
            id=r["id"], path=r["path"], text=r["text"], format=r["format"], line=r["line"], title=r["title"], url=r["url"],
            outlet=r["outlet"], outlet_source=r["outlet_source"], published=r["published"],
            published_source=r["published_source"], authors=json.loads(r["authors"]),
            notes=json.loads(r["notes"]), stages=json.loads(r["stages"]),
        )
        i = doc.id
        doc.sections = [Section(s["kind"], s["start"], s["end"], s["published"], s["author"], s["title"])
                        for s in self._rows("sections", i)]
        doc.sentences = [Sentence(s["start"], s["end"]) for s in self._rows("sentences", i)]
        # a name and its label recur across reports: one string each, shared by every mention and
        # by the entity records made from them, not one per row read
        doc.mentions = [Mention(m["start"], m["end"], sys.intern(m["text"]), sys.intern(m["type"]), bool(m["in_comment"]),
                                m["role"], m["ref"])
                        for m in self._rows("mentions", i)]
        doc.timexes = [TimeExpression(t["start"], t["end"], t["text"], t["type"], t["value"], t["anchor"], t["mod"],
                                      t["tense"] or 0)
                       for t in self._rows("timexes", i)]
        if quotes:
            doc.quotes = self.quotes_of(i)
        return doc

    def quotes_spoken_by(self, entity_id: str, doc_ids: list[str]) -> list[tuple[str, int]]:
        """(doc, index) of the quotes in those reports whose speaker resolved to the entity (by the
        quote's resolved name, else its speaker text, as the export does), or that a joint source
        holding it spoke ("The EU and NATO said"), joined inside SQLite."""
        found = []
        for start in range(0, len(doc_ids), 500):
            chunk = doc_ids[start:start + 500]
            rows = self.db.execute(
                "SELECT q.doc, q.idx FROM quotes q "
                "LEFT JOIN account a ON a.kind = 'speaker' AND a.id = q.doc || char(9) || q.speaker_name "
                "LEFT JOIN account b ON b.kind = 'speaker' AND b.id = q.doc || char(9) || q.speaker_text "
                f"WHERE q.doc IN ({','.join('?' * len(chunk))}) "
                "AND (coalesce(json_extract(a.record, '$.entity'), json_extract(b.record, '$.entity')) = ? "
                "     OR EXISTS (SELECT 1 FROM json_each(coalesce(q.members, '[]')) m "
                "                JOIN account c ON c.kind = 'speaker' AND c.id = q.doc || char(9) || m.value "
                "                WHERE json_extract(c.record, '$.entity') = ?)) "
                "ORDER BY q.doc, q.idx", (*chunk, entity_id, entity_id))
            found += [(r[0], r[1]) for r in rows]
        return found

    def quotes_of(self, doc_id: str) -> list[Quote]:
        """A report's quotes alone (the actor page reads these, not whole reports)."""
        return [Quote(q["start"], q["end"], q["text"], q["kind"], None, q["speaker_text"],
                      q["speaker_start"], q["speaker_end"], q["cue"], q["cue_start"], q["cue_end"],
                      bool(q["in_comment"]), q["speaker_name"], q["speaker_type"], q["grp"],
                      json.loads(q["members"]) if q["members"] else [])
                for q in self._rows("quotes", doc_id)]


class StoredCorpus:
    """Store.corpus: every report in input order, as often as it is read; `get` a story's reports."""

    def __init__(self, store: Store):
        self.store = store

    def __iter__(self) -> Iterator[Document]:
        return self.store.documents(quotes=False)

    def get(self, ids: list[str]) -> list[Document]:
        docs = [self.store.document(i, quotes=False) for i in ids]
        missing = [i for i, d in zip(ids, docs) if d is None]
        if missing:
            raise KeyError(f"report(s) not in the store: {', '.join(missing)}")
        return docs
