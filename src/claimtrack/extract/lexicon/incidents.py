"""Incidents: the words that name them, how they relate, and what tells a strike from a walkout.
"""

from __future__ import annotations

from claimtrack.extract.lexicon.tables import expand as _expand


INCIDENTS = _expand({
    "attack": "attack|attacks|strike|strikes|airstrike|airstrikes|air strike|air strikes|missile strike"
              "|missile strikes|drone strike|drone strikes|shelling|bombardment|bombing|bombings|raid|raids"
              "|assault|ambush|rocket attack|drone attack|missile attack|barrage|onslaught|massacre"
              "|suicide bombing|missiles|rockets|drones|shelled|bombed",
    "explosion": "explosion|explosions|blast|blasts|detonation",
    "shooting": "shooting|shootings|gunfire|gunman|gunmen|shootout|mass shooting|gun battle|gunfight|gun fight"
                "|firefight|exchange of gunfire|shoot-out",
    # (and the sea's wave it sets off: a tsunami's toll is the earthquake's, whichever word an outlet uses)
    "earthquake": "earthquake|earthquakes|quake|quakes|tremor|tremors|tsunami|tsunamis|tidal wave|tidal waves",
    "aftershock": "aftershock|aftershocks",
    "flood": "flood|floods|flooding|flash flood|flash floods|floodwaters|deluge|torrential rain|monsoon rains"
             "|downpours|dam burst|dam bursts|dam failure|dam breach|burst dam|dam collapse|levee breach|levee failure"
             "|dam gave way|dam burst its banks|dam failed|dam was breached|levee gave way|levee broke|levee failed",
    "storm": "storm|storms|hurricane|typhoon|cyclone|tornado|tornadoes|blizzard|tropical storm",
    "fire": "fire|fires|blaze|blazes|wildfire|wildfires|bushfire|bushfires|inferno|forest fire",
    "crash": "crash|crashes|collision|accident|derailment|plane crash|bus crash|train crash|pile-up|crashed|collided"
             "|derailed|left the track|left the tracks|came off the rails|came off the tracks|jumped the tracks"
             "|went off the rails|derailing",
    "collapse": "collapse|collapsed",
    "landslide": "landslide|landslides|mudslide|mudslides",
    "avalanche": "avalanche|avalanches",
    "stampede": "stampede|crush",
    "sinking": "sinking|shipwreck|capsized|capsizing|sank",
    "heatwave": "heatwave|heat wave|heat waves|heatwaves|extreme heat|intense heat|scorching heat|record heat"
                "|searing heat|blistering heat|the heat|heat-related|heatstroke|heat stroke",
    "eruption": "eruption|eruptions|volcano",
    # an attack on computers: whose data it took, what its attackers demand
    "cyberattack": "cyberattack|cyberattacks|cyber-attack|cyber-attacks|cyber attack|cyber attacks|hack|hacking"
                   "|data breach|data breaches|security breach|ransomware attack|ransomware",
    "drought": "drought|famine",
    "outbreak": "outbreak|epidemic|pandemic|virus|cholera|measles|covid|covid-19|ebola|dengue|mpox|infection"
                "|infections|disease",
    "protest": "protest|protests|protesters|protestors|demonstration|demonstrations|demonstrators|rally"
               "|rallies|march|marchers|riot|riots|rioting|unrest|strikers|walkout|rallied|marched|protested",
    "match": "match|semi-final|semifinal|quarter-final|marathon|tournament|derby|fixture|grand prix|olympics"
             "|world cup|world cup final|cup final",
    # (a ground offensive is a campaign of days, no one strike: "14 villages captured since launching an offensive")
    "fighting": "fighting|clashes|clash|battle|battles|combat|hostilities|war|conflict|violence|offensive"
                "|offensives|counteroffensive|counter-offensive",
    "election": "election|elections|vote|polls|referendum|runoff|ballot|plebiscite",
    # a prison's breakout (its riot with it): those who escaped, those recaptured, those at large
    "jailbreak": "jailbreak|jailbreaks|jail break|jail breaks|prison break|prison breaks|breakout|mass escape"
                 "|prison escape|jail escape|escapees|prison riot|prison riots|jail riot|jail riots|prison uprising",
    # people seized and held for ransom or leverage: its counts are of those abducted, freed, still held
    "kidnapping": "kidnapping|kidnappings|kidnapped|kidnappers|kidnapper|abduction|abductions|abducted|abductors"
                  "|captors|mass abduction|mass kidnapping|hostage-taking|hostage crisis|hijacking|hijackings|hijacked"
                  "|hijackers",
    # an army's seizure of power: its arrests, its curfews, its toll are its own
    "coup": "coup|coups|coup d'etat|coup d'état|coup attempt|attempted coup|putsch|military takeover|mutiny",
    # a company's failure: those its end strands, its debts (its "collapse" too, in a story of one: see incidents)
    "bankruptcy": "bankruptcy|bankruptcies|insolvency",
    # prisoners set free by a head of state or a law: its counts are of those freed, those left out
    "pardon": "pardon|pardons|mass pardon|amnesty|amnesties|clemency",
    # prisoners (or the dead) handed over between two sides: its count is of those released
    "exchange": "prisoner exchange|prisoner exchanges|prisoner swap|prisoner swaps|exchange of prisoners"
                "|swap of prisoners|prisoners exchange|prisoners swap|exchange|exchanges|swap|swaps|exchanged|swapped",
})

