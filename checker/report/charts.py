"""Small inline SVG charts for the HTML report: findings per night and findings by outlet.

No JavaScript library and nothing fetched: each chart is a string of SVG with a <title>/<desc>, text labels on
every bar, and severities told apart by pattern as well as colour (solid error, hatched warning, dotted info),
so colour is never the only signal. The numbers are also in a table next to each chart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markupsafe import Markup, escape

SEVERITIES = ("error", "warning", "info")
LABELS = {"error": "errors", "warning": "warnings", "info": "info"}

_DEFS = (
    "<defs>"
    '<pattern id="{p}-warning" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
    '<rect width="6" height="6" fill="#f5c451"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8a5a00" stroke-width="2.5"/>'
    "</pattern>"
    '<pattern id="{p}-info" width="6" height="6" patternUnits="userSpaceOnUse">'
    '<rect width="6" height="6" fill="#b2ccff"/><circle cx="3" cy="3" r="1.4" fill="#175cd3"/>'
    "</pattern>"
    "</defs>"
)


def _fill(prefix: str, severity: str) -> str:
    return "#b42318" if severity == "error" else f"url(#{prefix}-{severity})"


def _legend(prefix: str, x: float, y: float) -> str:
    parts = []
    for i, severity in enumerate(SEVERITIES):
        lx = x + i * 110
        parts.append(
            f'<rect x="{lx:.1f}" y="{y - 10:.1f}" width="12" height="12" fill="{_fill(prefix, severity)}" '
            f'stroke="#1b1f24" stroke-width="0.5"/>'
            f'<text x="{lx + 17:.1f}" y="{y:.1f}" class="lg">{LABELS[severity]}</text>'
        )
    return "".join(parts)


def trend_chart(trend: Sequence[Mapping[str, object]], chart_id: str = "trend") -> Markup:
    """Stacked bars of errors, warnings and info per run, oldest first (`HistoryView.trend`)."""
    runs = [
        {"run": str(t.get("run", "")), **{s: int(t.get(LABELS[s], t.get(s, 0)) or 0) for s in SEVERITIES}}
        for t in trend
    ][-30:]
    if not runs:
        return Markup("")
    width, height, left, bottom, top = 680, 230, 44, 46, 30
    plot_w, plot_h = width - left - 10, height - top - bottom
    peak = max(1, max(sum(r[s] for s in SEVERITIES) for r in runs))
    slot = plot_w / len(runs)
    bar = max(4.0, min(36.0, slot * 0.7))
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'preserveAspectRatio="xMinYMin meet">',
        f'<title id="{chart_id}-t">Findings per night</title>',
        f'<desc id="{chart_id}-d">Errors, warnings and info findings in each of the last {len(runs)} runs, '
        f"oldest first; the latest run has {sum(runs[-1][s] for s in SEVERITIES)} findings.</desc>",
        _DEFS.format(p=chart_id),
        _legend(chart_id, left, 16),
    ]
    for tick in (0, peak / 2, peak):
        y = top + plot_h - tick / peak * plot_h
        out.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" class="ax" text-anchor="end">{tick:.0f}</text>'
        )
    every = max(1, len(runs) // 8)
    for i, r in enumerate(runs):
        x = left + i * slot + (slot - bar) / 2
        y = top + plot_h
        total = sum(r[s] for s in SEVERITIES)
        for severity in SEVERITIES:
            h = r[severity] / peak * plot_h
            if h <= 0:
                continue
            y -= h
            out.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{_fill(chart_id, severity)}" stroke="#1b1f24" stroke-width="0.4">'
                f"<title>{escape(r['run'])}: {r[severity]} {LABELS[severity]}</title></rect>"
            )
        out.append(f'<text x="{x + bar / 2:.1f}" y="{y - 4:.1f}" class="val" text-anchor="middle">{total}</text>')
        if i % every == 0 or i == len(runs) - 1:
            out.append(
                f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 16}" class="ax" text-anchor="middle">'
                f"{escape(r['run'][:10])}</text>"
            )
    out.append("</svg>")
    return Markup("".join(out))


def outlet_chart(counts: Mapping[str, Mapping[str, int]], limit: int = 15, chart_id: str = "outlets") -> Markup:
    """Horizontal stacked bars: listed findings per outlet by severity, the `limit` outlets with most findings."""
    rows = sorted(
        ((name, {s: int(c.get(s, 0)) for s in SEVERITIES}) for name, c in counts.items()),
        key=lambda item: (-sum(item[1].values()), item[0]),
    )
    rows = [r for r in rows if sum(r[1].values())][:limit]
    if not rows:
        return Markup("")
    label_w, row_h, top, width = 190, 22, 30, 680
    plot_w = width - label_w - 50
    height = top + row_h * len(rows) + 8
    peak = max(sum(c.values()) for _, c in rows)
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'preserveAspectRatio="xMinYMin meet">',
        f'<title id="{chart_id}-t">Findings by outlet</title>',
        f'<desc id="{chart_id}-d">Listed findings involving each outlet, by severity, for the {len(rows)} outlets '
        f"with the most findings.</desc>",
        _DEFS.format(p=chart_id),
        _legend(chart_id, label_w, 16),
    ]
    for i, (name, c) in enumerate(rows):
        y = top + i * row_h
        short = name if len(name) <= 28 else name[:27] + "…"
        out.append(
            f'<text x="{label_w - 8}" y="{y + 15}" class="ax" text-anchor="end">{escape(short)}'
            f"<title>{escape(name)}</title></text>"
        )
        x = float(label_w)
        for severity in SEVERITIES:
            w = c[severity] / peak * plot_w
            if w <= 0:
                continue
            out.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" '
                f'fill="{_fill(chart_id, severity)}" stroke="#1b1f24" stroke-width="0.4">'
                f"<title>{escape(name)}: {c[severity]} {LABELS[severity]}</title></rect>"
            )
            x += w
        out.append(f'<text x="{x + 6:.1f}" y="{y + 15}" class="val">{sum(c.values())}</text>')
    out.append("</svg>")
    return Markup("".join(out))
