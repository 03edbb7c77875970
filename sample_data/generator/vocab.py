"""Word lists that fill the template slots: streets, routes, events, people's names, emoji.

Everything here is invented for the fictional city of Riverton. The lists are long on purpose:
the number of distinct posts the generator can write grows with the product of the slot sizes,
and the sample must never repeat a post (except deliberate reposts).
"""

from __future__ import annotations

# Data tables: entries are packed several to a line, so the formatter stays out.
# fmt: off

ORG_NAME = "Riverton Regional Transit Authority"
ORG_SHORT = "RRTA"
ORG_SPOKEN = "Riverton Regional Transit"
SHARED_ACCOUNT = "RivertonTransit"
WEBSITE = "https://www.rrta.example"

MISSION_TERMS: tuple[str, ...] = (
    ORG_NAME, ORG_SPOKEN, ORG_SHORT, "Riverton Transit", "riders", "rider", "transit", "route", "routes",
    "bus", "buses", "community", "service", "residents", "ridership", "paratransit", "accessibility",
    "commute",
)

FIRST_NAMES: tuple[str, ...] = (
    "Alex", "Amara", "Andre", "Bianca", "Caleb", "Carmen", "Darius", "Dina", "Eli", "Esther", "Felix",
    "Fatima", "Gabe", "Grace", "Hana", "Hector", "Imani", "Isaac", "Jade", "Javier", "Kara", "Kofi", "Lila",
    "Luis", "Mara", "Mateo", "Nia", "Noah", "Omar", "Opal", "Paige", "Pablo", "Quinn", "Rafael", "Rhea",
    "Ruben", "Sadie", "Selim", "Tara", "Theo", "Uma", "Vance", "Vera", "Wes", "Willa", "Xavier", "Yara",
    "Yusuf", "Zane", "Zoe", "Abby", "Bruno", "Cleo", "Dev", "Emil", "Freya", "Gus", "Hollis", "Ines", "June",
    "Kenji", "Lorna", "Milo", "Nell", "Oscar", "Petra", "Reid", "Sana", "Tobias", "Ula", "Vic", "Wren",
)
LAST_NAMES: tuple[str, ...] = (
    "Abbott", "Acosta", "Baird", "Banerjee", "Castillo", "Cho", "Dalton", "Diaz", "Ellis", "Eze", "Farrow",
    "Flores", "Garza", "Goldberg", "Hale", "Hoang", "Ibarra", "Iqbal", "Jensen", "Juarez", "Kaur", "Keller",
    "Lindqvist", "Lopez", "Mbeki", "Moreno", "Nakamura", "Novak", "Ortiz", "Osei", "Park", "Quintero",
    "Ramos", "Rasku", "Sato", "Schmidt", "Tran", "Turner", "Ueda", "Valdez", "Vogel", "Walsh", "Whitley",
    "Xu", "Yates", "Young", "Zamora", "Zeller", "Amato", "Brandt", "Coyle", "Dunmore", "Eriksen", "Falk",
    "Gaines", "Holm", "Ivers", "Jablonski", "Kowal", "Lund", "Marsh", "Nolan", "Okoye", "Pruitt", "Rowe",
    "Sandoval", "Tolle",
)

