"""Command line: `python -m sample_data.generator OUT [--posts N] [--seed S]`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from sample_data.generator.core import DEFAULT_POSTS, DEFAULT_SEED, generate
from signals.ground.errors import InputError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sample_data.generator",
        description="Generate a fictional organization's staff exports, roster and ratings (deterministic).",
    )
    parser.add_argument("out", type=Path, help="output directory (new, empty, or a previous generation)")
    parser.add_argument(
        "--posts", type=int, default=DEFAULT_POSTS, help=f"about how many posts (default {DEFAULT_POSTS})"
    )
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    try:
        generate(args.out, posts=args.posts, seed=args.seed)
    except (ValueError, InputError) as exc:
        logging.getLogger("sample_data.generator").error("error: %s", exc)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
