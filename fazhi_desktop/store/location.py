"""Where a database file may live: SQLite's locking is not safe on a network share."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# File systems whose locking SQLite cannot rely on (Linux names as /proc/mounts spells them).
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "ncpfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
        "davfs",
        "fuse.davfs2",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
    }
)


def mount_fs_type(path: Path, mounts_text: str) -> str | None:
    """The file-system type of the longest mount point in `mounts_text` (/proc/mounts) holding `path`."""
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fields[2])
    return best[1] if best else None


def is_network_path(path: Path, *, mounts_text: str | None = None, platform: str = sys.platform) -> bool:
    """True when `path` lies on a network share (a UNC path, a mapped network drive, an NFS/SMB mount)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if platform == "win32":
        return _windows_drive_is_remote(text)
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    fs_type = mount_fs_type(Path(os.path.abspath(text)), mounts_text)
    return fs_type in NETWORK_FILESYSTEMS


def _windows_drive_is_remote(text: str) -> bool:
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(text))[0]
    if not drive:
        return False
    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(drive + "\\") == drive_remote)
