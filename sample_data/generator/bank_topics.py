"""What people write about: topic templates in a plain and in a corporate register.

`PUBLIC[topic]` are public posts (X, Mastodon), `INTERNAL[topic]` Slack messages. Each topic has
a `plain` list (short words, contractions, "you") and a `formal` list (jargon, long polysyllabic
sentences); the writer's speaks_human level picks the register sentence by sentence. `MISSION_TOPICS`
are about the transit service itself; the others are office life, so loves_mission shifts the mix.
Slots in braces are filled by `slots.Slots`.
"""

from __future__ import annotations

# Data tables: entries are packed several to a line, so the formatter stays out.
# fmt: off

Bank = dict[str, dict[str, tuple[str, ...]]]

PUBLIC: Bank = {
    "detour": {
        "plain": (
            "{route} is on detour around {street} because of {cause}. Catch it at {stop} instead.",
            "Heads up: {route} skips {street} until {day}. The closest stop is {stop}.",
            "Road work on {street} means {route} uses {street2} for now. Add about {mins} minutes.",
            "{route} riders: the stop at {stop} is closed this week. Walk one block to {street2}.",
            "{route} can't get down {street} today ({cause}), so it's using {street2}.",
            "If you ride {route} through {hood}, your stop moved to {street2} until {day}.",
            "Detour on {route}: buses go around {street} and pick up at {stop}. Map: {url}",
            "{cause} on {street} has {route} on a short detour. Back to normal by {time}.",
        ),
        "formal": (
            "Due to {cause_f} on {street}, {route} will operate on a temporary detour utilizing {street2} "
            "until further notice.",
            "{route} service is being rerouted to facilitate {cause_f}; impacted customers are encouraged "
            "to utilize the {stop} boarding location.",
            "In alignment with the municipal construction schedule, {route} will implement a temporary "
            "operational realignment affecting the {street} corridor.",
            "Customers utilizing {route} within the {hood} service area should anticipate modified boarding "
            "locations in connection with {cause_f}.",
            "A temporary routing modification for {route} has been operationalized to accommodate "
            "{cause_f}; additional information is available at {url}.",
        ),
    },
    "delay": {
        "plain": (
            "{route} is running about {mins} minutes late because of {delay}.",
            "Buses on {route} are about {mins} min behind right now ({delay}). Thanks for your patience.",
            "Waiting at {stop} for {route}? It's about {mins} minutes out.",
            "{delay} is slowing down {route} and {route2}. Give yourself an extra {mins} minutes.",
            "Running late: {route} near {stop}, about {mins} minutes. We'll post when it clears.",
            "{route} is back on time after {delay} this morning.",
        ),
        "formal": (
            "{route} is currently experiencing schedule adherence degradation of approximately {mins} "
            "minutes attributable to {delay_f}.",
            "Customers should anticipate service delays on {route} as a consequence of {delay_f}; real-time "
            "arrival information remains available via our digital platforms.",
            "Operational performance on {route} and {route2} is temporarily impacted by {delay_f}, "
            "resulting in estimated variances of {mins} minutes.",
            "Please anticipate extended travel durations on {route} in connection with {delay_f}.",
        ),
    },
    "schedule": {
        "plain": (
            "New schedules start {date}. {route} will come every {mins} minutes on weekdays.",
            "Good news for {hood}: more trips on {route} starting {date}.",
            "{route} gets later evening trips starting {date}. Last bus leaves {stop} at {time}.",
            "The new {route} timetable is out. Pick one up on the bus or see {url}",
            "Starting {date}, {route} will stop at {stop} again.",
            "Summer schedules begin {date}. Check your trip before you head out: {url}",
        ),
        "formal": (
            "Effective {date}, the service change implementation will optimize headways on {route} to "
            "enhance network-level connectivity and throughput.",
            "The forthcoming service modification package will recalibrate {route} frequencies to reflect "
            "evolving ridership utilization patterns within the {hood} catchment.",
            "Customers are advised that revised timetable documentation for {route} will become operational "
            "on {date}, consistent with our service standards framework.",
        ),
    },
    "event": {
        "plain": (
            "Going to {event}? {route} runs every {mins} minutes until midnight on {day}.",
            "Extra buses for {event} this {day}! Skip the parking and ride {route}.",
            "{event} is {day}. Buses will drop off at {stop}, two blocks from the entrance.",
            "Heading to {event}? Ride free with your ticket on {route} all day.",
            "We'll have extra service to {landmark} for {event}. Last bus back is at {time}.",
        ),
        "formal": (
            "Supplemental service deployment will support anticipated demand associated with {event}, with "
            "enhanced frequency on {route}.",
            "In coordination with event stakeholders, {org} will operationalize additional capacity to "
            "facilitate attendee mobility for {event}.",
            "Customers attending {event} are encouraged to utilize {route}, which will operate at augmented "
            "service levels on {day}.",
        ),
    },
    "project": {
        "plain": (
            "Update on {project}: {progress}.", "{project} is moving. This week {progress}.",
            "Quick look at {project}: {progress}. More soon.",
            "You asked about {project}. Here's where it stands: {progress}.",
            "Progress on {project} in {hood}: {progress}.",
        ),
        "formal": (
            "The {project} initiative has achieved key milestones in alignment with stakeholder "
            "deliverables and our long-range capital program.",
            "Implementation of {project} continues to progress consistent with established timelines, with "
            "{progress_f}.",
            "{project} represents a transformational investment in regional mobility infrastructure and "
            "customer experience optimization.",
        ),
    },
    "meeting": {
        "plain": (
            "Come tell us what you think about {project} at {landmark} on {day} at {time}.",
            "We want your ideas for {project}. Take the 5-minute survey: {url}",
            "Open house about {project} on {day}, {time} at {landmark}. Kids welcome.",
            "Can't make the meeting on {day}? Leave a comment about {project} here: {url}",
        ),
        "formal": (
            "Stakeholder consultation sessions regarding {project} will be facilitated at {landmark} to "
            "solicit actionable community input.",
            "Members of the public are invited to provide feedback regarding {project} via the designated "
            "comment submission portal at {url}.",
            "A public information session concerning {project} is scheduled for {day} at {time}, consistent "
            "with our public participation requirements.",
        ),
    },
    "fares": {
        "plain": (
            "Fare capping starts {date}: once you've paid $5 in a day, the rest of your rides are free.",
            "Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: "
            "{url}",
            "Kids under 12 ride free all summer on every route, including {route}.",
            "You can now pay with your phone on every bus, {route} too. Tap the reader by the driver.",
            "Monthly passes for {month} are on sale at {station} and on our website.",
        ),
        "formal": (
            "The fare capping framework will be operationalized effective {date}, leveraging the "
            "account-based fare collection platform.",
            "Eligible customers may apply for reduced fare program participation through the designated "
            "application portal at {url}.",
            "Contactless payment functionality has been deployed fleet-wide, including {route}, to enhance "
            "the customer transaction experience.",
        ),
    },
    "access": {
        "plain": (
            "The elevator at {station} is out of service. Use the ramp on the {street} side.",
            "New curb ramp at {stop} is done, so boarding with a wheelchair or stroller is easier.",
            "Paratransit trips for {day} can be booked until {time} today. Call or use the app.",
            "The ramp on bus {busnum} is fixed and back in service on {route}.",
            "Audio stop announcements are now on every {route} bus.",
        ),
        "formal": (
            "Vertical circulation infrastructure at {station} is temporarily non-operational; alternative "
            "accessible pathways are available via the {street} entrance.",
            "Accessibility enhancements at the {stop} boarding location have been completed in accordance "
            "with applicable ADA compliance requirements.",
            "Paratransit reservation functionality remains available through {time} for {day} trips.",
        ),
    },
    "operators": {
        "plain": (
            "{operator} has driven {route} for {years} years and still knows every regular by name.",
            "Meet {operator}, who keeps {route} running through {hood} every morning.",
            "Thank a bus driver today. {operator} on {route} just hit {years} years with zero crashes.",
            "Our mechanics kept {count} buses on the road through {weather} this week.",
        ),
        "formal": (
            "{org} recognizes {operator} for {years} years of exemplary service delivery on {route}.",
            "Our maintenance workforce maintained fleet availability of {count} vehicles throughout "
            "{weather}, reflecting operational excellence.",
        ),
    },
    "weather": {
        "plain": (
            "{weather} is here. Buses are running but expect delays of {mins} minutes.",
            "Stay safe in {weather}. Warming buses are parked at {station} and {landmark}.",
            "Because of {weather}, {route} will skip the hill on {street}. Board at {stop}.",
        ),
        "formal": (
            "In response to {weather}, {org} has activated inclement weather operational protocols across "
            "the network.",
            "Adverse weather conditions associated with {weather} may impact schedule reliability; "
            "customers should plan accordingly.",
        ),
    },
    "ridership": {
        "plain": (
            "{route} carried {count} rides last week, up {pct}% from last year.",
            "More people are riding: {count} trips on {day} alone.",
            "{pct}% of our riders use the bus to get to work. That's a lot of commutes.",
        ),
        "formal": (
            "System-wide ridership metrics reflect a {pct}% year-over-year increase, driven by enhanced "
            "service levels on key corridors including {route}.",
            "Boardings on {route} reached {count} for the reporting period, exceeding established "
            "performance benchmarks.",
        ),
    },
    "lost": {
        "plain": (
            "Found on {route}: a {item}. Claim it at {station} lost and found.",
            "Did you leave a {item} on bus {busnum}? It's waiting for you at {station}.",
        ),
        "formal": (
            "Personal property items recovered from revenue vehicles may be retrieved at the {station} "
            "customer service location during business hours.",
        ),
    },
    "city": {
        "plain": (
            "Riverton is beautiful today. Perfect day for a walk along the river in {hood}.",
            "Saw {count} people at {landmark} for {event}. Riverton, you showed up!",
            "Nothing beats the view of the river from {landmark} on a clear morning.",
            "{event} is this {day} at {landmark}. Looks like fun.",
            "The new mural at {landmark} is finished and it looks great.",
            "Farmers market season is back in {hood}, open {day} mornings.",
        ),
        "formal": (
            "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at "
            "{event}.",
            "The City of Riverton has announced the schedule for {event}, which will take place at "
            "{landmark}.",
            "Municipal offices will observe modified operating hours on {day} in connection with {event}.",
            "The {hood} district continues to benefit from sustained public and private investment.",
        ),
    },
}

