"""staff-signals: evidence-backed signals of social-media-lead traits in staff exports."""

from __future__ import annotations

__version__ = "0.1.0"
