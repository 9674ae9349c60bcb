"""The policy clauses findings cite, from wordlists/clauses.toml."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from checker import wordlists


@dataclass(frozen=True)
class Clause:
    id: str
    council: str
    number: str
    summary: str
    checks: tuple[str, ...] = ()
    reminder: str = ""


@lru_cache(maxsize=1)
def clauses() -> dict[str, Clause]:
    data = wordlists.toml("clauses.toml")
    return {
        item["id"]: Clause(
            id=item["id"],
            council=item["council"],
            number=str(item["number"]),
            summary=item["summary"],
            checks=tuple(item.get("checks", ())),
            reminder=item.get("reminder", ""),
        )
        for item in data.get("clause", [])
    }


@lru_cache(maxsize=1)
def councils() -> dict[str, dict]:
    return dict(wordlists.toml("clauses.toml").get("councils", {}))


def describe(clause_id: str) -> str:
    """The clause's one-line summary, or '' when the clause is not in the data file."""
    clause = clauses().get(clause_id)
    return clause.summary if clause else ""
