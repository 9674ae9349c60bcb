"""Files a content repo holds, as posts: plain text, Markdown with front matter, CSV schedules.

- `.txt`: the whole file is one post; a line holding only `<!-- postcheck: ignore RULE -- reason -->`
  is a suppression, not part of the post.
- `.md` / `.markdown`: one post, with optional YAML front matter (the schedule in `scheduled`,
  `publishDate`, `publish_date` or `date`, the Jekyll and Hugo key; `platform`, `account`,
  `approval`, `postcheck-ignore`). A key that is nearly one of these (`shedule`, `publsh_date`)
  gets a warning naming the key it was probably meant to be. HTML comments are notes to the author, not part
  of the post: they are taken out of the text (a `<!-- postcheck: ignore RULE -- reason -->`
  comment is read as an inline suppression).
- `.csv`: a schedule, read exactly as `postcheck batch` reads it.
Any other file is skipped without complaint, so the hook can be given a whole commit.
Undecodable or binary files of those types raise UsageError (exit 2) naming the file.
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Callable, Iterable, Iterator

import yaml

from checker.errors import UsageError
from checker.inputs.files import clean_text, read_text_file, replaced_message
from checker.inputs.notes import InputNotes
from checker.model import Post, Result
from checker.when import choose_order, from_value, parse_when

TEXT_SUFFIXES = (".txt",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
CSV_SUFFIXES = (".csv",)
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + CSV_SUFFIXES

# Front-matter keys that become Post.meta entries for the checks (the rest are kept as well,
# as strings, but no check reads them today).
IGNORE_KEY = "postcheck-ignore"
# Front-matter keys holding the time a post goes out, strongest first: Hugo's `date` is the
# content's date and `publishDate` when it goes live, so `date` is used only on its own.
DATE_KEYS = ("scheduled", "publishdate", "publish_date", "date")
SHOWN_DATE_KEYS = {"publishdate": "publishDate"}
# Keys postcheck reads, and keys static-site generators use that it ignores without a word; an
# unknown key close to one postcheck reads gets a "did you mean" warning.
READ_KEYS = ("scheduled", "publishDate", "publish_date", "date", "platform", "account", "approval", IGNORE_KEY)
SITE_KEYS = {"title", "layout", "tags", "categories", "category", "author", "authors", "draft", "slug",
             "permalink", "description", "summary", "image", "images", "lastmod", "expirydate", "weight",
             "type", "aliases", "keywords", "url", "series", "toc", "comments", "published", "excerpt"}
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
# `postcheck: ignore RULE[, RULE] -- reason` (also `postcheck-ignore`); the reason is required.
DIRECTIVE = re.compile(r"^\s*postcheck(?::|-)\s*ignore\b\s*(?P<rules>[^\n]*?)\s*(?:(?:--|—|:)\s*(?P<reason>.*?))?\s*$", re.DOTALL)
RULE_ID = re.compile(r"^[a-z_]+(?:\.[a-z0-9_-]+)?$")

# Front matter is a few keys; a bigger block is a mistake or an attack (an alias "bomb" of a few
# hundred bytes expands to gigabytes), so its size is capped and aliases are refused, not expanded.
FRONT_MATTER_LIMIT = 64 * 1024


class AliasRefused(Exception):
    """A YAML alias (`*name`) in front matter."""


class NoAliasLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses aliases instead of expanding them (linear time and memory)."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise AliasRefused(f"*{event.anchor}, line {event.start_mark.line + 2}")
        return super().compose_node(parent, index)


# Key under which a Markdown post keeps, for each line of its text, the line of the file it
# came from (comment lines are taken out, so the two can differ). Reporters read it through
# checker.report.lines.position; checks ignore it.
LINE_MAP = "_lines"


def is_content_file(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read_content_files(paths: Iterable[Path], *, platform: str | None = None, dayfirst: bool | None = None,
                       notes: InputNotes | None = None,
                       on_unreadable: Callable[[str, str], None] | None = None) -> Iterator[Post | Result]:
    """Posts from every file of a known type, in the order given; other files are skipped.

    `platform` (the --platform option) is used for posts whose file does not name one.
    `dayfirst`: True or False when asked for, None to decide from each file. `notes` collects
    messages about the input (CSV files say theirs once each; text and Markdown posts with no
    schedule are named together at the end). `on_unreadable(path, message)`, when given, is told
    of a file that cannot be read at all and the run goes on (CI formats report it in place);
    without it, such a file raises UsageError.
    """
    notes = notes if notes is not None else InputNotes()
    unscheduled: list[str] = []
    drafts = 0
    for path in paths:
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            continue
        try:
            items = list(read_one(path, suffix, dayfirst, notes))
        except UsageError as error:
            if on_unreadable is None:
                raise
            on_unreadable(str(path), str(error))
            continue
        for item in items:
            post = item.post if isinstance(item, Result) else item
            if platform and not post.meta.get("platform"):
                post.meta["platform"] = platform
            if suffix not in CSV_SUFFIXES and isinstance(item, Post):
                drafts += 1
                if item.scheduled is None:
                    unscheduled.append(path.name)
            yield item
    if unscheduled:
        named = ", ".join(unscheduled[:5]) + (f" and {len(unscheduled) - 5} more" if len(unscheduled) > 5 else "")
        notes.unscheduled(named, len(unscheduled), drafts,
                          "a .txt file has none; in Markdown, put `scheduled:` or `date:` in the front matter")


def read_one(path: Path, suffix: str, dayfirst: bool | None, notes: InputNotes) -> Iterable[Post | Result]:
    if suffix in CSV_SUFFIXES:
        from checker.inputs.csv_posts import read_posts

        return read_posts(path, dayfirst=dayfirst, notes=notes)
    if suffix in MARKDOWN_SUFFIXES:
        return [read_markdown(path, clean(path, read_text_file(path), notes), dayfirst=dayfirst, notes=notes)]
    return [read_plain(path, clean(path, read_text_file(path), notes))]


def clean(path: Path, text: str, notes: InputNotes) -> str:
    """The file's text with what no check can read (NUL after the first 8 KB) replaced, said once."""
    text, replaced = clean_text(text)
    if replaced:
        notes.warn(replaced_message(str(path), replaced))
    return text


