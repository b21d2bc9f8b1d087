"""Word tables for candidate extraction: plain data, kept apart from the rules.

Each table maps the many ways news copy names a thing to the one word a key
uses for it, so that "a three-day trip" and "a four-day visit" land on the
same key while "three days of talks" lands on another.
"""

from __future__ import annotations

from claimtrack.values.lexicon import calendar as _calendar
from claimtrack.values.lexicon import money as _money
from claimtrack.values.lexicon import numbers as _numbers
from claimtrack.values.lexicon import qualifiers as _qualifiers
from claimtrack.values.lexicon import units as _units


def _expand(spec: dict[str, str]) -> dict[str, str]:
    """``{"visit": "visit|visits|trip|..."}`` -> ``{"visits": "visit", "trip": "visit", ...}``."""
    out: dict[str, str] = {}
    for canonical, words in spec.items():
        for word in words.split("|"):
            out[word] = canonical
    return out


# --- events a person takes part in (durations, dates) -------------------------

PERSON_EVENTS = _expand({
    "visit": "visit|visits|trip|trips|tour|tours|stay|journey|voyage|state visit|official visit|visited|visiting"
             "|arrived|arrival|arriving|arrives|travelled|traveled|travelling|traveling|travels|landed|flew",
    "talks": "talks|summit|summits|meeting|meetings|met|meet|meets|negotiations|consultations|discussions"
             "|conference|dinner|hosted|welcomed|received|greeted",
    "appointment": "appointed|appointment|named|nominated|nomination|promoted|promotion|sworn|inauguration"
                   "|took office|elevated",
    "sanctions": "sanctioned|sanctions|sanctioning|blacklisted|blacklisting",
    "arrest": "arrested|arrest|detained|detention",
    "sentence": "sentence|sentenced|sentencing|jailed|jail term|prison term|imprisoned|imprisonment"
                "|suspended sentence|suspended jail term|suspended prison term",
    "conviction": "convicted|conviction|found guilty|guilty",
    "charges": "charged|indicted|indictment",
    "trial": "trial|hearing",
    "verdict": "verdict|acquitted|acquittal",
    "resignation": "resigned|resignation|quit|stepped down",
    "election": "elected|re-elected|election|elections|vote|voted|polls|referendum|runoff|ballot",
    "death": "died|death|passed away",
    "birth": "born",
    "release": "released|freed|release",
    "ban": "banned|ban|suspended|suspension",
    "contract": "contract|deal|signed|signing|agreement|agreed",
    "term": "term|tenure|reign|rule",
    "hunger-strike": "hunger strike",
    "lockdown": "lockdown|curfew|quarantine",
    "ceasefire": "ceasefire|truce|cease-fire|pause",
    "construction": "built|constructed|construction|completed",
    "founding": "founded|established|set up",
    "inspection": "inspected|inspection",
    "opening": "opened|inaugurated",
})

# The moment of an event a date can name besides its start: "the ceasefire collapsed in 2020" is
# not the year it was agreed, nor "the lockdown was extended on Monday" the day it began.
# Each word maps to the moment it names; the verbs follow the event ("the truce broke down")
# or take it as object ("lifted the curfew"), the nouns come before it ("the end of the truce")
# or after its possessive ("the ceasefire's collapse").
MOMENT_VERBS = _expand({
    "end": "ended|ends|expired|expires|lapsed|collapsed|collapses|broke down|fell apart|lifted|overturned"
           "|scrapped|revoked|repealed|rescinded|terminated|called off|ran out|came to an end|concluded"
           "|wrapped up|extinguished|put out|quashed|abandoned|unravelled|unraveled|unravels|fell through"
           "|cut short",
    "extension": "extended|extends|renewed|renews|prolonged",
    "easing": "eased|eases|relaxed|relaxes|loosened|loosens",
    "resumption": "resumed|resumes|restarted|restarts",
})
MOMENT_NOUNS = _expand({
    "end": "end|collapse|expiry|expiration|lifting|breakdown|termination|conclusion|repeal|revocation"
           "|cancellation|abandonment",
    "extension": "extension|renewal|prolongation",
    "easing": "easing|relaxation|loosening",
    "resumption": "resumption|restart",
})

# Events that happen to the person named (patient role): "X was sanctioned".
PATIENT_EVENTS = {"appointment", "sanctions", "arrest", "sentence", "conviction", "charges", "release", "ban",
                  "death", "birth"}

# Events that need no person: a ceasefire, a lockdown, a festival.
OWN_SUBJECT_EVENTS = {"ceasefire", "lockdown", "election", "trial", "verdict", "construction", "founding",
                      "inspection", "opening"}

# Verbs whose object is the visitor: "Putin welcomed Li to Moscow for a four-day visit".
HOST_VERBS = {"welcomed", "welcomes", "welcoming", "hosted", "hosts", "hosting", "received", "receives",
              "receiving", "greeted", "greets", "invited", "invites", "invited", "welcome", "host", "receive"}

# --- incidents (counts of dead and hurt, dates, damage) -----------------------