STREETS: tuple[str, ...] = (
    "Main St", "Elm St", "Oak Ave", "River Rd", "Grand Ave", "Lincoln Blvd", "Maple St", "5th St", "3rd Ave",
    "Washington Ave", "Prairie Ave", "Mill St", "Harbor Dr", "Cedar Ln", "Division St", "Kingsley Ave",
    "Ferry St", "Willow Rd", "Bluff St", "Canal St", "Lakeview Dr", "Monroe St", "Orchard Ave", "Pine St",
    "Quarry Rd", "Railroad Ave", "State St", "Sycamore St", "Terrace Pl", "University Ave", "Vine St",
    "Water St", "Wabash Ave", "Franklin St", "Garfield Ave", "Hawthorne Rd", "Jefferson St", "Kenwood Ave",
    "Linden St", "Market St", "Nicollet Ave", "Ogden Ave", "Park Ave", "Riverside Dr", "Summit Ave",
    "Tower Rd", "Union St", "Victory Pkwy", "Westgate Blvd", "Bridge St", "Chestnut St", "Dock St",
)
LANDMARKS: tuple[str, ...] = (
    "Central Station", "Riverton Library", "City Hall", "the VA clinic", "Riverton General Hospital",
    "Northside Mall", "the Farmers Market", "Riverton Community College", "Eastgate Transit Center",
    "the ballpark", "Memorial Park", "the Art Museum", "the county courthouse", "West High School",
    "the Amtrak station", "Millworks Lofts", "the Food Co-op", "Harbor Point", "the fairgrounds",
    "Lakeside Plaza", "the Senior Center", "St. Luke's Clinic", "the Job Center", "Southport Walmart",
)
STATIONS: tuple[str, ...] = (
    "Central Station", "Eastgate Transit Center", "Northside Transfer Center", "Southport Station",
    "University Station", "Harbor Point Station",
)
NEIGHBORHOODS: tuple[str, ...] = (
    "Northside", "Eastgate", "Southport", "Old Mill", "Harbor Point", "Cedar Heights", "Prairie View",
    "Riverbend", "Kingsley", "Westgate", "Fairview", "Lakeside", "Bluffton", "Millbrook", "Canal District",
    "Union Hill", "Sycamore Flats", "Oak Grove", "Parkside", "Quarry Hill", "Linden Park", "Ferry Landing",
)
NAMED_LINES: tuple[str, ...] = (
    "Blue Line", "Red Line", "Riverside Express", "Night Owl", "Airport Flyer", "Crosstown Connector",
    "Green Line",
)
EVENTS: tuple[str, ...] = (
    "the River Days festival", "the Fourth of July fireworks", "the Riverton Marathon", "Pride in the Park",
    "the county fair", "the jazz festival", "the River Hawks home opener", "the Harvest Market",
    "the Lantern Walk", "graduation weekend", "the Juneteenth parade", "the food truck rally",
    "the Bike to Work Day breakfast", "the St. Patrick's parade", "the Riverfront concert series",
    "the Dragon Boat races", "the art crawl", "the Memorial Day ceremony", "the Cinco de Mayo festival",
    "the summer block party", "Family Day at the zoo", "the air show", "the chili cook-off",
)
PROJECTS: tuple[str, ...] = (
    "the bus shelter redesign", "the real-time arrival signs", "fare capping", "the Route 9 redesign",
    "the Night Owl expansion", "the new bike racks", "the paratransit booking app", "the bus stop audit",
    "the Northside network plan", "the electric bus rollout", "the Better Stops program",
    "the Main St bus lane", "the transit signal priority project", "the student pass program",
    "the microtransit zone in Southport", "the Eastgate station rebuild", "the reduced fare program",
    "the new trip planner", "the sidewalk-to-stop program", "the winter service plan",
)
PARTNERS: tuple[tuple[str, str], ...] = (
    ("City of Riverton", "RivertonCity"), ("Riverton Public Library", "RivertonLibrary"),
    ("Riverton Police", "RivertonPD"),
    ("Riverton Parks", "RivertonParks"), ("County Health Department", "RivCountyHealth"),
    ("Riverton Public Schools", "RivertonSchools"),
    ("Riverton Community College", "RivertonCC"), ("Downtown Riverton Alliance", "RivDowntown"),
    ("Riverton Bike Coalition", "RivBikes"),
    ("River Hawks FC", "RiverHawksFC"), ("Riverton Food Bank", "RivFoodBank"),
    ("Riverton Chamber", "RivertonChamber"),
)
PARTNER_HOST = "civic.riverton.example"

