"""batch --html: one self-contained page, failures first, a filter, clauses once, safe to open.

The slow test (POSTCHECK_SLOW_TESTS=1) opens the page in headless Chromium at desktop and phone
widths and reads the DOM back: the phone width is inside an iframe 390 px wide, because headless
Chromium will not make a window narrower than 500 px.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
ROWS = [
    "id,text,scheduled",
    "p1,Bins are collected on Thursday as usual.,2026-04-01 10:00",
    "w1,Help us organize the spring fair at https://www.solihull.gov.uk/a-very-long-path-that-goes-on-and-on-without-any-spaces-at-all.,2026-04-02 10:00",
    "f1,Call Jane Smith on 07700 900123 about the fair.,2026-04-03 10:00",
    'f2,"Vote Labour on Thursday! <script>alert(1)</script> \x1b[2J",2026-04-10 10:00',
    "p2,The library opens at 9am on Saturday.,2026-06-01 10:00",
]


def write_report(run_cli, tmp_path) -> tuple[int, str, Path]:
    schedule = tmp_path / "april.csv"
    schedule.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    page = tmp_path / "report.html"
    code, _, _ = run_cli("batch", str(schedule), "--format", "json", "--html", str(page))
    return code, page.read_text(encoding="utf-8"), page


def test_the_page_is_self_contained_and_reads_on_a_phone(run_cli, tmp_path):
    code, page, _ = write_report(run_cli, tmp_path)
    assert code == 1
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing fetched: works offline
    assert "@media print" in page and "@media (max-width" in page


def test_failures_come_first_then_warnings_then_the_posts_that_pass(run_cli, tmp_path):
    _, page, _ = write_report(run_cli, tmp_path)
    verdicts = re.findall(r'<article class="post (\w+)"', page)
    assert verdicts == ["fail", "fail", "warn", "pass", "pass"]
    assert page.index("Not ready to post (2)") < page.index("Check before posting (1)") < page.index("Ready to post (2)")


def test_post_text_is_escaped_and_control_characters_shown(run_cli, tmp_path):
    _, page, _ = write_report(run_cli, tmp_path)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\x1b" not in page and "\\x1b[2J" in page  # as text: web fonts often lack ␛
    assert "07700 900123" not in page  # personal data masked by default


def test_clauses_are_described_once_as_footnotes_and_highlights_carry_numbers(run_cli, tmp_path):
    _, page, _ = write_report(run_cli, tmp_path)
    assert page.count("Posting rules: a clear purpose") == 1  # sandwell-5.4, cited by several findings
    assert re.search(r'<mark class="error">[^<]*</mark><sup class="ref">1</sup>', page)
    assert 'href="#clause-1"' in page and 'id="clause-1"' in page


def test_pre_election_days_are_ranges_with_counts(run_cli, tmp_path):
    _, page, _ = write_report(run_cli, tmp_path)
    assert re.search(r"<td>Wed 01 Apr–Fri 03 Apr 2026</td><td class=\"n\">3</td><td class=\"n\">1</td><td class=\"n\">1</td>", page)


def test_the_templates_are_package_data():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any("jinja2" in dep.lower() for dep in pyproject["project"]["dependencies"])
    assert "templates/*.j2" in pyproject["tool"]["setuptools"]["package-data"]["checker.report"]
    assert (ROOT / "checker" / "report" / "templates" / "report.html.j2").is_file()


# --- in a real browser -------------------------------------------------------------------------

PROBE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#444">
<iframe id="page" src="report.html" style="border:0;width:{width}px;height:{height}px;background:#fff"></iframe>
<pre id="probe"></pre>
<script>
var frame = document.getElementById("page");
frame.onload = function () {{
  var doc = frame.contentDocument, win = frame.contentWindow, out = {{}};
  doc.querySelectorAll("details").forEach(function (d) {{ d.open = true; }});
  out.width = win.innerWidth;
  out.scrollWidth = doc.documentElement.scrollWidth;
  out.first = doc.querySelector("article.post").dataset.verdict;
  out.filterShown = !doc.getElementById("filter").hidden;
  function visible() {{
    return [].filter.call(doc.querySelectorAll("article.post"), function (p) {{ return p.getClientRects().length > 0; }});
  }}
  var severity = doc.getElementById("filter-severity"), check = doc.getElementById("filter-check");
  severity.value = "error"; severity.dispatchEvent(new Event("change"));
  out.errorsOnly = visible().map(function (p) {{ return p.dataset.verdict; }});
  out.warningRowsShown = [].filter.call(doc.querySelectorAll('li.finding[data-severity="warning"]'),
                                        function (li) {{ return li.getClientRects().length > 0; }}).length;
  severity.value = "all"; check.value = "spelling"; check.dispatchEvent(new Event("change"));
  out.spellingOnly = visible().map(function (p) {{
    return [].map.call(p.querySelectorAll("li.finding"), function (li) {{ return li.hidden ? "" : li.dataset.check; }}).filter(Boolean);
  }});
  check.value = "all"; check.dispatchEvent(new Event("change"));
  out.allAgain = visible().length;
  document.getElementById("probe").textContent = JSON.stringify(out);
}};
</script></body></html>"""


