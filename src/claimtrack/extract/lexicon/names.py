"""Words around names: titles and roles, demonyms and countries, words never a name, stopwords;
who speaks (reporting verbs) and which bodies measure what news reports count.
"""

from __future__ import annotations

import re

from claimtrack.extract.lexicon.tables import expand as _expand


SPEECH_VERBS = {
    "said", "says", "say", "told", "tells", "reported", "reports", "added", "stated", "states", "announced",
    "counted",  # a body's own count: "the interior ministry counted 48,000 marchers"
    # ... and one it keeps: "the league maintains its own count of 11 dead", "the group has documented 40 deaths"
    "maintains", "maintained", "documented", "verified",  # ("the WHO has verified 21 deaths")
    "announces", "claimed", "claims", "confirmed", "confirms", "wrote", "writes", "noted", "notes", "estimated",
    "estimates", "warned", "warns", "insisted", "insists", "argued", "argues", "explained", "explains",
    "asserted", "asserts", "acknowledged", "acknowledges", "disclosed", "revealed", "reveals", "showed", "shows",
    "quoted", "cited", "posted", "tweeted", "declared", "declares", "alleged", "alleges", "believes",
}

# Words around a date that make it the day something was said or published.
REPORTING = SPEECH_VERBS | {"published", "issued", "briefing", "editorial", "interview", "statement", "transcript",
                            "readout", "press conference", "news conference", "tweet", "post", "report"}

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
    "legislators", "senators", "sources", "leaders", "ministers", "negotiators", "delegates", "envoys",
    "mediators", "regulators", "organisers", "organizers", "rebels", "militants", "insurgents", "survivors",
    "relatives",
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
    # more nationalities: "nine Nepali sailors", "two Malian soldiers"
    "nepali", "malian", "senegalese", "cameroonian", "ugandan", "rwandan", "tanzanian", "zimbabwean", "zambian",
    "mozambican", "angolan", "eritrean", "chadian", "nigerien", "burkinabe", "ivorian", "guinean", "liberian",
    "malawian", "namibian", "estonian", "latvian", "lithuanian", "moldovan", "slovenian", "macedonian",
    "montenegrin", "kosovar", "icelandic", "maltese", "cypriot", "omani", "bahraini", "kuwaiti", "tajik", "kyrgyz",
    "turkmen", "cambodian", "laotian", "singaporean", "bolivian", "ecuadorian", "paraguayan", "uruguayan",
    "guatemalan", "honduran", "salvadoran", "nicaraguan", "panamanian", "dominican", "jamaican", "rohingya",
    "uyghur", "uighur", "tamil", "baloch", "pashtun", "yazidi", "druze", "gambian", "togolese", "mauritanian",
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
    # (a company by what it makes or does: "the Brightline Chemicals plant")
    "chemicals", "industries", "pharmaceuticals", "technologies", "logistics", "laboratories", "enterprises",
    "materials", "metals", "petroleum", "refining", "shipping", "electronics", "semiconductors", "insurance",
    "coalition", "brotherhood", "board", "authority", "administration", "government", "cabinet", "nations",
    "federation", "association", "society", "centre", "center", "hospital", "school", "news", "media", "community",
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
    "against", "versus", "among", "amid", "between", "within", "without", "across", "through", "toward", "towards",
    "behind", "beyond", "despite", "near", "via", "upon",
}

