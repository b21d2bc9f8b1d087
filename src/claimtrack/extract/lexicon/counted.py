"""What happened to the people counted, who they are, and the things counted with what was done to them.
"""

from __future__ import annotations

from claimtrack.extract.lexicon.tables import expand as _expand


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
    # killed and hurt counted together: "1,070 troops had been killed or wounded"
    "casualties": "casualties|killed or wounded|killed or injured|dead or wounded|dead or injured|killed and wounded"
                  "|killed and injured|dead and wounded|dead and injured",
    "missing": "missing|unaccounted",
    # those sent to fight a fire, to search or to keep order: "more than 1,400 firefighters are battling the blaze"
    "deployed": "deployed|dispatched|mobilised|mobilized|battling the blaze|battling the fire|battling the fires"
                "|battling the flames|fighting the fire|fighting the blaze|fighting the fires|on the lines"
                "|on the fire lines|on the front lines|on the fire line|at work on the fire",
    # a breakout's counts: "37 inmates escaped", "21 have been recaptured", "16 remain at large"
    "escaped": "escaped|broke out|broke free|broke out of|escapes|have escaped|had escaped|fled the prison"
               "|fled the jail",
    "recaptured": "recaptured|rearrested|re-arrested|back in custody|returned to custody|returned to prison",
    "at-large": "at large|on the run|remain at large|still at large|remained at large|remain on the run",
    # both at once, as agencies count a route's or a year's migrants: no toll, no missing
    "dead-or-missing": "died or went missing|dead or missing|killed or missing|died or disappeared|dead or disappeared"
                       "|missing or dead|missing, presumed dead|missing and presumed dead|missing or presumed dead"
                       "|dead or unaccounted for|died or are missing|died or were reported missing",
    "arrests": "arrested|detained|arrests|detentions|rounded up|taken into custody|apprehended",
    # those still held after an arrest, a part of the arrested: "18 people remain in custody"
    "in-custody": "remain in custody|remained in custody|remains in custody|still in custody|remain in detention"
                  "|remained in detention|remains in detention|still in detention",
    "displaced": "displaced|homeless|fled|uprooted|forced from their homes|to flee|to flee their homes"
                 "|crossed|crossed into|crossed the border|crossed over the border|crossed the border into"
                 "|entered the country|had entered the country|have entered the country",
    # those displaced inside their country, without those who fled abroad: a part of the displaced, counted apart
    "internally-displaced": "internally displaced|been internally displaced|displaced internally",
    "evacuated": "evacuated|evacuation|evacuations|relocated|to evacuate|to leave their homes|moved to safety"
                 "|moved to safer places|moved to safer ground|moved to higher ground|moved to shelters"
                 "|moved to relief camps|shifted to relief camps|shifted to safer places|shifted to shelters"
                 "|were moved out|been moved out|moved out of their homes",
    # told to go, not yet gone: "800,000 people were ordered to evacuate"
    "ordered-to-leave": "ordered to evacuate|ordered to leave|told to evacuate|told to leave|urged to evacuate"
                        "|urged to leave|under evacuation orders|under an evacuation order|under evacuation order",
    "rescued": "rescued|saved|pulled alive|pulled from the rubble|pulled",
    "survivors": "survived|survivors",
    "without-power": "without power|without electricity|lost power|" + POWER_CUT_TO,
    "aboard": "aboard|on board|carrying|carried",
    # in a building used as a shelter when it happened: "About 2,100 people were sheltering at the school"
    "sheltering": "sheltering|were sheltering|had been sheltering|was sheltering|sheltered|taking shelter|took shelter"
                  "|had taken shelter|had taken refuge|were taking refuge|taking refuge",
    # in a mine when it happened: "110 miners were underground at the time"
    "underground": "underground|working underground|were underground|below ground|working below ground",
    "attendance": "attendance|crowd|spectators|fans",
    "hospitalized": "hospitalized|hospitalised|hospital|treated|admitted|taken to hospital|taken to the hospital"
                    "|taken to a hospital|taken to area hospitals|rushed to hospital|rushed to the hospital"
                    "|transported to the hospital|transported to a hospital|transported to hospital",
    # treated where they were and let go, no one kept in hospital: "three were treated at the scene and released"
    "treated-released": "treated and released|treated at the scene|treated on the scene|treated on site"
                        "|treated at the site|treated and discharged|treated for minor injuries|treated for shock"
                        "|treated on the spot",
    "cases": "infected|infections|cases|tested positive|sickened|fell ill",
    "trapped": "trapped|stranded|caught and buried|buried by|buried under|buried in|buried alive",
    # soldiers or fighters taken in battle: "34 soldiers were captured", "30 were taken prisoner" (see rules.counts)
    "captured": "captured|taken prisoner|taken captive|taken prisoners",
    # those whose jobs go: "1,400 people will lose their jobs" (their jobs, counted as a company's; see rules.counts)
    "jobs-lost": "lose their jobs|lost their jobs|losing their jobs|will lose their jobs|were laid off|be laid off"
                 "|been laid off|made redundant|be made redundant|been made redundant",
    "abducted": "abducted|kidnapped|hostages|hostage|seized",
    "affected": "affected",
    # the figures of a humanitarian crisis: who needs aid, who goes hungry (the worst-off of the hungry, in a
    # famine scale's terms: "620,000 are at emergency levels")
    "emergency-hunger": "at emergency levels|at emergency level|in emergency conditions|at emergency or famine levels",
    "in-need": "in need|in need of aid|in need of assistance|in need of help|in need of humanitarian aid"
               "|in need of humanitarian assistance|in need of food aid|need aid|need humanitarian aid|need assistance"
               "|need humanitarian assistance|need help|require aid|require assistance|require humanitarian assistance"
               "|need food aid|need food assistance|need emergency food aid|require food aid|need food",
    "food-insecure": "face acute food insecurity|facing acute food insecurity|face food insecurity"
                     "|facing food insecurity|food insecure|face hunger|facing hunger|face famine|facing famine"
                     "|at risk of famine|on the brink of famine|on the brink of starvation|face starvation"
                     "|face acute hunger|facing acute hunger|do not have enough to eat|don't have enough to eat",
    "participants": "marched|rallied|gathered|protested|demonstrated|took part|joined|attended|turned out"
                    "|took to the streets|protesters|demonstrators|marchers|runners|athletes|competitors|entrants"
                    "|participants"
                    # those who stopped work in a strike: "5,600 dockworkers walked off the job"
                    "|walked off the job|walked off their jobs|stopped work|downed tools|went on strike|gone on strike"
                    "|are on strike|were on strike|been on strike|joined the strike|joined the walkout",
    # (in an exchange, those handed over are freed: "swapped 95 prisoners", "95 soldiers had been returned")
    # (those handed over in an exchange: "95 prisoners were swapped"; "exchanged" alone after a count is what
    # they did, as "two men exchanged gunfire")
    "released": "released|freed|were exchanged|were swapped|been exchanged|been swapped|handed over|returned home"
                "|were returned|was returned|been returned|brought home|were brought home|have been brought home"
                "|came home|come home",
    # people who reached a shore or a border ("1,200 migrants arrived on the island"): only migrants' (rules.counts)
    "arrived": "arrived|landed|came ashore|reached the island|reached the coast",
    # those a head of state's clemency frees or spares: "pardoned 1,146 prisoners", "1,146 inmates were pardoned"
    "pardoned": "pardoned|pardons|granted clemency|granted pardons|covered by the pardon|covered by the amnesty"
                "|amnestied|granted amnesty",
    "charged": "charged|indicted|prosecuted",
    "convicted": "convicted|sentenced",
    "votes": "votes|voted|ballots",
    # who may vote, not who did: "3.2 million people were registered to vote"
    "registered-voters": "registered to vote|eligible to vote|registered voters|eligible voters",
    "vaccinated": "vaccinated|inoculated|jabbed|immunised|immunized|received the vaccine|received a vaccine"
                  "|received a dose|received doses|received the jab|received a jab|received a shot|received vaccines"
                  "|received the vaccination|received vaccinations",
    "sanctioned": "sanctioned|blacklisted|placed under sanctions|put under sanctions|hit with sanctions"
                  "|targeted by sanctions|subject to sanctions",
})