def chromium() -> str | None:
    return next((found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None)


def browse(browser: str, folder: Path, width: int, *extra: str) -> str:
    probe = folder / f"probe-{width}.html"
    probe.write_text(PROBE.format(width=width, height=2400), encoding="utf-8")
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
               f"--window-size={max(width, 500)},2400", "--virtual-time-budget=5000", *extra, probe.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    return done.stdout


@pytest.mark.skipif(not os.environ.get("POSTCHECK_SLOW_TESTS"), reason="slow: set POSTCHECK_SLOW_TESTS=1 (opens the report in headless Chromium)")
@pytest.mark.skipif(chromium() is None, reason="needs Chromium (Debian: apt-get install chromium)")
def test_the_report_in_a_browser_at_desktop_and_phone_widths(run_cli, tmp_path):
    _, _, page = write_report(run_cli, tmp_path)
    for width in (1280, 390):
        dom = browse(chromium(), page.parent, width, "--dump-dom")
        found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
        assert found and found.group(1), dom[-2000:]
        seen = json.loads(html.unescape(found.group(1)))
        assert seen["width"] == width
        assert seen["scrollWidth"] <= width, f"the page is {seen['scrollWidth']} px wide at {width} px"
        assert seen["first"] == "fail"
        assert seen["filterShown"]
        assert seen["errorsOnly"] == ["fail", "fail"]  # posts to check and posts that pass hidden
        assert seen["warningRowsShown"] == 0
        assert seen["spellingOnly"] and all(checks and set(checks) == {"spelling"} for checks in seen["spellingOnly"])
        assert seen["allAgain"] == 5


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_text_colours_meet_wcag_aa_contrast():
    css = (ROOT / "checker" / "report" / "templates" / "report.html.j2").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--(\w+):(#[0-9a-f]{6})", css))
    pairs = [  # (text, background) as the page's styles pair them
        (colours["ink"], "#ffffff"), (colours["muted"], "#ffffff"), (colours["muted"], "#fafafa"),
        (colours["fail"], "#ffffff"), ("#ffffff", colours["fail"]), (colours["warn"], "#ffffff"),
        (colours["pass"], "#ffffff"), (colours["pass"], "#dff3e3"), (colours["info"], "#ffffff"),
        (colours["ink"], "#ffd666"), (colours["ink"], "#ffdde2"), (colours["ink"], "#fff0b8"),
        ("#3d2370", "#ece4f9"), (colours["ink"], "#f2f2f2"), (colours["muted"], "#f4f4f4"),
    ]
    for text, background in pairs:
        assert contrast(text, background) >= 4.5, (text, background, round(contrast(text, background), 2))
