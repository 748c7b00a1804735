"""Sharing a file between offices: consistent copies, backups, outside changes (no Qt)."""
