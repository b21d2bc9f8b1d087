"""Events a person takes part in, the moments of an event a date can name, and whose event it is.
"""

from __future__ import annotations

from claimtrack.extract.lexicon.tables import expand as _expand


PERSON_EVENTS = _expand({
    "visit": "visit|visits|trip|trips|tour|tours|stay|journey|voyage|state visit|official visit|visited|visiting"
             "|arrived|arrival|arriving|arrives|travelled|traveled|travelling|traveling|travels|landed|flew",
    # (not "received": a call, treatment or a sum is received far more often than a guest)
    "talks": "talks|summit|summits|meeting|meetings|met|meet|meets|negotiations|consultations|discussions"
             "|conference|dinner|hosted|welcomed|greeted",
    "appointment": "appointed|appointment|named|nominated|nomination|promoted|promotion|sworn|inauguration"
                   "|took office|elevated",
    "sanctions": "sanctioned|sanctions|sanctioning|blacklisted|blacklisting",
    "arrest": "arrested|arrest|detained|detention",
    "sentence": "sentence|sentenced|sentencing|jailed|jails|jail term|prison term|imprisoned|imprisonment"
                "|suspended sentence|suspended jail term|suspended prison term",
    "conviction": "convicted|conviction|found guilty|guilty",
    "charges": "charged|indicted|indictment",
    "trial": "trial|hearing",
    "verdict": "verdict|acquitted|acquittal",
    "resignation": "resigned|resignation|quit|stepped down",
    "election": "elected|re-elected|election|elections|vote|voted|polls|referendum|runoff|ballot|plebiscite",
    "recount": "recount|recounts|hand count",  # its own day, not the election's
    # a chamber's vote, only where the sentence is of one (see incident_words.legislative_vote)
    "vote": "passed|approved|cleared|adopted",
    "death": "died|death|passed away",
    "birth": "born",
    "release": "released|freed|release",
    "ban": "banned|ban|suspended|suspension",
    "contract": "contract|deal|signed|signing|agreement|agreed",
    "term": "term|tenure|reign|rule",
    "hunger-strike": "hunger strike",
    "lockdown": "lockdown|curfew|quarantine",
    # (a pause is one only in fighting: "ending a four-month pause" in rate rises is none)
    "ceasefire": "ceasefire|truce|cease-fire|humanitarian pause|humanitarian pauses|pause in fighting"
                 "|pause in the fighting|pause in hostilities|fighting pause|tactical pause",
    "construction": "built|constructed|construction|completed",
    "founding": "founded|established|set up",
    "inspection": "inspected|inspection",
    "opening": "opened|inaugurated",
    # a company's collapse: "filed for bankruptcy on Tuesday" is no day it was founded
    "bankruptcy": "bankruptcy|bankrupt|chapter 11|insolvency|insolvent|receivership|went into administration"
                  "|entered administration|filed for administration",
    # a vaccination drive's start: "began a mass cholera vaccination campaign on Monday" is no day of the outbreak
    "vaccination": "vaccination campaign|vaccination drive|immunisation campaign|immunization campaign"
                   "|inoculation campaign|vaccination|vaccinations",
    # a challenge to a ruling: "on Friday filed an appeal against his sentence" is no day he was sentenced
    "appeal": "filed an appeal|lodged an appeal|launched an appeal|appealed against|appealed the",
    # a voyage's start: "the boat left the port of Sarel on Saturday"
    "departure": "departed|departure|set sail|set off|set out|left port|left the port|sailed from",
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
           "|cut short|dissipated|dissipates|petered out|brought under control|was brought under control"
           "|under control|contained|closed|closes|drew to a close|came to a close",
    # a storm's stages after it struck: "weakened into a depression on Wednesday" is no day it hit
    "weakening": "weakened|weakens|was downgraded|downgraded|degenerated",
    "strengthening": "strengthened|strengthens|intensified|intensifies|was upgraded|upgraded",
    "extension": "extended|extends|renewed|renews|prolonged",
    "easing": "eased|eases|relaxed|relaxes|loosened|loosens",
    "resumption": "resumed|resumes|restarted|restarts",
    # a heatwave's, a flood's or an outbreak's worst day: "the heatwave peaked on Monday" is no day it began
    "peak": "peaked|peaks|crested|crests|reached its peak|hit its peak",
    # a fire's or a flood's spread after it began: "the fire more than doubled in size on Tuesday" is no day it began
    "growth": "doubled|tripled|quadrupled|doubled in size|tripled in size|grew|spread|exploded in size"
              "|jumped|jumps|leapt|leaped|crossed|raced",
})

MOMENT_NOUNS = _expand({
    "end": "end|collapse|expiry|expiration|lifting|breakdown|termination|conclusion|repeal|revocation"
           "|cancellation|abandonment",
    "extension": "extension|renewal|prolongation",
    "easing": "easing|relaxation|loosening",
    "resumption": "resumption|restart",
    "peak": "peak",
    "weakening": "weakening|downgrade",
    "strengthening": "strengthening|intensification|upgrade",
})

# Events that happen to the person named (patient role): "X was sanctioned".
PATIENT_EVENTS = {"appointment", "sanctions", "arrest", "sentence", "conviction", "charges", "release", "ban",
                  "death", "birth"}

# Events that need no person: a ceasefire, a lockdown, a festival.
OWN_SUBJECT_EVENTS = {"ceasefire", "lockdown", "election", "recount", "trial", "verdict", "construction", "founding",
                      "inspection", "opening", "bankruptcy", "departure", "vaccination"}

# Verbs whose object is the visitor: "Putin welcomed Li to Moscow for a four-day visit".
HOST_VERBS = {"welcomed", "welcomes", "welcoming", "hosted", "hosts", "hosting", "received", "receives",
              "receiving", "greeted", "greets", "invited", "invites", "invited", "welcome", "host", "receive"}

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
