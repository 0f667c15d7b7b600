"""Multilingual keyword tables: concepts, roles, qualifiers, scales, units, currencies.

All words are *folded* (lowercase, no accents). A trailing ``*`` means "prefix". Tables are
keyed by language; ``"*"`` entries apply to every language. Lookups are compiled lazily.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.analysis.text import fold

SUPPORTED = ("en", "pt", "es", "fr", "de", "it", "nl")  # number words via text2num
TABLE_LANGS = (*SUPPORTED, "uk", "ru")  # keyword tables (uk/ru number words: numbers.py)


def words(text: str) -> frozenset[str]:
    """A set of space-separated words (keeps long keyword tables readable)."""
    return frozenset(text.split())


# concept -> {language: words}
CONCEPTS: dict[str, dict[str, str]] = {
    "killed": {
        "en": "kill* dead death deaths die died dies dying fatalit* bodies lives",
        "pt": "morto mortos morta mortas morte mortes morreu morreram morrem morrer matou mataram "
        "matando matar obito* falecid* faleceu faleceram fatais fatal",
        "es": "muerto muertos muerta muertas muerte muertes murio murieron fallecid* fallecio "
        "fallecieron mato mataron matando mortales fatales",
        "fr": "mort morts morte mortes tue tues tuee tuees tuant deces decede* mortel*",
        "de": "tote toten toter totes tot todesopfer* getotet* totete* starben gestorben "
        "umgekommen ums menschenleben",
        "it": "morti morto morta morte uccis* decedut* deceduti mortali",
        "nl": "doden dode omgekomen gedood",
        "uk": "загинул* загибл* загинув загинула загинуло вбит* вбив вбила вбили смерт* мертв* "
        "жертвами",
        "ru": "погиб* убит* убил* смерт* мертв*",
    },
    "injured": {
        "en": "injur* wound* hurt",
        "pt": "ferido* ferida* feriu feriram ferindo lesionad* machucad*",
        "es": "herido* herida* hiriendo hirio hirieron lesionad*",
        "fr": "blesse* blessant",
        "de": "verletzt* verwundet*",
        "it": "ferit* ferendo",
        "nl": "gewonden gewond*",
        "uk": "поранен* постражд* травмован* травм*",
        "ru": "ранен* пострадав* пострадал* травм*",
    },
    "missing": {
        "en": "missing unaccounted",
        "pt": "desaparecid*",
        "es": "desaparecid*",
        "fr": "disparu*",
        "de": "vermisst*",
        "it": "dispers*",
        "nl": "vermist*",
        "uk": "зникл* безвісти",
        "ru": "пропал* пропавш*",
    },
    "evacuated": {
        "en": "evacuat* leave flee fled",
        "pt": "evacuad* retirad* desalojad* deixar deixaram abandonar fugir",
        "es": "evacuad* evacuaron desalojad* abandonar huir",
        "fr": "evacue* quitter fuir",
        "de": "evakuiert* evakuierung* verlassen fliehen",
        "it": "evacuat* lasciare abbandonare",
        "nl": "geevacueerd*",
        "uk": "евакуйов* евакуювали евакуац*",
        "ru": "эвакуир* эвакуац*",
    },
    "homeless": {
        "en": "homeless displaced",
        "pt": "desabrigad* deslocad*",
        "es": "damnificad* desplazad*",
        "fr": "sans-abri sinistre* deplace*",
        "de": "obdachlos* vertrieben*",
        "it": "senzatetto sfollat*",
        "nl": "dakloos* ontheemd*",
    },
    "arrested": {
        "en": "arrest* detained detain*",
        "pt": "detid* deteve detiveram prendeu prenderam preso presos presas detencoes",
        "es": "detenid* detuvo detuvieron arrestad* apresad*",
        "fr": "arrete* interpell* interpelle*",
        "de": "festgenommen* verhaftet* festnahme*",
        "it": "arrestat* arresti fermati fermate",
        "nl": "gearresteerd* aangehouden",
    },
    "rescued": {
        "en": "rescued saved survivors",
        "pt": "resgatad* resgataram resgatou salvos salvas salvar sobreviventes",
        "es": "rescatad* rescataron rescato salvados salvadas salvar salvaron supervivientes "
        "sobrevivientes",
        "fr": "secouru* sauve* survivants rescapes",
        "de": "gerettet* uberlebende*",
        "it": "salvat* soccors* superstiti sopravvissuti",
        "nl": "gered* overlevenden",
        "uk": "врятува* врятован* живих",
        "ru": "спас* спасен*",
    },
    "hospitalised": {
        "en": "hospitali*",
        "pt": "hospitaliz* internad*",
        "es": "hospitaliz* ingresad*",
        "fr": "hospitalise*",
        "de": "krankenhaus* klinik*",
        "it": "ricoverat* ospedalizzat*",
        "nl": "ziekenhuis*",
    },
    "drones": {
        "*": "drone* dron drohne* shahed*",
        "uk": "дрон* безпілотник* шахед*",
        "ru": "дрон* беспилотник* шахед*",
    },
    "missiles": {
        "en": "missile* rocket*",
        "pt": "missil* misseis missel* foguete*",
        "es": "misil* cohete*",
        "fr": "missile* roquette*",
        "de": "rakete* marschflugkorper*",
        "it": "missil* razz*",
        "nl": "raket*",
        "uk": "ракет*",
        "ru": "ракет*",
    },
    "aircraft": {
        "en": "aircraft plane* jet jets helicopter* fighter*",
        "pt": "aviao avioes aeronave* helicoptero* caca cacas aereos",
        "es": "avion aviones aeronave* helicoptero* cazas aereos",
        "fr": "avion* aeronef* helicoptere* chasseur* aeriens",
        "de": "flugzeug* hubschrauber* kampfjet*",
        "it": "aere* velivol* elicotter* caccia",
        "nl": "vliegtuig* helikopter*",
        "uk": "літак* гелікоптер* вертоліт* вертольот*",
        "ru": "самолет* вертолет*",
    },
    "passengers": {
        "en": "passenger*",
        "pt": "passageir*",
        "es": "pasajer*",
        "fr": "passager*",
        "de": "passagier* fahrgast* fahrgaste*",
        "it": "passegger*",
        "nl": "passagier*",
    },
    "crew": {
        "en": "crew",
        "pt": "tripulant*",
        "es": "tripulant*",
        "fr": "membres d'equipage equipage",
        "de": "besatzung*",
        "it": "equipaggio",
    },
    "homes": {
        "en": "home homes house houses dwelling* households",
        "pt": "casa casas residencia* moradia* habitac* domicilio* lares",
        "es": "casa casas vivienda* hogares domicilio*",
        "fr": "maison* logement* habitation* foyers menages",
        "de": "haus hauser wohnhaus* wohnung* eigenheim* haushalt*",
        "it": "case casa abitazion* utenze",
        "nl": "huis huizen woning*",
        "uk": "домогосподарств* оселі помешкан* квартир*",
        "ru": "домохозяйств* квартир*",
    },
    "buildings": {
        "en": "building* structure*",
        "pt": "edificio* predio*",
        "es": "edificio* inmueble*",
        "fr": "immeuble* batiment* edifice*",
        "de": "gebaude*",
        "it": "edifici* palazz* immobil*",
        "nl": "gebouw*",
        "uk": "будинк* будівл* багатоквартирн* дев'ятиповерхів* багатоповерхів*",
        "ru": "здани* домов многоэтаж*",
    },
    "vehicles": {
        "en": "vehicle* car cars truck* lorr* bus buses",
        "pt": "veiculo* carro* automove* caminh* onibus",
        "es": "vehiculo* coche* camion* autobus*",
        "fr": "vehicule* voiture* camion*",
        "de": "fahrzeug* auto autos lkw pkw",
        "it": "veicol* auto automobil* camion*",
        "nl": "voertuig* auto's auto",
        "uk": "автомобіл* машин* авто",
        "ru": "автомобил* машин*",
    },
    "soldiers": {
        "en": "soldier* troop* servicem*",
        "pt": "soldado* militares tropas",
        "es": "soldado* militares tropas",
        "fr": "soldat* militaires troupes",
        "de": "soldat* soldaten truppen",
        "it": "soldat* militari truppe",
        "nl": "soldat* militairen",
        "uk": "військов* солдат*",
        "ru": "военнослужащ* солдат*",
    },
    "police": {
        "en": "police policem* officers",
        "pt": "policia* agentes",
        "es": "policia* agentes",
        "fr": "policier* gendarme* agents",
        "de": "polizist* polizeibeamt* beamte",
        "it": "poliziott* agenti carabinieri",
        "nl": "agenten politie*",
        "uk": "поліцейськ* правоохоронц*",
        "ru": "полицейск*",
    },
    "firefighters": {
        "en": "firefighter* firemen",
        "pt": "bombeiro*",
        "es": "bombero*",
        "fr": "pompier*",
        "de": "feuerwehrleute feuerwehrm*",
        "it": "vigili pompier*",
        "nl": "brandweerlieden",
    },
    "protesters": {
        "en": "protester* protestor* demonstrator* marched marching protested",
        "pt": "manifestante* protestaram marcharam",
        "es": "manifestante* protestaron marcharon",
        "fr": "manifestant* manifeste",
        "de": "demonstrant* demonstrierten",
        "it": "manifestant* dimostrant* manifestato",
        "nl": "demonstrant*",
    },
    "families": {
        "en": "families family",
        "pt": "familias",
        "es": "familias",
        "fr": "familles",
        "de": "familien",
        "it": "famiglie",
        "nl": "gezinnen families",
    },
    "jobs": {
        "en": "jobs",
        "pt": "empregos",
        "es": "empleos",
        "fr": "emplois",
        "de": "arbeitsplatze",
        "it": "occupati",
        "nl": "banen",
    },
    "flights": {
        "en": "flight*",
        "pt": "voo voos",
        "es": "vuelo*",
        "fr": "vol vols",
        "de": "flug fluge",
        "it": "voli volo",
        "nl": "vlucht*",
    },
    "countries": {
        "en": "countries nations",
        "pt": "paises nacoes",
        "es": "paises naciones",
        "fr": "pays",
        "de": "lander staaten",
        "it": "paesi nazioni",
        "nl": "landen",
    },
    "attacks": {
        "en": "attacks strikes",
        "pt": "ataques",
        "es": "ataques",
        "fr": "attaques frappes",
        "de": "angriffe",
        "it": "attacchi",
        "nl": "aanvallen",
    },
    "magnitude": {
        "*": "magnitude magnitud magnitudo",
        "de": "starke magnitude richterskala",
        "en": "richter",
    },
    "aftershocks": {
        "en": "aftershock*",
        "pt": "replica* tremores",
        "es": "replica*",
        "fr": "replique*",
        "de": "nachbeben",
        "it": "scoss*",
    },
    "rescuers": {
        "en": "rescuers emergency",
        "pt": "socorrista* resgatistas",
        "es": "rescatistas socorristas",
        "fr": "secouristes sauveteurs",
        "de": "einsatzkrafte helfer retter",
        "it": "soccorritori",
        "nl": "hulpverleners",
        "uk": "рятувальник*",
        "ru": "спасател*",
    },
    "roads": {
        "en": "roads",
        "pt": "estradas rodovias",
        "es": "carreteras",
        "fr": "routes",
        "de": "strassen",
        "it": "strade",
        "nl": "wegen",
    },
    "fires": {
        "en": "fires blazes wildfires",
        "pt": "incendios focos",
        "es": "incendios focos",
        "fr": "feux incendies",
        "de": "brande feuer",
        "it": "incendi roghi",
        "nl": "branden",
    },
    "landslides": {
        "en": "landslides landslips mudslides",
        "pt": "deslizamentos",
        "es": "deslizamientos derrumbes",
        "fr": "glissements",
        "de": "erdrutsche hangrutsche",
        "it": "frane smottamenti",
        "nl": "aardverschuivingen",
    },
    "municipalities": {
        "en": "municipalities towns villages",
        "pt": "municipios cidades aldeias povoados vilas",
        "es": "municipios localidades pueblos aldeas",
        "fr": "communes villages",
        "de": "gemeinden kommunen orte dorfer",
        "it": "comuni paesi villaggi frazioni",
        "nl": "gemeenten dorpen",
    },
    "students": {
        "en": "students pupils",
        "pt": "alunos estudantes",
        "es": "alumnos estudiantes",
        "fr": "eleves etudiants",
        "de": "schuler studenten",
        "it": "studenti alunni",
        "nl": "leerlingen studenten",
    },
    "foreigners": {
        "en": "foreigners foreign",
        "pt": "estrangeiros",
        "es": "extranjeros",
        "fr": "etrangers",
        "de": "auslander",
        "it": "stranieri",
        "nl": "buitenlanders",
    },
    # Generic nouns: used only when no specific concept is nearby.
    "people": {
        "en": "people persons person residents inhabitants individuals civilians men women man "
        "woman",
        "pt": "pessoa pessoas moradores habitantes civis homens mulheres individuos cidadaos",
        "es": "personas persona habitantes vecinos civiles hombres mujeres individuos",
        "fr": "personnes personne habitants residents civils hommes femmes individus",
        "de": "menschen personen person einwohner* bewohner* zivilist* manner frauen leute",
        "it": "persone persona abitanti residenti civili uomini donne",
        "nl": "mensen personen inwoners bewoners",
        "uk": "людей людина люди осіб особи мешканц* жител* цивільн*",
        "ru": "людей человек люди жител* мирн*",
    },
    "victims": {
        "en": "victim*",
        "pt": "vitima*",
        "es": "victima*",
        "fr": "victime*",
        "de": "opfer",
        "it": "vittim*",
        "nl": "slachtoffer*",
    },
    "children": {
        "en": "child children kids minors",
        "pt": "crianca criancas menores",
        "es": "nino ninos ninas menores",
        "fr": "enfant enfants mineurs",
        "de": "kind kinder minderjahrig*",
        "it": "bambin* minori",
        "nl": "kind kinderen",
        "uk": "дітей дитина діти дитини",
        "ru": "детей ребенок дети ребенка",
    },
}

GENERIC = {"people", "victims", "children"}
# Concepts whose noun comes before the number ("magnitude 6.8").
PRE_NUMBER = {"magnitude"}
# Verbs right after a bare number: the noun was left out ("… and 320 were left homeless").
AUXILIARIES = words(
    "were was are is have has had remain remained remains stay stayed foram ficaram estao "
    "estavam continuam permanecem seguem sao fueron quedaron estan estaban siguen "
    "permanecen resultaron son ont sont etaient restent restaient sind waren wurden werden "
    "bleiben blieben haben hatten sono erano furono restano rimangono hanno"
)
# Relative pronouns end the noun phrase after a number ("a 4.9 quake that injured 28").
RELATIVE = words(
    "that which who whom whose que qui quem onde che cui dove donde cuando quando welche welcher "
    "welches dass"
)
# What a generic noun ("people", "Menschen") can turn into when followed by a verb/adjective.
PERSON_STATES = {"killed", "injured", "missing", "evacuated", "homeless", "arrested", "rescued",
                 "hospitalised", "protesters", "foreigners"}
# "the death toll rose to 12": after these verbs look for the concept in the whole clause.
TOLL_VERBS = words(
    "rose risen rises climbed reached stands stood increased subiu sobe subira chegou aumentou "
    "ascendio asciende aumento subio stieg steigt liegt erhohte s'eleve atteint passe grimpe "
    "salito sale salgono arrivato"
)
# Generic nouns that are also a sub-group (aspect) of what is counted.
ASPECT_NOUNS = {"children": "children"}
# Concepts whose noun may follow an article used as a number ("um morto", "a plane").
ARTICLE_OK = {"killed", "injured", "missing", "arrested", "drones", "missiles", "aircraft"}
# "including five children": the figure is a subset of the previous one in the sentence.
INCLUDING = words(
    "including among incluindo entre dos das quais darunter davon dont parmi cui incluidos "
    "incluyendo cuales"
)
# Words after "one" that make it a pronoun ("one of the victims").
OF_WORDS = words("of de dos das des der den di dei degli delle del van")

# role -> language -> words; roles separate different facts about one concept.
ROLE_GROUPS: dict[str, tuple[str, ...]] = {
    "weapons": ("drones", "missiles", "aircraft", "attacks"),
    "buildings": ("homes", "buildings", "vehicles"),
}
ROLES: dict[str, dict[str, dict[str, str]]] = {
    "weapons": {
        "launched": {
            "uk": "випустил* запустил* атакувал* випущен*",
            "ru": "выпустил* запустил* атаковал*",
            "en": "launch* fired fire firing sent",
            "pt": "lanc* dispar* enviou envia*",
            "es": "lanz* dispar*",
            "fr": "lance* lancant tire* tirant",
            "de": "abgefeuert gestartet feuerte* schickte* gestartete*",
            "it": "lanciat* lancia* sparat*",
            "nl": "gelanceerd afgevuurd",
        },
        "intercepted": {
            "uk": "збили збито збив знищено знешкоджено перехопле*",
            "ru": "сбили сбито уничтожен* перехвач*",
            "en": "intercept* shot downed destroyed neutrali*",
            "pt": "intercept* abatid* abateu derrub* neutraliz* destruid*",
            "es": "intercept* derribad* derribo derribaron neutraliz* destruid*",
            "fr": "intercept* abattu* abattus neutralis* detruit*",
            "de": "abgefangen abgeschossen abgewehrt zerstort*",
            "it": "intercettat* abbattut* neutralizzat* distrutt*",
            "nl": "onderschept neergehaald",
        },
        "penetrated": {
            "uk": "влучи* влучан*",
            "ru": "попал* попадан*",
            "en": "penetrat* through hit evaded reached",
            "pt": "penetr* atingi* romper* furar*",
            "es": "penetr* alcanz* impact*",
            "fr": "penetr* atteint*",
            "de": "durchgedrungen durchbrach* getroffen trafen",
            "it": "penetrat* colpit*",
            "nl": "doorgedrongen",
        },
    },
    "buildings": {
        "damaged": {
            "uk": "пошкодж* пошкодил*",
            "ru": "поврежд*",
            "en": "damag*",
            "pt": "danific* afetad* atingid*",
            "es": "danad* afectad*",
            "fr": "endommag* touche*",
            "de": "beschadigt*",
            "it": "danneggiat*",
            "nl": "beschadigd*",
        },
        "destroyed": {
            "uk": "зруйнов* знищен*",
            "ru": "разрушен* уничтожен*",
            "en": "destroy* flattened razed",
            "pt": "destru*",
            "es": "destru*",
            "fr": "detrui*",
            "de": "zerstort*",
            "it": "distrutt*",
            "nl": "verwoest*",
        },
    },
}

QUALIFIERS: dict[str, dict[str, str]] = {
    # qualifier -> language -> "|"-separated phrases that end right before the number.
    "approx": {
        "en": "about|around|some|nearly|almost|approximately|roughly|an estimated|estimated|"
        "close to|approx\\.?|circa|c\\.|just under|just over|up to around",
        "pt": "cerca de|quase|aproximadamente|por volta de|em torno de|uns|umas|perto de|"
        "estimados|estimadas|aprox\\.?|mais ou menos",
        "es": "alrededor de|unos|unas|cerca de|casi|aproximadamente|aprox\\.?|en torno a|"
        "unos|unas|aproximados|poco menos de|poco mas de",
        "fr": "environ|pres de|presque|quelque|autour de|approximativement|a peu pres|"
        "une quinzaine de|quasiment",
        "de": "rund|etwa|circa|ca\\.|fast|knapp|ungefahr|annahernd|schatzungsweise|gut|nahezu",
        "it": "circa|quasi|intorno a|all'incirca|approssimativamente|poco meno di|"
        "poco piu di|piu o meno",
        "nl": "ongeveer|bijna|zo'n|circa|rond",
        "uk": "близько|приблизно|майже|орієнтовно",
        "ru": "около|примерно|почти|порядка",
    },
    "at_least": {
        "en": "at least|no fewer than|no less than|a minimum of|at the very least",
        "pt": "pelo menos|ao menos|no minimo|pelo menos outros",
        "es": "al menos|por lo menos|como minimo|al menos otros",
        "fr": "au moins|au minimum|pas moins de",
        "de": "mindestens|wenigstens|zumindest",
        "it": "almeno|come minimo|perlomeno|non meno di",
        "nl": "minstens|ten minste|minimaal",
        "uk": "щонайменше|принаймні|не менше ніж|не менш як|не менше",
        "ru": "по меньшей мере|как минимум|не менее|минимум",
    },
    "at_most": {
        "en": "at most|up to|no more than|a maximum of",
        "pt": "ate|no maximo|ate a",
        "es": "hasta|como maximo|a lo sumo",
        "fr": "jusqu'a|au plus|au maximum|tout au plus",
        "de": "bis zu|hochstens|maximal",
        "it": "fino a|al massimo|non piu di",
        "nl": "hoogstens|maximaal|tot",
        "uk": "до|не більше ніж|максимум",
        "ru": "до|не более|максимум",
    },
    "more_than": {
        "en": "more than|over|upwards of|in excess of|above|exceeding",
        "pt": "mais de|acima de|mais do que|superior a|para mais de",
        "es": "mas de|por encima de|superior a|mas que",
        "fr": "plus de|au-dela de|plus d'|superieur a",
        "de": "uber|mehr als|ueber",
        "it": "oltre|piu di|oltre a|sopra",
        "nl": "meer dan|ruim|boven",
        "uk": "понад|більше ніж|більш як|більше",
        "ru": "более|свыше|больше|более чем",
    },
    "less_than": {
        "en": "less than|fewer than|under|below",
        "pt": "menos de|abaixo de|menos do que",
        "es": "menos de|por debajo de",
        "fr": "moins de|moins d'",
        "de": "weniger als|unter",
        "it": "meno di|sotto",
        "nl": "minder dan|onder",
        "uk": "менше ніж|менш як|менше",
        "ru": "менее|меньше",
    },
}
TRAILING_QUALIFIERS: dict[str, str] = {
    "at_least": r"or more|ou mais|o mas|ou plus|und mehr|oder mehr|o piu|e oltre|of meer|\+",
    "approx": r"or so|ou quase|environ|circa|etwa",
}

# Vague plurals ("hundreds of", "Tausende", "miles de", "centinaia di") are not figures.
# Rule: a vague plural that starts a figure is skipped, never read as 100/1000 nor as a
# bound ("hundreds" -> more_than 200 would clash with "more than 150" or "340" in loose
# reporting). So it can never conflict with an exact figure; after a number it is still a
# scale word ("tres millones", "2 millions"), and it ends the noun phrase of a figure.
VAGUE = words(
    "dozens hundreds thousands millions tens scores dezenas centenas milhares milhoes decenas "
    "cientos miles millones dizaines centaines milliers dutzende hunderte tausende millionen "
    "decine centinaia migliaia milioni tientallen honderden duizenden"
)

# Subordinating words that end the noun phrase after a number: in "injuring at least 60 as
# old houses crumbled" the houses belong to the next clause, so the verb before the number
# ("injuring") names the figure instead.
SUBORDINATORS: dict[str, frozenset[str]] = {
    "en": words("as while when whereas because after before although though since until"),
    "pt": words("enquanto quando porque pois embora apos antes ate"),
    "es": words("mientras cuando porque aunque tras antes hasta"),
    "fr": words("alors tandis lorsque quand pendant parce puisque bien avant apres"),
    "de": words("als wahrend wenn weil nachdem bevor obwohl da"),
    "it": words("mentre quando perche poiche sebbene dopo prima finche"),
    "nl": words("terwijl toen wanneer omdat nadat voordat hoewel"),
}


def subordinators(language: str | None) -> frozenset[str]:
    """Clause words for `language` (all languages' when unknown)."""
    if language in SUBORDINATORS:
        return SUBORDINATORS[language]
    return _ALL_SUBORDINATORS


_ALL_SUBORDINATORS = frozenset().union(*SUBORDINATORS.values())


# Number words that are also articles: only figures before a concept noun.
ARTICLES = words("a an um uma un une una ein eine einen einem einer een")
# text2num accepts these but they are not numbers here.
NOT_NUMBER_WORDS = words("unos unas uns umas zero")
CONNECTORS = {"en": {"and"}, "pt": {"e"}, "es": {"y"}, "fr": {"et"}, "de": {"und"},
              "it": {"e"}, "nl": {"en"}}

# folded scale word -> multiplier; language-specific for "billion" (1e12 in fr/de/es/it).
_SCALES_COMMON = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6,
    "m": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "trillion": 1e12, "trillions": 1e12,
}
SCALES: dict[str, dict[str, float]] = {
    "en": {"billion": 1e9, "billions": 1e9},
    "pt": {"mil": 1e3, "milhao": 1e6, "milhoes": 1e6, "mi": 1e6, "bilhao": 1e9, "bilhoes": 1e9,
           "bi": 1e9, "trilhao": 1e12, "trilhoes": 1e12},
    "es": {"mil": 1e3, "millon": 1e6, "millones": 1e6, "millardo": 1e9, "millardos": 1e9,
           "billon": 1e12, "billones": 1e12},
    "fr": {"mille": 1e3, "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9,
           "mrd": 1e9, "billion": 1e12, "billions": 1e12},
    "de": {"tausend": 1e3, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9,
           "billion": 1e12, "billionen": 1e12},
    "it": {"mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9,
           "miliardi": 1e9, "mld": 1e9, "mln": 1e6},
    "nl": {"duizend": 1e3, "miljoen": 1e6, "miljard": 1e9},
    "uk": {"тисяч": 1e3, "тисячі": 1e3, "тисяча": 1e3, "тис": 1e3, "мільйон": 1e6,
           "мільйони": 1e6, "мільйонів": 1e6, "млн": 1e6, "мільярд": 1e9, "мільярди": 1e9,
           "мільярдів": 1e9, "млрд": 1e9},
    "ru": {"тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "тыс": 1e3, "миллион": 1e6,
           "миллиона": 1e6, "миллионов": 1e6, "млн": 1e6, "миллиард": 1e9, "миллиарда": 1e9,
           "миллиардов": 1e9, "млрд": 1e9},
}
DOZEN = words("dozen duzia docena douzaine dutzend dozzina dozijn")
# Approximate collective numbers ("une dizaine de", "una ventina di", "uma dezena de").
COLLECTIVE = {
    "dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "centaine": 100, "dezena": 10, "vintena": 20, "centena": 100,
    "decena": 10, "veintena": 20, "centenar": 100, "decina": 10, "ventina": 20,
    "trentina": 30, "quarantina": 40, "cinquantina": 50, "centinaio": 100,
}

CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "r$": "BRL", "us$": "USD",
                    "u$s": "USD"}
CURRENCY_WORDS = {
    "eur": "EUR", "euro": "EUR", "euros": "EUR", "usd": "USD", "dollar": "USD",
    "dollars": "USD", "dolar": "USD", "dolares": "USD", "dollari": "USD", "dollaro": "USD",
    "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "libras": "GBP", "sterling": "GBP",
    "pfund": "GBP", "sterline": "GBP", "brl": "BRL", "reais": "BRL", "chf": "CHF",
    "franken": "CHF", "jpy": "JPY", "yen": "JPY", "uah": "UAH", "hryvnias": "UAH",
    "гривень": "UAH", "гривні": "UAH", "грн": "UAH", "доларів": "USD", "долларов": "USD",
    "євро": "EUR", "евро": "EUR", "рублів": "RUB", "рублей": "RUB", "руб": "RUB",
    "rub": "RUB", "roubles": "RUB", "rubles": "RUB", "rublos": "RUB", "soles": "PEN",
    "pen": "PEN",
}

# folded unit word -> (unit, concept, factor to the concept's base unit)
UNITS: dict[str, tuple[str, str, float]] = {}


def _units(words: str, unit: str, concept: str, factor: float) -> None:
    for w in words.split():
        UNITS[w] = (unit, concept, factor)


