"""The `postcheck` command line."""
from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from checker import __version__, usage
from checker.config import FAIL_ON, Config, discover
from checker.errors import UsageError
from checker.inputs.files import read_text_file, require_text
from checker.model import Post, Result, severity_rank
from checker.pipeline import Pipeline
from checker.report import ReportSettings, Reporter, make
from checker.report.summary import Summary
from checker.when import parse_at_option

class HelpWithoutType:
    """A flag takes no value: --help shows no `<bool>` type beside it, nor beside -h/--help."""

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.metavar = ""
        return option

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            if getattr(param, "is_flag", False) and param.metavar is None:
                param.metavar = ""
        return params


class Command(HelpWithoutType, typer.core.TyperCommand):
    pass


class Group(HelpWithoutType, typer.core.TyperGroup):
    pass


app = typer.Typer(
    name="postcheck",
    cls=Group,
    help=(
        "Check council social media drafts against the council's social media policy before "
        "they go out. Each finding names the policy clause it breaks and what to write instead.\n\n"
        "Examples:\n\n"
        "  postcheck check \"Bins are collected on Monday\"\n\n"
        "  postcheck check --file draft.txt --at \"20/04/2026 10:00\"\n\n"
        "  postcheck batch schedule.csv\n\n"
        "  postcheck rules"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FormatOption = Annotated[
    Optional[str],
    typer.Option("--format", "-f", help="rich (for people; the default on a terminal), json (for machines: README, JSON output), or for CI sarif, github, gitlab or junit."),
]
ConfigOption = Annotated[
    Optional[Path],
    typer.Option("--config", metavar="PATH", help="A TOML config. Default: the closest postcheck.toml, or pyproject.toml with a \\[tool.postcheck] table, from this folder up to the repository's root."),
]
FailOnOption = Annotated[
    Optional[str],
    typer.Option("--fail-on", help="Lowest severity that makes the exit code 1: error (default), warning or never."),
]
DefaultFailOnOption = Annotated[
    Optional[str],
    typer.Option("--default-fail-on", metavar="LEVEL", help="The --fail-on to use when neither --fail-on nor the config sets one (default: error). The pre-commit hook passes warning: pre-commit hides the output of a hook that passes."),
]
SelectOption = Annotated[
    Optional[list[str]],
    typer.Option("--select", metavar="IDS", help="Only these checks or rules report, e.g. endorsement or endorsement.offer (comma-separated or repeated; ALL for every rule). Replaces the config's select."),
]
ExtendSelectOption = Annotated[
    Optional[list[str]],
    typer.Option("--extend-select", metavar="IDS", help="Checks or rules added to those selected (by --select or the config)."),
]
IgnoreOption = Annotated[
    Optional[list[str]],
    typer.Option("--ignore", metavar="IDS", help="Checks or rules that never report, added to the config's ignore. The more specific of --select and --ignore wins."),
]
StatisticsOption = Annotated[
    bool,
    typer.Option("--statistics", metavar="", help="Print how many findings each rule made instead of the findings."),
]
QuietOption = Annotated[
    bool,
    typer.Option("--quiet", "-q", metavar="", help="Print the findings only: no summary line, no notes about the input on standard error."),
]
ShowPersonalOption = Annotated[
    bool,
    typer.Option("--show-personal-data", metavar="", help="Show personal data found in posts instead of masking it. Reports often end up in logs: think first."),
]


def version_callback(value: bool) -> None:
    if value:
        print(f"postcheck {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", "-V", metavar="", callback=version_callback, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """Check council social media drafts against the council's social media policy."""


class Run:
    """What every command shares: the config, the output format, and the exit code rule."""

    def __init__(self, config: Path | None, fmt: str | None, fail_on: str | None, formats: dict[str, str],
                 default_fail_on: str = "error", *, select: list[str] | None = None, extend_select: list[str] | None = None,
                 ignore: list[str] | None = None, statistics: bool = False, quiet: bool = False):
        """`formats`: the --format names this command offers, each with its reporter (checker.report.FORMATS)."""
        self.config: Config = discover(str(config) if config else None)
        self.config.command_line(select, extend_select, ignore)
        self.statistics = statistics
        self.quiet = quiet
        default = "rich" if sys.stdout.isatty() else next(iter(formats))
        self.format = (fmt or default).lower()
        if self.format not in formats:
            raise UsageError(f"--format: {fmt!r} is not one of {', '.join(formats)}")
        self.formats = formats
        self.fail_on = (fail_on or self.config.fail_on or default_fail_on).lower()
        if self.fail_on not in FAIL_ON:
            raise UsageError(f"--fail-on: {fail_on!r} is not one of {', '.join(FAIL_ON)}")

    def reporter(self, settings: ReportSettings) -> Reporter:
        settings.quiet = self.quiet
        if self.statistics:
            return make("statistics-json" if self.format == "json" else "statistics", settings)
        return make(self.formats[self.format], settings)

    def exit_code(self, summary: Summary) -> int:
        if summary.problems:
            return 1 if self.fail_on != "never" else 0
        if self.fail_on == "never":
            return 0
        return 1 if summary.worst >= severity_rank(self.fail_on) else 0


# Formats for CI systems: each can report a file that cannot be read without losing the report.
CI_FORMATS = {"sarif": "sarif", "github": "github", "gitlab": "gitlab", "junit": "junit"}


def console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def model_description(pipeline: Pipeline) -> str | None:
    if not pipeline.needs_nlp:
        return None
    return pipeline.model.describe()


@app.command(cls=Command)
def check(
    text: Annotated[Optional[str], typer.Argument(help="The draft, in quotes. Use - to read it from standard input.", show_default=False)] = None,
    file: Annotated[Optional[Path], typer.Option("--file", help="Read the draft from a UTF-8 text file.")] = None,
    at: Annotated[Optional[str], typer.Option("--at", help="When the post is scheduled, e.g. 2026-04-20T10:00 or '20/04/2026 10:00' (UK day-first). Default: now.")] = None,
    fix: Annotated[bool, typer.Option("--fix", metavar="", help="Print the draft with the unambiguous fixes applied (British spellings, known misspellings, text language). Never changes a file.")] = False,
    fmt: FormatOption = None,
    config: ConfigOption = None,
    fail_on: FailOnOption = None,
    show_personal_data: ShowPersonalOption = False,
    select: SelectOption = None,
    extend_select: ExtendSelectOption = None,
    ignore: IgnoreOption = None,
    statistics: StatisticsOption = False,
    quiet: QuietOption = False,
    platform: Annotated[Optional[str], typer.Option("--platform", help="Where the post is going, e.g. x, bluesky, instagram or 'x, facebook': turns on the length limits.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Also print the policy clauses in full and why each rule matters (rich format).")] = False,
) -> int:
    """Check one draft, given as an argument, on standard input (-) or in a file (--file).

    Exit code 0 when nothing at or above --fail-on was found, 1 when something was, 2 when the
    draft or the options could not be used.
    """
    run = Run(config, fmt, fail_on, {"rich": "rich-draft", "json": "json", **CI_FORMATS},
              select=select, extend_select=extend_select, ignore=ignore, statistics=statistics, quiet=quiet)
    when = parse_at_option(at)
    if file is not None and text is not None:
        raise UsageError("give the draft either as TEXT or with --file, not both")
    if file is not None:
        draft, source = read_text_file(file), str(file)
    elif text == "-":
        data = sys.stdin.buffer.read()
        from checker.inputs.files import decode_text

        draft, source = decode_text(data, "<stdin>"), "<stdin>"
    elif text is not None:
        draft, source = text, "<arg>"
    else:
        raise UsageError("no draft given: postcheck check \"TEXT\", postcheck check - (standard input) or postcheck check --file PATH")
    draft = require_text(draft, source)  # cleaned: lone surrogates and NUL replaced, said on stderr
    post = Post(text=draft.rstrip("\n") if source != "<arg>" else draft, scheduled=when, source=source, id="1")
    if file is not None and file.suffix.lower() == ".txt":
        # a .txt draft may hold suppression lines, read as the hook reads them
        from checker.inputs.content_files import read_plain

        read = read_plain(file, draft)
        if isinstance(read, Result):
            raise UsageError(f"{source}: {read.problem}")
        post.text, post.first_line = read.text, read.first_line
        post.meta.update(read.meta)
    if platform:
        from checker.platforms import check_platform_option

        post.meta["platform"] = check_platform_option(platform)
    pipeline = Pipeline(run.config, now=when)
    result = pipeline.check(post)

    if fix:
        from checker.fix import apply_fixes, report_unfixed

        sys.stdout.write(apply_fixes(result) + "\n")
        summary = Summary()
        summary.add(report_unfixed(result, sys.stderr, show_personal_data))  # the exit code is about what is left
        return run.exit_code(summary)
    report = run.reporter(ReportSettings(sys.stdout, console(), show_personal_data, extra=model_extra(pipeline), explain=explain))
    report.add(result)
    summary = report.close()
    described = model_description(pipeline)
    if run.format == "rich" and not run.quiet and not run.statistics and described and (result.findings or pipeline.model.degraded):
        console().print(described, style="yellow" if pipeline.model.degraded else "dim")
    return run.exit_code(summary)


def model_extra(pipeline: Pipeline) -> dict:
    return {"model": pipeline.model.name} if pipeline.needs_nlp else {}


@app.command(cls=Command)
def batch(
    csv_file: Annotated[Path, typer.Argument(metavar="FILE.csv", help="A CSV of scheduled posts: the generic layout (text/message/post/content/body column; scheduled/date column; id column) or a Hootsuite, Buffer, Sprout Social or Meta Business Suite export.")],
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="rich (for people; the default on a terminal), json (for machines: README, JSON output), csv (the input rows with a verdict and a findings column added, for Excel), sarif, github, gitlab or junit (for CI).")] = None,
    config: ConfigOption = None,
    fail_on: FailOnOption = None,
    show_personal_data: ShowPersonalOption = False,
    select: SelectOption = None,
    extend_select: ExtendSelectOption = None,
    ignore: IgnoreOption = None,
    statistics: StatisticsOption = False,
    quiet: QuietOption = False,
    month_first: Annotated[bool, typer.Option("--month-first", metavar="", help="Read dates such as 04/05/2026 as month first (US). Default: one order per file, from the dates that can only be read one way; day first (UK) when nothing says otherwise.")] = False,
    day_first: Annotated[bool, typer.Option("--day-first", metavar="", help="Read dates such as 04/05/2026 as day first (UK), whatever the file holds.")] = False,
    layout: Annotated[Optional[str], typer.Option("--layout", help="The file's layout: generic, hootsuite (no header: date, message, link), buffer, sprout, meta, socialbee, highlevel, ayrshare, postfast, publer, postpickr (no header) or postcron. Default: detected.")] = None,
    text_column: Annotated[Optional[str], typer.Option("--text-column", help="The column holding the post: a header name or a column number (1 = first).")] = None,
    date_column: Annotated[Optional[str], typer.Option("--date-column", help="The column holding the scheduled date and time: a name or a number.")] = None,
    id_column: Annotated[Optional[str], typer.Option("--id-column", help="The column holding each post's id: a name or a number. Default: the row number.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the json or csv report to this file instead of standard output (never the input file).")] = None,
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write a self-contained HTML report to this file, for reading in a browser.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes checking posts in parallel (each loads the spaCy model once). Default: 1.")] = 1,
) -> int:
    """Check every row of a CSV of scheduled posts, each judged at its scheduled time.

    Exit code 0 when nothing at or above --fail-on was found, 1 when something was (or a row
    could not be read), 2 when the file or the options could not be used.
    """
    run = Run(config, fmt, fail_on, {"rich": "rich-batch", "json": "json", "csv": "csv", **CI_FORMATS},
              select=select, extend_select=extend_select, ignore=ignore, statistics=statistics, quiet=quiet)
    from checker.batch_run import batch_results, check_output_paths, jobs_option, open_output, progress_over
    from checker.inputs.csv_posts import CsvPosts
    from checker.report.batch_report import BatchStats

    check_output_paths(csv_file, output, html, run.format, run.config.path)
    jobs = jobs_option(jobs)
    from checker.inputs.notes import InputNotes, print_warnings
    from checker.when import order_option

    notes = InputNotes()
    dayfirst = order_option(day_first, month_first)
    try:
        source = CsvPosts(csv_file, dayfirst=dayfirst, layout=layout, text_column=text_column,
                          date_column=date_column, id_column=id_column, keep_rows=run.format == "csv", notes=notes)
    except UsageError as error:
        if run.format not in CI_FORMATS or run.statistics:
            raise
        # a CI report names the file it could not read, so the upload step still gets one
        out = open_output(output, run.format)
        try:
            report = run.reporter(ReportSettings(out, console(), show_personal_data))
            report.file_error(str(csv_file), str(error))
            report.close()
            if out is not sys.stdout:
                out.commit()
        finally:
            if out is not sys.stdout:
                out.close()
        raise
    results, model_name = batch_results(run.config, source, jobs)
    results = progress_over(results, source)
    stats = BatchStats()
    stats.summary.warnings = notes.messages  # the reader adds to it as it goes (summary.warnings)
    html_report = None
    if html is not None:
        from checker.report import masking
        from checker.report.html_report import HtmlReport

        html_report = masking(HtmlReport(html, str(csv_file), show_personal_data), show_personal_data)
    out = sys.stdout if run.format == "rich" else open_output(output, run.format)
    try:
        report = run.reporter(ReportSettings(out, console(), show_personal_data, source=source, stats=stats))
        report.summary.warnings = notes.messages
        for result in results:
            if run.format != "rich":
                stats.add(result)  # the rich report counts them itself
            if html_report:
                html_report.add(result, result.period)
            report.add(result)
        name = model_name()
        summary = report.close(**({"model": name} if name and run.format == "json" else {}))
        if out is not sys.stdout:
            out.commit()  # only now does the report replace what was at --output
    finally:
        if out is not sys.stdout:
            out.close()  # after a failure: discarded, the previous report left as it was
    if html_report:
        html_report.close(stats, model_name())
    if not run.quiet:
        print_warnings(notes)
    return run.exit_code(summary)


@app.command(cls=Command)
def hook(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Files to check: .txt drafts, .md drafts with optional YAML front matter, .csv schedules. Other files are skipped; a folder stands for the files of those types inside it.")],
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="text (path:line:col lines; the default when not on a terminal), rich, json, sarif (SARIF 2.1.0 for code-scanning dashboards), github (Actions annotations), gitlab (Code Quality JSON) or junit (JUnit XML).")] = None,
    config: ConfigOption = None,
    fail_on: FailOnOption = None,
    default_fail_on: DefaultFailOnOption = None,
    show_personal_data: ShowPersonalOption = False,
    select: SelectOption = None,
    extend_select: ExtendSelectOption = None,
    ignore: IgnoreOption = None,
    statistics: StatisticsOption = False,
    quiet: QuietOption = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", metavar="", help="Also list findings suppressed inline, with their reasons.")] = False,
    platform: Annotated[Optional[str], typer.Option("--platform", help="Platform(s) for posts whose file names none, e.g. x or 'x, facebook': turns on the length limits.")] = None,
    month_first: Annotated[bool, typer.Option("--month-first", metavar="", help="Read dates such as 04/05/2026 as month first (US). Default: one order per file, day first (UK) when nothing says otherwise.")] = False,
    day_first: Annotated[bool, typer.Option("--day-first", metavar="", help="Read dates such as 04/05/2026 as day first (UK), whatever the file holds.")] = False,
) -> int:
    """Pre-commit entry point: check each file named, all in one process (one model load).

    Exit code 0 when nothing at or above --fail-on was found, 1 when something was, 2 when a
    file could not be read (binary, not UTF-8, bad front matter or CSV).
    """
    # pre-commit shows a hook's output only when it fails, so .pre-commit-hooks.yaml passes
    # --default-fail-on warning: warnings block unless --fail-on (args) or the config lowers it.
    if default_fail_on is not None and default_fail_on.lower() not in FAIL_ON:
        raise UsageError(f"--default-fail-on: {default_fail_on!r} is not one of {', '.join(FAIL_ON)}")
    run = Run(config, fmt, fail_on, {"text": "text", "rich": "rich", "json": "json", **CI_FORMATS},
              default_fail_on=(default_fail_on or "error").lower(), select=select, extend_select=extend_select, ignore=ignore,
              statistics=statistics, quiet=quiet)
    from checker.inputs.content_files import read_content_files

    if platform:
        from checker.platforms import check_platform_option

        check_platform_option(platform)
    # Every file is read before anything is printed, so an unreadable one stops the run with
    # exit 2 and one line naming it, not half a report.
    from checker.inputs.notes import InputNotes, print_warnings
    from checker.when import order_option

    notes = InputNotes()
    # CI formats report a file that cannot be read in place (a SARIF notification, an annotation)
    # and go on, so the upload step still gets a valid report; the exit code is still 2.
    unreadable: list[tuple[str, str]] = []
    keep_going = run.format in CI_FORMATS and not run.statistics
    from checker.inputs.paths import expand_paths

    on_unreadable = (lambda path, message: unreadable.append((path, message))) if keep_going else None
    files = expand_paths(files, on_unreadable)
    posts = list(read_content_files(files, platform=platform, dayfirst=order_option(day_first, month_first), notes=notes,
                                    on_unreadable=on_unreadable))
    pipeline = Pipeline(run.config, now=notes.now)
    results = pipeline.run(posts)
    report = run.reporter(ReportSettings(sys.stdout, console(), show_personal_data, verbose, extra=model_extra(pipeline)))
    report.summary.warnings = notes.messages
    for path, message in unreadable:
        report.file_error(path, message)
    for result in results:
        report.add(result)
    if not run.quiet:
        print_warnings(notes)
    code = run.exit_code(report.close())
    for path, message in unreadable:
        print(f"postcheck: error: {message}", file=sys.stderr)
    return 2 if unreadable else code


