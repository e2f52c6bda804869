"""``advisor chart --profile FILE --out FILE.png``: the picture of where the applicant stands.

The applicant's Step 2 CK, publications and abstracts against non-US IMGs who applied to DR and
Integrated IR (NRMP Charting Outcomes, sample sizes on the chart). Headless (matplotlib Agg), no
network, no database. Prints the chart's alt text; ``--out`` must end in ``.png``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli.base import SubParsers, UsageError
from bot.cli.io import read_profile


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "chart",
        help="PNG of where an applicant stands against matched and unmatched IMGs",
        description="Draw the applicant (JSON profile, '-' for stdin) against the sourced "
        "Charting Outcomes distributions of non-US IMGs in DR and Integrated IR.",
    )
    parser.add_argument("--profile", required=True, metavar="FILE", help="profile JSON, or -")
    parser.add_argument("--out", required=True, metavar="FILE.png", type=Path, help="PNG to write")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() != ".png":
        raise UsageError(f"--out: got {str(out)!r}; allowed: a file name ending in .png")
    if not out.parent.is_dir():
        raise UsageError(f"--out: folder {str(out.parent)!r} does not exist")
    profile = read_profile(args.profile)

    from bot.charts.alt import alt_text
    from bot.charts.figure import build_figure, render_png

    png = render_png(build_figure(profile))
    try:
        out.write_bytes(png)
    except OSError as error:
        raise UsageError(f"--out: cannot write {str(out)!r}: {error.strerror}") from None
    print(f"Wrote {out} ({len(png)} bytes).")
    print(alt_text(profile))
    return 0