_units("km kms kilometre kilometres kilometer kilometers quilometro quilometros kilometro "
       "kilometros chilometri chilometro kilometern", "km", "distance", 1000.0)
_units("m metre metres meter meters metro metros metri mètres metern", "m", "distance", 1.0)
_units("cm centimetre centimetres centimeter centimeters centimetros centimetri zentimeter",
       "cm", "distance", 0.01)
_units("mm millimetre millimetres millimeter millimeters milimetros millimetri", "mm",
       "distance", 0.001)
_units("mile miles milhas millas meilen miglia", "mi", "distance", 1609.344)
_units("ha hectare hectares hectareas hektar ettari ettaro", "ha", "area", 1e4)
_units("km2 km²", "km2", "area", 1e6)
_units("acre acres", "acre", "area", 4046.86)
_units("% percent pct prozent", "%", "percent", 1.0)
_units("kmh km/h", "km/h", "speed", 1.0)
_units("mph", "mph", "speed", 1.609344)
_units("hour hours hora horas stunde stunden heure heures ora ore uur", "h", "duration", 3600.0)
_units("minute minutes minuto minutos minuten minuti", "min", "duration", 60.0)
_units("day days dia dias tag tage tagen jour jours giorno giorni dagen", "d", "duration",
       86400.0)
