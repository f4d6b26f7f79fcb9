"""The faces printed documents use: the official ones when the PC has them, else the free font we ship.

GB/T 9704 names four faces: 仿宋 for the body, 黑体 for 一、 headings, 楷体 for （一） headings and 小标宋 for
the title. Windows office PCs have simfang.ttf, simhei.ttf, simkai.ttf and simsun.ttc, which reportlab
loads and embeds (PLATFORM.md); 方正小标宋 is found too when an office installed it. Where a face is
missing, WenQuanYi Micro Hei (resources/fonts/wqy-microhei.ttc, Apache-2.0) stands in for every face:
it loads in reportlab, unlike the CFF-flavoured Noto CJK files, and it is embedded (as a subset) in
every PDF, unlike the built-in CID font STSong-Light.

A title face that is not a real 小标宋 is drawn emboldened (`FontSet.embolden_title`).
Set FAZHI_PDF_FONTS=free to ignore the installed faces (identical output on every PC).
"""

from __future__ import annotations

import logging
import os
import sys
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fazhi_desktop.paths import FONTS

log = logging.getLogger(__name__)

FREE_FONT_FILE = FONTS / "wqy-microhei.ttc"
FREE_FONT = "FazhiFree"

#: The official faces by role: file names (compared case-insensitively), best first.
OFFICIAL_FILES: dict[str, tuple[str, ...]] = {
    "fang": ("simfang.ttf", "fangsong.ttf", "仿宋_gb2312.ttf", "fs_gb2312.ttf"),
    "hei": ("simhei.ttf", "黑体.ttf"),
    "kai": ("simkai.ttf", "kaiti.ttf", "楷体_gb2312.ttf", "kaiti_gb2312.ttf"),
    "song": ("simsun.ttc", "simsun.ttf", "宋体.ttc"),
    "title": ("fzxbsjw.ttf", "方正小标宋简体.ttf", "fzxbsk.ttf", "fzxiaobiaosong-b05s.ttf"),
}
ROLES = tuple(OFFICIAL_FILES)
ROLE_NAMES = {
    "fang": "正文（仿宋）",
    "title": "标题（小标宋）",
    "hei": "一级标题（黑体）",
    "kai": "二级标题（楷体）",
    "song": "宋体",
}
FREE_FONT_LABEL = "文泉驿微米黑（随程序提供）"


@dataclass(frozen=True)
class FontSet:
    """The reportlab font name for each role, and whether the official faces were found."""

    fang: str
    hei: str
    kai: str
    song: str
    title: str
    #: True when the title face is not a real 小标宋 (draw it emboldened).
    embolden_title: bool
    #: The roles served by an installed official face (empty: the free font throughout).
    official: tuple[str, ...] = ()
    #: The file name of each role's official face, as (role, file name), for the description.
    files: tuple[tuple[str, str], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.fang, self.hei, self.kai, self.song, self.title)

    def description(self) -> str:
        """Which face each role printed with, in words: the PDF's properties and 设置 show it."""
        files = dict(self.files)
        parts = [f"{ROLE_NAMES[role]}：{files.get(role, FREE_FONT_LABEL)}" for role in ("fang", "hei", "kai")]
        title = files.get("title") or f"{files.get('song', FREE_FONT_LABEL)}加粗代替"
        return "；".join([parts[0], f"{ROLE_NAMES['title']}：{title}", *parts[1:]])


def font_folders() -> list[Path]:
    """Where installed fonts are looked for: Windows' folders, then the usual Linux and macOS ones."""
    folders: list[Path] = []
    extra = os.environ.get("FAZHI_FONT_DIRS", "")
    folders += [Path(p) for p in extra.split(os.pathsep) if p]
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        folders.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    else:
        home = Path.home()
        folders += [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            home / ".fonts",
            home / ".local" / "share" / "fonts",
            Path("/Library/Fonts"),
            home / "Library" / "Fonts",
        ]
    return folders


def find_official(folders: Iterable[Path]) -> dict[str, Path]:
    """The official face files found under `folders` (searched recursively), by role."""
    wanted = {name: role for role, names in OFFICIAL_FILES.items() for name in names}
    found: dict[str, tuple[int, Path]] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        try:
            paths = [p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".ttc")]
        except OSError:  # an unreadable folder somewhere below: use what was listed
            continue
        for path in paths:
            role = wanted.get(path.name.lower())
            if role is None:
                continue
            rank = OFFICIAL_FILES[role].index(path.name.lower())
            if role not in found or rank < found[role][0]:
                found[role] = (rank, path)
    return {role: path for role, (_rank, path) in found.items()}


def _register(name: str, path: Path) -> bool:
    """Register a TrueType file (index 0 of a collection) under `name`; False when reportlab cannot load it."""
    if name in pdfmetrics.getRegisteredFontNames():
        return True
    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
    except Exception as exc:  # a CFF-flavoured or damaged file: fall back to the free font
        log.warning("font %s (%s) cannot be used: %s", path, name, exc)
        return False
    return True


def register_free() -> str:
    """Register the shipped free font; the reportlab name."""
    if not FREE_FONT_FILE.exists():
        raise FileNotFoundError(
            f"缺少随程序提供的字体文件 {FREE_FONT_FILE}，无法生成 PDF。请重新安装本程序。"
        )
    if not _register(FREE_FONT, FREE_FONT_FILE):
        raise RuntimeError(f"the shipped font {FREE_FONT_FILE} cannot be loaded")
    return FREE_FONT


_cache: dict[tuple[str, ...], FontSet] = {}


def font_set(folders: Sequence[Path] | None = None) -> FontSet:
    """The faces for this PC: each official face found, the free font for the others (cached)."""
    free_only = os.environ.get("FAZHI_PDF_FONTS", "").strip().lower() == "free"
    searched = [] if free_only else list(folders if folders is not None else font_folders())
    key = tuple(str(f) for f in searched)
    if key in _cache:
        return _cache[key]
    free = register_free()
    names = dict.fromkeys(ROLES, free)
    official: list[str] = []
    files: list[tuple[str, str]] = []
    for role, path in find_official(searched).items():
        name = f"Fazhi-{role}-{zlib.crc32(str(path).encode()):08x}"
        if _register(name, path):
            names[role] = name
            official.append(role)
            files.append((role, path.name))
    embolden = "title" not in official
    if embolden:
        # No 小标宋: an emboldened 宋体 comes closest, else an emboldened free face.
        names["title"] = names["song"]
    fonts = FontSet(
        fang=names["fang"],
        hei=names["hei"],
        kai=names["kai"],
        song=names["song"],
        title=names["title"],
        embolden_title=embolden,
        official=tuple(sorted(official)),
        files=tuple(sorted(files)),
    )
    _cache[key] = fonts
    return fonts


def missing_characters(text: str, font_name: str) -> set[str]:
    """Characters of `text` the font has no glyph for (they would print as empty boxes)."""
    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    cmap = getattr(face, "charToGlyph", None)
    if cmap is None:
        return set()
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in cmap}
