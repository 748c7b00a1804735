"""Files made from domain dataclasses: PDF documents, spreadsheets. No session, no Qt."""