# How people were moved, as a part of all those evacuated or rescued: "by boat", "by helicopter"
TRANSPORT_MEANS = {"boats": "boat", "helicopters": "helicopter", "buses": "bus", "trains": "train", "ferries": "ferry",
                   "planes": "plane", "rafts": "raft"}

# Status words that are verbs standing right before the count: "killed 12".
STATUS_VERBS_BEFORE = {
    "killed", "killing", "kills", "kill", "wounded", "wounding", "injured", "injuring", "injures", "hurt",
    "shot and killed", "shot and wounded", "shot and injured", "fatally shot", "shot", "shooting",
    "arrested", "detained", "evacuated", "displaced", "rescued", "infected", "abducted", "kidnapped",
    "hospitalized", "hospitalised", "left", "claimed", "affected", "freed", "released", "charged", "drew",
    "exchanged", "swapped", "traded", "recaptured", "rearrested", "received", "captured",
    "attracted", "sickened", "pulled", "carrying", "carried", "recovered", "pardoned", "pardons", "pardoning",
    "amnestied",
    *POWER_CUT_TO.split("|"),
}

# Verbs before a count that say what happened to them, where the verb is not itself a status word.
# ("received" only in a swap: see rules.count_status)
VERB_STATUS = {"shooting": "shot", "fatally shot": "deaths", "exchanged": "released", "swapped": "released",
               "traded": "released", "received": "released"}