INCIDENTS = _expand({
    "attack": "attack|attacks|strike|strikes|airstrike|airstrikes|air strike|air strikes|missile strike"
              "|missile strikes|drone strike|drone strikes|shelling|bombardment|bombing|bombings|raid|raids"
              "|assault|offensive|ambush|rocket attack|drone attack|missile attack|barrage|onslaught|massacre"
              "|suicide bombing|missiles|rockets|drones|shelled|bombed",
    "explosion": "explosion|explosions|blast|blasts|detonation",
    "shooting": "shooting|shootings|gunfire|gunman|gunmen|shootout|mass shooting|gun battle|gunfight|gun fight"
                "|firefight|exchange of gunfire|shoot-out",
    "earthquake": "earthquake|earthquakes|quake|quakes|tremor|tremors",
    "aftershock": "aftershock|aftershocks",
    "flood": "flood|floods|flooding|flash flood|flash floods|floodwaters|deluge|torrential rain|monsoon rains"
             "|downpours",
    "storm": "storm|storms|hurricane|typhoon|cyclone|tornado|tornadoes|blizzard|tropical storm",
    "fire": "fire|fires|blaze|blazes|wildfire|wildfires|bushfire|bushfires|inferno|forest fire",
    "crash": "crash|crashes|collision|accident|derailment|plane crash|bus crash|train crash|pile-up|crashed|collided"
             "|derailed",
    "collapse": "collapse|collapsed",
    "landslide": "landslide|landslides|mudslide|mudslides|avalanche",
    "stampede": "stampede|crush",
    "sinking": "sinking|shipwreck|capsized|capsizing|sank",
    "heatwave": "heatwave|heat wave|heat waves|heatwaves",
    "eruption": "eruption|volcano",
    "drought": "drought|famine",
    "outbreak": "outbreak|epidemic|pandemic|virus|cholera|measles|covid|covid-19|ebola|dengue|mpox|infection"
                "|infections|disease",
    "protest": "protest|protests|protesters|protestors|demonstration|demonstrations|demonstrators|rally"
               "|rallies|march|marchers|riot|riots|rioting|unrest|strikers|walkout|rallied|marched|protested",
    "match": "match|semi-final|semifinal|quarter-final|marathon|tournament|derby|fixture|grand prix|olympics"
             "|world cup|world cup final|cup final",
    "fighting": "fighting|clashes|clash|battle|battles|combat|hostilities|war|conflict|violence",
    "election": "election|elections|vote|polls|referendum|runoff|ballot",
})

INCIDENT_KINDS = set(INCIDENTS.values())

# Incidents that cover an area, whose counts in one town or region are parts of the whole; a
# shooting or a crash happens at one spot, and a place named with its count is where.
AREA_INCIDENTS = {"earthquake", "aftershock", "storm", "flood", "fire", "drought", "heatwave", "eruption",
                  "outbreak", "fighting", "landslide", "attack"}

# What brings buildings down: in a story of one, a collapse is its doing, not an incident of its own.
COLLAPSE_CAUSES = {"earthquake", "aftershock", "storm", "flood", "explosion", "attack", "landslide", "fire", "eruption"}

# In a story about the first kind, words of the others name the same happening: the blast of a
# bombing, the attack a gunman carried out.
INCIDENT_AFFINITY = {
    "attack": {"explosion", "shooting"},
    "explosion": {"attack"},
    "shooting": {"attack"},
}

# A strike that is industrial action, not an attack: who strikes or what kind of strike it
# is, right before the word ("the miners' strike", "a 24-hour rail strike"), or what follows
# it ("strike action", "a strike by nurses"). Such a strike is a walkout (kind "protest").
LABOUR_STRIKE_BEFORE = {
    "general", "labour", "labor", "industrial", "rail", "railway", "transport", "postal", "nationwide", "national",
    "public-sector", "public sector", "union", "unions", "workers", "worker", "miners", "nurses", "nurse", "doctors",
    "doctor", "teachers", "teacher", "staff", "employees", "drivers", "driver", "pilots", "dockers", "dockworkers",
    "truckers", "farmers", "students", "lawyers", "actors", "writers", "cabin crew", "wildcat", "sympathy",
    "solidarity", "indefinite", "open-ended", "pay", "pension", "wage",
}
LABOUR_STRIKE_AFTER = {"action", "actions", "ballot", "ballots", "vote", "notice", "pay", "breakers", "breaker",
                       "committee", "organisers", "organizers", "leaders", "fund"}

# Words that mark a second incident of the same kind in one article.
SEPARATE_MARKERS = {"separate", "second", "another", "other", "third", "further", "new", "earlier", "later"}

# --- what happened to the people counted ---------------------------------------

# A power cut, as the figure that follows it: "knocked out power to 250,000 homes".
POWER_CUT_TO = ("knocked out power to|knocked out electricity to|cut power to|cut off power to|cut electricity to"
                "|power was cut to|power was cut off to|power was knocked out to|electricity was cut to")

STATUS = _expand({
    "deaths": "killed|dead|died|die|dies|deaths|death|fatalities|perished|slain|murdered|massacred|bodies"
              "|lives|killing|fatally|drowned|burned to death|lost their lives|death toll|toll|fatality"
              "|kills|kill|claimed the lives|deceased|shot dead|shot to death|shot and killed|gunned down"
              "|fatally shot|fatally wounded|fatally injured|fatally stabbed|fatally struck"
              "|stabbed to death|beaten to death",
    "injuries": "wounded|injured|hurt|injuries|injuring|wounding|injures|wounds|maimed|shot and wounded"
                "|shot and injured|sustaining injuries|sustained injuries|suffering injuries|suffered injuries",
    # struck by gunfire, whether they lived or died: "four people were shot, one fatally"
    "shot": "shot|struck by gunfire|hit by gunfire|struck by bullets|hit by bullets|wounded by gunfire"
            "|sustaining gunshot wounds|sustained gunshot wounds|suffering gunshot wounds|suffered gunshot wounds"
            "|with gunshot wounds",
    "casualties": "casualties",
    "missing": "missing|unaccounted",
    "arrests": "arrested|detained|arrests|detentions|rounded up|taken into custody|apprehended",
    "displaced": "displaced|homeless|fled|uprooted|forced from their homes",
    "evacuated": "evacuated|evacuation|evacuations|relocated",
    "rescued": "rescued|saved|pulled alive|pulled from the rubble|pulled",
    "survivors": "survived|survivors",
    "without-power": "without power|without electricity|lost power|" + POWER_CUT_TO,
    "aboard": "aboard|on board|carrying|carried",
    "attendance": "attendance|crowd|spectators|fans",
    "hospitalized": "hospitalized|hospitalised|hospital|treated|admitted|taken to hospital|taken to the hospital"
                    "|taken to a hospital|taken to area hospitals|rushed to hospital|rushed to the hospital"
                    "|transported to the hospital|transported to a hospital|transported to hospital",
    "cases": "infected|infections|cases|tested positive|sickened|fell ill",
    "trapped": "trapped|stranded",
    "abducted": "abducted|kidnapped|hostages|hostage|seized",
    "affected": "affected",
    "participants": "marched|rallied|gathered|protested|demonstrated|took part|joined|attended|turned out"
                    "|took to the streets|protesters|demonstrators|marchers|runners|athletes|competitors|entrants"
                    "|participants",
    "released": "released|freed",
    "charged": "charged|indicted|prosecuted",
    "convicted": "convicted|sentenced",
    "votes": "votes|voted|ballots",
    "vaccinated": "vaccinated|inoculated|jabbed",
})

