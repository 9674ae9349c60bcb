"""`postcheck rules`: what the tool checks, and which policy clauses that covers."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.clauses import clauses, describe
from checker.registry import all_checks
from checker.report.rich_report import STYLE
from checker.report.visible import visible


def render_rules(console: Console) -> None:
    """Each check, then its rules: id, severity, what it finds, the clauses it enforces."""
    for check in all_checks().values():
        console.print(Text.assemble((check.id, "bold"), "  ", (check.summary, "")))
        for rule in check.rules:
            line = Text("  ")
            line.append(rule.id, style="bold cyan")
            line.append(f"  {rule.severity}", style=STYLE[rule.severity])
            line.append(f"  {rule.summary}")
            if rule.clauses:
                line.append(f"  [{', '.join(rule.clauses)}]", style="dim")
            console.print(line)
        console.print()
    console.print(Text("Switch a rule or check off with ignore = [\"rule.id\"] in postcheck.toml; change its severity under [severity].", style="dim"))


def rules_json() -> dict:
    """Every rule, for machines: `postcheck rules --format json` (CONTRACT.md)."""
    return {"rules": [
        {"id": rule.id, "check": check.id, "severity": rule.severity, "summary": rule.summary,
         "clauses": list(rule.clauses)}
        for check in all_checks().values() for rule in check.rules
    ]}


def rules_by_clause() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for check in all_checks().values():
        for rule in check.rules:
            for clause_id in rule.clauses:
                found.setdefault(clause_id, []).append(rule.id)
    return found


def render_coverage(console: Console, council: str | None = None) -> None:
    by_clause = rules_by_clause()
    table = Table(expand=True)
    table.add_column("Clause", no_wrap=True)
    table.add_column("What it asks", ratio=2)
    table.add_column("Checked by", ratio=2)
    covered = total = 0
    for clause in clauses().values():
        if council and clause.council != council:
            continue
        total += 1
        rule_ids = by_clause.get(clause.id, [])
        if rule_ids:
            covered += 1
            checked = Text(", ".join(rule_ids), style="green")
        else:
            checked = Text("reminder only: " + (clause.reminder or "check this by hand"), style="yellow")
        table.add_row(clause.id, describe(clause.id), checked)
    console.print(table)
    console.print(f"{covered} of {total} clauses checked by at least one rule; the rest are reminders for the person posting.")


def find_rule(name: str):
    """The rule (or check) `postcheck rules --explain NAME` asks about; a usage error when there is none."""
    from difflib import get_close_matches

    from checker.errors import UsageError
    from checker.registry import all_rules, current_id

    rules, checks = all_rules(), all_checks()
    rule_id = current_id(name.strip())
    if rule_id in rules:
        return rules[rule_id]
    if rule_id in checks:
        return checks[rule_id]
    near = get_close_matches(rule_id, list(rules) + list(checks), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(near)}?" if near else "; `postcheck rules` lists them all"
    raise UsageError(f"--explain: no rule or check is called {name!r}{hint}")


def render_explain(console: Console, name: str) -> None:
    """What a rule looks for, why, the clauses in full, examples, and how to switch it off (as `ruff rule`)."""
    from checker.registry import all_checks as checks

    found = find_rule(name)
    if not hasattr(found, "severity"):  # a check: explain each of its rules
        console.print(Text.assemble((found.id, "bold"), "  ", found.summary))
        for rule in found.rules:
            console.print()
            render_explain(console, rule.id)
        return
    rule = found
    if rule.id != name.strip():
        console.print(Text(f"{name} was renamed {rule.id}.", style="dim"))
    title = Text(rule.id, style="bold")
    title.append(f"  {rule.severity}", style=STYLE[rule.severity])
    title.append(f"  ({rule.check} check)", style="dim")
    console.print(title)
    console.print(Text(rule.summary, style="italic"))
    section(console, "Why")
    console.print(Text(rule.explanation or "(no explanation given)"), style="")
    if rule.clauses:
        section(console, "Policy clauses")
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style="bold")
        table.add_column(ratio=1)
        for clause_id in rule.clauses:
            table.add_row(clause_id, Text(describe(clause_id) or "(not in wordlists/clauses.toml)"))
        console.print(table)
    if rule.flags:
        section(console, "Flagged")
        for example in rule.flags:
            console.print(Text(f"  ✖ {visible(example)}"))
    if rule.passes:
        section(console, f"Not flagged by the {rule.check} check")
        for example in rule.passes:
            console.print(Text(f"  ✔ {visible(example)}"))
    section(console, "Switch it off")
    lines = [
        ("everywhere", f'ignore = ["{rule.id}"] in postcheck.toml (or [tool.postcheck] in pyproject.toml); "{rule.check}" switches off the whole check'),
        ("as advice", f'[severity] "{rule.id}" = "info": still reported, never fails a run'),
        ("one draft", f"<!-- postcheck: ignore {rule.id} -- why it is fine --> in a Markdown draft, or postcheck-ignore: in its front matter"),
    ]
    options = checks()[rule.check].options
    if options:
        lines.append(("tune it", f"[checks.{rule.check}] " + ", ".join(f"{key} = {value!r}" for key, value in options.items())))
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column(ratio=1)
    for label, words in lines:
        table.add_row(label, Text(words))  # Text: the [brackets] are TOML, not Rich markup
    console.print(table)


def section(console: Console, title: str) -> None:
    console.print()
    console.print(Text(title, style="bold underline"))
