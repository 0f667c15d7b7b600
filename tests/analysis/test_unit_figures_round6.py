"""Figures with a unit, sixth round (issue 10): abbreviated scale words and units written
with a dot ("tūkst. eurų", "кв. м", "st. C"), unit words a language file lacked, square
feet, a short Hungarian unit stem, and a loosely said bound ("less than an hour") against
a bound in a smaller unit."""

from __future__ import annotations

from figure_helpers import art, figures, paired


def test_a_long_abbreviated_scale_word_keeps_its_currency() -> None:
    found = figures("Remonto darbai kainavo 420 tūkst. eurų, o bauda siekė 15 tūkst. eurų.", "lt")
    assert ("money", 420_000, "EUR") in found
    assert ("money", 15_000, "EUR") in found


def test_a_full_stop_after_a_scale_word_still_ends_the_sentence() -> None:
    found = figures("Miestas skyrė 420 tūkst. Kitais metais daugiau.", "lt")
    assert ("money", 420_000, "EUR") not in found
    assert not [f for f in found if f[0] == "money"]


def test_an_abbreviated_unit_phrase_with_a_dot() -> None:
    assert ("area", 48, "m2") in figures("Складът е с площ 48 кв. м.", "bg")
    assert ("volume", 130, "m3") in figures("Изляха 130 куб. м бетон.", "bg")
    assert ("volume", 75, "m3") in figures("Вытекло 75 куб. м воды.", "ru")
    assert ("temperature", 4, "°C") in figures("W nocy było tylko 4 st. C na dworcu.", "pl")


def test_a_speed_abbreviated_with_a_dot_before_its_slash() -> None:
    assert ("speed", 60, "km/h") in figures("Το λεωφορείο έτρεχε με 60 χλμ./ώρα.", "el")


def test_unit_words_of_the_language_itself() -> None:
    assert ("mass", 12, "kg") in figures("Поліція вилучила 12 кг срібла.", "uk")
    assert ("mass", 12, "kg") in figures("Полицията иззе 12 кг сребро.", "bg")
    assert ("distance", 60, "mm") in figures("За денонощие паднаха 60 мм дъжд.", "bg")
    assert ("mass", 250, "kg") in figures("Il carico pesava 250 chili.", "it")
    assert ("volume", 4000, "m3") in figures("Isteklo je 4.000 prostornih metara vode.", "hr")
    assert ("volume", 300, "m3") in figures("Raiuti 300 tihumeetrit puitu.", "et")
    assert ("area", 80, "m2") in figures("Κατέρρευσε τμήμα 80 τετραγωνικών μέτρων.", "el")


def test_an_oblique_case_of_a_unit_word() -> None:
    assert ("duration", 6, "h") in figures("Katko kesti kuudeksi tunniksi.", "fi")
    assert ("duration", 3, "h") in figures("A forgalom három órával később indult újra.", "hu")


def test_square_feet_meet_square_metres() -> None:
    a = art("The warehouse covers 54,000 sq ft and employs 90 people.", "en")
    b = art("Das Lager ist 5000 Quadratmeter groß und beschäftigt 90 Menschen.", "de")
    assert ("area", 54_000, "ft2") in figures(a.body, "en")
    assert ("area", "agree", 54_000, 5000) in paired(a, b)


def test_less_than_an_hour_meets_within_minutes() -> None:
    a = art("Les pompiers ont éteint le feu en moins d'une heure.", "fr")
    b = art("Firefighters put the fire out within 40 minutes.", "en")
    assert ("duration", "agree", 1, 40) in paired(a, b)


def test_two_bounds_of_one_unit_with_different_numbers_still_disagree() -> None:
    a = art("Die Sperre dauert mindestens 20 Minuten.", "de")
    b = art("The closure lasts at least 30 minutes.", "en")
    assert ("duration", "conflict", 20, 30) in paired(a, b)


def test_at_least_a_week_and_at_least_five_days_are_not_one_claim() -> None:
    a = art("Die Straße bleibt mindestens eine Woche gesperrt.", "de")
    b = art("Cesta ostaje zatvorena najmanje pet dana.", "hr")
    assert ("duration", "agree", 1, 5) not in paired(a, b)


def test_hours_and_minutes_are_one_duration() -> None:
    found = figures("The search lasted three hours and twenty minutes.", "en")
    assert ("duration", 200, "min") in found
    assert ("duration", 3, "h") not in found
    a = art("Ratunek trwał prawie trzy godziny.", "pl")
    b = art("Die Rettung dauerte zwei Stunden und fünfzig Minuten.", "de")
    rows = [r for r in paired(a, b) if r[0] == "duration"]
    assert rows == [("duration", "agree", 3, 170)]


def test_two_durations_of_two_things_stay_two() -> None:
    found = figures("The first stop took 2 hours, the second one 30 minutes.", "en")
    assert ("duration", 2, "h") in found and ("duration", 30, "min") in found