# Status words that are verbs standing right before the count: "killed 12".
STATUS_VERBS_BEFORE = {
    "killed", "killing", "kills", "kill", "wounded", "wounding", "injured", "injuring", "injures", "hurt",
    "shot and killed", "shot and wounded", "shot and injured", "fatally shot", "shot", "shooting",
    "arrested", "detained", "evacuated", "displaced", "rescued", "infected", "abducted", "kidnapped",
    "hospitalized", "hospitalised", "left", "claimed", "affected", "freed", "released", "charged", "drew",
    "attracted", "sickened", "pulled", "carrying", "carried", "recovered",
    *POWER_CUT_TO.split("|"),
}

# Verbs before a count that say what happened to them, where the verb is not itself a status word.
VERB_STATUS = {"shooting": "shot", "fatally shot": "deaths"}
# ... and those that need the people named after the figure: "shot five people", not "shot 30 rounds".
VERBS_NEEDING_PEOPLE = {"shot", "shooting"}

# --- who is counted ---------------------------------------------------------------

GENERAL_PEOPLE = {
    "people", "persons", "person", "civilians", "civilian", "residents", "resident", "villagers", "victims",
    "individuals", "others", "inhabitants", "citizens", "locals", "lives", "dead", "man", "woman", "men",
    "adults", "bodies", "souls", "casualties", "survivors", "more", "customers", "consumers", "subscribers",
}

PEOPLE_CATEGORIES = _expand({
    "children": "children|child|kids|minors|babies|infants|toddlers|boys|girls|teenagers|teens|schoolchildren"
                "|youngsters",
    "women": "women",
    "soldiers": "soldiers|soldier|troops|servicemen|servicemembers|service members|marines|paratroopers"
                "|conscripts|personnel|military personnel",
    "fighters": "fighters|militants|insurgents|rebels|gunmen|combatants|jihadists|guerrillas|separatists",
    "police": "police|policemen|police officers|officers|officer|gendarmes|guards|security forces"
              "|security personnel",
    "firefighters": "firefighters|rescuers|rescue workers",
    "journalists": "journalists|reporters",
    "students": "students|pupils|schoolgirls|schoolboys",
    "workers": "workers|miners|labourers|laborers|employees|staff|staffers",
    "aid-workers": "aid workers|humanitarian workers|medics|doctors|nurses|health workers|paramedics",
    "migrants": "migrants|refugees|asylum seekers",
    "passengers": "passengers|crew|crew members|travellers|travelers|pilgrims|tourists",
    "prisoners": "prisoners|inmates|detainees",
    "hostages": "hostages|captives",
    "patients": "patients",
    "protesters": "protesters|protestors|demonstrators|marchers",
    "worshippers": "worshippers|worshipers|congregants",
    "fans": "fans|spectators|supporters",
    "participants": "runners|athletes|competitors|entrants|participants|delegates",
    "suspects": "suspects|accused|defendants",
    "voters": "voters",
    "foreigners": "foreigners|foreign nationals|nationals",
})

# Things worth counting: the noun in the key and the words that name it.
THINGS = _expand({
    "homes": "homes|houses|dwellings|households|properties",
    "buildings": "buildings|structures|apartment blocks|blocks of flats|high-rises",
    "vehicles": "vehicles|cars|trucks|buses|lorries",
    "seats": "seats",
    "votes": "votes|ballots",
    "goals": "goals",
    "points": "points",
    "cases": "cases|infections",
    "tests": "tests",
    "doses": "doses|vaccines|vaccinations|jabs",
    "missiles": "missiles|cruise missiles|ballistic missiles|rockets",
    "drones": "drones|uavs",
    "shells": "shells|artillery shells|rounds",
    "aircraft": "aircraft|planes|jets|helicopters|warplanes",
    "tanks": "tanks",
    "jobs": "jobs|positions|posts",
    "flights": "flights",
    "schools": "schools",
    "hospitals": "hospitals|clinics",
    "villages": "villages|towns|settlements|communities",
    "animals": "animals|cattle|livestock|sheep",
    "boats": "boats|vessels|ships",
    "weapons": "weapons|guns|rifles|firearms",
    "counts": "counts",
    "agreements": "agreements|deals|contracts|accords|memorandums",
    "charges": "charges|felony counts",
    "medals": "medals|golds|gold medals",
    "titles": "titles|trophies",
    "matches": "matches|games",
    "wins": "wins|victories",
    "aftershocks": "aftershocks",
    "fires": "fires|blazes",
    "strikes": "strikes|airstrikes|air strikes",
    "companies": "companies|firms|businesses",
    "countries": "countries|nations|states",
    "members": "members",
    "signatures": "signatures",
    "hectares": "hectares",
})

