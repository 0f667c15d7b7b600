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

PENDING = "pending"  # a row whose bytes are still in memory, until its batch is packed


class RawDocuments:
    """Mixed into `Store`; relies on its connection."""

    _conn: sqlite3.Connection

    def _raw_id(self, raw: bytes, fmt: str) -> int | None:
        """The row that holds (or, once the batch is packed, will hold) `raw`."""
        if not raw:
            return None
        digest = hashlib.sha256(raw).hexdigest()
        row = self._conn.execute(
            "SELECT id FROM raw_documents WHERE sha256 = ?", (digest,)
        ).fetchone()
        if row:
            return row[0]
        # The bytes wait in memory until the batch is packed: written once, compressed.
        cur = self._conn.execute(
            "INSERT INTO raw_documents(sha256, format, data, codec) VALUES (?, ?, x'', ?)",
            (digest, fmt, PENDING),
        )
        assert cur.lastrowid is not None
        self._unpacked_raw()[cur.lastrowid] = raw
        return cur.lastrowid

    def _unpacked_raw(self) -> dict[int, bytes]:
        if not hasattr(self, "_raw_waiting"):
            self._raw_waiting: dict[int, bytes] = {}
        return self._raw_waiting

    def _pack_raw(self) -> None:
        """Write this transaction's raw originals, compressed (inside the transaction):
        many into one block, a single one on its own."""
        waiting = self._unpacked_raw()
        if len(waiting) == 1:
            (row_id, raw), = waiting.items()
            codec, stored = pack(raw)
            self._conn.execute(
                "UPDATE raw_documents SET data = ?, codec = ? WHERE id = ?",
                (stored, codec, row_id),
            )
        elif waiting:
            cur = self._conn.execute(
                "INSERT INTO raw_blocks(codec, data) VALUES (?, ?)",
                pack(b"".join(waiting.values())),
            )
            offset, updates = 0, []
            for row_id, raw in waiting.items():
                updates.append((cur.lastrowid, offset, len(raw), row_id))
                offset += len(raw)
            self._conn.executemany(
                "UPDATE raw_documents SET codec = 'block', block_id = ?, block_offset = ?, "
                "block_length = ? WHERE id = ?",
                updates,
            )
        waiting.clear()

    def _drop_unpacked_raw(self) -> None:
        """The transaction rolled back: its raw rows are gone, so are their bytes."""
        self._unpacked_raw().clear()

    def _raw_bytes(self, row: Any) -> bytes:
        """The original bytes of a raw_documents row (codec, data, block_id, offset, len)."""
        codec, data, block_id, offset, length = row
        if codec != "block":
            return unpack(codec, bytes(data))
        block = self._conn.execute(
            "SELECT codec, data FROM raw_blocks WHERE id = ?", (block_id,)
        ).fetchone()
        return unpack(block[0], bytes(block[1]))[offset : offset + length]