DETOUR_CAUSES: tuple[str, ...] = (
    "a water main break", "repaving", "a crash", "sewer work", "a parade", "tree trimming",
    "a downed power line", "a bridge inspection", "a gas leak", "a film shoot", "sidewalk work",
    "a stalled truck", "flooding", "a fallen tree", "crane work on a new building",
)
DETOUR_CAUSES_FORMAL: tuple[str, ...] = (
    "scheduled utility infrastructure rehabilitation", "roadway resurfacing operations",
    "special event traffic management protocols", "emergency incident response activities",
    "municipal stormwater remediation", "structural bridge evaluation procedures",
    "private development construction staging", "public safety coordination requirements",
)
DELAY_CAUSES: tuple[str, ...] = (
    "heavy traffic", "a crash on the bridge", "a train at the crossing", "a bus breakdown", "snow",
    "ice on the hills", "a police stop", "road work", "a big crowd after the game", "a flat tire",
    "a medical call on board", "a stuck drawbridge", "a lane closure", "fog on the river road",
)
DELAY_CAUSES_FORMAL: tuple[str, ...] = (
    "elevated corridor congestion levels", "an unanticipated vehicle mechanical deficiency",
    "adverse meteorological conditions", "an at-grade rail crossing occupancy event",
    "a roadway incident necessitating emergency services coordination", "operator availability constraints",
    "temporary lane capacity reductions",
)
LOST_ITEMS: tuple[str, ...] = (
    "backpack", "phone", "blue umbrella", "wallet", "laptop bag", "glasses", "water bottle", "jacket", "keys",
    "lunch box", "headphones", "kid's stuffed bunny", "library books", "gym bag", "scarf",
)
FOODS: tuple[str, ...] = (
    "tacos", "pho", "pizza", "banh mi", "bagels", "donuts", "curry", "sandwiches", "ramen", "burritos",
    "salad", "dumplings", "bbq", "falafel", "sushi", "kolaches",
)
TRAININGS: tuple[str, ...] = (
    "cybersecurity", "harassment prevention", "ADA customer service", "de-escalation", "records retention",
    "ethics", "first aid", "fire safety",
)
DOCS: tuple[str, ...] = (
    "detour tracker", "content calendar", "service change FAQ", "inbox playbook", "board memo",
    "rider alert template", "stop list", "budget sheet", "press kit", "campaign brief", "shared drive folder",
    "route profile deck",
)
METRICS: tuple[str, ...] = (
    "on-time performance", "boardings per hour", "complaint counts", "farebox recovery", "ridership",
    "missed trips", "response times", "wait times", "crowding",
)
FORMS: tuple[str, ...] = (
    "travel reimbursement", "purchase request", "time off", "mileage", "vendor setup", "overtime approval",
    "badge access", "equipment checkout",
)
WEEKEND_PLANS: tuple[str, ...] = (
    "camping at the state park", "my niece's birthday", "painting the fence", "a wedding in Des Moines",
    "the farmers market and a nap", "finally fixing my bike", "a canoe trip", "binge-watching something",
    "helping my parents move", "a 10k run", "gardening", "a road trip to the lake",
)
SPORTS_TEAMS: tuple[str, ...] = ("River Hawks", "Riverton Rapids", "Northside High", "the Comets")
OPERATORS: tuple[str, ...] = (
    "Ms. Dorothy", "Mr. Earl", "Lupe", "Big Mike", "Ms. Janelle", "Terrence", "Ms. Pat", "Hiroshi", "Anita",
    "Mr. Leon", "Deb", "Raymond", "Ms. Carla", "Kwame", "Marisol", "Mr. Stan",
)
WEATHER: tuple[str, ...] = (
    "the snow", "the ice storm", "the heat wave", "the thunderstorm", "the flood warning", "the cold snap",
    "the high winds", "the fog",
)
GENERIC_THINGS: tuple[str, ...] = (
    "the stop list", "the detour map", "the timetable PDF", "the fare table", "the press release",
    "the rider alert", "the meeting notice", "the survey link", "the shelter list", "the route map",
)

EMOJI_WARM: tuple[str, ...] = ("😊", "🙌", "🎉", "💙", "🙏", "👍", "😄", "✨", "🥳", "❤️", "👏", "😀")
EMOJI_TRANSIT: tuple[str, ...] = ("🚌", "🚏", "🚍", "🗺️", "🚲", "☀️", "❄️", "🌧️", "🚦")
EMOJI_SOUR: tuple[str, ...] = ("🙄", "😒", "😤", "🤦")
EMOJI_CITIZEN: tuple[str, ...] = ("😡", "😭", "🥶", "🙏", "😩", "🤔", "😤", "👍", "❤️", "🔥", "😂")

HASHTAGS: tuple[str, ...] = (
    "RivertonTransit", "RideRRTA", "transit", "Riverton", "busstop", "RiverDays", "accessibility",
    "TransitTuesday", "DetourAlert", "FareFree",
)

