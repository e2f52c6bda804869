"""The guide knowledge the bot answers from: ``knowledge/guide.yaml``, one section per id.

Section ids are the team's (``bot.sources.GUIDE_SECTIONS``); the file must hold each exactly
once, with the same title, so answers and report ``sources`` always resolve. The file is read
on first use (``get_guide()``), never at import.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.sources import GUIDE_SECTIONS

GUIDE_FILE = "guide.yaml"


class GuideError(ValueError):
    """The guide file is invalid; ``line`` and ``field`` locate the problem."""

    def __init__(self, line: int, field: str, message: str) -> None:
        super().__init__(f"line {line}: {field}: {message}")
        self.line = line
        self.field = field
        self.message = message


class UnknownSectionError(KeyError):
    """A section id that the guide does not have."""


class GuideSource(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    publisher: str
    label: str
    kind: str


class GuideSection(BaseModel):
    """One section: a short summary and the points an answer can use, in our own words."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^guide:[a-z0-9_.]+$")
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    points: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)


class Guide(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    source: GuideSource
    sections: list[GuideSection]

    def section(self, section_id: str) -> GuideSection:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise UnknownSectionError(
            f"unknown guide section {section_id!r}; known: " + ", ".join(GUIDE_SECTIONS)
        )


def default_guide_path() -> Path:
    return Path(__file__).resolve().parents[1] / "knowledge" / GUIDE_FILE


def _section_lines(text: str) -> list[int]:
    """The 1-based line where each section starts (for error messages)."""
    root = yaml.compose(text)
    if root is None or not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "sections" and isinstance(value, yaml.SequenceNode):
            return [node.start_mark.line + 1 for node in value.value]
    return []


def load_guide(path: Path | None = None) -> Guide:
    """Read and validate a guide file (``GuideError`` with line and field on any problem)."""
    path = path or default_guide_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise GuideError(1, "file", f"cannot read {str(path)!r}: {error}") from None
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise GuideError(line, "yaml", str(getattr(error, "problem", error))) from None
    lines = _section_lines(text)
    try:
        guide = Guide.model_validate(data)
    except ValidationError as error:
        detail = error.errors()[0]
        loc = detail["loc"]
        line = 1
        if (
            len(loc) >= 2
            and loc[0] == "sections"
            and isinstance(loc[1], int)
            and loc[1] < len(lines)
        ):
            line = lines[loc[1]]
        field = ".".join(str(part) for part in loc) or "guide"
        raise GuideError(line, field, str(detail["msg"])) from None
    _check_ids(guide, lines)
    return guide


def _check_ids(guide: Guide, lines: list[int]) -> None:
    seen: set[str] = set()
    for index, section in enumerate(guide.sections):
        line = lines[index] if index < len(lines) else 1
        if section.id not in GUIDE_SECTIONS:
            raise GuideError(line, "id", f"unknown section id {section.id!r}")
        if section.id in seen:
            raise GuideError(line, "id", f"section {section.id!r} appears twice")
        seen.add(section.id)
        if section.title != GUIDE_SECTIONS[section.id]:
            raise GuideError(
                line, "title", f"expected {GUIDE_SECTIONS[section.id]!r} (bot.sources)"
            )
        for related in section.related:
            if related not in GUIDE_SECTIONS:
                raise GuideError(line, "related", f"unknown section id {related!r}")
    missing = [section_id for section_id in GUIDE_SECTIONS if section_id not in seen]
    if missing:
        raise GuideError(1, "sections", "missing section(s): " + ", ".join(missing))


@lru_cache(maxsize=1)
def get_guide() -> Guide:
    """The project's guide, read once on first use."""
    return load_guide()


def get_section(section_id: str) -> GuideSection:
    """One section of the project's guide (``UnknownSectionError`` for an unknown id)."""
    return get_guide().section(section_id)