# Bodies that measure what news reports count, by the words that credit them: a figure credited
# to one is that body's (police and organisers count a crowd differently; two seismological
# agencies give a quake's magnitude each). Words not here ("officials said") credit no body.
MEASURING_BODIES = _expand({
    "police": "police|sheriff|sheriff's office|sheriff's department|law enforcement|constabulary|gendarmerie"
              "|police department|police chief|police spokesman|police spokeswoman|cops",
    "organisers": "organisers|organizers|organising committee|organizing committee|protest leaders|rally organisers"
                  "|rally organizers|event organisers|event organizers|unions|the unions|trade unions|union leaders"
                  "|labor unions|labour unions|union|the union|trade union|labor union|labour union",
    # the other side of a walkout, which counts the strikers its own way
    "employer": "the company|management|the employer|the employers|the firm|plant management",
    "health-ministry": "health ministry|ministry of health|health department|department of health|health officials"
                       "|health authorities",
    "interior-ministry": "interior ministry|ministry of interior|ministry of the interior",
    "civil-defence": "civil defence|civil defense|disaster agency|disaster management agency|emergency services"
                     "|rescue services|rescuers|emergency management",
    "fire-service": "fire department|fire service|fire brigade|firefighters",
    "coroner": "coroner|medical examiner|coroner's office|medical examiner's office",
    "hospital": "hospital|hospitals|hospital officials|doctors",
    "monitor": "monitor|monitoring group|observatory|war monitor",
    # a rights group that keeps its own count, as monitors do
    "rights-group": "league for human rights|human rights league|rights league|rights group|human rights group"
                    "|rights organisation|rights organization|human rights organisation|human rights organization",
    # a region's or a city's own administration, whose toll a monitor's or the UN's may not match
    "local-authorities": "governor|regional governor|provincial governor|mayor|local authorities|regional authorities"
                         "|regional administration|city administration|military administration|governorate"
                         "|city council|municipal council|town council|city hall",
    "un": "united nations|un|u n|ocha|unhcr|unicef|who|world health organization|iom|international organization"
          " for migration|wfp|world food programme|world food program|unrwa",
    "red-cross": "red cross|red crescent|icrc",
    # an aid or medical group that keeps its own count, named by what it is
    "aid-group": "charity|medical charity|aid group|aid agency|relief agency|relief group|humanitarian group"
                 "|humanitarian organisation|humanitarian organization|ngo|medical group",
    # aid and rights groups that count for themselves
    "msf": "medecins sans frontieres|médecins sans frontières|doctors without borders|msf",
    "save-the-children": "save the children",
    "human-rights-watch": "human rights watch|hrw",
    "amnesty": "amnesty international|amnesty",
    "acled": "acled|armed conflict location and event data",
    "military": "military|army|armed forces|defence ministry|defense ministry|ministry of defence|ministry of defense"
                "|pentagon",
    # the other side of a war, which claims its own tolls: "the insurgents claimed they killed 30 soldiers"
    "armed-group": "insurgents|the insurgents|militants|the militants|rebels|the rebels|rebel group|militant group"
                   "|armed group|the group's fighters",
    "usgs": "usgs|us geological survey|u s geological survey|united states geological survey",
    "emsc": "emsc|european-mediterranean seismological centre|european mediterranean seismological centre",
    "gfz": "gfz|german research centre for geosciences",
    "phivolcs": "phivolcs|philippine institute of volcanology and seismology",
    "jma": "jma|japan meteorological agency|japan's meteorological agency|japanese meteorological agency",
    # a country's own seismological agency, however a report names it (after the named ones above)
    "national-seismic-agency": "seismological agency|seismology agency|seismological institute|seismology institute"
                               "|seismological service|seismological centre|seismological center|seismology centre"
                               "|seismology center|seismological bureau|seismological survey|geophysics agency"
                               "|geophysical agency|geophysical institute|geophysics institute|geological survey"
                               "|meteorology and geophysics agency|meteorological and geophysical agency"
                               "|national center for seismology|national centre for seismology"
                               "|earthquake networks center|earthquake agency|seismic network|bmkg|afad|kandilli"
                               "|cenc|ingv|geonet|national seismological service",
    "national-weather-service": "national weather service|nws",
    "national-hurricane-center": "national hurricane center|nhc",
    "electoral-commission": "electoral commission|election commission|election officials|elections board"
                            "|board of elections",
    "statistics-office": "statistics office|statistical office|bureau of statistics|census bureau|office for national"
                         " statistics",
    # bodies that foresee an economy, each its own outlook: an outlook is its forecaster's
    "imf": "imf|international monetary fund",
    "world-bank": "world bank",
    "oecd": "oecd|organisation for economic co-operation and development"
            "|organization for economic cooperation and development",
    "european-commission": "european commission",
    "central-bank": "central bank|federal reserve|ecb|european central bank|bank of england|boe|bank of japan|boj"
                    "|reserve bank|people's bank of china|pboc|bundesbank|swiss national bank|snb",
    "finance-ministry": "finance ministry|ministry of finance|treasury|finance minister|finance department"
                        "|economy ministry|ministry of economy|economics ministry|ministry of economics",
    "budget-office": "budget office|congressional budget office|cbo|office for budget responsibility|obr"
                     "|fiscal council|fiscal watchdog|budget watchdog",
    "government": "government",
})

# Parties by the names news copy gives them besides their own: one party, one key.
PARTY_ALIASES = {
    "tories": "conservatives", "tory": "conservatives", "the-tories": "conservatives",
    "conservative-party": "conservatives", "labour-party": "labour", "gop": "republicans",
    "republican-party": "republicans", "democratic-party": "democrats", "dems": "democrats",
    "lib-dems": "liberal-democrats", "libdems": "liberal-democrats",
}
# "the Liberal Party" is "the Liberals", "the Green Party" "the Greens": a party named by its adjective and "party"
_PARTY_ADJECTIVE = re.compile(r"[a-z-]*(?:al|ive|ist|an)-party|green-party")


def party_key(slug: str) -> str:
    """One key for a party however news copy names it (see PARTY_ALIASES)."""
    if slug in PARTY_ALIASES:
        return PARTY_ALIASES[slug]
    return slug[:-len("-party")] + "s" if _PARTY_ADJECTIVE.fullmatch(slug) else slug
