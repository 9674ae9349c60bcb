"""Reporters: they only render results, never decide them."""
