"""The checks: one module each. Every module here is loaded by checker.registry."""