def test_a_currency_worth_suffix_in_turkish() -> None:
    assert ("money", 1_200_000, "TRY") in figures("Şirkete 1,2 milyon liralık ceza kesildi.",
                                                  "tr")
    assert ("money", 300, "USD") in figures("300 dolarlık fatura ödendi.", "tr")


def test_a_scale_written_onto_a_currency() -> None:
    assert ("money", 40_000_000, "SEK") in figures("Bygget beräknas kosta 40 mnkr.", "sv")
    assert ("money", 1_500_000_000, "SEK") in figures("Affären är värd 1,5 mdkr.", "sv")


def test_one_and_a_half_said_with_one_word() -> None:
    assert ("duration", 1.5, "h") in figures("Akcja trwała półtorej godziny.", "pl")
    assert ("money", 1_500_000, "EUR") in figures("Der Schaden beträgt anderthalb Millionen "
                                                  "Euro.", "de")
    a = art("Die Brücke bleibt zwölf Tage gesperrt.", "de")
    b = art("Most będzie zamknięty przez około półtora tygodnia.", "pl")
    assert ("duration", "agree", 12, 1.5) in paired(a, b)


def test_a_hungarian_already_is_no_march() -> None:
    found = figures("Az útlezárás már 4 napja tart a faluban.", "hu")
    assert ("duration", 4, "d") in found


def test_a_unit_and_a_half() -> None:
    assert ("duration", 2.5, "h") in figures("La riunione è durata due ore e mezza.", "it")
    assert ("duration", 1.5, "h") in figures("The queue lasted an hour and a half.", "en")
    assert ("mass", 4.5, "q") in figures("Sono stati sequestrati quattro quintali e mezzo di "
                                         "pesce.", "it")
    a = art("Sono stati sequestrati quattro quintali e mezzo di pesce.", "it")
    b = art("Zaplijenjeno je 450 kilograma ribe.", "hr")
    assert ("mass", "agree", 4.5, 450) in paired(a, b)


def test_micrograms_and_nanograms_per_volume_are_concentrations() -> None:
    assert ("concentration", 7, "µg/l") in figures("Namērīti 7 mikrogrami litrā.", "lv")
    assert ("concentration", 7, "µg/l") in figures("Nustatyta 7 µg/l nitratų.", "lt")
    a = art("У пробі знайшли 5 нанограмів речовини на мілілітр.", "uk")
    b = art("In der Probe fanden sich 5 Nanogramm pro Milliliter.", "de")
    assert ("concentration", "agree", 5, 5) in paired(a, b)


def test_a_unit_joined_to_a_word_by_a_hyphen() -> None:
    assert ("distance", 30, "ft") in figures("A 30ft-high wall fell onto the road.", "en")
    assert ("area", 900, "m2") in figures("It burned a 900 square-metre hall.", "en")
    assert ("area", 900, "m2") in figures("Inħarqet sala ta' 900 metru kwadru.", "mt")
    assert not [f for f in figures("They sold 5 t-shirts.", "en") if f[0] == "mass"]


def test_zloty_in_ukrainian_and_russian() -> None:
    assert ("money", 700, "PLN") in figures("Профспілка вимагає 700 злотих.", "uk")
    assert ("money", 700, "PLN") in figures("Профсоюз требует 700 злотых.", "ru")


def test_a_bare_scaled_sum_far_after_sums_of_one_currency() -> None:
    body = ("Il comune ha chiesto 3,4 milioni di euro alla regione. Il sindaco ha parlato a "
            "lungo. I lavori sono iniziati a marzo. Finora sono arrivati 1,2 milioni.")
    assert ("money", 1_200_000, "EUR") in figures(body, "it")
    counted = ("La ditta ha pagato 3,4 milioni di euro. Il sindaco ha parlato a lungo. I "
               "lavori sono iniziati a marzo. Ha venduto 1,2 milioni di bottiglie.")
    assert ("money", 1_200_000, "EUR") not in figures(counted, "it")
    mixed = ("Il comune ha chiesto 3,4 milioni di euro e 2 milioni di dollari. Il sindaco ha "
             "parlato a lungo. I lavori sono iniziati a marzo. Finora sono arrivati 1,2 "
             "milioni.")
    assert not [f for f in figures(mixed, "it") if f[1] == 1_200_000 and f[0] == "money"]


def test_abbreviated_scales_of_more_languages() -> None:
    assert ("money", 45_000, "EUR") in figures("Der Schaden beträgt 45 Tsd. Euro.", "de")
    assert ("money", 7_000_000_000, "EUR") in figures("Het plan kost 7 mld. euro.", "nl")
    assert ("money", 4_200_000, "EUR") in figures("La obra costó 4,2 mill. de euros.", "es")
    assert ("money", 45_000, "EUR") in figures("Kahju ulatub 45 tuh euroni.", "et")
    assert ("money", 4_200_000, "EUR") in figures("Le chantier a coûté 4,2 M€.", "fr")
