"""Sentences that show (or betray the lack of) each trait, by where they can be said.

`MARKERS[trait]["hi" | "lo"][group]` where group is `int` (Slack, among colleagues), `pub` (public
posts) or `rep` (public replies to riders, shared inbox). A high level draws from "hi" more
often, a low level from "lo" (see voice.Voice for the rates). `{m}` is a colleague mention,
`{mp}` a partner organization's mention; both are rendered in the platform's own syntax.
"""

from __future__ import annotations

# Data tables: entries are packed several to a line, so the formatter stays out.
# fmt: off

Markers = dict[str, dict[str, dict[str, tuple[str, ...]]]]

MARKERS: Markers = {
    "humble": {
        "hi": {
            "int": (
                "Sorry, my mistake, I put the wrong date on {thing}. Fixed now.",
                "I messed up the {route} times in the {doc}, that's on me. Corrected version is up.",
                "Correction: the meeting with {partner} is {day} at {time}, not {time2}. My bad.",
                "I was wrong about {project}, {m} had it right.",
                "I stand corrected, {m} is right about the {route} numbers.",
                "Good point, you're right. I hadn't thought about {hood}.",
                "My bad, I linked the wrong version of {thing}.",
                "I made a mistake in yesterday's {metric} numbers for {route}, here's the fix.",
                "I dropped the ball on {thing}, sorry everyone. Doing it now.",
                "I got that wrong earlier: {route} changes on {day}, not {day2}.",
                "Still learning this part, so please check my math on {metric}.",
                "Edit: I had the wrong stop for {route}, it's {stop}. Sorry for the confusion.",
            ),
            "pub": (
                "Correction: the {route} detour starts {day}, not {day2}. Sorry, my mistake!",
                "I got the time wrong in my last post. {route} leaves {stop} at {time}. That's on me.",
                "Earlier I said {route} skips {street}. I was wrong: only the {stop} stop is closed.",
                "Fixed the broken link from my last post, sorry about that: {url}",
                "I stand corrected: a rider pointed out the {stop} stop moved to {street2}. Thank you!",
                "Update: earlier I said the survey closes {day}. It closes {day2}. My mistake.",
            ),
            "rep": (
                "Sorry, my mistake. It's {time}, not {time2}.",
                "You're right, I gave you the wrong stop. It's {stop}. That's on me.",
                "Good point, I hadn't thought of that.", "I don't know the answer yet, but I'll find out.",
                "I was wrong earlier, {route} does stop at {stop}.",
                "My bad, that link was broken. Here's the right one: {url}",
            ),
        },
        "lo": {
            "int": (
                "As I already said, {thing} was correct when I sent it.",
                "Not my mistake. {m} sent me the old file.",
                "I'm confident the {route} numbers are right, no need to double-check.",
                "I told everyone this would happen with {project}.",
                "If people read the {doc} they wouldn't be confused.",
                "The {metric} numbers are fine. Someone else must have changed them.",
            ),
            "pub": (
                "For the record, the {route} schedule was correct. Please check it before posting.",
                "The information in our {route} post was accurate as published.",
            ),
            "rep": (
                "The schedule was correct. Please check it again.",
                "That information was accurate when it was posted.",
                "As I said, {route} is on time according to our system.",
            ),
        },
    },
    "self_aware": {
        "hi": {
            "int": (
                "I don't know, but {m} does. {m}, can you take this one?", "Not my area, looping in {m}.",
                "Can anyone help with {task}? I'm out of my depth.", "Does anyone know {question}?",
                "I'm good at {strength} but not at {weakness}, so I'd love {m}'s eyes on this.",
                "{m} knows more about {metric} than I do, I'll check with them.",
                "Best person to ask about {project} is {m}.",
                "Can someone who knows {area} double-check this before it goes out?",
                "Honest question, does anybody know how {task} works?",
            ),
            "pub": (
                "Great question! I don't know offhand, but our {area} team does. Checking now.",
                "Not my area of expertise, so I asked {m}. Answer coming soon.",
            ),
            "rep": (
                "Good question. I don't know, but I'm asking our {area} team now.",
                "That's outside my area, so I've passed it to our {area} folks. They'll reply here.",
                "I'll find out and reply by the end of the day.",
            ),
        },
        "lo": {
            "int": (
                "I'll handle {task} myself, no need to pull anyone else in.",
                "Trust me, I know how {project} works.", "I don't need a review on {thing}.",
                "I've done {task} a hundred times, it'll be fine.",
                "No need to involve {area}, I've got {task}.",
            ),
            "pub": (
            ),
            "rep": (
                "I can tell you with certainty that {route} is on schedule.",
            ),
        },
    },
    "unafraid_of_failure": {
        "hi": {
            "int": (
                "What if we try {idea} on {route} for two weeks?", "Wild idea: {idea}.",
                "Let's pilot {idea} in {hood} and see what happens.",
                "Quick experiment: {idea}. Worst case we learn something.",
                "That didn't work. Lesson learned, next up: {idea}.",
                "{project} flopped the first time, let's try it again with {tweak}.",
                "Could we try {idea}? Happy to own it if it fails.",
                "Let's test {idea} before we overthink it.",
            ),
            "pub": (
                "We're trying something new: {idea}. Tell us what you think!",
                "Experiment time: {idea} on {route} this month.",
                "Our first try at {idea} didn't work. Lesson learned, round two starts {day}.",
            ),
            "rep": (
                "We're testing {idea} soon, so your feedback really helps.",
            ),
        },
        "lo": {
            "int": (
                "Let's not change anything until {boss} signs off.",
                "We tried something like that years ago and it went badly, so no.",
                "Too risky for now. Let's stick with what we have on {route}.",
                "Let's wait for the full study before touching {route}.",
                "I'd rather not be the first agency to try {idea}.",
                "Can we keep {project} exactly as it is? Changes make me nervous.",
            ),
            "pub": (
                "Any changes to {route} will only be considered after a full evaluation.",
            ),
            "rep": (
            ),
        },
    },
    "team_player": {
        "hi": {
            "int": (
                "Thanks {m} for jumping in on {thing}!", "{m} and I finished {thing}. Team effort.",
                "Great teamwork today, everyone. We got {thing} out on time.",
                "Let's pair up on {task}, {m}?",
                "We did it! {project} update is live thanks to the whole crew.",
                "Our team rocks. {m} covered the inbox while I was out.",
                "{m} {m2} let's huddle on {project} at {time}?",
                "Thanks {m}, couldn't have done {task} without you.",
            ),
            "pub": (
                "Proud of our team for getting {route} back on schedule so fast.",
                "Teamwork: {m} and our ops crew sorted out the {route} detour in an hour.",
                "We couldn't do this without our operators and mechanics.",
            ),
            "rep": (
                "Our team is on it.", "We're working on it together with operations.",
            ),
        },
        "lo": {
            "int": (
                "I'll just do it myself, it's faster.", "Please don't cc me on {thing} emails.",
                "I did {thing} on my own, as usual.", "Why does {project} need a meeting?",
                "I don't need help with {task}.", "Leave {thing} to me, I'll sort it alone.",
            ),
            "pub": (
            ),
            "rep": (
            ),
        },
    },
    "generous": {
        "hi": {
            "int": (
                "Shout-out to {m} for {help}!", "Kudos to {m}, the {thing} looks great.",
                "Credit to {m}, this was their idea.",
                "Everyone go read {m}'s post about {project}, it's excellent.",
                "Big thanks to {m} for the photos from {event}.", "h/t {m} for catching the typo in {thing}.",
            ),
            "pub": (
                "h/t {m} for the heads up.", "Thanks to {mp} for the photo!",
                "Kudos to {mp} for {partner_help}.", "Shout-out to {m}, who {colleague_did}.",
                "Great work by {mp} on {event}. Go check out their post!", "via {mp}",
            ),
            "rep": (
                "Thanks to {m} on our ops team for tracking this down.",
            ),
        },
        "lo": {
            "int": (
                "I came up with the {project} idea, just so everyone knows.",
                "That was my work on {thing}, for the record.", "I'll present {project} to the board myself.",
            ),
            "pub": (
            ),
            "rep": (
            ),
        },
    },
    "enjoyable": {
        "hi": {
            "int": (
                "Thanks so much!", "Appreciate you all!", "You're the best!", "Have a great weekend!",
                "Thank you, this made my day!", "Love this!", "Coffee count today: {n} and counting ☕",
                "The printer and I are no longer on speaking terms 😄", "Fun fact: {fun_fact}!",
                "If anyone needs me I'll be hugging the AC vent.", "Happy {weekday}, friends!",
            ),
            "pub": (
                "Thank you, Riverton!", "Have a great weekend, everyone!", "You all are the best.",
                "Fun fact: {fun_fact}!", "Stay cool out there!", "Appreciate every one of you.",
            ),
            "rep": (
                "Thanks so much for letting us know!", "Have a great day!", "Appreciate you!",
                "Thanks for your kind words!", "Enjoy the ride!",
            ),
        },
        "lo": {
            "int": (
                "Noted.", "Fine.", "Read the {doc}.", "Already answered this.", "Not my problem.",
                "This is a mess.", "Honestly this is ridiculous.",
                "Another pointless meeting about {project}.", "I'm sick of fixing {thing}.",
                "Nobody ever reads the {doc}.", "Ugh, {thing} again.",
            ),
            "pub": (
                "It's in the schedule.",
            ),
            "rep": (
                "It's on the website.", "Check the schedule next time.", "Already posted this.",
            ),
        },
    },
    "loves_mission": {
        "hi": {
            "int": (
                "This is why transit matters: {reason}.", "Every route we run connects our community.",
                "Our riders deserve reliable service, full stop.",
                "Days like this remind me why I love working for {org}.",
                "Buses get our residents to jobs, school and the doctor.",
            ),
            "pub": (
                "Proud to serve Riverton riders every day.", "This is why transit matters: {reason}.",
                "Every route we run connects our community.", "Our riders deserve reliable service.",
                "Buses get our residents to jobs, school and the doctor.",
            ),
            "rep": (
                "Riders like you make this job worth it.", "Thanks for riding with us!",
            ),
        },
        "lo": {
            "int": (
                "Just a job, honestly.", "Counting down to Friday.", "Not our department's problem.",
                "I don't really care which route it is.", "Can't wait to log off today.",
            ),
            "pub": (
            ),
            "rep": (
            ),
        },
    },
    "believes_in_social": {
        "hi": {
            "int": (
                "Can we post this on X and Mastodon today?",
                "Engagement on the {route} detour post was way up, {pct}% more replies than usual.",
                "Let's go live from {event}!",
                "This thread from a rider is a great example of why social matters.",
                "Our followers asked great questions about {project}, let's answer them in a thread.",
                "We can reach more riders online than with paper flyers.",
                "Social media is how we hear from riders in real time.",
                "Let's share this on our socials before {time}.",
            ),
            "pub": (
                "Share this with anyone who rides {route}!",
                "Going live from {event} at {time}, bring your questions!",
                "Follow this thread for updates on {project}.",
                "You all asked, so here's a thread on {project}.",
                "Please share with your neighbors who ride {route}!",
            ),
            "rep": (
                "Follow us for live updates on {route}.",
            ),
        },
        "lo": {
            "int": (
                "Can we just put it on the website?", "Posting about {project} won't change anything.",
                "Do we really need to tweet every detour?", "I'd rather send a printed notice.",
                "Twitter isn't a priority for {area}.",
            ),
            "pub": (
            ),
            "rep": (
            ),
        },
    },
}

