"""Configuration: `[tool.crosscheck]` in pyproject.toml or a crosscheck.toml; CLI flags override it.

Unknown keys are an error naming the key and the file, so a typo never switches a setting off silently.
Paths in a config file are relative to the file's folder.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from checker.errors import ConfigError

LEVELS = ("error", "warning", "info", "never")


@dataclass(frozen=True, slots=True)
class Config:
    """Settings for `crosscheck check`; None means "not set here" so the CLI can layer its flags on top."""

    paths: tuple[str, ...] = ()
    out: str | None = None
    format: tuple[str, ...] | None = None
    fail_on: str | None = None
    show: str | None = None
    workers: int | None = None
    rules: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    params: dict[str, dict[str, Any]] = field(default_factory=dict)
    reference: str | None = None
    baseline: str | None = None
    history: str | bool | None = None
    archive: bool | None = None
    keep: int | None = None
    quality: bool | None = None
    cache: bool | None = None
    engine: str | None = None
    scheduler: str | None = None
    max_file_bytes: int | None = None  # larger input files are skipped unread
    max_article_chars: int | None = None  # longer articles are cut at a paragraph or sentence near it
    stories: str | None = None  # "folder": each folder of articles is one story (see ingest.read_corpus)
    default_published: str | date | None = None  # the publication date of articles that give none
    source: str = ""  # where the settings came from


_TYPES: dict[str, tuple[type, ...]] = {
    "paths": (list, str),
    "out": (str,),
    "format": (list, str),
    "fail_on": (str,),
    "show": (str,),
    "workers": (int,),
    "rules": (list, str),
    "enable": (list,),
    "disable": (list,),
    "severity": (dict,),
    "params": (dict,),
    "reference": (str,),
    "baseline": (str,),
    "history": (str, bool),
    "archive": (bool,),
    "keep": (int,),
    "quality": (bool,),
    "cache": (bool,),
    "engine": (str,),
    "scheduler": (str,),
    "max_file_bytes": (int,),
    "max_article_chars": (int,),
    "stories": (str,),
    "default_published": (str, date),
}
_PATH_KEYS = ("out", "reference", "baseline")


def find_config(start: Path | None = None) -> Path | None:
    """crosscheck.toml in the folder, else a pyproject.toml there that has a [tool.crosscheck] table."""
    folder = (start or Path.cwd()).resolve()
    candidate = folder / "crosscheck.toml"
    if candidate.is_file():
        return candidate
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            return None
        if "crosscheck" in data.get("tool", {}):
            return pyproject
    return None


def load_config(path: str | Path | None) -> Config:
    """Read a config file (or return the empty config for None)."""
    if path is None:
        return Config()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    where = str(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("crosscheck")
        where = f"[tool.crosscheck] of {path}"
        if data is None:
            raise ConfigError(f"{path}: no [tool.crosscheck] table")
    elif "crosscheck" in data and len(data) == 1 and isinstance(data["crosscheck"], dict):
        data = data["crosscheck"]
    return parse_config(data, where, path.parent)


def parse_config(data: dict[str, Any], where: str, base: Path) -> Config:
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = key.replace("-", "_")
        if name not in _TYPES:
            raise ConfigError(f"unknown key {key!r} in {where} (known: {', '.join(sorted(_TYPES))})")
        if not isinstance(value, _TYPES[name]) or (isinstance(value, bool) and bool not in _TYPES[name]):
            kinds = " or ".join(t.__name__ for t in _TYPES[name])
            raise ConfigError(f"{key!r} in {where} must be {kinds}, not {type(value).__name__}")
        values[name] = value
    for name in ("paths", "rules", "format"):
        if isinstance(values.get(name), str):
            values[name] = [s.strip() for s in values[name].split(",") if s.strip()]
    for name in ("paths", "rules", "format", "enable", "disable"):
        strange = [v for v in values.get(name, ()) if not isinstance(v, str)]
        if strange:
            raise ConfigError(f"{name} in {where} must list strings, not {strange[0]!r}")
    for name in ("fail_on", "show"):
        if name in values and values[name] not in LEVELS:
            raise ConfigError(f"{name} = {values[name]!r} in {where}: choose from {', '.join(LEVELS)}")
    for rule, level in values.get("severity", {}).items():
        if level not in LEVELS[:3]:
            raise ConfigError(f"severity of {rule} = {level!r} in {where}: choose error, warning or info")
    for rule, params in values.get("params", {}).items():
        if not isinstance(params, dict):
            raise ConfigError(f"params.{rule} in {where} must be a table")
    for name in ("max_file_bytes", "max_article_chars"):
        if name in values and values[name] < 1:
            raise ConfigError(f"{name} = {values[name]} in {where}: must be at least 1")
    if values.get("stories") not in (None, "none", "folder"):
        raise ConfigError(f"stories = {values['stories']!r} in {where}: choose none or folder")
    if values.get("engine") not in (None, "local", "dask"):
        raise ConfigError(f"engine = {values['engine']!r} in {where}: choose local or dask")

    def resolve(p: str) -> str:
        return str(p) if Path(p).is_absolute() else str(base / p)

    for name in ("paths", "rules"):
        if name in values:
            values[name] = tuple(resolve(p) for p in values[name])
    for name in _PATH_KEYS:
        if name in values:
            values[name] = resolve(values[name])
    if isinstance(values.get("history"), str):
        values["history"] = resolve(values["history"])
    for name in ("format", "enable", "disable"):
        if name in values:
            values[name] = tuple(values[name])
    return Config(**values, source=where)