INTERNAL: Bank = {
    "work": {
        "plain": (
            "Draft post for the {route} detour is in the {doc}. Can someone look before {time}?",
            "Ridership on {route} was up {pct}% last week. Nice!",
            "Inbox is busy this morning. Lots of questions about {topic_short}.",
            "Heads up: {route} detour starts {day}. We need a post and a map.",
            "Meeting with {partner} about {project} moved to {day} at {time}.",
            "Operators on {route} say the stop at {stop} is blocked by {blocker}.",
            "Got a nice note from a rider about {operator} on {route}.",
            "Updated the {doc} with the new {route} times.",
            "Board presentation on {project} is {day}. Slides need numbers on {metric}.",
            "Riders keep asking about {topic_short} on the inbox, we should post an FAQ.",
            "The {route} detour map is live on the site: {url}",
            "Who's covering the inbox {day} night? {topic_short} questions are piling up.",
            "{station} elevator is out again, I posted a rider alert.",
            "The shelter at {stop} got hit by a car overnight. Ops is on it.",
            "Notes from the {project} meeting are in the {doc}.",
            "We got {count} survey responses on {project} so far.",
        ),
        "formal": (
            "Per our discussion, we need to align on deliverables for the {project} workstream before {day}.",
            "Let's circle back on the {route} corridor analysis once stakeholder feedback has been "
            "synthesized.",
            "Going forward, please ensure all {doc} updates are socialized with relevant stakeholders prior "
            "to publication.",
            "We should leverage the {metric} data to drive actionable insights for the {project} initiative.",
            "To optimize cross-functional alignment, I have scheduled a touch base regarding {project} for "
            "{day} at {time}.",
            "Please be advised that the {doc} has been updated to reflect the revised {route} service "
            "parameters.",
            "The {metric} dashboard indicates a performance variance on {route} that warrants a deep dive.",
            "Kindly ensure your deliverables for {project} are uploaded to the {doc} by end of day {day}.",
            "From a governance perspective, the {project} communications plan requires additional "
            "stakeholder validation.",
        ),
    },
    "office": {
        "plain": (
            "Anyone want {food} for lunch? I'm ordering at {time}.",
            "The printer on {floor} is jammed again.", "Timesheets are due {day}, don't forget.",
            "Who took the last of the coffee on {floor}? 😩",
            "Parking garage gate is stuck, use the {street} entrance.",
            "Did anyone see the {sports} game last night?", "Reminder: {training} training is due {date}.",
            "Budget template v{n} is in the shared drive.",
            "IT says the VPN will be down {day} from {time} to {time2}.", "Weekend plans: {weekend}. You?",
            "The {floor} kitchen has leftover {food} from the board lunch.",
            "My {form} form got bounced back again.",
            "Fire drill at {time} today, meet by the {street} door.",
        ),
        "formal": (
            "Please ensure that all {form} documentation is submitted in accordance with established "
            "procedures by {day}.",
            "Kindly note that {training} training completion is a mandatory compliance deliverable due "
            "{date}.",
            "Facilities has advised that the {floor} conference room will be unavailable for utilization on "
            "{day}.",
            "Per the updated policy framework, {form} requests require secondary approval going forward.",
        ),
    },
}