THING_STATUS = _expand({
    "destroyed": "destroyed|razed|flattened|levelled|leveled|wiped out|burned|burnt|set on fire|set ablaze|torched"
                 "|burned down|burnt down",
    "damaged": "damaged",
    "affected": "affected",
    "flooded": "flooded|submerged|inundated",
    "collapsed": "collapsed",
    "lost": "lost|cut|shed|eliminated",
    "created": "created|added",
    "launched": "launched|fired",
    "intercepted": "intercepted|shot down|downed",
    "seized": "seized|confiscated",
    "cancelled": "cancelled|canceled|grounded",
    "closed": "closed|shut",
    "without-power": "without power|without electricity|lost power|" + POWER_CUT_TO,
    "won": "won|secured|took|claimed|clinched",
})

# --- money: what an amount is ------------------------------------------------------

MONEY_NOUNS = _expand({
    "budget": "budget|budgets",
    "aid": "aid|assistance|aid package|relief",
    "package": "package|stimulus|bailout|rescue package",
    "damage": "damage|damages|losses|economic losses",
    "cost": "cost|costs|price tag|bill",
    "fine": "fine|fines|penalty|penalties|fined",
    "bail": "bail|bond",
    "deal": "deal|contract|agreement|acquisition|takeover|merger|purchase|buy|acquire|bought|acquired|buyout",
    "loan": "loan|loans|credit|credit line",
    "borrowing": "borrow|borrowing|borrowed|borrowings",
    "debt": "debt|debts|arrears",
    "deficit": "deficit",
    "revenue": "revenue|revenues|sales|turnover",
    "profit": "profit|profits|earnings|net income",
    "loss": "loss|net loss",
    "investment": "investment|investments|invest|invested",
    "spending": "spending|spend|spent|expenditure|outlay",
    "funding": "funding|funds|fund|grant|grants|raised|financing",
    "salary": "salary|salaries|wage|wages|pay|paid|pay rise|bonus",
    "fee": "fee|fees|transfer fee|transfer",
    "ransom": "ransom",
    "reward": "reward|bounty|prize|prize money",
    "compensation": "compensation|settlement|payout|reparations|award|awarded",
    "donation": "donation|donations|donated|pledge|pledged|pledges",
    "tax": "tax|taxes|levy|tariff|tariffs",
    "value": "worth|valued|valuation|value|market value|market cap|market capitalisation|market capitalization",
    "price": "price|prices|priced|sold|bought|costs|ticket",
    "income": "income",
    "gdp": "gdp|output|economy",
    "reserves": "reserves",
    "trade": "trade|bilateral trade|trade volume",
    "bribe": "bribe|bribes|kickbacks",
    "embezzlement": "embezzled|embezzlement|stole|stolen|laundered|laundering|fraud|defrauded|defrauding|swindled"
                    "|scam|misappropriated",
    "forfeiture": "forfeit|forfeiture|forfeited|seized|confiscated",
})

# Modifiers that tell two amounts of one kind apart: "military aid", "humanitarian aid".
MONEY_MODIFIERS = {
    "military", "humanitarian", "defence", "defense", "health", "education", "annual", "federal", "state",
    "emergency", "reconstruction", "climate", "security", "energy", "infrastructure", "development", "economic",
    "financial", "foreign", "police", "transfer",
}

# --- percentages: what a share is of --------------------------------------------

PERCENT_TOPICS = _expand({
    "inflation": "inflation|consumer prices|cpi|price growth",
    "unemployment": "unemployment|jobless|jobless rate|unemployment rate",
    "turnout": "turnout|participation",
    "growth": "growth|grew|expanded|gdp|economy|expansion|contracted|contraction|shrank",
    "interest-rate": "interest rate|interest rates|rates|rate|policy rate|base rate|benchmark rate",
    "vote-share": "of the vote|of votes|of the votes|vote share|share of the vote|of ballots",
    "approval": "approval|approval rating|popularity|support|favourability|favorability",
    "tariff": "tariff|tariffs|duty|duties|levy",
    "tax": "tax|taxes|vat",
    "stake": "stake|share|shareholding|holding",
    "shares": "shares|stock|stocks|share price",
    "deficit": "deficit",
    "debt": "debt",
    "poverty": "poverty|poor",
    "vaccination": "vaccinated|vaccination|inoculated",
    "containment": "contained|containment",
    "positivity": "positivity|positive",
    "discount": "discount|cut|cuts",
    "salary": "pay rise|wages|salaries|pay",
    "prices": "prices|price|costs|bills|rents|fares",
    "sales": "sales|revenue|revenues",
    "profit": "profit|profits|earnings",
    "exports": "exports",
    "trade": "trade|bilateral trade|trade volume",
    "imports": "imports",
    "emissions": "emissions",
    "capacity": "capacity",
    "occupancy": "occupancy",
    "mortality": "mortality|death rate|fatality rate",
    "literacy": "literacy",
    "population": "of the population|population",
})

PERCENT_CHANGE_VERBS = {
    "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling", "grew", "grown",
    "grow", "grows", "increased", "increase", "increases", "decreased", "decrease", "dropped", "drop", "drops",
    "jumped", "jump", "surged", "surge", "climbed", "climb", "declined", "decline", "slumped", "slid", "plunged",
    "soared", "gained", "lost", "shrank", "contracted", "expanded", "cut", "raised", "lowered", "up", "down",
}

# --- reporting and sources ---------------------------------------------------------