# ... and those that need the people named after the figure: "shot five people", not "shot 30 rounds".
VERBS_NEEDING_PEOPLE = {"shot", "shooting"}

GENERAL_PEOPLE = {
    "people", "persons", "person", "civilians", "civilian", "residents", "resident", "villagers", "victims",
    "individuals", "others", "inhabitants", "citizens", "locals", "lives", "dead", "man", "woman", "men",
    "adults", "bodies", "souls", "casualties", "survivors", "more", "customers", "consumers", "subscribers",
    # people named by where they were or whose they are: "killing three family members", "shot two neighbours"
    "family members", "relatives", "bystanders", "neighbours", "neighbors", "friends", "siblings", "guests",
    "partygoers", "revellers", "revelers", "shoppers", "diners", "commuters", "pedestrians", "motorists", "onlookers",
    "youths",
}

PEOPLE_CATEGORIES = _expand({
    "children": "children|child|kids|minors|babies|infants|toddlers|boys|girls|teenagers|teens|schoolchildren"
                "|youngsters|teen|teenager|boy|girl|baby|infant|toddler",
    "women": "women",
    "soldiers": "soldiers|soldier|troops|servicemen|servicemembers|service members|marines|paratroopers"
                "|conscripts|personnel|military personnel",
    "fighters": "fighters|militants|insurgents|rebels|gunmen|combatants|jihadists|guerrillas|separatists"
                "|captors|kidnappers|abductors|hijackers|attackers|assailants",
    "police": "police|policemen|police officers|officers|officer|gendarmes|guards|security forces|deputies"
              "|sheriff's deputies"
              "|security personnel",
    "firefighters": "firefighters|rescuers|rescue workers",
    "journalists": "journalists|reporters",
    "students": "students|pupils|schoolgirls|schoolboys",
    "workers": "workers|miners|labourers|laborers|employees|staff|staffers|dockworkers|dockers|longshoremen"
               "|stevedores|port workers",
    "aid-workers": "aid workers|humanitarian workers|medics|doctors|nurses|health workers|paramedics",
    "migrants": "migrants|refugees|asylum seekers",
    "passengers": "passengers|travellers|travelers|pilgrims|tourists",
    "crew": "crew|crew members|crewmembers|crewmen|crew member|sailors|seafarers",
    "prisoners": "prisoners|inmates|detainees|escapees|convicts",
    "hostages": "hostages|captives",
    "patients": "patients",
    "protesters": "protesters|protestors|demonstrators|marchers",
    "worshippers": "worshippers|worshipers|congregants|devotees",
    "fans": "fans|spectators|supporters",
    "participants": "runners|athletes|competitors|entrants|participants",
    "suspects": "suspects|accused|defendants",
    "voters": "voters",
    # (not "deputies": a sheriff's deputies are police; see rules.counts for a chamber's)
    "legislators": "lawmakers|legislators|mps|senators|congressmen|congresswomen|councillors|councilors",
    "foreigners": "foreigners|foreign nationals|nationals",
})

