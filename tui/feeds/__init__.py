"""Subscriptions: fetch RSS, Atom and JSON Feed over HTTP, refresh them into the store,
OPML in and out. UI-free: the CLI, the reader and the tests use the same functions."""
