"""What an amount of money is, and what a percentage is a share or a change of.
"""

from __future__ import annotations

from claimtrack.extract.lexicon.tables import expand as _expand


MONEY_NOUNS = _expand({
    "budget": "budget|budgets",
    "aid": "aid|assistance|relief",
    "appeal": "appeal|appeals|humanitarian appeal|flash appeal|response plan|humanitarian response plan"
              "|appealed for|appealing for",
    # (a bill by what it spends on is a package: "a $1.2 trillion infrastructure bill"; a bill alone is a cost)
    "package": "package|stimulus|bailout|rescue package|infrastructure bill|spending bill|relief bill|stimulus bill"
               "|funding bill|appropriations bill|omnibus bill|defense bill|defence bill|infrastructure plan"
               "|spending plan|relief plan|stimulus plan|recovery plan|infrastructure package|spending package"
               "|aid package|weapons package|arms package|security package|assistance package",
    "damage": "damage|damages|losses|economic losses",
    "cost": "cost|costs|price tag|bill",
    "fine": "fine|fines|penalty|penalties|fined",
    "bail": "bail|bond",
    "deal": "deal|contract|agreement|acquisition|takeover|merger|purchase|buy|acquire|bought|acquired|buyout"
            "|transaction",
    "loan": "loan|loans|credit|credit line",
    # a part of a loan or an aid package paid out at once: "the first tranche of $560 million"
    "tranche": "tranche|tranches|instalment|installment|disbursement",
    "borrowing": "borrow|borrowing|borrowed|borrowings",
    "debt": "debt|debts|arrears",
    "deficit": "deficit",
    "revenue": "revenue|revenues|sales|turnover",
    "profit": "profit|profits|earnings|net income",
    "loss": "loss|net loss",
    # what a company books against its results for a plan or a fall in value: "a restructuring charge of 1.4 billion"
    # (a charge alone may be a club's cover charge or a bank's fee: only one booked against results)
    "charge": "restructuring charge|restructuring charges|one-off charge|one-time charge|writedown|write-down"
              "|write-downs|writedowns|impairment|impairment charge|impairment charges",
    "investment": "investment|investments|invest|invested",
    # what a company pays its shareholders: "a final dividend of 4.2p a share" (no offer for its shares)
    "dividend": "dividend|dividends|final dividend|interim dividend|special dividend",
    "buyback": "buyback|buybacks|buy back|share buyback|stock buyback|repurchase|repurchases|share repurchase",
    "spending": "spending|spend|spent|expenditure|outlay",
    "funding": "funding|funds|fund|grant|grants|raised|raising|financing",
    "salary": "salary|salaries|wage|wages|pay|paid|pay rise|bonus",
    "fee": "fee|fees|transfer fee|transfer",
    "ransom": "ransom",
    "reward": "reward|bounty|prize|prize money",
    "compensation": "compensation|settlement|payout|reparations|award|awarded|restitution",
    "legal-costs": "legal costs|legal fees|court costs|lawyers' fees|attorney fees|attorneys' fees",
    # what an official claimed and paid back: "claimed £21,900 in expenses", "repaid £12,300"
    "expenses": "expenses|expense claims|expenses claims|allowances",
    "repayment": "repaid|repay|repays|repaying|paid back|pay back|paying back|repayment|repayments",
    "donation": "donation|donations|donated|pledge|pledged|pledges|contributed|contribution|contributions",
    "tax": "tax|taxes|levy|tariff|tariffs",
    "value": "worth|valued|valuing|values|valuation|value|market value|market cap|market capitalisation"
             "|market capitalization",
    # (and what a thing costs now: "the typical property now costing £278,400")
    "price": "price|prices|priced|sold|bought|costs|ticket|costing",
    "income": "income",
    "gdp": "gdp|output|economy",
    "reserves": "reserves",
    # a bank's: what its customers hold there, and what they took out in a run
    "deposits": "deposits|deposit base",
    "withdrawals": "withdrawals|withdrew|withdrawn|pulled out|pulled",
    "trade": "trade|bilateral trade|trade volume",
    # what a country buys and sells abroad, in all: "imports of $171.5 billion"
    "imports": "imports|import bill",
    "exports": "exports|export earnings",
    "bribe": "bribe|bribes|kickbacks",
    "embezzlement": "embezzled|embezzlement|stole|stolen|laundered|laundering|fraud|defrauded|defrauding|swindled"
                    "|scam|misappropriated",
    "forfeiture": "forfeit|forfeiture|forfeited|seized|confiscated",
    # what sanctions or a court lock up: "freezing assets worth $2.3 billion", "froze about $900 million"
    # (not a freeze alone: "a pay freeze", "prices frozen at $4")
    "frozen-assets": "freezes|freezing|froze|asset freeze|asset freezes|assets frozen|frozen assets|freeze assets"
                     "|freezes assets|freezing assets|froze assets",
})