SPEECH_VERBS = {
    "said", "says", "say", "told", "tells", "reported", "reports", "added", "stated", "states", "announced",
    "announces", "claimed", "claims", "confirmed", "confirms", "wrote", "writes", "noted", "notes", "estimated",
    "estimates", "warned", "warns", "insisted", "insists", "argued", "argues", "explained", "explains",
    "asserted", "asserts", "acknowledged", "acknowledges", "disclosed", "revealed", "reveals", "showed", "shows",
    "quoted", "cited", "posted", "tweeted", "declared", "declares", "alleged", "alleges", "believes",
}

# Words around a date that make it the day something was said or published.
REPORTING = SPEECH_VERBS | {"published", "issued", "briefing", "editorial", "interview", "statement", "transcript",
                            "readout", "press conference", "news conference", "tweet", "post", "report"}

# Things counted that need no verb to be a checkable figure ("won 120 seats").
SELF_EVIDENT_THINGS = {"seats", "votes", "goals", "points", "cases", "tests", "doses", "medals", "charges", "counts",
                       "signatures", "aftershocks", "titles", "wins", "agreements"}

# Verbs that say how long something lasted when no event noun is near ("closed schools for two weeks").
VERB_EVENTS = {
    "closed": "closure", "shut": "closure", "suspended": "suspension", "deliberated": "deliberation",
    "deliberating": "deliberation", "detained": "detention", "held": "detention", "banned": "ban",
    "blocked": "blockade", "stayed": "visit", "staying": "visit", "stranded": "stranding", "trapped": "entrapment",
    "extended": "extension", "delayed": "delay", "postponed": "delay", "grounded": "grounding",
    "burned": "fire", "raged": "fire", "burning": "fire", "lasted": "duration", "jailed": "sentence",
    "imprisoned": "sentence", "quarantined": "quarantine", "isolated": "isolation", "fasted": "fast",
    "striking": "strike", "marched": "march", "protested": "protest", "fought": "fighting", "searched": "search",
}

# Capitalized words that begin sentences or name roles, never a person's name.
TITLES = {
    "president", "vice", "prime", "minister", "ministers", "defense", "defence", "foreign", "interior", "finance",
    "general", "gen", "gen.", "lt", "lt.", "col", "col.", "colonel", "major", "maj", "captain", "capt", "admiral",
    "adm", "sergeant", "sgt", "lieutenant", "commander", "marshal", "field", "chief", "deputy", "secretary",
    "state", "chancellor", "king", "queen", "prince", "princess", "sheikh", "emir", "pope", "cardinal",
    "bishop", "archbishop", "rev", "reverend", "father", "senator", "sen", "sen.", "rep", "rep.", "representative",
    "governor", "gov", "gov.", "mayor", "judge", "justice", "attorney", "prosecutor", "ambassador", "envoy",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame", "lord",
    "lady", "leader", "dictator", "premier", "speaker", "spokesman", "spokeswoman", "spokesperson", "director",
    "chairman", "chairwoman", "chair", "ceo", "executive", "officer", "coach", "manager", "striker", "midfielder",
    "defender", "goalkeeper", "captain", "former", "ex", "acting", "interim", "new", "top", "senior", "army",
    "navy", "air", "force", "commissioner", "inspector", "superintendent", "detective", "constable", "officer",
    "supreme", "leader", "opposition", "presidential", "candidate", "incumbent", "challenger", "rebel",
    "militant", "health", "economy", "trade", "labour", "labor", "education", "justice", "home", "culture",
    "energy", "agriculture", "transport", "environment", "security", "intelligence", "national", "federal",
    "regional", "provincial", "party", "house", "white", "first", "lady", "crown", "grand", "ayatollah",
    "imam", "rabbi", "patriarch", "metropolitan", "deputies", "mp", "mep", "congressman", "congresswoman",
    "secretary-general", "director-general", "under-secretary", "dep.", "tennis", "star", "champion", "player",
    "forward", "winger", "boss", "founder", "owner", "billionaire", "businessman", "activist", "analyst",
    "economist", "expert", "researcher", "scientist", "doctor", "nurse", "pastor", "comrade", "citizen",
    # groups that open sentences ("Prosecutors had sought..."), never one person
    "prosecutors", "investigators", "officials", "authorities", "police", "judges", "lawyers", "attorneys",
    "witnesses", "rescuers", "doctors", "analysts", "experts", "critics", "observers", "officers", "soldiers",
    "troops", "residents", "protesters", "activists", "economists", "scientists", "researchers", "journalists",
    "reporters", "voters", "workers", "firefighters", "medics", "paramedics", "diplomats", "lawmakers",
    "legislators", "senators", "sources",
}

PERSON_TITLES = {
    "president", "minister", "general", "gen", "gen.", "lt", "lt.", "col", "col.", "colonel", "major", "maj",
    "captain", "capt", "admiral", "adm", "sergeant", "sgt", "lieutenant", "commander", "marshal", "chief",
    "secretary", "chancellor", "king", "queen", "prince", "princess", "sheikh", "emir", "pope", "cardinal",
    "bishop", "archbishop", "rev", "reverend", "senator", "sen", "sen.", "rep", "rep.", "representative",
    "governor", "gov", "gov.", "mayor", "judge", "justice", "attorney", "prosecutor", "ambassador", "envoy", "mr",
    "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame", "lord", "lady",
    "leader", "dictator", "premier", "speaker", "spokesman", "spokeswoman", "spokesperson", "director",
    "chairman", "chairwoman", "ceo", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper",
    "commissioner", "inspector", "detective", "constable", "ayatollah", "imam", "rabbi", "patriarch",
    "congressman", "congresswoman", "mp", "mep", "secretary-general", "director-general", "candidate",
    "incumbent", "forward", "winger", "boss", "founder", "billionaire", "businessman", "activist", "analyst",
    "economist", "expert", "pastor", "player", "star", "champion", "officer",
}

