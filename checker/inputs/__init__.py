"""Readers that turn what users give (text, CSV exports, content files) into posts."""
