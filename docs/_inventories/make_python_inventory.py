"""Write python.inv: the few Python objects these docs link to, for offline builds.

Run:  python docs/_inventories/make_python_inventory.py
"""

from __future__ import annotations

import zlib
from pathlib import Path

OBJECTS = [
    ("datetime.datetime", "py:class", "library/datetime.html#datetime.datetime"),
    ("datetime.timedelta", "py:class", "library/datetime.html#datetime.timedelta"),
    ("datetime.timezone", "py:class", "library/datetime.html#datetime.timezone"),
    ("os.PathLike", "py:class", "library/os.html#os.PathLike"),
    ("pathlib.Path", "py:class", "library/pathlib.html#pathlib.Path"),
    ("typing.IO", "py:class", "library/typing.html#typing.IO"),
    ("ValueError", "py:exception", "library/exceptions.html#ValueError"),
    ("Exception", "py:exception", "library/exceptions.html#Exception"),
    ("str", "py:class", "library/stdtypes.html#str"),
    ("bytes", "py:class", "library/stdtypes.html#bytes"),
    ("int", "py:class", "library/functions.html#int"),
    ("float", "py:class", "library/functions.html#float"),
    ("bool", "py:class", "library/functions.html#bool"),
    ("tuple", "py:class", "library/stdtypes.html#tuple"),
    ("type", "py:class", "library/functions.html#type"),
    ("bytearray", "py:class", "library/stdtypes.html#bytearray"),
    ("memoryview", "py:class", "library/stdtypes.html#memoryview"),
    (
        "collections.abc.Iterable",
        "py:class",
        "library/collections.abc.html#collections.abc.Iterable",
    ),
    (
        "collections.abc.Iterator",
        "py:class",
        "library/collections.abc.html#collections.abc.Iterator",
    ),
    (
        "collections.abc.Sequence",
        "py:class",
        "library/collections.abc.html#collections.abc.Sequence",
    ),
    ("typing.Any", "py:data", "library/typing.html#typing.Any"),
    (
        "concurrent.futures.ProcessPoolExecutor",
        "py:class",
        "library/concurrent.futures.html#concurrent.futures.ProcessPoolExecutor",
    ),
]


def main() -> None:
    header = (
        b"# Sphinx inventory version 2\n# Project: Python\n# Version: 3\n"
        b"# The remainder of this file is compressed using zlib.\n"
    )
    body = "".join(f"{name} {role} 1 {uri} -\n" for name, role, uri in OBJECTS).encode()
    Path(__file__).with_name("python.inv").write_bytes(header + zlib.compress(body))


if __name__ == "__main__":
    main()
