"""A ZIP written the same way every time: entries sorted by name, stored (no compression,
whose bytes could change with the zlib version), a fixed date and fixed attributes. So
the same files give the same bytes, and a reader can rebuild an archive from its entries
to see whether a single byte of it was changed."""

from __future__ import annotations

import io
import zipfile

FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def write(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED
            info.create_system = 3  # the same on every operating system
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    return out.getvalue()


def read(data: bytes) -> dict[str, bytes]:
    """Every entry (``zipfile.BadZipFile`` when the archive or an entry's CRC is damaged)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}
