"""Accuracy of `detect_language` on short news-style sentences (our own writing), and on
whole reports: every file of the tuned and dev eval sets, imported as a user would
(`load_file`), against its gold language.

Run: python benchmarks/language_accuracy.py [--all-languages]
`--all-languages` compares with py3langid unrestricted (every language of its model).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.analysis.language import _get_identifier, detect_language  # noqa: E402

SAMPLES: dict[str, list[str]] = {
    "en": [
        "The council voted late on Tuesday to close the old bridge for repairs.",
        "Heavy rain flooded three villages in the valley overnight.",
        "Shares in the shipping firm fell sharply after the storm warning.",
        "Police said two men were arrested near the harbour.",
        "The new ferry line will open in the spring, officials said.",
        "Farmers protested outside the ministry against lower milk prices.",
        "A small plane made an emergency landing on a country road.",
        "Teachers in the north will strike for two days next week.",
        "The museum reopened after a fire damaged its east wing.",
        "Voters queued for hours as polling stations ran out of ballots.",
        "The wildfire forced hundreds of families to leave their homes.",
        "Prices for bread and fuel rose again last month.",
    ],
    "pt": [
        "A câmara aprovou na terça-feira o encerramento da ponte velha para obras.",
        "Chuvas fortes inundaram três aldeias do vale durante a noite.",
        "As ações da empresa de transporte marítimo caíram depois do aviso de tempestade.",
        "A polícia disse que dois homens foram detidos perto do porto.",
        "A nova linha de balsa vai abrir na primavera, segundo as autoridades.",
        "Os agricultores protestaram em frente ao ministério contra o preço do leite.",
        "Um avião pequeno fez uma aterragem de emergência numa estrada rural.",
        "Os professores do norte vão fazer greve durante dois dias.",
        "O museu reabriu depois de um incêndio ter danificado a ala leste.",
        "Os eleitores esperaram horas porque faltaram boletins nas mesas de voto.",
        "O incêndio obrigou centenas de famílias a deixar as suas casas.",
        "O preço do pão e do combustível voltou a subir no mês passado.",
    ],
    "es": [
        "El ayuntamiento votó el martes cerrar el puente viejo por obras.",
        "Las fuertes lluvias inundaron tres pueblos del valle durante la noche.",
        "Las acciones de la naviera cayeron tras el aviso de tormenta.",
        "La policía dijo que dos hombres fueron detenidos cerca del puerto.",
        "La nueva línea de ferry abrirá en primavera, según las autoridades.",
        "Los agricultores protestaron frente al ministerio por el precio de la leche.",
        "Una avioneta hizo un aterrizaje de emergencia en una carretera rural.",
        "Los maestros del norte harán huelga dos días la próxima semana.",
        "El museo reabrió después de que un incendio dañara el ala este.",
        "Los votantes hicieron cola durante horas porque faltaban papeletas.",
        "El incendio obligó a cientos de familias a abandonar sus hogares.",
        "El precio del pan y del combustible volvió a subir el mes pasado.",
    ],
    "fr": [
        "Le conseil a voté mardi soir la fermeture du vieux pont pour travaux.",
        "De fortes pluies ont inondé trois villages de la vallée cette nuit.",
        "Les actions de l'armateur ont chuté après l'alerte à la tempête.",
        "La police a indiqué que deux hommes ont été arrêtés près du port.",
        "La nouvelle ligne de ferry ouvrira au printemps, selon les autorités.",
        "Les agriculteurs ont manifesté devant le ministère contre le prix du lait.",
        "Un petit avion a atterri en urgence sur une route de campagne.",
        "Les enseignants du nord feront grève deux jours la semaine prochaine.",
        "Le musée a rouvert après qu'un incendie a endommagé son aile est.",
        "Les électeurs ont attendu des heures faute de bulletins de vote.",
        "L'incendie a forcé des centaines de familles à quitter leur maison.",
        "Le prix du pain et du carburant a encore augmenté le mois dernier.",
    ],
    "de": [
        "Der Stadtrat beschloss am Dienstag, die alte Brücke zu sperren.",
        "Starker Regen hat in der Nacht drei Dörfer im Tal überflutet.",
        "Die Aktien der Reederei fielen nach der Sturmwarnung deutlich.",
        "Die Polizei nahm zwei Männer in der Nähe des Hafens fest.",
        "Die neue Fährlinie soll im Frühjahr eröffnet werden.",
        "Bauern protestierten vor dem Ministerium gegen niedrige Milchpreise.",
        "Ein kleines Flugzeug musste auf einer Landstraße notlanden.",
        "Die Lehrer im Norden streiken nächste Woche zwei Tage lang.",
        "Das Museum ist nach dem Brand im Ostflügel wieder geöffnet.",
        "Die Wähler standen stundenlang an, weil Stimmzettel fehlten.",
        "Das Feuer zwang Hunderte Familien, ihre Häuser zu verlassen.",
        "Brot und Benzin sind im vergangenen Monat wieder teurer geworden.",
    ],
    "it": [
        "Il consiglio ha votato martedì la chiusura del vecchio ponte.",
        "Le forti piogge hanno allagato tre paesi della valle durante la notte.",
        "Le azioni della compagnia di navigazione sono crollate dopo l'allerta.",
        "La polizia ha detto che due uomini sono stati fermati vicino al porto.",
        "La nuova linea di traghetti aprirà in primavera, secondo le autorità.",
        "Gli agricoltori hanno protestato davanti al ministero per il prezzo del latte.",
        "Un piccolo aereo ha fatto un atterraggio di emergenza su una strada.",
        "Gli insegnanti del nord sciopereranno per due giorni la prossima settimana.",
        "Il museo ha riaperto dopo che un incendio ha danneggiato l'ala est.",
        "Gli elettori hanno fatto la fila per ore perché mancavano le schede.",
        "L'incendio ha costretto centinaia di famiglie a lasciare le loro case.",
        "Il prezzo del pane e del carburante è salito ancora il mese scorso.",
    ],
    "uk": [
        "Міська рада у вівторок проголосувала за закриття старого мосту.",
        "Сильні дощі вночі затопили три села в долині.",
        "Акції судноплавної компанії різко впали після штормового попередження.",
        "Поліція повідомила, що біля порту затримали двох чоловіків.",
        "Нова поромна лінія відкриється навесні, заявили посадовці.",
        "Фермери протестували біля міністерства проти низьких цін на молоко.",
        "Невеликий літак здійснив аварійну посадку на сільській дорозі.",
        "Вчителі на півночі страйкуватимуть два дні наступного тижня.",
        "Музей знову відкрився після пожежі, яка пошкодила східне крило.",
        "Виборці годинами стояли в черзі, бо забракло бюлетенів.",
        "Пожежа змусила сотні родин залишити свої домівки.",
        "Ціни на хліб і пальне минулого місяця знову зросли.",
    ],
    "ru": [
        "Городской совет во вторник проголосовал за закрытие старого моста.",
        "Сильные дожди ночью затопили три деревни в долине.",
        "Акции судоходной компании резко упали после штормового предупреждения.",
        "Полиция сообщила, что возле порта задержаны двое мужчин.",
        "Новая паромная линия откроется весной, заявили чиновники.",
        "Фермеры протестовали у министерства против низких цен на молоко.",
        "Небольшой самолёт совершил аварийную посадку на сельской дороге.",
        "Учителя на севере будут бастовать два дня на следующей неделе.",
        "Музей снова открылся после пожара, повредившего восточное крыло.",
        "Избиратели часами стояли в очереди, потому что не хватило бюллетеней.",
        "Пожар вынудил сотни семей покинуть свои дома.",
        "Цены на хлеб и топливо в прошлом месяце снова выросли.",
    ],
    "el": [
        "Το δημοτικό συμβούλιο ψήφισε την Τρίτη να κλείσει η παλιά γέφυρα.",
        "Δυνατές βροχές πλημμύρισαν τρία χωριά της κοιλάδας τη νύχτα.",
        "Οι μετοχές της ναυτιλιακής εταιρείας έπεσαν μετά την προειδοποίηση.",
        "Η αστυνομία ανέφερε ότι δύο άνδρες συνελήφθησαν κοντά στο λιμάνι.",
        "Η νέα γραμμή πορθμείων θα ανοίξει την άνοιξη, είπαν οι αρχές.",
        "Οι αγρότες διαμαρτυρήθηκαν έξω από το υπουργείο για την τιμή του γάλακτος.",
        "Ένα μικρό αεροπλάνο προσγειώθηκε αναγκαστικά σε επαρχιακό δρόμο.",
        "Οι δάσκαλοι στον βορρά θα απεργήσουν για δύο ημέρες.",
        "Το μουσείο άνοιξε ξανά μετά τη φωτιά που κατέστρεψε την ανατολική πτέρυγα.",
        "Οι ψηφοφόροι περίμεναν ώρες επειδή τελείωσαν τα ψηφοδέλτια.",
        "Η πυρκαγιά ανάγκασε εκατοντάδες οικογένειες να εγκαταλείψουν τα σπίτια τους.",
        "Οι τιμές του ψωμιού και των καυσίμων αυξήθηκαν ξανά τον περασμένο μήνα.",
    ],
    "ja": [
        "市議会は火曜日、古い橋を修理のため閉鎖することを決めた。",
        "大雨で谷の三つの村が夜のうちに浸水した。",
        "嵐の警報を受けて海運会社の株価が大きく下がった。",
        "警察によると、港の近くで男二人が逮捕された。",
        "新しいフェリー航路は春に開業する予定だと当局が発表した。",
        "農家は牛乳価格の下落に抗議して省の前に集まった。",
        "小型機が田舎道に緊急着陸した。",
        "北部の教師たちは来週二日間ストライキを行う。",
        "火災で東棟が損傷した博物館が再開した。",
        "投票用紙が足りず、有権者は何時間も列に並んだ。",
        "山火事で数百世帯が避難を余儀なくされた。",
        "先月もパンと燃料の価格が再び上がった。",
    ],
}

# Headline-length texts (3–7 words): the hard case for n-gram detectors.
HEADLINES: dict[str, list[str]] = {
    "en": ["Bridge closed for repairs", "Floods hit three villages", "Ferry line opens in spring",
           "Teachers plan two-day strike", "Museum reopens after fire", "Fuel prices rise again",
           "Police arrest two men", "Farmers protest milk prices", "Plane lands on road",
           "Voters wait for hours"],
    "pt": ["Ponte fechada para obras", "Cheias atingem três aldeias", "Nova linha de balsa",
           "Professores fazem greve", "Museu reabre depois do incêndio",
           "Combustível volta a subir", "Polícia detém dois homens",
           "Agricultores protestam em Lisboa", "Avião aterra na estrada",
           "Eleitores esperam horas"],
    "es": ["Puente cerrado por obras", "Inundaciones en tres pueblos", "Nueva línea de ferry",
           "Los maestros irán a la huelga", "El museo reabre tras el incendio",
           "Sube otra vez la gasolina", "Detenidos dos hombres en el puerto",
           "Protesta de agricultores", "Avioneta aterriza en carretera", "Largas colas para votar"],
    "fr": ["Pont fermé pour travaux", "Inondations dans trois villages", "Nouvelle ligne de ferry",
           "Les enseignants en grève", "Le musée rouvre après l'incendie",
           "Le carburant augmente encore", "Deux hommes interpellés au port",
           "Colère des agriculteurs", "Un avion atterrit sur la route", "Longues files aux urnes"],
    "de": ["Brücke wegen Bauarbeiten gesperrt", "Hochwasser in drei Dörfern", "Neue Fährlinie",
           "Lehrer streiken zwei Tage", "Museum nach Brand wieder offen", "Benzin wird teurer",
           "Zwei Männer am Hafen festgenommen", "Bauern protestieren", "Flugzeug landet auf Straße",
           "Lange Schlangen vor Wahllokalen"],
    "it": ["Ponte chiuso per lavori", "Alluvione in tre paesi", "Nuova linea di traghetti",
           "Sciopero degli insegnanti", "Il museo riapre dopo l'incendio",
           "Carburante ancora più caro", "Fermati due uomini al porto",
           "Protesta degli agricoltori",
           "Aereo atterra sulla strada", "Code ai seggi per ore"],
    "uk": ["Міст закрили на ремонт", "Повінь у трьох селах", "Нова поромна лінія",
           "Вчителі оголосили страйк", "Музей знову відкрився", "Пальне знову дорожчає",
           "Затримано двох чоловіків", "Протест фермерів", "Літак сів на дорогу",
           "Черги на виборчих дільницях"],
    "ru": ["Мост закрыли на ремонт", "Наводнение в трёх деревнях", "Новая паромная линия",
           "Учителя объявили забастовку", "Музей снова открылся", "Топливо снова дорожает",
           "Задержаны двое мужчин", "Протест фермеров", "Самолёт сел на дорогу",
           "Очереди на избирательных участках"],
    "el": ["Κλειστή η γέφυρα για έργα", "Πλημμύρες σε τρία χωριά", "Νέα γραμμή πορθμείων",
           "Απεργία των δασκάλων", "Ξανά ανοιχτό το μουσείο", "Νέα αύξηση στα καύσιμα",
           "Συνελήφθησαν δύο άνδρες", "Διαμαρτυρία αγροτών", "Αεροπλάνο προσγειώθηκε σε δρόμο",
           "Ουρές στα εκλογικά κέντρα"],
    "ja": ["橋が補修のため通行止め", "三つの村が浸水", "新フェリー航路", "教師がスト",
           "博物館が再開", "燃料価格が再び上昇", "港で男二人逮捕", "農家が抗議",
           "小型機が道路に着陸", "投票所に長い列"],
}  # fmt: skip


def measure(detect, samples: dict[str, list[str]] = SAMPLES) -> tuple[int, int, list[str]]:
    ok = total = 0
    misses: list[str] = []
    for lang, sentences in samples.items():
        for sentence in sentences:
            total += 1
            got = detect(sentence)
            if got == lang:
                ok += 1
            else:
                misses.append(f"  {lang} → {got}: {sentence}")
    return ok, total, misses


def report(label: str, detect) -> None:
    for name, samples in (("sentences", SAMPLES), ("headlines", HEADLINES)):
        start = time.perf_counter()
        ok, total, misses = measure(detect, samples)
        ms = (time.perf_counter() - start) / total * 1000
        print(f"{label:<26} {name:<10} {ok}/{total} = {ok / total:.1%}  ({ms:.2f} ms per text)")
        for miss in misses:
            print(miss)


def report_files() -> None:
    """Imported eval report files whose detected language is not their gold language."""
    from collections import Counter

    from tui.ingest import load_file

    root = Path(__file__).resolve().parents[1] / "tests" / "eval"
    wrong: Counter[tuple[str, str | None]] = Counter()
    total = 0
    for pair in sorted(p for d in ("pairs", "dev") for p in (root / d).iterdir() if p.is_dir()):
        gold = json.loads((pair / "gold.json").read_text("utf-8"))
        for side in ("a", "b"):
            articles = load_file(pair / f"{side}.txt")
            got = articles[0].language if articles else None
            total += 1
            if got != gold[side]["language"]:
                wrong[(gold[side]["language"], got)] += 1
    ok = total - sum(wrong.values())
    print(f"{'imported eval reports':<26} {'files':<10} {ok}/{total} = {ok / total:.1%}")
    for (want, got), n in wrong.most_common():
        print(f"  {want} → {got}: {n}")


def main() -> None:
    detect_language("warm up")  # load the model outside the timing
    report("restricted (news set)", detect_language)
    report_files()
    if "--all-languages" in sys.argv:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        report("all model languages", lambda s: full.classify(s)[0])
    assert _get_identifier() is not None


if __name__ == "__main__":
    main()
