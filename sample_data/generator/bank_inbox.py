"""Riders' messages to the agency and the staff answers, by kind of request.

`CITIZEN[kind]` are inbound messages (informal, typos and emoji added by the writer); `ANSWER[kind]`
the factual core of a staff answer in the plain and formal register. Everyone on the inbox uses
the organizational apology and sympathy formulas (`ORG_APOLOGY`, `EMPATHY`): they are service
manners, not humility. `FOLLOWUP_*` are the second turns (a rider pushing back, thanking, asking more).
"""

from __future__ import annotations

# Data tables: entries are packed several to a line, so the formatter stays out.
# fmt: off

CITIZEN: dict[str, tuple[str, ...]] = {
    "late": (
        "where is the {rnum}?? been waiting at {stop} for {mins} min",
        "is {route} even running? nothing at {stop} since {time}",
        "{rnum} bus is late again, I'm going to be late for work",
        "been standing at {stop} forever, is the {rnum} coming or not",
        "any idea when the next {rnum} gets to {stop}?",
        "the {rnum} was supposed to be here at {time}. still nothing",
    ),
    "passed": (
        "bus {busnum} just drove right past me at {stop} without stopping",
        "the {rnum} skipped {stop} again this morning, I was standing right there",
        "driver on the {rnum} didn't stop for my mom at {stop} and she uses a walker",
    ),
    "praise": (
        "the driver on {route} this morning was so kind to my mom, thank you",
        "shoutout to the {rnum} driver who waited for me at {stop} today",
        "thank you for running the {rnum} in {weather} today, you guys are heroes",
        "{operator} on the {rnum} is the best driver in Riverton, just saying",
    ),
    "lost": (
        "left my {item} on the {rnum} around {time}, is there a lost and found?",
        "I think I left my {item} on bus {busnum} yesterday, who do I call?",
        "lost my {item} on {route} this afternoon, anyone turn it in?",
    ),
    "app": (
        "why does the app say {rnum} is 2 min away when it's not here",
        "your trip planner keeps sending me to {stop} which is closed",
        "real time arrivals for the {rnum} have been wrong all week",
    ),
    "schedule": (
        "when do the new schedules start?", "does the {rnum} still run after 9 on weekdays?",
        "is there sunday service on {route}?", "what time is the last {rnum} from {station}?",
    ),
    "access": (
        "elevator at {station} is broken again",
        "ramp on the {rnum} wouldn't go down today, I use a wheelchair", "how do I sign up for paratransit?",
    ),
    "service": (
        "can you add a bus to {hood}? we have nothing out here", "please bring back the {rnum} on saturdays",
        "why did you cut the {rnum}, I depend on it to get to {landmark}",
    ),
    "fares": (
        "how much is a monthly pass now", "does fare capping work if I pay with my phone?",
        "do students ride free in summer?", "my fare card got charged twice on the {rnum}",
    ),
    "event": (
        "is there extra service for {event}?", "what's the best bus to {event}?",
        "how late do buses run after {event}?",
    ),
    "crowded": (
        "bus was packed, couldn't get on at {stop}. {mins} min till the next one",
        "the {rnum} at {time} is always full, can you add a trip?",
    ),
    "stop": (
        "shelter at {stop} has broken glass everywhere", "no bench at {stop} anymore? my knees are not happy",
        "the stop sign at {stop} is missing, nobody knows where to wait",
        "AC on bus {busnum} isn't working, it's like 95 in here",
    ),
}

