"""Currencies: ISO codes, signs and names as news copy writes them; plain data.

"$" alone is USD and "¥" alone JPY (the reader makes it CNY where yuan is named).
"""

# ISO 4217 codes written before or after a figure ("USD 5 million", "5 million EUR").
CODES = {
    "usd", "eur", "gbp", "jpy", "cny", "rub", "inr", "aud", "cad", "chf", "hkd", "sgd", "nzd", "krw",
    "brl", "mxn", "zar", "uah", "pln", "sek", "nok", "dkk", "czk", "huf", "ils", "sar", "aed", "qar", "egp",
    "ngn", "kes", "pkr", "bdt", "idr", "myr", "thb", "php", "vnd", "twd", "ars", "clp", "cop", "pen", "irr",
    "iqd", "kwd", "bhd", "omr", "jod", "lbp", "ghs", "etb", "xof", "xaf", "mad", "tnd", "dzd", "ron", "bgn",
    "rsd", "isk", "kzt", "byn", "gel", "amd", "azn", "lkr", "npr", "mmk", "khr", "btc",
}

# Signs written before a figure.
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
           "₺": "TRY", "₴": "UAH", "₦": "NGN", "₪": "ILS"}

# Letters written right before "$": "US$", "A$", "HK$".
DOLLAR_PREFIXES = {
    "us": "usd", "u.s.": "usd", "a": "aud", "au": "aud", "c": "cad", "ca": "cad", "can": "cad", "nz": "nzd",
    "hk": "hkd", "s": "sgd", "r": "brl", "nt": "twd", "mx": "mxn",
}

# Abbreviations written before a figure besides the codes: "Rs 5 crore", "RMB 3 billion".
BEFORE = {"us $": "USD", "rs": "INR", "rmb": "CNY", "sfr": "CHF", "ksh": "KES", "ush": "UGX", "tsh": "TZS"}

# Names written after a figure ("20 million euros").
NAMES = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD",
    "u.s. dollar": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD", "canadian dollar": "CAD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "new zealand dollars": "NZD",
    "taiwan dollars": "TWD", "new taiwan dollars": "TWD", "euro": "EUR", "euros": "EUR",
    "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP", "british pounds": "GBP",
    "egyptian pounds": "EGP", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupee": "INR", "rupees": "INR", "indian rupees": "INR",
    "pakistani rupees": "PKR", "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "won": "KRW",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY",
    "shekel": "ILS", "shekels": "ILS", "new shekels": "ILS", "naira": "NGN", "rand": "ZAR",
    "swiss francs": "CHF", "swiss franc": "CHF", "cfa francs": "XOF", "mexican pesos": "MXN",
    "argentine pesos": "ARS", "philippine pesos": "PHP", "colombian pesos": "COP", "chilean pesos": "CLP",
    "reais": "BRL", "brazilian reais": "BRL", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "dong": "VND",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "kronor": "SEK", "swedish kronor": "SEK",
    "norwegian kroner": "NOK", "danish kroner": "DKK", "forint": "HUF", "forints": "HUF", "dirham": "AED",
    "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "saudi riyals": "SAR", "qatari riyals": "QAR",
    "kuwaiti dinars": "KWD", "iraqi dinars": "IQD", "iranian rials": "IRR", "rials": "IRR", "tenge": "KZT",
    "cedi": "GHS", "cedis": "GHS", "kenyan shillings": "KES", "taka": "BDT", "kyat": "MMK", "birr": "ETB",
    "lari": "GEL", "lei": "RON", "leva": "BGN", "bitcoin": "BTC", "bitcoins": "BTC", "rmb": "CNY",
    # the currency named after the country's adjective: "100 Chinese yuan"
    "chinese yuan": "CNY", "japanese yen": "JPY", "russian roubles": "RUB", "russian rubles": "RUB",
    "russian rouble": "RUB", "russian ruble": "RUB", "south african rand": "ZAR", "nigerian naira": "NGN",
    "ukrainian hryvnias": "UAH", "ukrainian hryvnia": "UAH", "south korean won": "KRW", "korean won": "KRW",
    "indonesian rupiah": "IDR", "malaysian ringgit": "MYR", "thai baht": "THB", "vietnamese dong": "VND",
    "polish zlotys": "PLN", "polish zloty": "PLN", "hungarian forints": "HUF", "hungarian forint": "HUF",
    "israeli shekels": "ILS", "new israeli shekels": "ILS", "brazilian real": "BRL", "czech korunas": "CZK",
    "czech koruna": "CZK", "czech crowns": "CZK", "swedish krona": "SEK", "norwegian krone": "NOK",
    "danish krone": "DKK", "bangladeshi taka": "BDT", "ghanaian cedis": "GHS", "kazakh tenge": "KZT",
    "ethiopian birr": "ETB", "georgian lari": "GEL", "romanian lei": "RON", "bulgarian leva": "BGN",
    "emirati dirhams": "AED", "uae dirhams": "AED", "moroccan dirhams": "MAD", "jordanian dinars": "JOD",
    "bahraini dinars": "BHD", "tunisian dinars": "TND", "algerian dinars": "DZD", "serbian dinars": "RSD",
    "omani rials": "OMR", "lebanese pounds": "LBP", "egyptian pound": "EGP", "turkish liras": "TRY",
    "pakistani rupee": "PKR", "indian rupee": "INR", "sri lankan rupee": "LKR", "nepali rupees": "NPR",
    "mexican peso": "MXN", "argentinian pesos": "ARS", "ugandan shillings": "UGX", "tanzanian shillings": "TZS",
}

# A hundredth of a currency: "50 cents" ("cents" alone as "$" alone: US), "20p", "99¢".
MINOR_UNITS = {"cents": "USD", "cent": "USD", "¢": "USD", "euro cents": "EUR", "euro cent": "EUR",
               "eurocents": "EUR", "pence": "GBP", "penny": "GBP", "p": "GBP"}

# Names that several currencies share, with no one of them the reading news copy means by
# default: a figure in them is money in that name ("pesos"), comparable only with the same name.
SHARED_NAMES = {
    "pesos": "pesos", "peso": "pesos", "dinars": "dinars", "dinar": "dinars", "shillings": "shillings",
    "shilling": "shillings", "francs": "francs", "franc": "francs", "kroner": "kroner", "krone": "kroner",
    # Sweden's, Norway's, Denmark's, Iceland's and the Czech Republic's, in English
    "crowns": "crowns", "crown": "crowns",
}

# Names of a weight and of several currencies. Running text is searched for them as money, so a
# weight in them is never taken for one; a value in them is read as the weight (the unit named here)
# only when it is said to be a quantity, else kept as text: "5 pounds" could be £5 or 2.3 kg.
WEIGHT_OR_MONEY = {"pounds": "lb", "pound": "lb"}
