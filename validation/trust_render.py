"""The Markdown tables of validation.trust_figures (trust_figures.md, validation/TRUST_FIGURES.md)."""

from __future__ import annotations

from typing import Any


def _fmt(value: Any, pct: bool = False) -> str:
    if value is None:
        return "—"
    return f"{100 * value:.1f}%" if pct else f"{value}"


def _halving_row(who: str, p: dict[str, Any]) -> str:
    named = ", ".join(
        f"{o['trait']} {o['full']:g} [{o['lower']:g}–{o['upper']:g}] → {o['half']:g} ({o['level']})"
        for o in p["outside"]
    )
    worst = "zero-width" if p["zero_width_outside"] else _fmt(p["max_excess_half_widths"])
    who += "" if p["passes"] else " ✗"
    posts = f"{p['posts_full']} ({p['posts_kept']})"
    return f"| {who} | {posts} | {p['n_compared']} | {p['n_outside']} | {worst} | {named} |"


def render(figures: dict[str, Any]) -> str:
    """The Markdown tables of trust_figures.json."""
    lines = [
        "# Trust figures (issue 22)",
        "",
        f"Code measured: {figures['code']}; halves drawn with seed {figures['seed']}",
        "",
    ]
    for name, f in figures["cohorts"].items():
        lines += [f"## {name}: {f['n_people']} people, {f['n_scores']} scores ({f['evidence_levels']})", ""]
        lines += [
            "| trait | reliability (n) | ≤2 or ≥98 | max same score (score; rated n) | unrated by level |",
            "|---|---:|---:|---:|---|",
        ]
        for trait, t in f["traits"].items():
            same = _fmt(t["max_same_score_share"], pct=True)
            lines.append(
                f"| {trait} | {_fmt(t['reliability'])} ({t['reliability_n_people']}) | "
                f"{_fmt(t['extreme_share'], pct=True)} | {same} ({_fmt(t['modal_score'])}; {t['n_rated']}) | "
                f"{', '.join(f'{k} {v}' for k, v in t['unrated'].items()) or '—'} |"
            )
        most = [t for t, v in f["traits"].items() if (v["max_same_score_share"] or 0) > 0.5]
        lines += [
            "",
            f"- scores ≤ 2 or ≥ 98: {_fmt(f['extreme_share'], pct=True)} ({f['extreme_count']} of "
            f"{f['n_scores']}; target ≤ 4%); among rated scores {_fmt(f['extreme_rated_share'], pct=True)}"
            f"{': ' + ', '.join(f['extreme_rated']) if f['extreme_rated'] else ''}",
            f"- intervals narrower than 0.5 by level: {f['zero_width_by_level'] or 'none'}; rated: "
            f"{', '.join(f['zero_width_rated']) or 'none'} (target: none)",
            f"- traits giving most rated people one score: {', '.join(most) or 'none'}",
            f"- Spearman ρ of believes_in_social with log posts per week: "
            f"{_fmt(f['believes_vs_log_posts_per_week_spearman'])} ({f['believes_vs_posts_n']} people)"
            + (
                f"; the generator's own believes_in_social level: "
                f"{_fmt(f['latent_believes_vs_log_posts_per_week_spearman'])}"
                if f["latent_believes_vs_log_posts_per_week_spearman"] is not None
                else ""
            ),
        ]
        h = f.get("halving")
        if h:
            lines += [
                "",
                f"Halving ({h['n_people']} of {h['of_people']} people with 2 posts or more; "
                f"{h['people_with_one_post']} with one post left out; generic-file rerun vs export run, "
                f"max |Δscore| {_fmt(h['csv_vs_export_max_abs_score_diff'])}); target ≤ 2 of 11 outside, "
                "none beyond 2 half-widths:",
                "",
                "| person | posts (kept) | traits compared | outside | max excess (half-widths) | "
                "traits outside: full [interval] → half (full level) |",
                "|---|---:|---:|---:|---:|---|",
            ]
            lines += [_halving_row(who, p) for who, p in h["people"].items()]
        lines.append("")
    return "\n".join(lines)
