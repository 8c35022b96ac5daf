"""Development scripts: measuring, fitting and building package data (not shipped)."""