# Places built to hold people, by the word a capacity's key uses ("a reception centre built for 400").
HOLDING_PLACES = _expand({
    "centre": "centre|center|reception centre|reception center",
    "camp": "camp|shelter|shelters",
    "stadium": "stadium|arena",
    "hospital": "hospital",
    "prison": "prison|jail",
})

# Built things and vessels whose length a story gives ("the 420-metre bridge"), by the word the key uses
# (not a wall's, a fence's or a dam's: "an 8-foot fence", "a 150-metre dam" say how high).
LONG_THINGS = _expand({
    "bridge": "bridge|viaduct|overpass|flyover",
    "tunnel": "tunnel",
    "ship": "ship|vessel|tanker|ferry|boat|freighter|frigate|warship|destroyer|cruiser|submarine|yacht",
    "pipeline": "pipeline",
    "runway": "runway",
    "canal": "canal",
})

# What carries people, by the word its key uses: how many it may carry is its capacity ("the ferry, licensed to
# carry 150 passengers")
VEHICLES = _expand({
    "vessel": "ship|ships|vessel|vessels|ferry|ferries|boat|boats|barge|trawler|liner",
    "plane": "plane|planes|airliner|airliners|aircraft|jet|jetliner",
    "bus": "bus|buses|coach|minibus",
    "train": "train|trains",
})

# A company's sites, whose staff are a part of its workforce ("the Lusk plant employs 1,300 workers")
SITES = _expand({
    "plant": "plant|plants|factory|factories|mill|refinery|smelter|assembly line",
    "site": "site|sites|facility|facilities|warehouse|depot|mine|mines",
    "store": "store|stores|shop|branch|branches|outlet|outlets",
    "unit": "unit|division|subsidiary",
})

# Measures that reach people or households, by the word the key uses: "the cap will cover 27 million households"
MEASURES = _expand({
    "cap": "cap|caps|price cap", "scheme": "scheme|schemes", "programme": "programme|programmes|program|programs",
    "subsidy": "subsidy|subsidies", "law": "law|laws|act", "ban": "ban|bans", "plan": "plan|plans",
    "policy": "policy|policies", "rebate": "rebate|rebates", "tax": "tax|taxes|levy", "tariff": "tariff|tariffs",
    "freeze": "freeze", "reform": "reform|reforms", "grant": "grant|grants", "measure": "measure|measures",
    "guarantee": "guarantee|guarantees",
})

# What flies, by the word its key uses: a flight's length, a range and an altitude are its own
# ("the missile flew for 14 minutes", "a range of about 1,150 km"), no one's visit or journey.
CRAFT = _expand({
    "missile": "missile|missiles", "rocket": "rocket|rockets", "drone": "drone|drones", "aircraft": "aircraft",
    "plane": "plane|planes|airliner|airliners|jet|jets", "helicopter": "helicopter|helicopters",
    "satellite": "satellite|satellites", "probe": "probe|probes", "balloon": "balloon|balloons",
})