# Lower-case role nouns that refer back to a person already named ("the minister said").
ROLE_NOUNS = {
    "minister", "president", "general", "official", "leader", "envoy", "premier", "chancellor", "governor",
    "mayor", "senator", "defendant", "suspect", "coach", "striker", "chief", "spokesman", "spokeswoman",
    "ambassador", "diplomat", "prime minister", "commander", "candidate", "incumbent", "challenger", "player",
    "manager", "king", "queen", "prince", "pope", "secretary", "judge", "actor", "actress", "singer", "star",
    "billionaire", "businessman", "businesswoman", "chairman", "executive", "founder", "lawmaker", "politician",
    "accused", "victim", "athlete", "champion", "midfielder", "forward", "defender", "goalkeeper", "winger",
}

DEMONYMS = {
    "american", "british", "chinese", "russian", "ukrainian", "french", "german", "italian", "spanish",
    "japanese", "korean", "indian", "pakistani", "iranian", "iraqi", "syrian", "turkish", "israeli",
    "palestinian", "lebanese", "egyptian", "saudi", "emirati", "qatari", "afghan", "african", "european",
    "asian", "western", "eastern", "northern", "southern", "polish", "dutch", "belgian", "swiss", "swedish",
    "norwegian", "danish", "finnish", "greek", "portuguese", "brazilian", "mexican", "canadian", "australian",
    "nigerian", "kenyan", "ethiopian", "sudanese", "somali", "libyan", "tunisian", "algerian", "moroccan",
    "yemeni", "jordanian", "kurdish", "armenian", "azerbaijani", "georgian", "belarusian", "hungarian",
    "romanian", "bulgarian", "serbian", "croatian", "bosnian", "albanian", "czech", "slovak", "austrian",
    "irish", "scottish", "welsh", "english", "filipino", "indonesian", "malaysian", "thai", "vietnamese",
    "burmese", "bangladeshi", "nepalese", "sri", "lankan", "taiwanese", "mongolian", "kazakh", "uzbek",
    "argentine", "argentinian", "chilean", "colombian", "peruvian", "venezuelan", "cuban", "haitian",
    "ghanaian", "congolese", "south", "north", "east", "west", "us", "u.s.", "uk", "u.k.", "eu", "un", "u.n.",
    "nato", "soviet", "communist", "republican", "democratic", "democrat", "conservative", "liberal",
    "socialist", "islamic", "muslim", "christian", "jewish", "catholic", "orthodox", "sunni", "shia", "shiite",
    "arab", "latin", "central", "pro-russian", "pro-kremlin", "state-run", "state-owned", "us-sanctioned",
    "veteran", "hawkish", "then", "then-president", "sanctioned",
}

COUNTRIES = {
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
    "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burkina", "burundi",
    "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "comoros", "congo", "croatia",
    "cuba", "cyprus", "czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt", "eritrea", "estonia",
    "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana",
    "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india",
    "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan",
    "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia",
    "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives",
    "mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia",
    "montenegro", "morocco", "mozambique", "myanmar", "burma", "namibia", "nauru", "nepal", "netherlands",
    "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palau", "palestine", "panama", "paraguay",
    "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "senegal",
    "serbia", "seychelles", "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan", "suriname",
    "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga",
    "tunisia", "turkey", "türkiye", "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan",
    "vanuatu", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "gaza", "crimea", "donbas", "kashmir",
    "tibet", "xinjiang", "kurdistan", "europe", "asia", "africa", "america", "britain", "england", "scotland",
    "wales", "korea", "kremlin", "beijing", "moscow", "kyiv", "kiev", "washington", "london", "paris", "berlin",
    "tokyo", "delhi", "tehran", "ankara", "damascus", "baghdad", "cairo", "jerusalem", "tel", "aviv",
    "brussels", "geneva", "rome", "madrid", "warsaw", "kharkiv", "odesa", "odessa", "lviv", "dnipro",
    "zaporizhzhia", "kherson", "mariupol", "bakhmut", "donetsk", "luhansk", "pentagon", "hong", "kong",
    "new", "york", "los", "angeles", "san", "sri", "lanka", "saudi", "arabia", "emirates", "caribbean",
    "pacific", "atlantic", "mediterranean", "sahel", "balkans", "caucasus", "siberia", "arctic", "antarctica",
    "texas", "california", "florida", "gulf", "persian", "middle", "east", "far", "west", "bank", "strip",
}

