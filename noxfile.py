"""The quick tests on every Python podnotes supports: ``nox`` (``nox -s tests-3.12`` for one).

Each session installs podnotes with its test extra, as a user's pip would (not editable),
into a fresh virtual environment, and runs ``pytest -m "not slow"``; the full suite runs
once, in the main environment (``.ci/run``). Each Python must be on PATH as ``python3.10``,
``python3.11``, ...; with pyenv, name them all: ``PYENV_VERSION=3.11.7:3.10.13:... nox``.
"""

from __future__ import annotations

import nox

# The versions podnotes supports: keep the classifiers in pyproject.toml in step.
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]

nox.options.error_on_missing_interpreters = True  # a Python not found fails, never skips
nox.options.sessions = ["tests"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    session.install(".[test]")
    session.run("python", "-m", "pytest", "-m", "not slow", "-q", *session.posargs)
