"""`postcheck rules`: what the tool checks, and which policy clauses that covers."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.clauses import clauses, describe
from checker.registry import all_checks
from checker.report.rich_report import STYLE


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
