"""Raw originals: the bytes each article was imported from, kept compressed.

A batch's originals are compressed together into one block (a JSON line or a feed entry
is a few hundred bytes, too little for a compressor to find repetition in; a block of a
thousand finds plenty); a row points into its block. A lone article is compressed on its
own. Rows are deduplicated by their SHA-256.
"""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

from tui.store.codec import pack, unpack


class RawDocuments:
    """Mixed into `Store`; relies on its connection."""

    _conn: sqlite3.Connection

    def _raw_id(self, raw: bytes, fmt: str) -> int | None:
        """The row holding `raw` (stored as it is until the batch is packed)."""
        if not raw:
            return None
        digest = hashlib.sha256(raw).hexdigest()
        row = self._conn.execute(
            "SELECT id FROM raw_documents WHERE sha256 = ?", (digest,)
        ).fetchone()
        if row:
            return row[0]
        cur = self._conn.execute(
            "INSERT INTO raw_documents(sha256, format, data, codec) VALUES (?, ?, ?, '')",
            (digest, fmt, raw),
        )
        return cur.lastrowid

    def _pack_raw(self) -> None:
        """Compress every raw row not yet compressed (inside the batch's transaction):
        many into one block, a single one on its own."""
        rows = self._conn.execute(
            "SELECT id, data FROM raw_documents WHERE block_id IS NULL AND codec = ''"
        ).fetchall()
        if len(rows) == 1:
            codec, stored = pack(bytes(rows[0][1]))
            self._conn.execute(
                "UPDATE raw_documents SET data = ?, codec = ? WHERE id = ?",
                (stored, codec, rows[0][0]),
            )
        if len(rows) < 2:
            return
        parts = [bytes(r[1]) for r in rows]
        cur = self._conn.execute(
            "INSERT INTO raw_blocks(codec, data) VALUES (?, ?)", pack(b"".join(parts))
        )
        offset, updates = 0, []
        for (row_id, _), part in zip(rows, parts, strict=True):
            updates.append((cur.lastrowid, offset, len(part), row_id))
            offset += len(part)
        self._conn.executemany(
            "UPDATE raw_documents SET data = x'', codec = 'block', block_id = ?, "
            "block_offset = ?, block_length = ? WHERE id = ?",
            updates,
        )

    def _raw_bytes(self, row: Any) -> bytes:
        """The original bytes of a raw_documents row (codec, data, block_id, offset, len)."""
        codec, data, block_id, offset, length = row
        if codec != "block":
            return unpack(codec, bytes(data))
        block = self._conn.execute(
            "SELECT codec, data FROM raw_blocks WHERE id = ?", (block_id,)
        ).fetchone()
        return unpack(block[0], bytes(block[1]))[offset : offset + length]