# Modifiers that tell two amounts of one kind apart: "military aid", "humanitarian aid".
MONEY_MODIFIERS = {
    "military", "humanitarian", "defence", "defense", "health", "education", "annual", "federal", "state",
    "emergency", "reconstruction", "climate", "security", "energy", "infrastructure", "development", "economic",
    "financial", "foreign", "police", "transfer", "trade", "budget", "fiscal", "equity", "punitive", "compensatory",
    # whose money a sum is, beside the whole's: "insured deposits", "household debt", "consumer spending"
    "insured", "uninsured", "household", "corporate", "government", "consumer", "mortgage",
}

# What is priced by the unit in markets copy, as a key's subject: "Brent crude rose to $85.40 a barrel"
COMMODITIES = _expand({
    # (two benchmarks, two prices: Brent's is no WTI's)
    "oil": "oil|crude|crude oil|oil prices",
    "brent-crude": "brent|brent crude|brent crude oil",
    "wti-crude": "wti|west texas intermediate|u.s. crude|us crude|west texas intermediate crude",
    "gold": "gold|bullion",
    "silver": "silver",
    "copper": "copper",
    "natural-gas": "natural gas|lng",
    "gasoline": "gasoline|petrol|gas|diesel|fuel|gas prices|petrol prices|fuel prices",
    "wheat": "wheat",
    "corn": "corn|maize",
    "coffee": "coffee",
    "bitcoin": "bitcoin",
})

# Traded things whose worth a sum gives: "$300 billion of Chinese goods"
GOODS = {"goods": "goods", "products": "goods", "merchandise": "goods", "shipments": "goods", "imports": "imports",
         "exports": "exports"}

# Currencies whose value against another is what a figure after them gives: "the euro slipped to $1.052"
CURRENCY_SUBJECTS = _expand({
    "euro": "euro|single currency", "pound": "pound|sterling", "dollar": "dollar|greenback", "yen": "yen",
    "yuan": "yuan|renminbi", "rupee": "rupee", "rouble": "rouble|ruble", "lira": "lira", "won": "won",
    "franc": "swiss franc|franc", "peso": "peso", "real": "real", "rand": "rand", "hryvnia": "hryvnia",
})

# Stock indexes, as a key's subject: "the S&P 500 fell 1.2% to 4,512.3 points"
STOCK_INDEXES = _expand({
    "sp-500": "s&p 500|s&p|standard & poor's 500", "nasdaq": "nasdaq|nasdaq composite", "dow": "dow|dow jones"
    "|dow jones industrial average", "ftse-100": "ftse 100|ftse", "nikkei": "nikkei|nikkei 225", "dax": "dax",
    "cac-40": "cac 40|cac", "hang-seng": "hang seng", "stoxx-600": "stoxx 600|stoxx europe 600", "sensex": "sensex",
    "kospi": "kospi", "asx-200": "asx 200|asx", "tsx": "tsx", "shanghai-composite": "shanghai composite",
})

