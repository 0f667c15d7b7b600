"""Measured quantities (dimensions, not counts): unit words and abbreviations of each
language, scale words before a currency word, halves, signs and things counted per litre."""

from __future__ import annotations

from tests.analysis.figure_helpers import art, figures, paired


def test_abbreviated_cubic_and_square_metres() -> None:
    assert ("volume", 1800, "m3") in figures("Au ars aproximativ 1.800 mc de lemn de foc.", "ro")
    assert ("area", 4200, "m2") in figures("Hala are o suprafață de 4.200 mp.", "ro")
    assert ("volume", 12000, "m3") in figures("Z tamy wypłynęło ok. 12 tys. m sześc. wody.", "pl")
    assert ("area", 5000, "m2") in figures("Пожар охватил около 5 тыс. кв. метров склада.", "ru")


def test_feet_and_knots_in_greek() -> None:
    a = art("Το ελικόπτερο πετούσε σε ύψος 2.000 ποδών με 120 κόμβους.", "el")
    b = art("The helicopter was flying at 610 metres at 222 km/h.", "en")
    rows = {(c, s) for c, s, _, _ in paired(a, b)}
    assert ("speed", "agree") in rows and ("distance", "agree") in rows


def test_lenited_scale_word_in_irish() -> None:
    assert ("volume", 4000000, "m3") in figures(
        "Sceitheadh timpeall ar 4 mhilliún méadar ciúbach uisce.", "ga")


def test_generator_rating_in_kva() -> None:
    a = art("Ein Notstromaggregat mit 800 kVA wurde geliefert.", "de")
    b = art("Ein 800-kVA-Aggregat der Armee lief bis zum Abend.", "de")
    assert ("power", "agree", 800, 800) in paired(a, b)


def test_minus_before_a_number_word_is_frost() -> None:
    a = art("In der Nacht fiel die Temperatur auf minus acht Grad.", "de")
    b = art("In der Nacht fiel die Temperatur auf minus 8 Grad.", "de")
    assert ("temperature", "agree", -8, -8) in paired(a, b)


def test_m_before_a_currency_word_is_millions() -> None:
    a = art("The regulator fined the bank 42.5m lei on Monday.", "en")
    b = art("Autoritatea a amendat banca cu 40,5 milioane de lei luni.", "ro")
    assert ("money", "conflict", 42500000, 40500000) in paired(a, b)
    assert ("distance", 12.5, "m") in figures("The wall is 12.5m high.", "en")


def test_inflected_euro_in_finnish() -> None:
    assert ("money", 2300000, "EUR") in figures(
        "Korjauskulut nousevat arviolta 2,3 miljoonaan euroon.", "fi")


def test_and_a_half_before_the_unit() -> None:
    assert ("duration", 3.5, "h") in figures("The road was closed for three and a half hours.",
                                             "en")
    assert ("duration", 2.5, "h") in figures("Silnice byla zavřená dvě a půl hodiny.", "cs")
    assert ("duration", 3.5, "h") in figures("Die Sperre dauerte dreieinhalb Stunden.", "de")
    assert ("duration", 2.5, "h") in figures("De weg was tweeënhalf uur dicht.", "nl")


def test_things_counted_per_litre_are_a_concentration() -> None:
    a = art("Tests found up to 9,000 colonies per litre in the tank.", "en")
    b = art("I test hanno trovato fino a 9.000 colonie per litro nel serbatoio.", "it")
    assert ("concentration", "agree", 9000, 9000) in paired(a, b)
    assert ("concentration", 0.05, "/cm3") in figures(
        "Measurements showed 0.05 particles per cubic centimetre of air.", "en")


def test_counted_per_litre_never_meets_milligrams_per_litre() -> None:
    a = art("The water held 400 bacteria per litre.", "en")
    b = art("The water held 350 mg per litre of nitrate.", "en")
    assert not [r for r in paired(a, b) if r[0] == "concentration"]


def test_a_plus_sign_in_a_change_of_temperature() -> None:
    found = figures("Температура впала з +28 до +16 градусів за годину.", "uk")
    assert ("temperature", 28, "°C") in found and ("temperature", 16, "°C") in found


def test_two_measures_of_aligned_sentences_that_share_little() -> None:
    """Sentences aligned as saying the same thing pair their figures even when they share
    only a little wording (another figure of the dimension on each side stays apart)."""
    a = art("Paraugos mikrocistīna koncentrācija sasniegusi 30 mikrogramus litrā. "
            "Upē mērīja 2 µg/l. Drošā robeža ir 10 µg/l.", "lv")
    b = art("Mėginiuose toksino koncentracija siekė 26 µg/l, nors saugia laikoma 10 µg/l. "
            "Jūroje rasta 90 µg/l.", "lt")
    rows = paired(a, b)
    assert ("concentration", "conflict", 30, 26) in rows
    assert not [r for r in rows if 2 in r[2:] or 90 in r[2:]]
