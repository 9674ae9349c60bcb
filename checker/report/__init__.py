"""Reporters: they only render results, never decide them.

Every output format is a Reporter (results go in one at a time with `add`, the run's summary
comes back from `close`), made from the one table of formats below. A command lists the
formats it offers; the command line, the hook and the batch never choose a reporter themselves.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Protocol, TextIO

from checker.model import Result
from checker.report.summary import Summary


class Reporter(Protocol):
    summary: Summary  # its `warnings` carry messages about the input as a whole

    def add(self, result: Result) -> None: ...

    def close(self, **extra: Any) -> Summary: ...


@dataclass
class ReportSettings:
    """What a reporter may need besides the results."""

    out: TextIO  # where machine formats write
    console: Any = None  # rich.console.Console, for the formats people read
    show_personal_data: bool = False
    verbose: bool = False  # also list findings suppressed inline
    extra: dict = field(default_factory=dict)  # extra top-level JSON keys (the model in use)
    source: Any = None  # the CSV being checked (the csv format echoes its rows)
    stats: Any = None  # batch statistics (the batch's rich format)
    quiet: bool = False  # findings only: no summary line
    explain: bool = False  # check --explain: clauses in full and each rule's explanation


def _json(s: ReportSettings) -> Reporter:
    from checker.report.json_report import JsonReport

    return JsonReport(s.out, s.show_personal_data, extra=s.extra)


def _sarif(s: ReportSettings) -> Reporter:
    from checker.report.sarif import SarifReport

    return SarifReport(s.out, s.show_personal_data)


def _text(s: ReportSettings) -> Reporter:
    from checker.report.lines import LinesReport

    return LinesReport(s.out, s.show_personal_data, s.verbose, s.quiet)


def _rich(s: ReportSettings) -> Reporter:
    from checker.report.rich_report import RichStream

    return RichStream(s.console, s.show_personal_data, s.verbose)


def _draft(s: ReportSettings) -> Reporter:
    from checker.report.rich_report import DraftReport

    return DraftReport(s.console, s.show_personal_data, s.explain)


def _csv(s: ReportSettings) -> Reporter:
    from checker.report.csv_report import CsvReport

    return CsvReport(s.out, s.source, s.show_personal_data)


def _batch_rich(s: ReportSettings) -> Reporter:
    from checker.report.batch_report import BatchRichReport

    return BatchRichReport(s.console, s.show_personal_data, s.stats)


def _github(s: ReportSettings) -> Reporter:
    from checker.report.github import GithubReport

    return GithubReport(s.out, s.show_personal_data)


def _gitlab(s: ReportSettings) -> Reporter:
    from checker.report.gitlab import GitlabReport

    return GitlabReport(s.out, s.show_personal_data)


def _junit(s: ReportSettings) -> Reporter:
    from checker.report.junit import JunitReport

    return JunitReport(s.out, s.show_personal_data)


def _statistics(s: ReportSettings) -> Reporter:
    from checker.report.statistics import StatisticsReport

    return StatisticsReport(s.out)


def _statistics_json(s: ReportSettings) -> Reporter:
    from checker.report.statistics import StatisticsReport

    return StatisticsReport(s.out, as_json=True)


# format name -> (what it is, for --help; how to make it)
FORMATS: dict[str, tuple[str, Callable[[ReportSettings], Reporter]]] = {
    "rich": ("for people; the default on a terminal", _rich),
    "json": ("for machines (README, JSON output)", _json),
    "text": ("path:line:col lines, as linters print them", _text),
    "sarif": ("SARIF 2.1.0, for code-scanning dashboards", _sarif),
    "github": ("GitHub Actions annotations (workflow commands)", _github),
    "gitlab": ("GitLab Code Quality JSON", _gitlab),
    "junit": ("JUnit XML, for CI test reports", _junit),
    "csv": ("the input rows with a verdict and a findings column, for Excel", _csv),
    "rich-batch": ("a summary first, then each post to fix", _batch_rich),
    "rich-draft": ("the draft highlighted, then its findings", _draft),
    "statistics": ("--statistics: how many findings each rule made", _statistics),
    "statistics-json": ("--statistics --format json", _statistics_json),
}


def make(name: str, settings: ReportSettings) -> Reporter:
    """The reporter for a format, receiving only masked results unless --show-personal-data."""
    return masking(FORMATS[name][1](settings), settings.show_personal_data, settings.source)


def masking(reporter, show_personal_data: bool, source: Any = None):
    """The one place personal data is masked: `reporter` (any object with add) gets results whose
    personal values are masked everywhere they appear (checker.report.redact)."""
    if show_personal_data:
        return reporter
    from checker.report.redact import MaskedReporter

    return MaskedReporter(reporter, source)