PERCENT_TOPICS = _expand({
    "inflation": "inflation|consumer prices|cpi|price growth|consumer price index|consumer price inflation"
                 "|retail price index|harmonised index of consumer prices|hicp",
    "unemployment": "unemployment|jobless|jobless rate|unemployment rate",
    "turnout": "turnout|voter participation|voter turnout",
    # the share of working-age people in work or looking for it: no election's turnout
    "participation": "participation|participation rate|labor force participation|labour force participation"
                     "|labor-force participation|labour-force participation",
    "growth": "growth|grew|expanded|gdp|economy|expansion|contracted|contraction|shrank|gross domestic product"
              "|output|economic output",
    "interest-rate": "interest rate|interest rates|rates|rate|policy rate|base rate|benchmark rate",
    "vote-share": "of the vote|of votes|of the votes|vote share|share of the vote|of ballots"
                  "|of the members' vote|of the members’ vote",  # (a party's or a union's own ballot)
    "approval": "approval|approval rating|popularity|support|favourability|favorability",
    "tariff": "tariff|tariffs|duty|duties|levy",
    "tax": "tax|taxes|tax rate|tax rates",
    # each tax its own rate: a budget raises VAT to 23% and the corporate rate to 27% in one sentence
    "tax.vat": "vat|value-added tax|value added tax|sales tax|gst|goods and services tax|vat rate|sales tax rate",
    "tax.corporate": "corporate tax|corporation tax|corporate rate|corporate tax rate|corporation tax rate"
                     "|company tax|corporate income tax|business tax",
    "tax.income": "income tax|income tax rate|top rate of income tax|top income tax rate|top rate of tax",
    "tax.capital-gains": "capital gains tax|capital gains tax rate",
    "stake": "stake|share|shareholding|holding",
    # what a buyer pays over the market price: "a premium of 37%", "a 37 percent premium"
    "premium": "premium|takeover premium",
    "shares": "shares|stock|stocks|share price",
    "deficit": "deficit",
    "debt": "debt",
    "poverty": "poverty|poor",
    "vaccination": "vaccinated|vaccination|inoculated",
    "containment": "contained|containment",
    "funded": "funded",  # "the appeal is only 14% funded"
    "positivity": "positivity|positive",
    "discount": "discount|cut|cuts",
    "salary": "pay rise|wages|salaries|pay|hourly earnings|weekly earnings|average earnings|wage growth",
    "prices": "prices|price|costs|bills",
    # what tenants and travellers pay are no prices of what is sold: "rents rose 9%" beside "prices rose 2.1%"
    "rent": "rents|rent",
    "fares": "fares",
    "sales": "sales|revenue|revenues",
    "profit": "profit|profits|earnings",
    "trade": "trade|bilateral trade|trade volume",
    # what a country buys and sells abroad, in all: "imports of $171.5 billion"
    "imports": "imports|import bill",
    "exports": "exports|export earnings",
    "emissions": "emissions",
    "capacity": "capacity",
    "occupancy": "occupancy",
    "mortality": "mortality|death rate|fatality rate",
    "yield": "yield|yields|bond yield|bond yields|treasury yield|treasury yields",
    "literacy": "literacy",
    "population": "of the population|population",
})

# Nouns that end in -ing which a change may be of ("spending rose 0.9%"), unlike the verbs that do ("rising 5%")
ING_NOUNS = frozenset({"spending", "lending", "borrowing", "housing", "manufacturing", "shipping", "building",
                       "hiring", "funding", "pricing", "trading", "clothing", "banking", "mining", "farming",
                       "retailing", "advertising", "outsourcing", "processing", "catering", "shopping", "booking",
                       "bookings", "earnings", "savings", "holdings", "listings", "ratings", "readings", "billings"})

# What says a sum changed, before the sum: "rose 12 cents", "narrowed by 1.2 billion" (not "lost" or
# "gained": a sum lost or gained is that sum); and those said only with "by": "cut by", "raised by".
SUM_CHANGE_VERBS = (
    "rose", "risen", "rises", "fell", "fallen", "falls", "climbed", "climbs", "dropped", "drops", "jumped", "jumps",
    "increased", "increases", "decreased", "decreases", "declined", "declines", "grew", "grows", "surged", "surges",
    "slumped", "slumps", "slid", "slides", "soared", "soars", "plunged", "plunges", "tumbled", "tumbles", "edged up",
    "edged down", "went up", "went down", "narrowed", "narrows", "widened", "widens", "was up", "was down", "were up",
    "were down", "is up", "is down", "are up", "are down", "gone up", "gone down", "goes up", "goes down", "go up",
    "go down", "going up", "going down",
)
SUM_CHANGE_BY_VERBS = ("cut", "raised", "reduced", "lowered", "boosted")
# The verbs of a vote after which the first figure is the side against: "rejected 300-120", "voters
# defeated the measure 54% to 46%"
AGAINST_FIRST_VERBS = frozenset({"rejected", "rejects", "defeated", "defeats", "blocked", "overturned"})
# What a figure was changed from, before "from": "reduced from £2m to £500,000"
CHANGED_FROM_VERBS = (
    "reduced", "raised", "cut", "increased", "decreased", "rose", "risen", "fell", "fallen", "dropped", "climbed",
    "jumped", "lowered", "lifted", "boosted", "slashed", "went up", "went down", "changed", "revised", "grew", "shrank",
    "narrowed", "widened", "upgraded", "downgraded", "hiked", "trimmed", "moved", "took", "taking", "takes",
    "raises", "raising", "cuts", "cutting", "lifts", "lifting", "lowers", "lowering",
)