_units("week weeks semana semanas woche wochen semaine semaines settimana settimane weken",
       "wk", "duration", 604800.0)
_units("month months mes meses monat monate monaten mois mese mesi maanden", "mo",
       "duration", 2629800.0)
_units("tonne tonnes ton tons tonelada toneladas tonnen tonnellate", "t", "mass", 1000.0)
_units("kg kilo kilos kilogram kilograms quilos kilogramm", "kg", "mass", 1.0)
_units("°c °", "°C", "temperature", 1.0)
_units("litre litres liter liters litros litri", "l", "volume", 1.0)
_units("км кілометр кілометри кілометрів кілометра километр километра километров", "km",
       "distance", 1000.0)
_units("м метр метри метрів метра метров", "m", "distance", 1.0)
_units("годин години годину часов часа", "h", "duration", 3600.0)
_units("хвилин минут", "min", "duration", 60.0)
_units("днів дні доби діб дней дня суток", "d", "duration", 86400.0)
_units("тижнів тижні недель недели", "wk", "duration", 604800.0)
_units("тонн тонни тонны", "t", "mass", 1000.0)
UNITS = {fold(k): v for k, v in UNITS.items()}
# Two-word units (folded, space-joined).
UNIT_PHRASES: dict[str, tuple[str, str, float]] = {
    "per cent": ("%", "percent", 1.0), "por cento": ("%", "percent", 1.0),
    "por ciento": ("%", "percent", 1.0), "pour cent": ("%", "percent", 1.0),
    "per cento": ("%", "percent", 1.0), "km/h": ("km/h", "speed", 1.0),
    "square kilometres": ("km2", "area", 1e6), "square kilometers": ("km2", "area", 1e6),
    "quilometros quadrados": ("km2", "area", 1e6), "kilometros cuadrados": ("km2", "area", 1e6),
    "km carres": ("km2", "area", 1e6), "chilometri quadrati": ("km2", "area", 1e6),
    "graus celsius": ("°C", "temperature", 1.0), "degrees celsius": ("°C", "temperature", 1.0),
    "km orari": ("km/h", "speed", 1.0), "chilometri orari": ("km/h", "speed", 1.0),
}
# Three-word units ("Kilometer pro Stunde"): folded words -> (unit, concept, factor).
UNIT_TRIPLES: dict[str, tuple[str, str, float]] = {
    f"{km} {per} {hour}": ("km/h", "speed", 1.0)
    for km in ("km", "kilometres", "kilometers", "kilometer", "quilometros", "kilometros",
               "chilometri", "kilometre")
    for per, hour in (("per", "hour"), ("pro", "stunde"), ("por", "hora"), ("par", "heure"),
                      ("all'", "ora"), ("a", "hora"), ("per", "uur"))
}
# "N years/anos/Jahre": ages or spans of time, never a reported figure of the event.
YEAR_WORDS = words(
    "year years yr yrs ano anos jahr jahre jahren ans anni anno jaar jaren рік роки років року "
    "лет года"
)
AGE_WORDS = words("aged age idade edad alt age agee ages agees eta anni")
TIME_PREPS = words("at as a um alle ate bis vers ab until till desde from das las ore")


