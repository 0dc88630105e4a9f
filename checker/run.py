"""What one `crosscheck check` run produced, as the renderers see it.

The analysis (documents → findings) plus what the report says about the run itself: inputs, skipped files,
the rules used, the baseline and history comparison, and the data-quality gate. Every renderer (html, csv,
json, markdown, sarif, junit, github) is a function of a RunResult; adding one never touches the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checker import __version__
from checker.model import Finding, Skipped


@dataclass(frozen=True, slots=True)
class QualityResult:
    """One data-quality expectation checked on a table of the run (claims, findings)."""

    table: str
    expectation: str
    success: bool
    details: str = ""


@dataclass(frozen=True, slots=True)
class HistoryView:
    """The run compared with earlier runs in the run database."""

    previous_run: str = ""  # when the previous run happened ("" for the first run)
    new: frozenset[str] = frozenset()  # fingerprints not seen in the previous run
    resolved: tuple[dict[str, Any], ...] = ()  # findings of the previous run gone now: {fingerprint, rule, message}
    open_nights: dict[str, int] = field(default_factory=dict)  # fingerprint → consecutive runs it has been open
    trend: tuple[dict[str, Any], ...] = ()  # one per run, oldest first: {run, errors, warnings, info, by_source}


@dataclass(frozen=True, slots=True)
class BaselineView:
    """Findings matched against the accepted baseline and its waivers."""

    path: str = ""
    status: dict[str, str] = field(default_factory=dict)  # finding id (fingerprint#n) → "new" | "baselined" | "waived"
    expired: tuple[dict[str, Any], ...] = ()  # waivers past their expiry date
    unmatched: tuple[dict[str, Any], ...] = ()  # baseline entries no longer found


@dataclass(frozen=True, slots=True)
class RunResult:
    analysis: Any  # pipeline.Analysis
    rules: tuple
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[Skipped, ...] = ()
    inputs: tuple[str, ...] = ()
    generated: str = ""
    version: str = __version__
    ignored: tuple[str, ...] = ()
    history: HistoryView | None = None
    baseline: BaselineView | None = None
    quality: tuple[QualityResult, ...] = ()
    show: str = "info"  # lowest severity listed in reports
    fail_on: str = "error"
    report_url: str = ""  # where the HTML report will be published (links in SARIF and the markdown summary)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.analysis.findings

    def statuses(self) -> list[str]:
        """Per finding, in order: "new" / "baselined" / "waived" against the baseline when one is used;
        otherwise "new" / "old" against the previous run in the history ("new" when there is no history)."""
        from checker.baseline import occurrence_keys

        if self.baseline is not None:
            return [self.baseline.status.get(key, "new") for key in occurrence_keys(self.findings)]
        if self.history is not None and self.history.previous_run:
            return ["new" if f.fingerprint in self.history.new else "old" for f in self.findings]
        return ["new"] * len(self.findings)

    def gating(self) -> list[Finding]:
        """The findings that can fail the run: all of them, or only the new ones when a baseline is used."""
        if self.baseline is None:
            return list(self.findings)
        return [f for f, status in zip(self.findings, self.statuses(), strict=True) if status == "new"]