# Things worth counting: the noun in the key and the words that name it.
THINGS = _expand({
    "homes": "homes|houses|dwellings|households|properties",
    # breaches of a truce that monitors count: "recorded 1,240 ceasefire violations"
    "violations": "ceasefire violations|truce violations|violations of the ceasefire|violations of the truce",
    "buildings": "buildings|structures|apartment blocks|blocks of flats|high-rises",
    "vehicles": "vehicles|cars|trucks|buses|lorries",
    "seats": "seats",
    # what a coalition deal shares out: "the Greens get four ministries", "eight cabinet posts"
    "ministries": "ministries|portfolios|cabinet posts|ministerial posts|cabinet seats|ministerial portfolios"
                  "|cabinet portfolios|ministerial jobs|cabinet jobs",
    # a contest's delegates, won as seats are: "gives Varsh 298 of the 520 delegates"
    "delegates": "delegates",
    "votes": "votes|ballots",
    "goals": "goals",
    "points": "points",
    "cases": "cases|infections",
    "tests": "tests",
    "doses": "doses|vaccines|vaccinations|jabs",
    "missiles": "missiles|cruise missiles|ballistic missiles|rockets",
    "drones": "drones|uavs",
    # drones at sea are no aircraft: destroyed, not shot down, and never counted with those in the air
    "sea-drones": "sea drones|naval drones|maritime drones|surface drones|drone boats|uncrewed surface vessels"
                  "|unmanned surface vessels|uncrewed boats|unmanned boats|usvs",
    "shells": "shells|artillery shells|rounds",
    "aircraft": "aircraft|planes|jets|helicopters|warplanes",
    "tanks": "tanks",
    "jobs": "jobs|positions|posts",
    # jobs that go, said in one noun: "6,800 job cuts", "1,400 redundancies" (see rules.things)
    "job-losses": "job cuts|job losses|redundancies|layoffs|lay-offs|job reductions",
    "flights": "flights",
    "schools": "schools",
    "hospitals": "hospitals|clinics",
    "villages": "villages|towns|settlements|communities|hamlets",
    "animals": "animals|cattle|livestock|sheep|goats|camels|head of cattle|head of livestock",
    "boats": "boats|vessels|ships|tankers|freighters|trawlers|barges|ferries|yachts|dinghies|tugboats|cargo vessels",
    "carriages": "carriages|coaches|wagons|railcars|rail cars|cars of the train",
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
    "companies": "companies|firms|businesses|entities",
    "stores": "stores|shops|branches|outlets|supermarkets|restaurants|locations",
    "countries": "countries|nations|states",
    "members": "members",
    "signatures": "signatures",
    "hectares": "hectares",
})

