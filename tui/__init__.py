"""Parallax: a keyboard-driven terminal reader for multilingual news archives."""

__version__ = "0.1.0"
