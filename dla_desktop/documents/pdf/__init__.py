"""PDF documents: house style (theme), page furniture (layout), charts, one module each."""