def _lang_keys(language: str | None) -> tuple[str, ...]:
    if language in TABLE_LANGS:
        return ("*", language)
    return ("*", *TABLE_LANGS)


class _WordTable:
    """Exact words plus prefixes mapped to a label."""

    def __init__(self, entries: list[tuple[str, str]]) -> None:
        self.exact: dict[str, str] = {}
        prefixes: list[tuple[str, str]] = []
        for word, label in entries:
            word = fold(word)
            if word.endswith("*"):
                prefixes.append((word[:-1], label))
            else:
                self.exact.setdefault(word, label)
        prefixes.sort(key=lambda p: -len(p[0]))
        self.prefixes = prefixes
        self._cache: dict[str, str | None] = {}

    def get(self, word: str) -> str | None:
        try:
            return self._cache[word]
        except KeyError:
            pass
        label = self._lookup(word)
        if label is None and "-" in word:
            label = self._lookup(word.rsplit("-", 1)[1])  # "sapeurs-pompiers"
        self._cache[word] = label
        return label

    def _lookup(self, word: str) -> str | None:
        label = self.exact.get(word)
        if label is None:
            for prefix, lab in self.prefixes:
                if word.startswith(prefix) and len(word) <= len(prefix) + 6:
                    return lab
        return label


@lru_cache(maxsize=16)
def concept_table(language: str | None) -> _WordTable:
    entries = []
    for concept, by_lang in CONCEPTS.items():
        for key in _lang_keys(language):
            for w in by_lang.get(key, "").split():
                entries.append((w, concept))
    return _WordTable(entries)