@app.command(cls=Command)
def rules(
    coverage: Annotated[bool, typer.Option("--coverage", metavar="", help="List every policy clause that bears on posts, with the rules that check it or 'reminder only'.")] = False,
    council: Annotated[Optional[str], typer.Option("--council", help="Only this council's clauses (with --coverage).")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="rich (for people) or json (every rule's id, check, severity, summary and clauses).")] = None,
    explain: Annotated[Optional[str], typer.Option("--explain", metavar="RULE", help="Explain one rule (or every rule of a check): what it looks for, why, its clauses in full, examples, how to switch it off.")] = None,
) -> int:
    """List every check and rule with its severity and the policy clauses it enforces."""
    from checker.report.rules_report import render_coverage, render_explain, render_rules, rules_json

    if explain is not None:
        render_explain(console(), explain)
        return 0
    if (fmt or "rich").lower() not in ("rich", "json"):
        raise UsageError(f"--format: {fmt!r} is not one of rich, json")
    if (fmt or "").lower() == "json":
        import json

        json.dump(rules_json(), sys.stdout, indent=1, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if coverage:
        render_coverage(console(), council)
    else:
        render_rules(console())
    return 0


@app.command(cls=Command)
def calendar(
    months: Annotated[int, typer.Option("--months", help="How many months to show, from 1 to 24.")] = 3,
    start: Annotated[Optional[str], typer.Option("--from", help="First month to show, e.g. 2026-03-01. Default: this month.")] = None,
    config: ConfigOption = None,
) -> int:
    """Show the pre-election periods over the coming months, and the election each comes from."""
    from checker.calendar_view import calendar_command

    return calendar_command(console(), discover(str(config) if config else None), months, start)


# Loading spaCy and the checks' data makes a few hundred thousand objects that live as long as the
# process; with Python's default thresholds the collector walked them about 280 times in a cold
# `check` (0.1 s of its 1 s of CPU). With the batch's thresholds (checker.batch_run), 18 times
# (0.03 s). Only cycles wait longer: reference counting frees everything else as before.
START_UP_GC = (10_000, 100, 10)


def main(argv: list[str] | None = None) -> None:
    """Entry point: every failure becomes a one-line message and exit code 2, never a traceback."""
    collecting = gc.get_threshold()
    gc.set_threshold(*START_UP_GC)
    try:
        code = app(args=argv, standalone_mode=False)
    except UsageError as error:
        print(f"postcheck: error: {error}", file=sys.stderr)
        code = 2
    except usage.NoArgsIsHelp:
        code = 0
    except usage.ParserError as error:
        print(f"postcheck: error: {usage.describe(error, sys.argv[1:] if argv is None else argv)}", file=sys.stderr)
        code = 2
    except usage.Aborted:
        print("postcheck: stopped", file=sys.stderr)
        code = 130
    except KeyboardInterrupt:
        print("postcheck: stopped", file=sys.stderr)
        code = 130
    except BrokenPipeError:
        code = 0
    except Exception as error:  # noqa: BLE001 - the user gets one line, not a traceback
        if os.environ.get("POSTCHECK_DEBUG"):
            raise
        print(f"postcheck: internal error: {type(error).__name__}: {error} (set POSTCHECK_DEBUG=1 for details)", file=sys.stderr)
        code = 2
    finally:
        gc.set_threshold(*collecting)  # (main called in a longer-lived process: tests)
    sys.exit(code if isinstance(code, int) else 0)