# Mastodon hosts: staff use the local community server, citizens come from everywhere.
STAFF_MASTODON_HOST = "social.riverton.example"
CITIZEN_MASTODON_HOSTS: tuple[str, ...] = (
    "mstdn.riverton.example", "fedi.midwest.example", "masto.plains.example", "toot.prairie.example",
    "social.riverton.example", "urbanists.example",
)
CITIZEN_NAME_PARTS: tuple[str, ...] = (
    "busrider", "riverton", "northside", "coffee", "jess", "mike", "kat", "dee", "bikegirl", "oldmill",
    "eastgate", "sam", "nurse", "prof", "harbor", "transitnerd", "mom", "dad", "grandpa", "skater", "maria",
    "tj", "lakeside", "night", "owl", "the_real", "just", "hey", "mr", "ms", "riverbend", "k", "z", "dj",
)

# Fillers of the trait-marker slots ({idea}, {task}, {reason}, ...).
IDEAS: tuple[str, ...] = (
    "a pop-up bus stop at {landmark}", "free rides on {event} day", "a rider Q&A on video",
    "bus stop libraries", "a karaoke bus for {event}", "painting the {stop} shelter with local artists",
    "a meet-your-driver day", "QR codes at every stop", "a text line for {route}",
    "weekend service to {hood}", "a poetry contest on the bus cards", "on-demand rides in {hood}",
    "a late bus after {event}", "letting riders name the new buses", "live-posting a day on {route}",
    "a fare-free week in {month}", "a transit scavenger hunt", "a bus stop adoption program in {hood}",
    "bike share passes with monthly cards",
)
TWEAKS: tuple[str, ...] = (
    "better signs", "a shorter survey", "more notice", "a smaller area", "a different time of day",
    "a local partner", "a real budget",
)
BOSSES: tuple[str, ...] = ("the board", "legal", "the director", "procurement", "the union")
TASKS: tuple[str, ...] = (
    "the GTFS export", "the board slides", "the fare table update", "the detour map", "the ADA complaint log",
    "the press release", "the survey setup", "the alt text for the map", "the Spanish translation",
    "the budget forecast", "the shelter count", "the stop ID lookup", "the ridership report",
)
QUESTIONS: tuple[str, ...] = (
    "where the new stop signs are stored", "who approves the {route} detour",
    "how to export the ridership report", "if the {station} elevator is fixed",
    "when the {project} survey closes", "who has the key to the supply closet",
    "how to add alt text in the scheduler", "which form procurement wants for {form}",
)
STRENGTHS: tuple[tuple[str, str], ...] = (
    ("the numbers", "the wording"), ("writing", "maps"), ("maps", "budget stuff"),
    ("talking to riders", "spreadsheets"),
    ("the data side", "design"), ("scheduling", "public speaking"),
)
AREAS: tuple[str, ...] = (
    "planning", "operations", "accessibility", "customer experience", "communications", "fares",
    "maintenance", "data",
)
HELP: tuple[str, ...] = (
    "covering the inbox on {day}", "the great {route} map", "fixing {thing} so fast",
    "the photos from {event}", "the Spanish version of the alert", "staying late to finish {thing}",
    "the {project} numbers",
)
PARTNER_HELP: tuple[str, ...] = (
    "the shared detour map", "helping us get the word out", "hosting the open house", "the great photos",
    "co-hosting {event}", "the joint safety campaign",
)
COLLEAGUE_DID: tuple[str, ...] = (
    "took these photos at {event}", "made the new {route} map", "answered {count} rider questions today",
    "wrote the {project} FAQ",
)
REASONS: tuple[str, ...] = (
    "a nurse on {route} gets to her shift on time", "kids get to summer school for free",
    "seniors get to {landmark} without a car", "a rider got to a job interview in {hood}",
    "{count} people got to work today without a car", "a student made it to finals on the late bus",
)
FUN_FACTS: tuple[str, ...] = (
    "the {line} crosses the river four times", "our oldest bus is older than two of our interns",
    "we have {count} stops and someone has named every shelter cat",
    "{route} is the busiest route on Mondays", "the bus wash uses recycled water",
    "one of our mechanics restores old buses for fun",
)