# In a .txt draft, a line holding only a Markdown-style directive is a suppression, not text.
DIRECTIVE_LINE = re.compile(r"^[ \t]*<!--(.*?)-->[ \t]*$")


def read_plain(path: Path, text: str) -> Post | Result:
    """The whole file is one post; lines `<!-- postcheck: ignore RULE -- reason -->` are suppressions."""
    post = Post(text=text.rstrip("\r\n"), source=str(path), id=str(path))
    if not text.strip():
        return Result(post, [], problem="the file is empty")
    if "postcheck" not in text:
        return post
    suppress = Suppress()
    kept, line_map, problem = [], [], None
    for number, line in enumerate(text.rstrip("\r\n").split("\n"), start=1):
        comment = DIRECTIVE_LINE.match(line.rstrip("\r"))
        directive = DIRECTIVE.match(comment.group(1)) if comment else None
        if directive is None:
            kept.append(line)
            line_map.append(number)
        elif problem is None:
            problem = read_directive(directive, suppress, number)
    if line_map == list(range(1, len(line_map) + 1)) and not suppress and not suppress.unknown and problem is None:
        return post
    while kept and not kept[0].strip():  # the post starts at its first line of text
        kept, line_map = kept[1:], line_map[1:]
    post.text = "\n".join(kept).rstrip()
    post.first_line = line_map[0] if line_map else 1
    if line_map != list(range(post.first_line, post.first_line + len(line_map))):
        post.meta[LINE_MAP] = line_map  # type: ignore[assignment]
    suppress.store(post)
    if problem:
        return Result(post, [], problem=problem)
    if not post.text.strip():
        return Result(post, [], problem="the file holds suppressions but no post")
    return post