# Capitalized words that are never (part of) a person's name.
NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "while", "after", "before", "as",
    "since", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their",
    "our", "its", "there", "here", "some", "many", "according", "meanwhile", "however", "also", "although",
    "such", "so", "yet", "still", "last", "next", "early", "late", "breaking", "news", "related", "read",
    "more", "most", "all", "both", "each", "every", "no", "not", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "for", "from", "to", "by", "with", "of", "about", "over", "under", "up",
    "down", "out", "into", "than", "then", "now", "today", "tonight", "yesterday", "tomorrow", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "what", "who", "why", "how",
    "where", "which", "whose", "whom", "my", "your", "you", "me", "us", "them", "him", "do", "does", "did",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "shall", "just", "only", "even", "because", "though", "unless", "until", "during",
    "despite", "amid", "among", "between", "through", "across", "against", "without", "within", "per",
    "photo", "video", "image", "getty", "images", "reuters", "ap", "afp", "file", "advertisement", "update",
    "updated", "published", "date", "author", "source", "sources", "tags", "comments", "share", "send",
    "back", "top", "home", "politics", "world", "business", "sport", "sports", "opinion", "analysis",
    "live", "exclusive", "watch", "listen", "see", "follow", "subscribe", "sign", "support", "donate",
    "police", "officials", "authorities", "government", "ministry", "army", "military", "forces", "rescue",
    "fire", "state", "national", "international", "global", "united", "nations", "union", "council",
    "committee", "commission", "agency", "department", "office", "court", "parliament", "congress", "senate",
    "assembly", "house", "party", "church", "university", "institute", "foundation", "organization",
    "organisation", "group", "company", "corporation", "bank", "fund", "times", "post", "journal", "daily",
    "herald", "tribune", "telegraph", "guardian", "press", "radio", "television", "tv", "network", "media",
    "cold", "war", "easter", "christmas", "ramadan", "eid", "day", "week", "month", "year", "summit", "olympics",
    "cup", "league", "championship", "final", "finals", "open", "grand", "prix", "club", "fc", "city",
    "airport", "station", "square", "street", "road", "river", "lake", "sea", "ocean", "mount", "mountain",
    "island", "islands", "province", "region", "district", "county", "state", "republic", "federation",
    "kingdom", "empire", "coast", "valley", "hospital", "school", "college", "academy", "museum", "palace",
    "hall", "centre", "center", "tower", "bridge", "dam", "port", "base", "prison", "camp", "plan", "act",
    "law", "bill", "treaty", "accord", "agreement", "deal", "pact", "initiative", "program", "programme",
    "operation", "mission", "project", "report", "index", "survey", "poll", "census", "stadium", "arena",
    "airlines", "airways", "air", "inc", "ltd", "corp", "co", "llc", "plc", "ag", "sa", "gmbh", "holdings",
    "technologies", "motors", "energy", "oil", "gas", "petroleum", "capital", "partners", "investments",
    "guard", "brigade", "battalion", "regiment", "division", "corps", "fleet", "command", "staff", "service",
    "services", "intelligence", "security", "health", "red", "cross", "crescent", "amnesty", "watch",
    "human", "rights", "world", "food", "programme", "monetary", "economic", "forum", "alliance", "front",
    "movement", "coalition", "brotherhood", "hamas", "hezbollah", "taliban", "isis", "al-qaeda", "wagner",
    "according", "ukraine", "russia", "china", "internet", "web", "online", "breaking", "newsnewspolitics",
    "associated", "science", "technology", "climate", "covid", "coronavirus", "omicron", "delta",
}

ORG_WORDS = {
    "ministry", "agency", "department", "office", "court", "parliament", "congress", "senate", "assembly",
    "party", "church", "university", "institute", "foundation", "organization", "organisation", "group",
    "company", "corporation", "bank", "fund", "times", "post", "journal", "daily", "herald", "tribune",
    "telegraph", "guardian", "press", "radio", "television", "network", "council", "committee", "commission",
    "union", "league", "club", "fc", "airlines", "airways", "inc", "ltd", "corp", "llc", "plc", "holdings",
    "motors", "forces", "army", "navy", "police", "service", "services", "front", "alliance", "movement",
    "coalition", "brotherhood", "board", "authority", "administration", "government", "cabinet", "nations",
    "federation", "association", "society", "centre", "center", "hospital", "school", "news", "media",
}

STOPWORDS = {
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or", "but", "as", "is",
    "was", "were", "are", "be", "been", "being", "has", "have", "had", "that", "this", "these", "those", "it",
    "its", "their", "his", "her", "which", "who", "whom", "whose", "than", "then", "there", "some", "more",
    "most", "least", "less", "about", "around", "nearly", "almost", "over", "under", "up", "down", "out",
    "into", "onto", "per", "cent", "percent", "after", "before", "since", "while", "during", "also", "just",
    "only", "about", "will", "would", "could", "should", "can", "may", "might", "said", "says", "say", "told",
    "reported", "according", "not", "no", "new", "total", "estimated", "record", "further", "additional",
    "another", "other", "all", "both", "each", "every", "such", "so", "very", "much", "many", "few", "several",
    "year", "years", "month", "months", "week", "weeks", "day", "days", "last", "this", "next", "first",
    "second", "third", "million", "billion", "trillion", "thousand", "hundred", "bn", "m", "k", "s", "he",
    "she", "they", "we", "you", "i", "our", "your", "them", "him", "us", "me", "my", "what", "when", "where",
    "how", "why", "if", "because", "though", "although", "yet", "still", "even", "now", "already", "again",
    "rose", "fell", "reached", "hit", "stood", "put", "set", "went", "came", "made", "get", "got", "took",
    "given", "gave", "amount", "amounts", "sum", "figure", "figures", "number", "numbers", "level", "levels",
    "rate", "worth", "some", "roughly", "approximately", "least", "well", "just", "whopping", "staggering",
}


# --- figures: number words, qualifiers, units, currencies, months, weekdays -------------
# Not kept here: they are the value reader's vocabulary (claimtrack.values.lexicon), so that
# what a value can be read in is also found in running text. Below, as running text writes it.

SMALL_NUMBERS = tuple(_numbers.SMALL)  # "zero" to "nineteen"
TENS = tuple(_numbers.TENS)
DIGIT_WORDS = tuple(word for word, n in _numbers.SMALL.items() if 1 <= n <= 9)  # "twenty-one"
SCALE_WORDS = tuple(_numbers.BIG)  # after number words: "five thousand", "two crore"
SCALES_AFTER_DIGITS = tuple(word for word in _numbers.SCALE_AFTER_DIGITS if len(word) > 1)  # "1.5 million", "2bn"
SCALE_LETTERS = tuple(word for word in _numbers.SCALE_AFTER_DIGITS if len(word) == 1) + tuple(_numbers.LETTER_SCALES)
VAGUE_PLURALS = tuple(_numbers.VAGUE_PLURAL)  # "dozens", "tens of thousands"
VAGUE_MULTIPLIERS = tuple(_numbers.VAGUE_MULT)  # before a scale word: "several hundred", "a few thousand"
FRACTION_WORDS = tuple(_numbers.FRACTIONS) + tuple(_numbers.SHARE_FRACTIONS)
# Words that bound a figure, soften it or belong to it ("at least", "about", "a total of"); not the
# words around it ("the", "to"), nor signs (">").
QUALIFIERS = tuple(phrase for phrase, meaning in _qualifiers.BEFORE.items()
                   if phrase[0].isalpha() and phrase not in _qualifiers.NOT_IN_RUNNING_TEXT
                   and meaning in ("ge", "gt", "gt_near", "lt", "nearly", "le", "approx", "filler"))


