"""A report as one self-contained HTML file: inline CSS, inline SVG, no script, nothing to fetch.

The page's Content-Security-Policy allows nothing but its own inline styles, so even a
browser that would follow a link in it loads nothing else. It prints on paper as it shows.
"""

from __future__ import annotations

from html import escape
from typing import Final, TextIO

from app.core.messages import say
from app.core.reports.model import Chart, Report, Section, Speak, Table
from app.core.reports.svg import stacked_bars

POLICY: Final = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'"
STYLE: Final = """
:root { color-scheme: light; --ink: #1d2430; --muted: #5b6472; --line: #d5dae1; --band: #f3f5f8;
  --good: #2e7d4f; --warn: #c98a00; --bad: #c0392b; --idle: #9aa3ae; --info: #2f6db3; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "DejaVu Sans", "Noto Sans", "Segoe UI", sans-serif; color: var(--ink); margin: 0;
  padding: 28px 36px 48px; max-width: 1200px; }
header { border-bottom: 3px solid var(--ink); padding-bottom: 12px; margin-bottom: 8px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 32px 0 8px; padding-top: 8px;
  border-top: 1px solid var(--line); } h3 { font-size: 15px; margin: 18px 0 6px; }
.meta { color: var(--muted); margin: 2px 0; } nav { margin: 12px 0 0; } nav a { margin-inline-end: 16px; }
a { color: var(--info); }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 8px; margin: 10px 0; }
.fact { background: var(--band); border-radius: 6px; padding: 8px 12px; }
.fact b { display: block; font-size: 20px; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.fact.long { grid-column: 1 / -1; } .fact.long b { font: 13px/1.5 "DejaVu Sans Mono", monospace; }
.fact span { color: var(--muted); font-size: 12px; }
.fact.bad b { color: var(--bad); } .fact.warn b { color: var(--warn); } .fact.good b { color: var(--good); }
table { border-collapse: collapse; width: 100%; margin: 6px 0 4px; font-size: 13px; }
th, td { text-align: start; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--band); position: sticky; top: 0; } td.n, th.n { text-align: end;
  font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafbfc; }
.note, .empty { color: var(--muted); font-size: 12px; margin: 2px 0 10px; }
.chart { width: 100%; height: auto; margin: 4px 0; }
.chart .grid { stroke: var(--line); stroke-width: 1; } .chart .axis { fill: var(--muted); font-size: 11px; }
.tone-good { fill: var(--good); background: var(--good); } .tone-warn { fill: var(--warn); background: var(--warn); }
.tone-bad { fill: var(--bad); background: var(--bad); } .tone-idle { fill: var(--idle); background: var(--idle); }
.tone-info { fill: var(--info); background: var(--info); }
.legend { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 14px;
  color: var(--muted); font-size: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-inline-end: 5px; }
pre { background: var(--band); padding: 10px 12px; border-radius: 6px; white-space: pre-wrap;
  word-break: break-all; direction: ltr; text-align: left; font: 12px/1.4 "DejaVu Sans Mono", monospace; }
code { font: 12px "DejaVu Sans Mono", monospace; direction: ltr; unicode-bidi: isolate; }
@media print { body { padding: 0; } th { position: static; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
"""


def write_html(report: Report, out: TextIO, speak: Speak, *, lang: str = "en", rtl: bool = False,
               csv_names: dict[str, str] | None = None) -> None:
    """Write `report` to `out` as a complete HTML document."""
    title = escape(speak(report.title))
    out.write(f'<!DOCTYPE html>\n<html lang="{escape(lang)}" dir="{"rtl" if rtl else "ltr"}">\n<head>\n'
              f'<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
              f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
              f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n")
    out.write(f"<header>\n<h1>{title}</h1>\n")
    meta = (say("Period: {period} (UTC, both days included)", period=report.period),
            say("Written {time} by {account} on {origin}", time=report.generated_at, account=report.generated_by,
                origin=report.origin))
    out.writelines(f'<p class="meta">{escape(speak(line))}</p>\n' for line in meta)
    out.write("<nav>" + "".join(f'<a href="#{s.key}">{escape(speak(s.title))}</a>' for s in report.sections)
              + "</nav>\n</header>\n")
    for section in report.sections:
        _section(section, out, speak, csv_names or {})
    out.write("</body>\n</html>\n")


def _section(section: Section, out: TextIO, speak: Speak, csv_names: dict[str, str]) -> None:
    out.write(f'<section id="{section.key}">\n<h2>{escape(speak(section.title))}</h2>\n')
    out.writelines(f"<p>{escape(speak(line))}</p>\n" for line in section.intro)
    if section.facts:
        out.write('<div class="facts">')
        for fact in section.facts:
            tone = (f" {fact.tone}" if fact.tone else "") + (" long" if len(fact.value) > 24 else "")  # noqa: PLR2004
            out.write(f'<div class="fact{tone}"><b>{escape(fact.value)}</b><span>{escape(speak(fact.label))}'
                      "</span></div>")
        out.write("</div>\n")
    if section.preformatted:
        out.write(f"<pre>{escape(section.preformatted)}</pre>\n")
    for chart in section.charts:
        _chart(chart, out, speak)
    for table in section.tables:
        _table(table, out, speak, csv_names.get(table.key, ""))
    out.write("</section>\n")


def _chart(chart: Chart, out: TextIO, speak: Speak) -> None:
    out.write(f"<h3>{escape(speak(chart.title))}</h3>\n")
    out.write('<ul class="legend">' + "".join(f'<li><i class="tone-{s.tone}"></i>{escape(speak(s.name))}</li>'
                                              for s in chart.series) + "</ul>\n")
    out.write(stacked_bars(chart, speak) + "\n")


def _table(table: Table, out: TextIO, speak: Speak, csv_name: str) -> None:
    out.write(f"<h3>{escape(speak(table.title))}</h3>\n")
    if not table.html:
        line = say("All {total} rows are in {file}.", total=table.count, file=csv_name or table.key)
        out.write(f'<p class="note">{escape(speak(line))}</p>\n')
        return
    if table.note is not None:
        out.write(f'<p class="note">{escape(speak(table.note))}</p>\n')
    if not table.rows:
        out.write(f'<p class="empty">{escape(speak(table.empty))}</p>\n')
        return
    heads = "".join(f'<th{" class=n" if c.number else ""}>{escape(speak(c.title))}</th>' for c in table.columns)
    out.write(f"<table>\n<thead><tr>{heads}</tr></thead>\n<tbody>\n")
    numbers = [c.number for c in table.columns]
    for row in table.rows:
        cells = "".join(f"<td{' class=n' if number else ''}>{escape(_text(value))}</td>"
                        for value, number in zip(row, numbers, strict=True))
        out.write(f"<tr>{cells}</tr>\n")
    out.write("</tbody>\n</table>\n")
    if table.total is not None and table.total > len(table.rows) and table.csv:
        out.write('<p class="note">' + escape(speak(say(
            "Showing {shown} of {total} rows; every row is in {file}.", shown=len(table.rows), total=table.total,
            file=csv_name or table.key))) + "</p>\n")
    elif csv_name:
        out.write(f'<p class="note">{escape(speak(say("This table is also in {file}.", file=csv_name)))}</p>\n')


def _text(value: object) -> str:
    return "" if value is None else str(value)
