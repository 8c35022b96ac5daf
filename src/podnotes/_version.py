"""The version, in one place: the build reads it from here (pyproject.toml), and
``import podnotes`` does not pay for importlib.metadata to learn it."""

__version__ = "0.1.0.dev0"