@lru_cache(maxsize=32)
def role_table(group: str, language: str | None) -> _WordTable:
    entries = []
    for role, by_lang in ROLES[group].items():
        for key in _lang_keys(language):
            for w in by_lang.get(key, "").split():
                entries.append((w, role))
    return _WordTable(entries)


def role_group(concept: str) -> str | None:
    for group, concepts in ROLE_GROUPS.items():
        if concept in concepts:
            return group
    return None


@lru_cache(maxsize=16)
def qualifier_regex(language: str | None) -> re.Pattern[str]:
    """Matches a qualifier phrase at the very end of the folded text before a number."""
    alts = []
    for qual, by_lang in QUALIFIERS.items():
        phrases = []
        for key in _lang_keys(language):
            if key in by_lang:
                phrases.extend(fold(p) for p in by_lang[key].split("|"))
        phrases.sort(key=len, reverse=True)
        alts.append(f"(?P<{qual}>{'|'.join(phrases)})")
    return re.compile(r"(?:^|[^\w'])(?:" + "|".join(alts) + r")\s*$")


TRAILING_RE = re.compile(
    r"^\s*(?:" + "|".join(f"(?P<{q}>{p})" for q, p in TRAILING_QUALIFIERS.items()) + r")(?!\w)"
)


@lru_cache(maxsize=16)
def scales(language: str | None) -> dict[str, float]:
    out = dict(_SCALES_COMMON)
    if language in SCALES:
        out.update(SCALES[language])
    else:
        for table in SCALES.values():
            for k, v in table.items():
                out.setdefault(k, v)
    return {fold(k): v for k, v in out.items()}