THING_STATUS = _expand({
    "destroyed": "destroyed|razed|flattened|levelled|leveled|wiped out|burned|burnt|set on fire|set ablaze|torched"
                 "|burned down|burnt down|destruction of",
    "damaged": "damaged",
    "affected": "affected",
    "flooded": "flooded|submerged|inundated",
    "collapsed": "collapsed",
    # a train's cars off the track: "six carriages derailed", "left the tracks", "came off the rails"
    "derailed": "derailed|left the tracks|left the track|came off the rails|came off the tracks|jumped the tracks"
                "|went off the rails",
    "lost": "lost|cut|shed|eliminated|cutting|eliminating|eliminate|axing|axed|axe|slashing|slashed|slash|shedding"
            "|lay off|laid off|laying off|lays off|to lay off",
    # (those hired are jobs made: "plans to hire 600 engineers"; see rules.counts)
    "created": "created|added|create|creates|creating|hire|hires|hired|hiring|recruit|recruits|recruited|recruiting",
    # (of animals only: "55,000 cattle have died"; see rules.things)
    "died": "died|have died|has died|had died|perished|have perished|starved|starved to death|killed|were killed",
    "launched": "launched|fired",
    # what struck a place: "the station was hit by two missiles" (only of what is fired: rules.things)
    "struck": "hit by|struck by|was hit by|were hit by|was struck by|were struck by|targeted by|targeted with"
              "|attacked with|attacked by|hit with|struck with|pounded with|pounded by|struck|hit|had struck|had hit"
              "|slammed into|crashed into|landed on|landed in|exploded",
    # (what air defences stop, by fire or by jamming: "shot down or jammed 98", "98 were neutralised")
    "intercepted": "intercepted|shot down|downed|neutralised|neutralized|jammed|suppressed|shot down or jammed"
                   "|downed or jammed|shot down or suppressed|intercepted or jammed|destroyed or jammed"
                   "|shot down or neutralised|shot down or neutralized",
    "seized": "seized|confiscated|seizure of|confiscation of",
    # ground taken in fighting: "captured 14 villages", "retook 14 villages"
    "captured": "captured|recaptured|retook|retaken|liberated|taken control of|took control of|taken|took|overran",
    "cancelled": "cancelled|canceled|grounded",
    "closed": "closed|shut|close|closing|to close|shutting|shuttered|shutter|did not open|failed to open"
              "|remained closed|stayed closed|remained shut|stayed shut|kept their doors shut",
    # what a collapse or a flood took down with it: "five vehicles plunged into the river"
    "fell": "plunged|plunged into|fell into|went into|plummeted|plummeted into|toppled into|swept away|were swept away"
            "|washed away|were washed away",
    "without-power": "without power|without electricity|lost power|" + POWER_CUT_TO,
    "power-restored": "power has been restored to|power was restored to|power restored to|restored power to"
                      "|electricity has been restored to|electricity was restored to|restored electricity to",
    "won": "won|secured|took|claimed|clinched",
    # seats or votes a party gained, by how many: "the Greens gained eight seats" (jobs gained are jobs created)
    "gained": "gained|gains|gaining",
    # whom a measure reaches: "the cap will cover 27 million households", "applies to 4,000 farms"
    "covered": "covered|cover|covers|will cover|would cover|applies to|apply to|will apply to|would apply to"
               "|benefit|will benefit|would benefit|stand to benefit|eligible|qualify|will qualify",
    "sanctioned": "sanctioned|blacklisted|blacklists|blacklisting|sanctioning",
})

# Parts of an economy whose jobs a report gives beside the whole: "health care added 71,000 jobs".
ECONOMIC_SECTORS = _expand({
    "health-care": "health care|healthcare|health",
    "manufacturing": "manufacturing|manufacturers|factories|factory",
    "construction": "construction",
    "retail": "retail|retailers|retail trade",
    "hospitality": "hospitality|leisure and hospitality|restaurants|bars and restaurants|hotels|tourism",
    "government": "government|the public sector|public sector|federal government|state and local government"
                  "|local government",
    "private-sector": "the private sector|private sector|private employers|private businesses",
    "education": "education|schools",
    "finance": "finance|financial services|financial activities|banking|banks",
    "transport": "transportation|transport|trucking|warehousing|transportation and warehousing|logistics",
    "mining": "mining|mines|oil and gas",
    "energy": "energy|utilities",
    "technology": "technology|tech|information",
    "agriculture": "agriculture|farming|farms",
    "business-services": "professional and business services|business services|professional services",
    "wholesale": "wholesale|wholesale trade",
    "services": "services|the services sector|the service sector|service sector|services sector",
})

# Things counted that need no verb to be a checkable figure ("won 120 seats").
SELF_EVIDENT_THINGS = {"seats", "delegates", "votes", "goals", "points", "cases", "tests", "doses", "medals", "charges",
                       "counts",
                       "violations", "signatures", "aftershocks", "titles", "wins", "agreements", "ministries"}