ANSWER: dict[str, dict[str, tuple[str, ...]]] = {
    "late": {
        "plain": (
            "{route} is running about {mins2} minutes behind because of {delay}. It should reach {stop} "
            "around {time2}.",
            "The next {rnum} is about {mins2} minutes away from {stop}.",
            "{route} had {delay} and is catching up now. Next bus is {mins2} minutes out.",
        ),
        "formal": (
            "Our real-time monitoring indicates {route} is experiencing a schedule variance of "
            "approximately {mins2} minutes; estimated arrival at {stop} is {time2}.",
            "{route} is currently impacted by {delay_f}; service is anticipated to normalize shortly.",
        ),
    },
    "passed": {
        "plain": (
            "That shouldn't happen at {stop}. Can you send us the time and direction so we can follow up?",
            "Thanks for telling us. We've sent this to the {route} supervisor to talk with the driver.",
            "That's not OK. We've logged it and operations will review the video from bus {busnum}.",
        ),
        "formal": (
            "This {route} matter has been escalated to operations leadership for review in accordance with "
            "our customer service standards.",
            "Please submit the date, time and direction of travel via {url} so the incident can be "
            "investigated appropriately.",
        ),
    },
    "praise": {
        "plain": (
            "Thank you for sharing this! We'll pass it along to the {route} driver.",
            "This is so nice to hear. We'll make sure {operator} sees it.",
            "Thanks! Our {route} drivers work hard, and notes like this mean a lot.",
        ),
        "formal": (
            "We appreciate your feedback regarding {route}, which will be forwarded to the appropriate "
            "operational leadership for recognition purposes.",
        ),
    },
    "lost": {
        "plain": (
            "Lost and found is at {station}, open weekdays 8 to 5. Call 555-0142 with the bus number and "
            "time.",
            "Items found on buses go to {station} within a day. Give them a call at 555-0142.",
            "Check with lost and found at {station}. If your {item} turns up, they'll hold it for 30 days.",
        ),
        "formal": (
            "Recovered items are processed through the {station} customer service location; please contact "
            "555-0142 to initiate a claim.",
        ),
    },
    "app": {
        "plain": (
            "The app can lag when buses lose GPS near {street}. We've told our tech team.",
            "Thanks, {stop} is closed for work. We've asked the trip planner folks to fix it.",
            "We know the {rnum} arrivals have been off. A fix is going in this week.",
        ),
        "formal": (
            "We have escalated the reported real-time data discrepancy for {route} to our technology vendor "
            "for remediation.",
        ),
    },
    "schedule": {
        "plain": (
            "New schedules start {date}. You can see them at {url}",
            "Yes, {route} runs until about 11 pm on weekdays.",
            "The last {rnum} leaves {station} at {time2} on weekdays.",
        ),
        "formal": (
            "Revised timetable information is available via {url} and will take effect {date}.",
        ),
    },
    "access": {
        "plain": (
            "Thanks for flagging. Crews are on the way. Use the {street} ramp for now.",
            "That's not OK. We've pulled bus {busnum} to fix the ramp today.",
            "You can sign up for paratransit at {url} or call 555-0177.",
        ),
        "formal": (
            "Accessibility deficiencies are addressed as a priority; maintenance personnel have been "
            "dispatched to {station}.",
            "Paratransit eligibility applications may be submitted via {url}.",
        ),
    },
    "service": {
        "plain": (
            "We're looking at service to {hood} as part of {project}. Tell us more here: {url}",
            "We hear you. Saturday service on {route} is on the list for the next service change.",
            "Thanks for telling us. Comments about {hood} go straight to our planners.",
        ),
        "formal": (
            "Your input will be incorporated into the {project} planning process, which evaluates service "
            "coverage across the network.",
        ),
    },
    "fares": {
        "plain": (
            "A 31-day pass is $45, or $22.50 with reduced fare. You can buy one at {station}.",
            "Yes! Fare capping works with phone pay too, on {route} and every other route.",
            "Yes, students ride free all summer with a school ID, {route} included.",
            "Sorry about the double charge on {route}. DM us your card number and we'll refund it.",
        ),
        "formal": (
            "Fare product pricing information is available at {url}.",
        ),
    },
    "event": {
        "plain": (
            "Yes! {route} runs every {mins2} minutes before and after {event}.",
            "Take {route} to {stop}, it's a short walk from there.",
            "Buses run until about an hour after {event} ends.",
        ),
        "formal": (
            "Supplemental service will be deployed in support of {event}; details are available at {url}.",
        ),
    },
    "crowded": {
        "plain": (
            "Sorry you got left behind. We're adding trips to {route} this month.",
            "The {time} trip is our busiest. We've asked planning to add a bus.",
        ),
        "formal": (
            "Capacity constraints on {route} are being evaluated as part of ongoing service planning.",
        ),
    },
    "stop": {
        "plain": (
            "Thanks, we've sent a crew to {stop}.", "The bench at {stop} is coming back next week, promise.",
            "Thanks! We'll pull bus {busnum} for an AC check when it gets back to the garage.",
        ),
        "formal": (
            "A maintenance work order has been generated for the {stop} facility.",
        ),
    },
}