def read_markdown(path: Path, text: str, *, dayfirst: bool | None = None, notes: InputNotes | None = None) -> Post | Result:
    """One post from a Markdown file: front matter into scheduled/meta, comments out of the text."""
    name = str(path)
    text = text.replace("\r\n", "\n")
    post = Post(text="", source=name, id=name)
    suppress = Suppress()
    body_start_line = 1
    match = FRONT_MATTER.match(text)
    if match:
        body_start_line = text.count("\n", 0, match.end()) + 1
        if len(match.group(1)) > FRONT_MATTER_LIMIT:
            raise UsageError(f"{name}: the front matter is {len(match.group(1)):,} characters; postcheck reads at most "
                             f"{FRONT_MATTER_LIMIT:,} (keys such as scheduled, platform, account)")
        try:
            data = yaml.load(match.group(1), Loader=NoAliasLoader) or {}
        except AliasRefused as error:
            raise UsageError(f"{name}: the front matter uses a YAML alias ({error}); postcheck does not expand "
                             f"aliases: write the value out") from None
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark else ""
            raise UsageError(f"{name}: the front matter is not valid YAML{where}") from None
        if not isinstance(data, dict):
            raise UsageError(f"{name}: the front matter must be `key: value` lines")
        problem = apply_front_matter(post, data, suppress, dayfirst)
        if notes is not None:
            for message in front_matter_warnings(data):
                notes.warn(f"{name}: {message}")
        if problem:
            return Result(post, [], problem=problem)
        text = text[match.end():]

    body, line_map, problem = strip_comments(text, body_start_line, suppress)
    # Leading blank lines are not part of the post: first_line points at its first character.
    while body.startswith("\n"):
        body, line_map = body[1:], line_map[1:]
    body = body.rstrip()
    post.text = body
    post.first_line = line_map[0] if line_map else body_start_line
    if line_map != list(range(post.first_line, post.first_line + len(line_map))):
        post.meta[LINE_MAP] = line_map  # type: ignore[assignment]
    suppress.store(post)
    if problem:
        return Result(post, [], problem=problem)
    if not body.strip():
        return Result(post, [], problem="the post is empty")
    return post


def apply_front_matter(post: Post, data: dict, suppress: Suppress, dayfirst: bool | None) -> str | None:
    """Move front-matter keys onto the post; a message when a key cannot be used."""
    dates: dict[str, object] = {}
    for key, value in data.items():
        key = str(key).strip().lower()
        if key == IGNORE_KEY:
            problem = read_ignore_key(value, suppress)
            if problem:
                return problem
        elif key in DATE_KEYS:
            dates[key] = value
        elif isinstance(value, (list, tuple)):
            post.meta[key] = ", ".join(str(item) for item in value)
        elif value is not None and not isinstance(value, dict):
            post.meta[key] = str(value)
    for key in DATE_KEYS:
        value = dates.get(key)
        if value in (None, ""):
            continue
        when = from_value(value)
        if when is None:
            written = str(value)
            try:
                when = parse_when(written, dayfirst=choose_order(dayfirst, written))
            except ValueError:
                return f"front matter: cannot read the date {SHOWN_DATE_KEYS.get(key, key)}: {value!r}"
        post.scheduled = when
        break
    return None


def front_matter_warnings(data: dict) -> list[str]:
    """A "did you mean" for each key that is nearly one postcheck reads."""
    known = {key.lower() for key in READ_KEYS}
    messages = []
    for key in data:
        written = str(key).strip()
        lowered = written.lower()
        if lowered in known or lowered in SITE_KEYS:
            continue
        close = difflib.get_close_matches(lowered, [key.lower() for key in READ_KEYS], n=1, cutoff=0.75)
        if close:
            meant = next(key for key in READ_KEYS if key.lower() == close[0])
            messages.append(f"front matter key {written!r} is not one postcheck reads; did you mean {meant!r}?")
    return messages


