"""`batch --html report.html`: one self-contained page a manager can read in a browser.

No scripts, no outside files: the styles are inline. The posts that need attention are
written to a temporary file as results stream in and copied in after the summary.
"""
from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from html import escape
from pathlib import Path

from checker.clauses import describe
from checker.model import Result
from checker.report.batch_report import BatchStats, needs_attention, row_label, when_label

RANK = {"info": 1, "warning": 2, "error": 3}
CLASS = {1: "info", 2: "warning", 3: "error"}
VERDICT = {"fail": "Not ready to post", "warn": "Check before posting", "pass": "Ready to post"}

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
.meta{color:#555;margin-top:0}
.cards{display:flex;gap:.8rem;flex-wrap:wrap}.card{border:1px solid #ccc;border-radius:6px;padding:.6rem 1rem;min-width:6rem;text-align:center}
.card b{display:block;font-size:1.8rem}.card.fail b{color:#b00020}.card.warn b{color:#946200}.card.pass b{color:#1e7b34}
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right}
section.post{border:1px solid #ccc;border-left:6px solid #999;border-radius:4px;padding:.2rem 1rem .6rem;margin:1rem 0}
section.fail{border-left-color:#b00020}section.warn{border-left-color:#d89b00}
.post h3{font-size:1rem;margin:.6rem 0}.tag{display:inline-block;border-radius:3px;padding:0 .4rem;font-size:.85rem;margin-left:.4rem}
.tag.fail{background:#b00020;color:#fff}.tag.warn{background:#ffd666}.tag.period{background:#e0d4f7}
.text{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:.5rem}
mark.error{background:#ffc7ce}mark.warning{background:#ffeb9c}mark.info{background:none;text-decoration:underline dotted}
.sev-error{color:#b00020;font-weight:bold}.sev-warning{color:#946200;font-weight:bold}.sev-info{color:#555}
.rule,.clause-summary{color:#666;font-size:.85rem}.problem{color:#b00020}
"""


def highlighted(result: Result, show_personal_data: bool) -> str:
    """The post's text, escaped, with each finding's span marked by its worst severity."""
    text = result.post.text  # masked before it gets here (checker.report.masking)
    ranks = [0] * len(text)
    for finding in result.findings:
        for index in range(max(finding.start, 0), min(finding.end, len(text))):
            ranks[index] = max(ranks[index], RANK[finding.severity])
    out, start = [], 0
    for index in range(1, len(text) + 1):
        if index == len(text) or ranks[index] != ranks[start]:
            piece = escape(text[start:index])
            out.append(f'<mark class="{CLASS[ranks[start]]}">{piece}</mark>' if ranks[start] else piece)
            start = index
    return "".join(out)


def clauses_html(clauses) -> str:
    parts = []
    for clause in clauses:
        summary = describe(clause)
        parts.append(f"<b>{escape(clause)}</b>" + (f' <span class="clause-summary">{escape(summary)}</span>' if summary else ""))
    return "<br>".join(parts)


class HtmlReport:
    def __init__(self, path: str | Path, source_name: str, show_personal_data: bool = False):
        self.path = Path(path)
        self.source_name = source_name
        self.show_personal_data = show_personal_data
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.listed = 0

    def add(self, result: Result, period=None) -> None:
        if not needs_attention(result):
            return
        self.listed += 1
        verdict = result.verdict
        tags = f'<span class="tag {verdict}">{VERDICT[verdict]}</span>'
        if period is not None:
            tags += f'<span class="tag period">pre-election period: {escape(period[0].name)}</span>'
        write = self.spool.write
        write(f'<section class="post {verdict}"><h3>{escape(row_label(result))} · {escape(when_label(result))}{tags}</h3>\n')
        if result.problem:
            write(f'<p class="problem">Cannot check this row: {escape(result.problem)}</p></section>\n')
            return
        write(f'<div class="text">{highlighted(result, self.show_personal_data)}</div>\n')
        write("<table><tr><th>Severity</th><th>What is wrong</th><th>Write instead</th><th>Policy</th></tr>\n")
        for finding in result.findings:
            note = f"<br><i>{escape(finding.note)}</i>" if finding.note else ""
            write(f'<tr><td class="sev-{finding.severity}">{finding.severity}</td>'
                  f"<td>“{escape(finding.text)}” {escape(finding.message)}"
                  f'<br><span class="rule">{escape(finding.rule)}</span>{note}</td>'
                  f"<td>{escape(finding.suggestion)}</td><td>{clauses_html(finding.clauses)}</td></tr>\n")
        write("</table></section>\n")

    def close(self, stats: BatchStats, model: str | None = None) -> None:
        s = stats.summary
        from checker.report.output import ReportFile

        # Written beside the target and renamed into place once whole (checker.report.output).
        with ReportFile(self.path, "--html") as out, self.spool:
            out.write(f'<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
                      f"<title>postcheck: {escape(self.source_name)}</title><style>{STYLE}</style></head><body>\n")
            made = datetime.now().strftime("%d %B %Y %H:%M")
            out.write(f"<h1>Scheduled posts checked: {escape(Path(self.source_name).name)}</h1>\n"
                      f'<p class="meta">{escape(self.source_name)} · checked {made}'
                      f"{' · ' + escape(model) if model else ''}</p>\n")
            out.write('<div class="cards">')
            for label, value, css in (("posts", s.posts, ""), ("fail", s.fail, "fail"), ("warn", s.warn, "warn"),
                                      ("pass", s.passed, "pass"), ("unreadable rows", s.problems, "fail" if s.problems else "")):
                out.write(f'<div class="card {css}"><b>{value}</b>{label}</div>')
            out.write("</div>\n")
            if s.warnings:
                out.write('<h2>Warnings</h2><ul class="problem">' + "".join(f"<li>{escape(w)}</li>" for w in s.warnings) + "</ul>\n")
            if stats.findings:
                out.write("<h2>Findings per check</h2><table><tr><th>Check</th><th>Findings (errors and warnings)</th><th>Posts</th></tr>\n")
                for check, count in stats.findings.most_common():
                    out.write(f'<tr><td>{escape(check)}</td><td class="n">{count}</td><td class="n">{stats.posts_flagged[check]}</td></tr>\n')
                out.write("</table>\n")
            if stats.period_days:
                out.write("<h2>Days in a pre-election period</h2><p>Posts on these days are judged by the stricter "
                          "rules of the period: no councillors, candidates or controversial issues.</p>"
                          "<table><tr><th>Day</th><th>Posts</th><th>Fail</th><th>Warn</th><th>Period</th></tr>\n")
                for described, (_, _, days) in stats.period_days.items():
                    for day in sorted(days):
                        c = days[day]
                        out.write(f'<tr><td>{day.strftime("%a %d %b %Y")}</td><td class="n">{c.posts}</td>'
                                  f'<td class="n">{c.fail}</td><td class="n">{c.warn}</td><td>{escape(described)}</td></tr>\n')
                out.write("</table>\n")
            out.write(f"<h2>Posts that need attention ({self.listed})</h2>\n")
            if not self.listed:
                out.write("<p>None: every post is ready to go.</p>\n")
            self.spool.seek(0)
            shutil.copyfileobj(self.spool, out)
            out.write("</body></html>\n")