MISSION_TOPICS: tuple[str, ...] = (
    "detour", "delay", "schedule", "event", "project", "meeting", "fares", "access", "operators", "weather",
    "ridership", "lost",
)
NON_MISSION_PUBLIC: tuple[str, ...] = ("city",)

PROGRESS: tuple[str, ...] = (
    "crews poured the last concrete pad", "the first {count} signs are installed", "the design is 60% done",
    "we picked the contractor", "the survey closed with {count} responses", "testing starts {day}",
    "the council approved the funding", "the first buses arrive in {month}", "we finished the {hood} stops",
    "the app beta has {count} testers", "we mapped every stop in {hood}", "the paint is finally dry",
)
PROGRESS_FORMAL: tuple[str, ...] = (
    "procurement activities concluded within established parameters",
    "design development deliverables advancing toward final review",
    "stakeholder consultation processes substantially complete",
    "implementation sequencing aligned with capital programming constraints",
)
TOPIC_SHORT: tuple[str, ...] = (
    "fare capping", "the {route} detour", "the new schedules", "lost items", "the {station} elevator",
    "paratransit trips", "{event} service", "late buses on {route}", "the survey", "reduced fares",
    "bike racks",
)
BLOCKERS: tuple[str, ...] = (
    "a delivery truck", "a dumpster", "snow piles", "a food truck", "construction fencing", "parked cars",
    "a broken bench", "a fallen branch",
)
FLOORS: tuple[str, ...] = ("2nd floor", "3rd floor", "4th floor", "the annex", "the garage office")
MONTHS: tuple[str, ...] = ("March", "April", "May", "June", "July", "August", "September")