def read_ignore_key(value, suppress: Suppress) -> str | None:
    """`postcheck-ignore: {rule.id: "reason"}`. A rule named without a reason is a problem."""
    if not isinstance(value, dict):
        return (f"front matter: {IGNORE_KEY} must map each rule or check id to the reason it is allowed, "
                f"e.g. {IGNORE_KEY}: {{endorsement.recommendation: \"approved partner promotion, ref COMMS-14\"}}")
    for rule, reason in value.items():
        problem = add_suppression(str(rule), reason, suppress, f"front matter {IGNORE_KEY}")
        if problem:
            return problem
    return None


class Suppress(dict):
    """Suppressions read from one post (rule or check id -> reason), and the ids named that
    are no rule or check: those are reported by settle (suppression.unknown-rule), and the post
    is still checked."""

    def __init__(self):
        super().__init__()
        self.unknown: list[tuple[str, str]] = []  # (id as written, where)

    def store(self, post: Post) -> None:
        if self:
            post.meta["suppress"] = dict(self)  # type: ignore[assignment]
        if self.unknown:
            post.meta[UNKNOWN_KEY] = list(self.unknown)  # type: ignore[assignment]


# Post.meta key of the ids named by suppressions that are not rules or checks
UNKNOWN_KEY = "suppress_unknown"


def add_suppression(rule: str, reason, suppress: Suppress, where: str) -> str | None:
    """Record one suppression; a problem (the post cannot be checked as it stands) when it has
    no reason or is not an id at all."""
    from checker.registry import all_checks, all_rules, current_id

    rule = current_id(rule.strip())  # an old id keeps working after a rename
    if not RULE_ID.match(rule):
        return f"{where}: {rule!r} is not a check or rule id (see `postcheck rules`)"
    reason = str(reason).strip() if reason is not None else ""
    if not reason:
        return f"{where}: ignoring {rule} needs a reason (who approved it, a reference), e.g. `{rule}: \"approved partner promotion, ref COMMS-14\"`"
    if rule not in all_checks() and rule not in all_rules():
        suppress.unknown.append((rule, where))
        return None
    suppress[rule] = reason
    return None


def strip_comments(text: str, first_line: int, suppress: Suppress) -> tuple[str, list[int], str | None]:
    """The text without HTML comments; for each remaining line, its line in the file.

    A comment that fills its lines removes them; one inside a line is cut out of that line.
    """
    problem = None
    for match in COMMENT.finditer(text):
        directive = DIRECTIVE.match(match.group(1))
        if directive and problem is None:
            problem = read_directive(directive, suppress, first_line + text.count("\n", 0, match.start()))
    # Each comment becomes a marker on every line it spans, so line numbers stay put; a line
    # left with nothing but markers and spaces was the comment's own and goes.
    marked = COMMENT.sub(lambda m: "\x00" + "\n\x00" * m.group().count("\n"), text)
    lines, line_map = [], []
    for index, line in enumerate(marked.split("\n")):
        kept = line.replace("\x00", "")
        if "\x00" in line and not kept.strip():
            continue
        lines.append(kept)
        line_map.append(first_line + index)
    return "\n".join(lines), line_map, problem


def read_directive(match: re.Match, suppress: Suppress, line: int) -> str | None:
    rules = [rule for rule in re.split(r"[,\s]+", match.group("rules") or "") if rule]
    if not rules:
        return f"line {line}: `postcheck: ignore` names no rule; write `<!-- postcheck: ignore RULE -- reason -->`"
    for rule in rules:
        problem = add_suppression(rule, match.group("reason"), suppress, f"line {line}")
        if problem:
            return problem
    return None
