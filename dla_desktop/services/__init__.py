"""Use cases: small ``fn(session, ...)`` functions that validate, write and return dataclasses.

The one API that the UI, the CLI and the tests use. Callers own the transaction
(``with database.transaction() as session:``), so a use case that fails half-way
leaves nothing behind.
"""
