"""Units a figure is measured in: plain data.

Each row: (kind of value, canonical unit, factor, offset, the names it is
written with, "|"-separated). A stated figure is stored as
canonical = stated * factor + offset, so "10 miles" and "16 km" compare.
Durations are stored in days (months and years by the calendar, see
values.durations); percent units tell a share from a change in points.
Names are as running text writes them ("km/h", "kilowatt-hours", "°C"): the
reader reads each with its own tokenizer, the finder looks for it as written.
"""

UNITS = (
    ("quantity", "km", 1.0, 0.0, "km|kms|kilometre|kilometres|kilometer|kilometers"),
    ("quantity", "km", 1e-3, 0.0, "m|metre|metres|meter|meters"),
    ("quantity", "km", 1e-5, 0.0, "cm|centimetre|centimetres|centimeter|centimeters"),
    ("quantity", "km", 1e-6, 0.0, "mm|millimetre|millimetres|millimeter|millimeters"),
    ("quantity", "km", 1.609344, 0.0, "mile|miles|mi"),
    ("quantity", "km", 1.852, 0.0, "nautical mile|nautical miles|nmi"),
    ("quantity", "km", 0.0003048, 0.0, "ft|feet|foot"),
    ("quantity", "km", 0.0009144, 0.0, "yard|yards|yd|yds"),
    ("quantity", "km", 0.0000254, 0.0, "inch|inches"),
    ("quantity", "kg", 1.0, 0.0, "kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos"),
    ("quantity", "kg", 1e-3, 0.0, "gram|grams|gramme|grammes"),
    ("quantity", "kg", 1e3, 0.0, "t|tonne|tonnes|ton|tons|metric ton|metric tons|metric tonne|metric tonnes"),
    ("quantity", "kg", 907.18474, 0.0, "short ton|short tons"),
    ("quantity", "kg", 1016.0469088, 0.0, "long ton|long tons"),
    ("quantity", "kg", 0.45359237, 0.0, "lb|lbs"),
    ("quantity", "kg", 0.028349523125, 0.0, "oz|ounce|ounces"),
    ("quantity", "km2", 1.0, 0.0, "km2|sqkm|sq km|square kilometre|square kilometres|square kilometer"
     "|square kilometers|square km|sq kilometres|sq kilometers"),
    ("quantity", "km2", 0.01, 0.0, "hectare|hectares|ha"),
    ("quantity", "km2", 0.0040468564224, 0.0, "acre|acres"),
    ("quantity", "km2", 2.589988110336, 0.0, "square mile|square miles|sq mi|sq miles|sqmi|mi2"),
    ("quantity", "km2", 1e-6, 0.0, "m2|sq m|square metre|square metres|square meter|square meters|sqm"),
    ("quantity", "km2", 9.290304e-8, 0.0, "sq ft|square feet|square foot|sqft|ft2"),
    ("quantity", "l", 1.0, 0.0, "l|litre|litres|liter|liters"),
    ("quantity", "l", 1e-3, 0.0, "ml|millilitre|millilitres|milliliter|milliliters"),
    ("quantity", "l", 1e3, 0.0, "m3|cubic metre|cubic metres|cubic meter|cubic meters"),
    ("quantity", "l", 1e12, 0.0, "bcm"),
    ("quantity", "l", 28.316846592, 0.0, "cubic feet|cubic foot"),
    ("quantity", "l", 3.785411784, 0.0, "gallon|gallons"),
    ("quantity", "l", 158.987294928, 0.0, "barrel|barrels|bbl|bbls"),
    # oil output, as the market counts it: a rate, never an amount of oil
    ("quantity", "bbl/d", 1.0, 0.0, "barrels per day|barrels a day|barrel per day|barrel a day|bpd|b/d|bbl/d"
     "|barrels of oil per day|barrels of oil a day|barrels of crude per day|barrels of crude a day"),
    ("quantity", "km/h", 1.0, 0.0, "km / h|km/h|kmh|kph|km per hour|kilometres per hour|kilometers per hour"
     "|kilometres an hour|kilometers an hour|km/hr|km / hr|kms/hr|km/hour|kmph|km an hour|km per hr"
     "|kilometre an hour|kilometer an hour|kilometre per hour|kilometer per hour"),
    ("quantity", "km/h", 1.609344, 0.0, "mph|miles per hour|miles an hour|mile per hour|mile an hour|mi/h"
     "|miles/hour"),
    ("quantity", "km/h", 1.852, 0.0, "knot|knots|kts"),  # not "kt": kilotons too
    ("quantity", "km/h", 3.6, 0.0, "m / s|metres per second|meters per second"),
    ("quantity", "C", 1.0, 0.0, "c|° c|°c|degrees celsius|degrees c|celsius|° celsius|degrees centigrade"
     "|centigrade|degree celsius|degree c|degree centigrade"),
    ("quantity", "C", 5 / 9, -32 * 5 / 9, "f|° f|°f|degrees fahrenheit|degrees f|fahrenheit|° fahrenheit"
     "|degree fahrenheit|degree f"),
    ("quantity", "deg", 1.0, 0.0, "degrees|degree|°"),
    ("quantity", "MW", 1e-3, 0.0, "kw|kilowatt|kilowatts"),
    ("quantity", "MW", 1.0, 0.0, "mw|megawatt|megawatts"),
    ("quantity", "MW", 1e3, 0.0, "gw|gigawatt|gigawatts"),
    ("quantity", "MWh", 1e-3, 0.0, "kwh|kilowatt hours|kilowatt-hours|kilowatt hour"),
    ("quantity", "MWh", 1.0, 0.0, "mwh|megawatt hours|megawatt hour"),
    ("quantity", "MWh", 1e3, 0.0, "gwh|gigawatt hours|gigawatt hour"),
    ("quantity", "MWh", 1e6, 0.0, "twh|terawatt hours|terawatt hour"),
    ("quantity", "mag", 1.0, 0.0, "magnitude|on the richter scale|on richter scale|richter"),
    # a storm's central pressure ("942 millibars"; not "mb", megabytes too)
    ("quantity", "hPa", 1.0, 0.0, "hpa|hectopascal|hectopascals|millibar|millibars|mbar"),
    ("duration", "d", 1 / 86400, 0.0, "second|seconds|sec|secs"),
    ("duration", "d", 1 / 1440, 0.0, "minute|minutes|min|mins"),
    ("duration", "d", 1 / 24, 0.0, "hour|hours|hr|hrs|h"),
    ("duration", "d", 1.0, 0.0, "day|days|night|nights"),
    ("duration", "d", 7.0, 0.0, "week|weeks|wk|wks"),
    ("duration", "d", 14.0, 0.0, "fortnight|fortnights"),
    ("duration", "month", 1.0, 0.0, "month|months"),
    ("duration", "year", 1.0, 0.0, "year|years|yr|yrs"),
    ("duration", "year", 10.0, 0.0, "decade|decades"),
    ("duration", "year", 100.0, 0.0, "century|centuries"),
    ("percent", None, 1.0, 0.0, "%|per cent|percent|pc|pct|per centum"),
    ("percent", "pp", 1.0, 0.0, "percentage points|percentage point|percent points|per cent points|pp|ppt|ppts"
     "|percentage pts"),
    # a hundredth of a percentage point, as central banks and markets count a rate's move: "25 basis points"
    ("percent", "pp", 0.01, 0.0, "basis points|basis point|bps|bp|bips"),
)

# Single letters that name a unit in running text only glued to the figure, in this case:
# "30C", "86F", "40t", "5l" (read in a value in any case: "30 c").
GLUED_LETTERS = {"c": "C", "f": "F", "t": "t", "l": "l"}

# Abbreviations of two units: a figure in them is kept as text, with why.
AMBIGUOUS = {"kt": "'kt' is knots or kilotons"}

# Names read in a value but not looked for in running text, and why.
NOT_IN_RUNNING_TEXT = {
    "second": "the ordinal too ('a second attack'); running text says '1 second' rarely",
    "h": "a letter too often something else; running text writes 'hours' or 'hrs'",
}
