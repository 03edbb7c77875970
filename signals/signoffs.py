"""Sign-offs: how a roster `signature` is recognized at the end of a shared account's post.

Agents behind a brand account end their messages with a marker and their initials or name
(`^JM`, `*SR`, `-Rene`, `~Olivia`). Real logs write them in a few ways, all of which are the
same sign-off:

- separated from the text by a space (`… any questions. ^AS`), or glued to the sentence's
  punctuation (`… your Transaction ID.^AS`, `… Thanks.^Kartika`);
- with or without one space after the marker (`~ Olivia` and `~Olivia`, `- Rene`), whichever
  way the roster writes it.

What is not a sign-off: a marker glued to a letter, digit or underscore (`Mary-Jo`, `5-ish`,
`Done*SR`: a hyphenated word or an ordinary ending), a marker alone (`see you ~`), and a
different case than the roster's (`^as` is not `^AS`). A signature that does not start with a
marker (`JM`, `Z ^JM`) must stand as the text's last words, after a space or at the start.
Trailing whitespace is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the optional space after the marker: one space, tab or no-break space, never a line break
_GAP = r"[^\S\r\n]?"
# a signature's marker: its leading characters that are neither letters, digits, `_` nor space
_MARKER = re.compile(r"[^\w\s]*")


@dataclass(frozen=True)
class SignOff:
    """The rule that tells whether a text (trailing whitespace removed) ends with a sign-off."""

    signature: str
    name: str  # what such a text ends with
    pattern: re.Pattern[str]  # searched in the text's last `reach` characters, anchored at the end
    reach: int  # the longest match, plus the character before it that the pattern looks at

    @classmethod
    def of(cls, signature: str) -> SignOff:
        """The rule of a roster signature as written (surrounding whitespace ignored)."""
        written = signature.strip()
        found = _MARKER.match(written)
        marker = found.group(0) if found else ""
        name = written[len(marker) :].lstrip()
        if not marker or not name:  # no marker, or nothing but one: the words as written
            pattern = re.compile(r"(?<!\S)" + re.escape(written) + r"\Z")
            return cls(written, written, pattern, len(written) + 1)
        pattern = re.compile(r"(?<!\w)" + re.escape(marker) + _GAP + re.escape(name) + r"\Z")
        return cls(written, name, pattern, len(marker) + 1 + len(name) + 1)

    def ends(self, stripped: str) -> bool:
        """Whether `stripped` (a text without trailing whitespace) ends with this sign-off."""
        return stripped.endswith(self.name) and self.pattern.search(stripped[-self.reach :]) is not None