def _unit_names(kind: str, dimensions: tuple[str, ...] = ()) -> tuple[str, ...]:
    return tuple(name for k, unit, _, _, names in _units.UNITS if k == kind and (not dimensions or unit in dimensions)
                 for name in names.split("|")
                 if name not in _units.GLUED_LETTERS and name not in _units.NOT_IN_RUNNING_TEXT)


UNIT_NAMES = _unit_names("quantity")  # after a figure: "12 knots", "40 kWh", "3 nautical miles"
GLUED_UNIT_LETTERS = tuple(_units.GLUED_LETTERS.values())  # glued to it, in this case: "30C", "40t"
PERCENT_NAMES = _unit_names("percent")
DURATION_NAMES = _unit_names("duration")
# The units that say what a quantity measures, whatever the words around it.
SPEED_UNITS = _unit_names("quantity", ("km/h",))
# Bare "degrees" as a temperature (and a glued "C" or "F"); a bare "degree" is an angle as often ("a 90-degree turn").
TEMPERATURE_UNITS = _unit_names("quantity", ("C",)) + ("degrees", "°")
LENGTH_UNITS = _unit_names("quantity", ("km",))  # what a depth, a rainfall or a height is measured in
AREA_UNITS = _unit_names("quantity", ("km2",))

CURRENCY_SIGNS = tuple(sign for sign in _money.SYMBOLS if sign != "$")
DOLLAR_PREFIXES = tuple(prefix.upper() for prefix in _money.DOLLAR_PREFIXES)  # "US$", "HK$"
CURRENCY_CODES = tuple(code.upper() for code in _money.CODES)  # in capitals: "try", "pen" are words
CURRENCY_ABBREVIATIONS = tuple(a for a in _money.BEFORE if " " not in a)  # "Rs 5 crore", "RMB 3 billion"
# After a figure: "20 million euros"; "pounds" too, so that a weight in them is never taken for one.
CURRENCY_NAMES = tuple(_money.NAMES) + tuple(_money.SHARED_NAMES) + tuple(_money.WEIGHT_OR_MONEY) + tuple(
    name for name in _money.MINOR_UNITS if len(name) > 1)  # "50 cents"
MINOR_UNITS_GLUED = tuple(name for name in _money.MINOR_UNITS if len(name) == 1)  # "99¢", "20p"

# Months in capitals: full names, abbreviations with their dot, and without it where they are no word.
MONTH_NAMES = tuple(
    [names[0].capitalize() for names in _calendar.MONTHS]
    + [abbreviation.capitalize() + "." for names in _calendar.MONTHS for abbreviation in names[1:]]
    + [abbreviation.capitalize() for names in _calendar.MONTHS for abbreviation in names[1:]
       if abbreviation not in _calendar.MONTHS_DOTTED_ONLY]
)
MONTH_WORDS = tuple(name.capitalize() for names in _calendar.MONTHS for name in names)  # without dots
WEEKDAY_NAMES = tuple(names[0].capitalize() for names in _calendar.WEEKDAYS)


# Bodies that measure what news reports count, by the words that credit them: a figure credited
# to one is that body's (police and organisers count a crowd differently; two seismological
# agencies give a quake's magnitude each). Words not here ("officials said") credit no body.
MEASURING_BODIES = _expand({
    "police": "police|sheriff|sheriff's office|sheriff's department|law enforcement|constabulary|gendarmerie"
              "|police department|police chief|police spokesman|police spokeswoman|cops",
    "organisers": "organisers|organizers|organising committee|organizing committee|protest leaders|rally organisers"
                  "|rally organizers|event organisers|event organizers",
    "health-ministry": "health ministry|ministry of health|health department|department of health",
    "interior-ministry": "interior ministry|ministry of interior|ministry of the interior",
    "civil-defence": "civil defence|civil defense|disaster agency|disaster management agency|emergency services"
                     "|rescue services|rescuers|emergency management",
    "fire-service": "fire department|fire service|fire brigade|firefighters",
    "coroner": "coroner|medical examiner|coroner's office|medical examiner's office",
    "hospital": "hospital|hospitals|hospital officials|doctors",
    "monitor": "monitor|monitoring group|observatory|war monitor",
    "un": "united nations|un|u n|ocha|unhcr|unicef|who|world health organization",
    "red-cross": "red cross|red crescent|icrc",
    "military": "military|army|armed forces|defence ministry|defense ministry|ministry of defence|ministry of defense"
                "|pentagon",
    "usgs": "usgs|us geological survey|u s geological survey|united states geological survey",
    "emsc": "emsc|european-mediterranean seismological centre|european mediterranean seismological centre",
    "gfz": "gfz|german research centre for geosciences",
    "phivolcs": "phivolcs|philippine institute of volcanology and seismology",
    "jma": "jma|japan meteorological agency",
    "national-weather-service": "national weather service|nws",
    "national-hurricane-center": "national hurricane center|nhc",
    "electoral-commission": "electoral commission|election commission|election officials|elections board"
                            "|board of elections",
    "statistics-office": "statistics office|statistical office|bureau of statistics|census bureau|office for national"
                         " statistics",
})