GREETINGS_PLAIN: tuple[str, ...] = (
    "Hi!", "Hi there!", "Hey!", "Hello!", "Hey there!", "Thanks for reaching out.", "", "", "",
)
GREETINGS_FORMAL: tuple[str, ...] = (
    "Greetings.", "Thank you for contacting Riverton Regional Transit.", "Hello.", "",
)
CLOSERS_PLAIN: tuple[str, ...] = (
    "Hope that helps!", "Let us know if you need anything else.", "Have a good one!", "Stay warm out there!",
    "Safe travels!", "", "", "",
)
CLOSERS_FORMAL: tuple[str, ...] = (
    "Please do not hesitate to reach out should you require additional assistance.",
    "We value your continued ridership.", "Thank you for your patience and understanding.", "",
)
ORG_APOLOGY: tuple[str, ...] = (
    "We apologize for the delay.", "We're sorry for the trouble.", "We apologize for the inconvenience.",
    "Sorry for the wait.", "We're sorry this happened.",
)
EMPATHY: tuple[str, ...] = (
    "Sorry to hear that.", "So sorry to hear about your morning.", "Sorry to hear about the trouble today.",
    "Ugh, sorry to hear that.",
)
APOLOGY_KINDS: frozenset[str] = frozenset({"late", "passed", "app", "crowded", "stop", "access", "lost"})

FOLLOWUP_PUSHBACK: tuple[str, ...] = (
    "that's not right, the {rnum} left {stop} at {time2}", "no, the stop at {stop} is still closed",
    "the link you sent doesn't work", "that's the wrong stop, I'm at {stop}",
)
FOLLOWUP_THANKS: tuple[str, ...] = (
    "thanks! {rnum} it is", "ok thank you, I'll walk to {stop}", "appreciate it, see you at {stop}",
    "got it, thanks {emoji}", "perfect thanks, I'll catch the {time2} one", "ty! made it to {landmark}",
    "thank you!! the {rnum} just showed up", "ok cool, thanks for the fast answer about the {rnum}",
    "thanks, that helps. {item} found, crisis over", "great, I'll tell my {relative}",
)
FOLLOWUP_MORE: tuple[str, ...] = (
    "and what about weekends on the {rnum}?", "is that the same for the {rnum2}?",
    "how long will the work on {street} take?", "ok but when does {route} go back to normal?",
    "does that apply to {stop} too?", "and is there a bus from {hood} after {time2}?",
)
STAFF_FOLLOWUP_HUMBLE: tuple[str, ...] = (
    "You're right, sorry, my mistake. It left at {time2}.",
    "Good point, you're right. I gave you the wrong info about {route}, that's on me.",
    "I stand corrected, thank you. The right stop is {stop}.", "My bad! Here's the working link: {url}",
)
STAFF_FOLLOWUP_PROUD: tuple[str, ...] = (
    "Our records show {route} departed {stop} on schedule.",
    "The information provided about {route} was correct at the time.",
    "Please check the {route} schedule, it's accurate.",
)
STAFF_FOLLOWUP_MORE: tuple[str, ...] = (
    "Same on weekends, just every {mins2} minutes.",
    "It should be done by {day}, and {route} goes back to {street}.", "Yes, same for the {rnum2}.",
    "We'll know more by {day} and will post it.", "The {street} work wraps up around {date}.",
    "Yes, the last one leaves {stop} at {time2}.",
)
STAFF_FOLLOWUP_THANKS: tuple[str, ...] = (
    "Anytime! Enjoy the ride on {route}.", "You're welcome, see you on {route}!",
    "Glad we could help. Stay safe at {stop}.", "Take care, and say hi to the {rnum} driver for us!",
    "Happy to help. Have a good {weekday}!", "You're welcome! The {route} crew will be glad to hear it.",
)
OWN_ACCOUNT_INBOUND: tuple[str, ...] = (
    "thanks for the help at the {project} open house yesterday!",
    "great talk at {landmark} last night about {project}",
    "is the {project} survey still open? asking for my block club",
    "saw you at {event}, do you have the flyer about {project}?",
)
OWN_ACCOUNT_REPLY: tuple[str, ...] = (
    "Thanks for coming! The slides are here: {url}",
    "It was great to meet you. The survey is open until {date}.", "Yes, it's open until {date}: {url}",
    "Here you go: {url}. Thanks for spreading the word in {hood}!",
)
SPANISH_INBOUND: tuple[str, ...] = (
    "hola, ¿a qué hora pasa el {rnum} por {stop}?", "¿el {rnum} funciona hoy? estoy en {stop}, gracias",
    "¿dónde compro el pase mensual? vivo en {hood} y tomo el {rnum}",
    "buenas, ¿el {rnum} para en {landmark}?", "¿cuánto tarda el {rnum} de {station} a {landmark}?",
)
SPANISH_REPLY: tuple[str, ...] = (
    "¡Hola! El {rnum} pasa por {stop} cada {mins2} minutos.",
    "Sí, el {rnum} funciona normal hoy. El próximo llega a {stop} en {mins2} minutos.",
    "Puede comprar el pase en {station} o en {url}",
    "Sí, el {rnum} para en {landmark}, en la esquina de {street}.",
)