OPENERS_TEMPLATED: tuple[str, ...] = ("Service update:", "Please be advised:", "Reminder:")
OPENERS_CHAT: tuple[str, ...] = ("FYI:", "Update:", "Quick reminder:")
VIVID_OPENERS: tuple[str, ...] = (
    "What a {vivid} {daypart} in {hood}.", "{hood} is {vivid} this {daypart}.",
    "Such a {vivid} {daypart} along {street}.", "The river looks {vivid} today.",
    "Sky over {landmark}: {vivid}.", "Everything about this {daypart} feels {vivid}.",
    "A {vivid} {daypart} on {route}, as promised.", "Note to self: {hood} at dawn is {vivid}.",
    "Ever seen {landmark} on a {vivid} {daypart}? Worth it.", "Call it a {vivid} kind of {daypart}.",
)
STORIES: tuple[str, ...] = (
    "Story time: {operator} on {route} stopped to help a kid find his mom at {landmark}, then waved the "
    "whole bus goodbye.",
    'Overheard on {route} this morning: "this bus is my thinking time."',
    "Picture this: sunrise over the river, a bus full of sleepy commuters and {operator} humming along.",
    "Tiny victory of the day: the {stop} shelter finally has its bench back.",
    "A rider told me she has taken {route} to the same job for {years} years and never once missed a shift.",
    "Plot twist: the busiest stop on {route} is not downtown, it's {stop}.",
    "If {route} had a soundtrack, this morning it would be a slow jazz tune.",
    "Some days the bus is a little moving living room: coffee, gossip, {operator} at the wheel.",
    'Found a note taped in the {stop} shelter today: "thank you for the bench." It made our week.',
    "Watching {event} crowds pour off {route} is the closest thing we have to a parade.",
)
VIVID: tuple[str, ...] = (
    "glittering", "sleepy", "golden", "buzzing", "stubborn", "cheerful", "foggy", "sparkling", "restless",
    "cozy", "sunlit", "rain-soaked", "bustling", "gleaming", "whimsical", "sprawling",
)
PLAIN_ASIDES: tuple[str, ...] = (
    "Questions? Just ask!", "Does that help?", "Make sense?", "Anyone else seeing this?",
    "What do you think?", "Any questions, just reply here.", "Sound good?",
)
JARGON_ASIDES: tuple[str, ...] = (
    "Going forward, we will leverage these learnings to optimize {metric}.",
    "This aligns with our strategic priorities and stakeholder expectations.",
    "Let's circle back once we have more bandwidth.", "Key deliverables will be operationalized in Q{q}.",
    "This requires a holistic, multimodal interoperability paradigm.",
    "Please action accordingly and ensure alignment across stakeholders.",
    "We must utilize actionable metrics to move the needle on {metric}.",
    "Our value proposition depends on a best-in-class customer experience ecosystem.",
    "Going forward, deliverables should be synergized across workstreams.",
)
