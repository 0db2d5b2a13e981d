"""Paragraph search: analyzer, indexing, query language, ranking, highlighting."""