# Words of a change downward: a figure they tell is by how much something fell ("shrank 0.3%", "cut by
# 40 jobs", "a drop of 12"), never a rise of as much, nor the level itself.
FALL_WORDS = {
    "fell", "fallen", "fall", "falls", "falling", "decreased", "decrease", "decreases", "dropped", "drop", "drops",
    "declined", "decline", "declines", "slumped", "slid", "slides", "plunged", "plunges", "tumbled", "tumbles",
    "sank", "sunk", "dipped", "dips", "lost", "loss", "shed", "shrank", "shrunk", "shrinks", "contracted", "contracts",
    "cut", "cuts", "lowered", "reduced", "reduction", "narrowed", "narrows", "down", "lower", "less", "fewer",
}

# What was done to an output, before by how much: "agreed to cut production by 2 million bpd", "a share of the cut"
OUTPUT_CUT_WORDS = frozenset({"cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "reduction",
                              "lower", "lowers", "lowered", "lowering", "slash", "slashed", "slashing", "curb",
                              "curbed", "curbing", "trim", "trimmed", "trimming", "remove", "removes", "removed",
                              "removing", "withhold", "withholds", "withheld", "withholding", "drop", "drops",
                              "dropped"})
OUTPUT_RISE_WORDS = frozenset({"raise", "raises", "raised", "raising", "increase", "increases", "increased",
                               "increasing", "boost", "boosted", "boosting", "hike", "hiked", "add", "adds", "added",
                               "adding", "lift", "lifted", "lifting"})

PERCENT_CHANGE_VERBS = {
    "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling", "grew", "grown",
    "grow", "grows", "increased", "increase", "increases", "decreased", "decrease", "dropped", "drop", "drops",
    "jumped", "jump", "surged", "surge", "climbed", "climb", "declined", "decline", "slumped", "slid", "plunged",
    "soared", "gained", "lost", "shrank", "contracted", "expanded", "cut", "raised", "lowered", "up", "down",
    # a budget's verbs, in the present: "raises defence spending by 18 percent", "trims it by 2 percent"
    "raises", "raising", "cuts", "cutting", "lowers", "trims", "trimmed", "boosts", "boosted", "climbs", "jumps",
    "soars", "slumps", "declines",
}

# What a budget gives as a share of the economy besides its deficit and debt: "spending of 45% of GDP",
# "defence spending of 2% of GDP" (the deficit's and the debt's are their rates)
# ("total spending", "public spending": the spending itself, whatever it is called)
FISCAL_NOUNS = ("spending", "expenditure", "defence spending", "defense spending", "military spending", "revenue",
                "revenues", "tax revenue", "tax revenues", "tax take", "borrowing", "investment", "exports", "imports",
                "remittances", "reserves", "subsidies", "aid", "foreign aid", "pension spending", "health spending",
                "education spending", "interest payments")


# Goods a tariff is laid on, by the words that name them: "a 25% levy on steel", "cars will face 20%"; one rate
# each ("other" for the rest: "10% on about 1,400 other products"). Aluminium and steel are named together.
TARIFF_GOODS = _expand({
    "steel": "steel",
    "aluminium": "aluminium|aluminum",
    "cars": "cars|car|autos|automobiles|vehicles|car parts|auto parts|electric vehicles|evs",
    "trucks": "trucks|lorries",
    "chips": "chips|semiconductors|microchips",
    "solar-panels": "solar panels|solar cells|solar modules",
    "batteries": "batteries",
    "pharmaceuticals": "pharmaceuticals|medicines|drugs",
    "lumber": "lumber|timber|softwood",
    "copper": "copper",
    "farm-goods": "agricultural products|agricultural goods|farm goods|farm products|food|foodstuffs|soybeans"
                  "|grain|wheat|pork|beef|dairy",
    "wine": "wine|wines|spirits|whisky|whiskey|cognac",
    "machinery": "machinery|machine tools",
    "chemicals": "chemicals",
    "textiles": "textiles|clothing|garments|apparel|footwear|shoes",
    "electronics": "electronics|smartphones|phones|laptops|computers",
    "energy": "oil|crude|gas|lng|coal|energy",
    "other": "other goods|other products|other product lines|other imports|other items|other lines|everything else"
             "|the rest",
})
