"""Named places and organisations, with the words that stand for them ("Chinese", "Beijing", "the Kremlin").

Used to read a claim's subjects: "Moscow's trade with China" and "Sino-Russian commerce" both name
{China, Russia}. Pure data; entries are surface → canonical name. Capitals stand for their governments
only where news uses them so (Beijing, Moscow, Washington, Kyiv...).
"""

from __future__ import annotations

_COUNTRIES: dict[str, tuple[str, ...]] = {
    # canonical: surfaces (demonyms, capitals used as metonyms, short forms)
    "US": (
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "United States",
        "America",
        "American",
        "Americans",
        "Washington",
        "White House",
        "Biden administration",
        "Trump administration",
    ),
    "China": ("China", "Chinese", "Beijing", "PRC", "People's Republic of China", "Sino", "mainland China"),
    "Russia": ("Russia", "Russian", "Russians", "Moscow", "Kremlin", "Russian Federation"),
    "Ukraine": ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev"),
    "UK": ("UK", "U.K.", "Britain", "British", "United Kingdom", "London", "England", "English"),
    "EU": ("EU", "E.U.", "European Union", "Brussels"),
    "Europe": ("Europe", "European", "Europeans", "Eurozone"),
    "Japan": ("Japan", "Japanese", "Tokyo"),
    "India": ("India", "Indian", "New Delhi"),
    "Germany": ("Germany", "German", "Berlin"),
    "France": ("France", "French", "Paris"),
    "Italy": ("Italy", "Italian", "Rome"),
    "Spain": ("Spain", "Spanish", "Madrid"),
    "Canada": ("Canada", "Canadian", "Ottawa"),
    "Mexico": ("Mexico", "Mexican"),
    "Brazil": ("Brazil", "Brazilian", "Brasilia"),
    "Australia": ("Australia", "Australian", "Canberra"),
    "South Korea": ("South Korea", "South Korean", "Seoul"),
    "North Korea": ("North Korea", "North Korean", "Pyongyang"),
    "Taiwan": ("Taiwan", "Taiwanese", "Taipei"),
    "Hong Kong": ("Hong Kong",),
    "Iran": ("Iran", "Iranian", "Tehran"),
    "Iraq": ("Iraq", "Iraqi", "Baghdad"),
    "Israel": ("Israel", "Israeli", "Israelis"),
    "Gaza": ("Gaza",),
    "Turkey": ("Turkey", "Turkish", "Ankara", "Türkiye"),
    "Saudi Arabia": ("Saudi Arabia", "Saudi", "Riyadh"),
    "Egypt": ("Egypt", "Egyptian", "Cairo"),
    "Syria": ("Syria", "Syrian", "Damascus"),
    "Poland": ("Poland", "Polish", "Warsaw"),
    "Belarus": ("Belarus", "Belarusian", "Minsk"),
    "Kazakhstan": ("Kazakhstan", "Kazakh"),
    "Mongolia": ("Mongolia", "Mongolian"),
    "Vietnam": ("Vietnam", "Vietnamese", "Hanoi"),
    "Indonesia": ("Indonesia", "Indonesian", "Jakarta"),
    "Pakistan": ("Pakistan", "Pakistani", "Islamabad"),
    "South Africa": ("South Africa", "South African", "Pretoria"),
    "Nigeria": ("Nigeria", "Nigerian"),
    "Argentina": ("Argentina", "Argentine", "Argentinian", "Buenos Aires"),
    "Switzerland": ("Switzerland", "Swiss", "Bern"),
    "Netherlands": ("Netherlands", "Dutch", "Holland", "The Hague"),
    "Sweden": ("Sweden", "Swedish", "Stockholm"),
    "Norway": ("Norway", "Norwegian", "Oslo"),
    "Finland": ("Finland", "Finnish", "Helsinki"),
    "Serbia": ("Serbia", "Serbian", "Belgrade"),
    "Hungary": ("Hungary", "Hungarian", "Budapest"),
    "Cuba": ("Cuba", "Cuban", "Havana"),
    "Venezuela": ("Venezuela", "Venezuelan", "Caracas"),
    "Philippines": ("Philippines", "Philippine", "Filipino", "Manila"),
    "Thailand": ("Thailand", "Thai", "Bangkok"),
    "Singapore": ("Singapore", "Singaporean"),
    "Malaysia": ("Malaysia", "Malaysian", "Kuala Lumpur"),
    "Greece": ("Greece", "Greek", "Athens"),
    "Portugal": ("Portugal", "Portuguese", "Lisbon"),
    "Ireland": ("Ireland", "Irish", "Dublin"),
    "Chile": ("Chile", "Chilean", "Santiago"),
    "Colombia": ("Colombia", "Colombian", "Bogota"),
    "Peru": ("Peru", "Peruvian", "Lima"),
    "Qatar": ("Qatar", "Qatari", "Doha"),
    "UAE": ("UAE", "United Arab Emirates", "Emirati", "Abu Dhabi", "Dubai"),
    "Crimea": ("Crimea", "Crimean"),
    "Global South": ("Global South",),
}
_US_STATES = [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Wisconsin",
    "Wyoming",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
]
_ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "UN": ("UN", "U.N.", "United Nations"),
    "NATO": ("NATO", "Nato"),
    "OPEC": ("OPEC", "Opec", "OPEC+"),
    "IMF": ("IMF", "International Monetary Fund"),
    "World Bank": ("World Bank",),
    "WHO": ("WHO", "World Health Organization"),
    "Gazprom": ("Gazprom",),
    # a central bank stands for its country or currency area, as a capital does for its government: "the Bank of
    # Japan's 0.5% cap" and "Japanese yields" speak of one subject (so "Japan" inside the bank's name is no place)
    "US": ("Federal Reserve", "Fed"),
    "Japan": ("Bank of Japan", "BoJ", "BOJ", "JGB", "JGBs"),  # and its government's bonds
    "UK": ("Bank of England", "BoE"),
    "Europe": ("European Central Bank", "ECB"),
    "China": ("People's Bank of China", "PBOC", "PBoC"),
    "India": ("Reserve Bank of India", "RBI"),
    "Australia": ("Reserve Bank of Australia", "RBA"),
    "Canada": ("Bank of Canada",),
    "Switzerland": ("Swiss National Bank", "SNB"),
    # the EU's executive and a government's bonds speak of their issuer, as its central bank does
    "EU": ("European Commission",),
    "NHC": ("National Hurricane Center", "NHC"),
}
_DEMONYM_ADJECTIVES = {
    "Sino": "China",
    "Russo": "Russia",
    "Indo": "India",
    "Franco": "France",
    "Anglo": "UK",
    "Euro": "Europe",
    "Afro": "Africa",
}


def _build() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, surfaces in (*_COUNTRIES.items(), *_ORGANISATIONS.items()):
        for surface in surfaces:
            table[surface] = canonical
    for state in _US_STATES:
        table.setdefault(state, state)
    return table


ENTITIES: dict[str, str] = _build()
PREFIXES: dict[str, str] = _DEMONYM_ADJECTIVES
MAX_WORDS = max(len(s.split()) for s in ENTITIES)