# Answers inside Slack threads.
INTERNAL_REPLY: dict[str, tuple[str, ...]] = {
    "plain": (
        "On it, I'll have the {route} map done by {time}.", "Yep, the {route} times are in the {doc} now.",
        "Looks good to me, ship the {route} post.", "I can take the inbox {day} night.",
        "Done! Posted the {route} alert.", "I'll call {partner} about {project} tomorrow.",
        "Here's the link: {url}", "Checked with ops, the {route} detour ends {day}.",
        "Count me in for {food}.", "Can we push it to {time2}?", "Good catch, fixing {thing} now.",
        "{count} so far, I'll update the {doc}.", "Yes, {stop} is still closed.",
        "Just posted it. Riders are already asking about {topic_short}.",
        "I'll draft the rider alert for {route}.", "The {station} elevator crew says {day}.",
        "Sure, send it my way and I'll read it before {time}.", "We added {route} to the {doc}.",
        "Works for me. {day} at {time}?", "Ha, same. {food} it is.",
    ),
    "formal": (
        "Acknowledged. I will ensure the {doc} reflects the revised parameters by {day}.",
        "Per the stakeholder feedback, we should align on next steps prior to {day}.",
        "I have actioned this item and will circle back with a status update regarding {project}.",
        "Noted; please ensure all deliverables are consolidated in the {doc}.",
        "This will require additional bandwidth from the {area} workstream.",
        "Following review, the {route} documentation is consistent with established service standards.",
        "I would recommend we socialize the {project} materials with leadership prior to dissemination.",
        "Please find the relevant documentation at {url} for your review and consideration.",
    ),
}
QUOTE_LEADS: tuple[str, ...] = (
    "This 👇", "Worth a read.", "Great news from {mp}.", "Yes!", "Love this.",
    "Important for {route} riders:", "Big day for {hood}.", "Good to see this.", "Please read:",
)
DAYPARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "day", "commute")

# Short factual sentences with several slots: added when a message would otherwise repeat one.
DETAILS: tuple[str, ...] = (
    "{route} runs every {mins2} minutes near {stop}.", "The closest stop to {landmark} is {stop}.",
    "Next departure from {station} is at {time2}.", "{route} connects {hood} with {landmark}.",
    "Bus {busnum} is on {route} today.", "The {stop} stop is served by {route}.",
)