INCIDENT_KINDS = set(INCIDENTS.values())

# Kinds that name no one happening ("the fighting", "the war", "the violence"): what an article or a case is
# about only where nothing more specific is named.
BROAD_INCIDENTS = frozenset({"fighting"})

# The words above that name an incident's people, not the happening: what is done to them
# ("police arrested the gunman Friday") is not the incident.
INCIDENT_PEOPLE = frozenset({"gunman", "gunmen", "protesters", "protestors", "demonstrators", "marchers", "strikers",
                             "kidnappers", "kidnapper", "abductors", "captors", "hijackers"})

# Incidents that cover an area, whose counts in one town or region are parts of the whole; a
# shooting or a crash happens at one spot, and a place named with its count is where.
AREA_INCIDENTS = {"earthquake", "aftershock", "storm", "flood", "fire", "drought", "heatwave", "eruption",
                  "outbreak", "fighting", "landslide", "attack", "protest"}

# Incidents a story tells of one at a time: its reports that share no name and differ are two accounts
# of it, not reports of two (see claimtrack.disagreement); only the unlabelled subject is meant, an
# earlier or a named one has its own ("storm-orla", "earthquake-2019").
SINGULAR_INCIDENTS = {"earthquake", "storm", "flood", "drought", "heatwave", "eruption", "outbreak", "landslide",
                      "avalanche", "election", "protest", "exchange", "coup", "pardon", "bankruptcy"}

# What brings buildings down: in a story of one, a collapse is its doing, not an incident of its own.
COLLAPSE_CAUSES = {"earthquake", "aftershock", "storm", "flood", "explosion", "attack", "landslide", "avalanche",
                   "fire", "eruption"}

