"""The politeness strategies as data: for each, the words it can start with and its phrases.

The strategies are those Danescu-Niculescu-Mizil et al. (2013, "A computational approach to
politeness with application to social factors", ACL) found to separate polite from impolite
requests on Wikipedia and Stack Exchange: gratitude, deference ("great point"), greetings,
apologizing, "please" (and a request that *starts* with it, which reads as less polite),
indirection ("by the way"), direct questions and direct starts ("so", "then"), counterfactual
modals ("could you", "would you") against indicative ones ("can you", "will you"), first- and
second-person words and sentence starts, hedges ("I think", "perhaps") and factuality ("in
fact", "actually"). The paper finds them on dependency parses; here each is a small regex over
the lowercased text (no parser model), written for this project. A few markers of the impolite
side that the paper's examples show are added (imperatives aimed at the reader, "why did you",
reproach, insults), and of the polite side (asking the reader's opinion, "may I").

Each entry is `Strategy(name, label, position, triggers, prefixes, pattern)`: `pattern` is a regex
alternation matched at a word boundary on the lowercased text (straight apostrophes);
`triggers` are the words a match can begin with and `prefixes` the beginnings of such words
(`idiot` for idiots, idiotic), so a strategy runs only on texts holding one of them; `position`
"start" counts a match only at the start of a sentence, "inside" only elsewhere. The phrases
were written for this project; tests/features/test_politeness.py checks that every match
begins with a trigger.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Strategy(NamedTuple):
    """One politeness strategy (see the module docstring)."""

    name: str
    label: str
    position: str  # "any", "start" (of a sentence) or "inside" (not at a sentence start)
    triggers: frozenset[str]
    prefixes: tuple[str, ...]
    pattern: str


def _top_level(phrases: str) -> list[str]:
    """`phrases` split at the `|` that are not inside a group or a character class."""
    out, depth, begin = [], 0, 0
    for i, ch in enumerate(phrases):
        if ch in "([" and (i == 0 or phrases[i - 1] != "\\"):
            depth += 1
        elif ch in ")]" and phrases[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(phrases[begin:i])
            begin = i + 1
    out.append(phrases[begin:])
    return out


def strategy(
    name: str,
    label: str,
    phrases: str,
    *,
    position: str = "any",
    prefixes: str = "",
    bounded: bool = True,
) -> Strategy:
    """A Strategy from `|`-separated phrases; triggers are the phrases' first words.

    A phrase's first word may be a group of words (`(?:would|will) you`), end in an optional
    letter (`thanks?`, `seems?`) or hold other syntax (`apologi[sz]e`, `suggest(?:ed)?`): the
    letters before that syntax go to `prefixes`. `bounded`: the match ends at a word boundary.
    """
    alternatives = [p.strip() for p in _top_level(phrases) if p.strip()]
    triggers: set[str] = set()
    heads: set[str] = set(prefixes.split())
    for phrase in alternatives:
        first = phrase.split(" ")[0]
        group = re.fullmatch(r"\(\?:([a-z'|]+)\)", first)
        if group:  # "(?:would|will) you": any of the group's words
            triggers.update(group.group(1).split("|"))
        elif all(c.isalpha() or c == "'" for c in first):
            triggers.add(first)
        elif first.endswith("?") and first[:-2].isalpha():
            triggers.update({first[:-2], first[:-1]})
        else:
            head = first.split("[")[0].split("(")[0].split("\\")[0]
            if head:
                heads.add(head)
    pattern = r"\b(?:" + "|".join(alternatives) + (r")\b" if bounded else ")")
    return Strategy(name, label, position, frozenset(triggers), tuple(sorted(heads)), pattern)


_GREAT = "great|good|nice|interesting|excellent|fantastic|cool|fair|valid|awesome"
_DEFERENCE_OBJECTS = "point|question|work|job|idea|catch|call|suggestion|article|edit|find"

STRATEGIES: tuple[Strategy, ...] = (
    strategy("gratitude", "gratitude", "thanks?|thank you|thx|ty|appreciated?|grateful|cheers"),
    strategy(
        "deference",
        "deference",
        "|".join(f"{g} (?:{_DEFERENCE_OBJECTS})s?" for g in _GREAT.split("|"))
        + "|well done|nice one|you're right|you are right",
        position="start",
    ),
    strategy(
        "greeting",
        "greeting",
        "hi|hello|hey|hiya|greetings|dear|good morning|good afternoon|good evening|howdy",
        position="start",
    ),
    strategy(
        "apologizing",
        "apologizing",
        "sorry|apologies|apologi[sz]e[ds]?|excuse me|forgive me|pardon|oops|i regret|my bad|my mistake",
    ),
    strategy("please", "please", "please|plz|pls", position="inside"),
    strategy("please_start", "please starts the request", "please|plz|pls", position="start"),
    strategy("indirect_btw", "indirect (by the way)", "by the way|btw|incidentally"),
    strategy(
        "direct_question",
        "direct question",
        r"(?:what|why|who|how|where|when|which)\b[^.!?\n]*\?",
        position="start",
        prefixes="what why who how where when which",
        bounded=False,
    ),
    strategy(
        "direct_start",
        "direct start",
        "so|then|and|but|or|now|also|anyway|anyways|besides|plus",
        position="start",
    ),
    strategy("counterfactual_modal", "counterfactual modal", "could you|would you|could u|would u"),
    strategy("indicative_modal", "indicative modal", "can you|will you|can u|will u"),
    strategy(
        "subjunctive",
        "subjunctive",
        "would it be possible|would it be|would you mind|if you could|if you would|if you can"
        "|do you mind|i was wondering|i wonder(?:ed)? if|if (?:you )?possible|when you get a chance"
        "|if you (?:have|get|find) (?:the |a )?(?:time|chance|moment|minute)|if you don't mind"
        "|if it's not (?:too much )?(?:trouble|a bother|a burden)|feel free|just curious|i'm curious"
        "|i was curious|just wondering",
    ),
    strategy(
        "first_person_start",
        "first person start",
        "i|my|mine|myself|i'm|i've|i'd|i'll",
        position="start",
    ),
    strategy(
        "first_person_plural",
        "first person plural",
        "we|our|ours|us|ourselves|we're|we've|let's",
    ),
    strategy("first_person", "first person", "i|my|mine|me|myself|i'm|i've|i'd|i'll"),
    strategy(
        "second_person",
        "second person",
        "you|your|yours|yourself|u|ur|you're|you've|you'd|you'll",
    ),
    strategy("second_person_start", "second person start", "you|your|you're|u", position="start"),
    strategy(
        "hedges",
        "hedge",
        "i think|i suggest|i'd suggest|i would suggest|perhaps|maybe|probably|possibly|might"
        "|seems?|apparently|i believe|i guess|i suppose|somewhat|kind of|sort of|it appears|likely"
        "|i assume|i feel|i wonder(?:ed)?|i was wondering|roughly|generally|usually|presumably"
        "|in my (?:view|opinion)|not sure|unsure|suggest(?:ed|ion|s)?|hopefully|i hope"
        # general hedges of academic writing (in the spirit of Hyland 2005), beyond the paper's
        "|almost|apparent|appears?|approximately|assumed?|doubt(?:ful)?|estimated?|frequently|largely"
        "|mainly|may|mostly|often|plausibl[ey]|possible|probable|quite|rather|relatively|seemingly"
        "|should|sometimes|supposed?|tends?|typically|uncertain|unclear|unlikely|i thought|a bit"
        "|a little|to some extent",
        prefixes="suggest plausibl doubt",
    ),
    strategy(
        "factuality",
        "factuality",
        "in fact|actually|the point is|the reality is|the truth is|really|obviously|clearly"
        "|of course|definitely|certainly|in reality",
    ),
    strategy(
        "why_you",
        "challenging why-question",
        "why (?:did|do|would|are|were|is|does|didn't|don't|haven't|won't|can't)"
        " (?:you|u|your|it|this|that|not)|what the (?:hell|heck|fuck)|wtf",
    ),
    strategy(
        "imperative_start",
        "imperative start",
        "stop|don't|do not|quit|read|look|go|get|leave|explain|tell me|give me|fix|remove|revert"
        "|see|check|just",
        position="start",
    ),
    strategy(
        "obligation",
        "obligation on the reader",
        "you (?:should|must|need to|have to|ought to)|you'd better|you had better",
    ),
    strategy(
        "negative_words",
        "harsh word",
        r"stupid|idiot\w*|ridiculous|nonsense|bullshit|crap|damn\w*|hell|fuck\w*|shit\w*|dumb"
        r"|moron\w*|vandal\w*|pathetic|absurd|ignorant|lame|sucks?|wrong|bad|annoying|rude|silly",
        prefixes="idiot damn fuck shit moron vandal",
    ),
    strategy(
        "welcome",
        "welcoming / asking help",
        "welcome|any help|let me know|help me|your help|thanks? in advance",
    ),
    strategy("why", "why-question", "why|how come"),
    strategy(
        "ask_opinion",
        "asks the reader's opinion",
        "what do you think|what are your thoughts|your thoughts|any (?:thoughts|ideas?|suggestions?"
        "|objections?|comments?|advice|opinions?|pointers|tips|chance)|your (?:opinion|input|advice"
        "|feedback|view)|thoughts(?=\\?)",
    ),
    strategy(
        "first_person_modal",
        "asks permission (may I)",
        "may i|can i|could i|should i|shall i|might i|is it ok(?:ay)? if i|do you mind if i",
    ),
    strategy(
        "indirect_request",
        "asks ability or willingness",
        "(?:would|will|are|were) you (?:\\w+ )?(?:be )?"
        "(?:willing|able|interested|kind enough|so kind|available)"
        "|be (?:willing|able|interested) to|be interested in|would you like|would you care to"
        "|is it possible|is there (?:any|a) way|do you have (?:the )?(?:time|a moment|a minute|a chance)",
    ),
    strategy(
        "challenge",
        "challenge or reproach",
        "even|exactly|at all|ever|seriously|how come|why not|what's wrong|what is wrong"
        "|is there a reason|is there any reason|what's the point|what is the point|at least"
        "|for once|care to|bother to|as i said|like i said|i already|i have already|i've already"
        "|i told you|i asked you|once again|yet again|what do you mean|who are you|who gave you",
    ),
)