# In a story about the first kind, words of the others name the same happening: the blast of a
# bombing, the attack a gunman carried out.
INCIDENT_AFFINITY = {
    "attack": {"explosion", "shooting"},
    "cyberattack": {"attack"},  # "the attack on Telvo", in a story of its hacking
    "eruption": {"explosion"},  # a volcano's explosions are its eruption
    "explosion": {"attack", "fire"},  # the blast and the fire it set off
    # a crash and the fire it set off; a ship struck, set ablaze or blown up, and sunk
    "crash": {"fire", "explosion"},
    "sinking": {"attack", "fire", "explosion"},
    "shooting": {"attack"},
    "kidnapping": {"attack", "shooting"},  # the raid on a school, the gunmen who seized the pupils
    "jailbreak": {"protest"},  # a prison's riot, in a story of its breakout
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
# How an article's incidents of one kind that it names nowhere are told apart: the first, the second, ...
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")

SEPARATE_MARKERS = {"separate", "second", "another", "other", "third", "further", "new", "earlier", "later", "similar"}


# What an article speaks of, anywhere in its text or title, that changes how one of its figures is read.
# A swap: prisoners freed are those it hands over ("200 prisoners were released in return").
SWAP_WORDS = ("swap", "swaps", "swapped", "exchange", "exchanges", "exchanged", "in return")
# A mine: the miners are whom its accident's toll counts.
MINE_WORDS = ("mine", "mines", "coal mine", "coal mines", "coal-mine", "coal-mines", "colliery", "collieries", "pit",
              "pits", "mine shaft", "mine shafts", "mineshaft", "mineshafts", "underground", "coalface")
# A referendum: a share "in favour" or "against" is a side's.
REFERENDUM_WORDS = ("referendum", "referendums", "referenda", "plebiscite", "plebiscites", "ballot measure",
                    "ballot measures", "ballot question", "ballot questions", "ballot initiative", "ballot initiatives",
                    "voters approved", "voters rejected", "voters backed", "voters endorsed", "voters turned down",
                    "voters defeated",
                    # a referendum's sides, named as such
                    "yes campaign", "no campaign", "yes side", "no side", "yes camp", "no camp")
# A takeover: a price a share is the offer's.
TAKEOVER_WORDS = ("takeover", "acquisition", "acquire", "acquires", "acquired", "acquiring", "buyout", "merger",
                  "agreed to buy", "cash offer", "share offer", "takeover offer", "buyout offer", "bid for",
                  # (what only a purchase of a company is said to have or be paid in)
                  "agreed to purchase", "a share in cash", "per share in cash", "all-cash", "cash-and-stock",
                  "equity value", "enterprise value")
# A tariff answered with another: "vowed to retaliate with duties of 15%".
RETALIATION_WORDS = ("retaliate", "retaliates", "retaliated", "retaliating", "retaliation", "retaliatory",
                     "respond with", "responds with", "responded with", "in response", "counter-tariff",
                     "counter-tariffs", "countertariffs", "countermeasure", "countermeasures", "hit back",
                     "replied with", "replies with", "reply with", "in kind")
# Pay bargained over: a share offered or demanded is a pay rise's.
PAY_WORDS = ("pay", "wage", "wages", "salary", "salaries", "raise", "pay rise", "pay increase", "pay offer", "pay deal",
             "pay claim", "union", "unions", "walkout", "walked out", "downed tools")
# A building's fall or fire: how many storeys it had is a figure of the story ("a six-storey block collapsed").
BUILDING_DISASTER_WORDS = ("collapse", "collapsed", "collapses", "came down", "caved in", "caught fire",
                           "fire broke out", "blaze", "gutted", "engulfed")
# Each side's position in pay talks, said before its share: "has offered 8%", "the union wants 14 per cent".
OFFER_WORDS = ("offered", "offers", "offering", "offer", "offer of", "proposed", "proposing")
DEMAND_WORDS = ("demanding", "demand", "demands", "demanded", "want", "wants", "wanted", "seeking", "seek", "seeks",
                "sought", "calling for", "called for", "asking for", "asked for")

# Who or what a sanctions package lists, said by a verb before the count ("sanctioned 12 individuals",
# "blacklists 84 tankers", "imposed sanctions on 250 entities") ...
SANCTION_VERBS = ("sanctioned", "sanctions", "sanctioning", "sanction", "blacklisted", "blacklists", "blacklisting",
                  "blacklist", "designated", "designates", "designating", "listed", "lists", "listing", "names",
                  "named", "naming",
                  "sanctions on", "sanctions against", "restrictions on", "asset freezes on", "asset freeze on",
                  "travel bans on", "visa bans on")
# ... or by one that takes the list after the counts ("adding 48 individuals and 35 entities to its blacklist"), or by
# the measures themselves ("the measures target 74 vessels")
SANCTION_ADD_VERBS = ("adding", "added", "adds", "add", "placing", "placed", "places", "put", "puts", "putting",
                      "target", "targets", "targeted", "targeting", "hit", "hits", "cover", "covers", "covered",
                      "contains", "contained", "contain")
SANCTION_WORDS = ("sanction", "sanctions", "sanctioned", "blacklist", "blacklisted", "blacklists", "asset freeze",
                  "asset freezes", "travel ban", "travel bans", "sanctions list", "export controls")

# Who a crowd is made of, after "drew": "the rally drew 48,000 people" (not a draw: "drew 2-2")
CROWD_NOUNS = ("people", "spectators", "visitors", "protesters", "protestors", "demonstrators", "supporters", "fans",
               "participants", "marchers", "worshippers", "worshipers", "pilgrims", "runners", "attendees", "guests",
               "onlookers", "mourners", "voters", "viewers", "crowd", "crowds")
# A quake, and what an agency does to give its magnitude: "measured the tremor at 7.2", "put it at 7.2"
QUAKE_NOUNS = ("quake", "earthquake", "tremor", "temblor", "shock", "aftershock", "jolt")
MEASURE_VERBS = ("measured", "measures", "recorded", "records", "registered", "registers", "rated", "rates", "put",
                 "puts", "gave", "gives", "estimated", "estimates", "assessed", "assesses", "calculated", "calculates",
                 "revised", "upgraded", "downgraded")
# What "cases of" counts that no outbreak spreads: "1,200 cases of acute malnutrition"
NON_OUTBREAK_CASES = ("malnutrition", "wasting", "starvation", "abuse", "child abuse", "fraud", "rape",
                      "sexual violence", "torture", "theft", "assault", "domestic violence", "neglect", "corruption",
                      "heatstroke", "heat stroke", "dehydration", "frostbite", "hypothermia")
