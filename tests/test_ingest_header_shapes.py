"""Packed clipping headers in the 28 languages: outlet, headline, dates, byline, credit.

Each case is an invented header block (outlet line, sometimes a section or a place — section
line, the headline, "published"/"updated" lines in the language's words and date formats,
a byline, a photo credit) over an invented lead. The importer must take the outlet as the
source and the headline as the title, read the publication date (not the update), and
keep none of the header lines in the body, whether the lines are packed or spaced.

Every fixture here is written for this test (not taken from any real report).
"""

from __future__ import annotations

import pytest

from tui.ingest import parse_bytes

# (language, header block with the outlet first, the headline's line index, publication day,
# lead)
CASES = [
    ('en', """\
Coastline Courier
News | Weather
Storm warning: ferries cancelled across the strait
Published 3:45 pm, Tuesday 4 March 2026
Updated 5:10 pm
By Sarah Jones, Transport Reporter
Photo: PA Media""", 2, '2026-03-04',
     'All ferries between the two harbours were cancelled on Tuesday as gusts of 110 km/h hit the'
     ' coast. The operator said 2,400 passengers had been rebooked.'),
    ('en', """\
Midland Ledger
Council approves new tram line after two-year row
March 4, 2026 at 10:15 a.m. EST
Updated March 5, 2026 at 8:02 p.m. EST
By Tom Baker and Lisa Chen
Photograph: Getty Images""", 1, '2026-03-04',
     'The city council voted 31 to 9 on Tuesday to build a 12-kilometre tram line through the '
     'eastern districts. Work is due to start next spring.'),
    ('de', """\
Allgäuer Rundblick
Lawine verschüttet zwei Skitourengeher bei Oberstdorf
Veröffentlicht: 14.02.2026, 17:45 Uhr
Aktualisiert: 15.02.2026, 09:10 Uhr
Von Martin Huber
Bild: dpa""", 1, '2026-02-14',
     'Eine Lawine hat am Samstagnachmittag zwei Skitourengeher am Fellhorn verschüttet. Die '
     'Bergwacht konnte beide nach 40 Minuten lebend bergen.'),
    ('de', """\
Weserkurier Online
Region
Brand in Lagerhalle: Schaden in Millionenhöhe
Stand: 14.02.2026 17:45 Uhr
Ein Artikel von Martin Huber
Foto: Polizei Bremen""", 2, '2026-02-14',
     'In einer Lagerhalle im Hafengebiet ist am Samstag ein Großbrand ausgebrochen. Rund 90 '
     'Feuerwehrleute waren bis in die Nacht im Einsatz.'),
    ('fr', """\
L'Écho du Vercors
Isère — Faits divers
Avalanche : deux skieurs secourus près de Villard-de-Lans
Publié le 12 janv. 2026 à 08h15
Mis à jour le 12 janv. 2026 à 11h02
Par Claire Dumas
Photo : Le Dauphiné / AFP""", 2, '2026-01-12',
     'Deux skieurs de randonnée ont été emportés dimanche matin par une coulée de neige sur le '
     'plateau. Les secouristes du PGHM les ont dégagés au bout de vingt minutes.'),
    ('es', """\
Diario del Cierzo
Aragón
El viento derriba una grúa en el centro de Zaragoza
Publicado el 3 de marzo de 2026 a las 10:24
Actualizado: 03/03/2026 12:10 h
Redacción
Foto: EFE""", 2, '2026-03-03',
     'Una grúa de obra de 30 metros se desplomó este martes sobre un edificio vacío del centro de'
     ' Zaragoza. No hubo heridos, según los bomberos.'),
    ('it', """\
Gazzetta delle Valli
Cronaca
Frana sulla provinciale, isolate tre frazioni
Pubblicato il 7 ottobre 2026 alle ore 16:30
Ultimo aggiornamento: 8 ott 2026, 09:12
di Marco Bellini
Foto: ANSA""", 2, '2026-10-07',
     'Una frana di circa 2.000 metri cubi ha invaso la strada provinciale nella notte tra lunedì '
     'e martedì. Tre frazioni sono rimaste isolate per ore.'),
    ('pt', """\
Jornal do Mondego
Cheia do rio obriga a retirar 40 famílias em Coimbra
Publicado a 5 de fev. de 2026, às 9h30
Atualizado a 5 de fev. de 2026, às 14h10
Por Rita Sousa
Foto: Lusa""", 1, '2026-02-05',
     'A subida do caudal do Mondego obrigou esta quinta-feira à retirada de 40 famílias das '
     'margens do rio. A Proteção Civil abriu dois centros de acolhimento.'),
    ('nl', """\
Het Maasbericht
Brand verwoest boerderij in Venray, 80 koeien gered
Gepubliceerd op 21 april 2026 om 14:05
Bijgewerkt: 21-04-2026, 16:30
Door Jan de Vries
Foto: ANP""", 1, '2026-04-21',
     'Een grote brand heeft dinsdagmiddag een boerderij aan de rand van Venray verwoest. '
     'Brandweerlieden konden tachtig koeien op tijd uit de stal halen.'),
    ('pl', """\
Gazeta Podhala
Pożar tartaku w Nowym Targu. Straty sięgają miliona złotych
Opublikowano: 14 lutego 2026, 07:50
Aktualizacja: 14.02.2026 10:12
Autor: Anna Kowalska
Fot. PAP/Darek Delmanowicz""", 1, '2026-02-14',
     'W nocy z piątku na sobotę spłonęła hala tartaku przy ulicy Kolejowej. Z ogniem walczyło 14 '
     'zastępów straży pożarnej.'),
    ('cs', """\
Jihočeský deník
Povodeň zaplavila sklepy v Písku, hasiči čerpali celou noc
Publikováno: 3. 3. 2026 9:15
Aktualizováno: 3. 3. 2026 11:40
Autor: Petr Novák
Foto: ČTK""", 1, '2026-03-03',
     'Rozvodněná Otava v noci na úterý zaplavila desítky sklepů v centru Písku. Hasiči čerpali '
     'vodu až do rána.'),
    ('sk', """\
Novinky z Oravy
Medveď napadol hubára pri Zuberci
Uverejnené 5. marca 2026 o 8:20
Autor: Ján Kováč
Foto: TASR""", 1, '2026-03-05',
     'Medvedica s mláďatami napadla v stredu ráno hubára v lese nad obcou. Muža s poraneniami '
     'ruky previezli do nemocnice v Dolnom Kubíne.'),
    ('hu', """\
Dunántúli Hírmondó
Kigyulladt egy kamion az M7-esen, órákig állt a forgalom
Közzétéve: 2026. március 4. 10:15
Frissítve: 2026.03.04. 12:30
Szerző: Kiss Péter
Fotó: MTI/Balogh Zoltán""", 1, '2026-03-04',
     'Kigyulladt egy kamion kedd reggel az autópálya Budapest felé vezető oldalán. A tűzoltók két'
     ' óra alatt fékezték meg a lángokat.'),
    ('ro', """\
Gazeta de Bihor
Incendiu la o fabrică de mobilă din Oradea
Publicat: 4 martie 2026, 10:15
Actualizat: 4 martie 2026, 12:00
Autor: Ion Popescu
Foto: Inquam Photos""", 1, '2026-03-04',
     'Un incendiu puternic a izbucnit marți dimineață într-o hală a unei fabrici de mobilă din '
     'zona industrială. Pompierii au intervenit cu 12 autospeciale.'),
    ('bg', """\
Дунавски вестник
Пожар изпепели склад за дървен материал във Видин
Публикувано: 4 март 2026 г., 10:15 ч.
Автор: Иван Петров
Снимка: БГНЕС""", 1, '2026-03-04',
     'Голям пожар унищожи във вторник сутринта склад за дървен материал в промишлената зона на '
     'града. Огнеборците се бориха с пламъците четири часа.'),
    ('el', """\
Ηπειρωτικός Τύπος
Κατολίσθηση έκλεισε την εθνική οδό κοντά στα Ιωάννινα
Δημοσιεύθηκε: 4 Μαρτίου 2026, 10:15
Ενημερώθηκε: 4/3/2026 12:00
Του Γιώργου Παπαδόπουλου
Φωτογραφία: ΑΠΕ-ΜΠΕ""", 1, '2026-03-04',
     'Μεγάλη κατολίσθηση έκλεισε την Τρίτη το πρωί την εθνική οδό σε μήκος 200 μέτρων. Συνεργεία '
     'του δήμου εργάζονται για την απομάκρυνση των βράχων.'),
    ('ru', """\
Камская газета
Паводок подтопил 40 домов в пригороде Перми
Опубликовано 4 марта 2026 в 10:15
Обновлено 4 марта 2026 в 12:40
Автор: Ирина Смирнова
Фото: ТАСС""", 1, '2026-03-04',
     'Вода из реки вышла на улицы посёлка во вторник утром и подтопила сорок жилых домов. '
     'Спасатели эвакуировали 120 человек.'),
    ('uk', """\
Подільські вісті
Негода знеструмила 30 сіл на Вінниччині
Опубліковано: 4 березня 2026, 10:15
Оновлено: 04.03.2026 12:00
Автор: Олена Коваленко
Фото: Укрінформ""", 1, '2026-03-04',
     'Сильний вітер та мокрий сніг у вівторок пошкодили лінії електропередачі в області. Без '
     'світла залишилися близько 12 тисяч родин.'),
    ('tr', """\
Ege Postası
İzmir'de sağanak yağış: 20 ev su altında kaldı
Yayınlanma: 4 Mart 2026 10:15
Güncelleme: 04.03.2026 12:00
Muhabir: Ayşe Yılmaz
Fotoğraf: AA""", 1, '2026-03-04',
     'Kentte salı sabahı etkili olan sağanak yağış nedeniyle çok sayıda ev ve iş yerini su bastı.'
     ' İtfaiye ekipleri gün boyunca tahliye çalışması yaptı.'),
    ('sr', """\
Sremske novine
Poplava u Rumi: evakuisano 50 porodica
Objavljeno: 4. mart 2026. u 10:15
Autor: Milan Jovanović
Foto: Tanjug""", 1, '2026-03-04',
     'Nabujali potok izlio se u utorak ujutru i poplavio desetine kuća u naselju. Vatrogasci su '
     'evakuisali pedeset porodica.'),
    ('hr', """\
Zagorski list
Tuča uništila vinograde oko Krapine
Objavljeno: 4. ožujka 2026. u 10:15
Ažurirano: 4.3.2026. 12:00
Piše: Ivana Horvat
Foto: Pixsell""", 1, '2026-03-04',
     'Snažna tuča u utorak poslijepodne uništila je vinograde na više od stotinu hektara. '
     'Vinogradari procjenjuju štetu na milijun eura.'),
    ('sl', """\
Dolenjski glas
Neurje odkrilo strehe v Novem mestu
Objavljeno: 4. marec 2026 ob 10.15
Avtor: Matej Kranjc
Foto: STA""", 1, '2026-03-04',
     'Močan veter je v torek zvečer odkril strehe na več kot 30 hišah. Gasilci so posredovali do '
     'jutra.'),
    ('fi', """\
Savon Viikko
Myrsky kaatoi puita sähkölinjoille, tuhannet ilman sähköä
Julkaistu 4.3.2026 10:15
Päivitetty 4.3.2026 12:00
Teksti: Mikko Virtanen
Kuva: Lehtikuva""", 1, '2026-03-04',
     'Tiistaina riehunut myrsky kaatoi satoja puita sähkölinjoille eri puolilla maakuntaa. Noin 8'
     ' 000 taloutta oli illalla ilman sähköä.'),
    ('sv', """\
Norrlandsbladet
Skogsbrand hotar by i Jämtland
Publicerad 4 mars 2026 kl. 10.15
Uppdaterad 4 mars 2026 kl. 12.00
Av Anna Lind
Foto: TT""", 1, '2026-03-04',
     'En skogsbrand har på tisdagen spridit sig över 200 hektar norr om byn. Räddningstjänsten '
     'uppmanar boende att hålla fönster stängda.'),
    ('da', """\
Vestkystens Avis
Stormflod oversvømmer havnen i Esbjerg
Publiceret 4. marts 2026 kl. 10.15
Opdateret 4. marts 2026 kl. 12.00
Af Lars Nielsen
Foto: Ritzau Scanpix""", 1, '2026-03-04',
     'Vandet steg tirsdag morgen to meter over daglig vande og oversvømmede store dele af '
     'havneområdet. Beredskabet har lagt sandsække ud langs kajen.'),
    ('et', """\
Lõuna Leht
Torm murdis Tartus sadu puid
Avaldatud: 4. märts 2026, 10:15
Autor: Mari Tamm
Foto: ERR""", 1, '2026-03-04',
     'Teisipäeval üle linna käinud torm murdis sadu puid ja katkestas elektri tuhandetel '
     'majapidamistel. Päästjad said üle 300 väljakutse.'),
    ('lv', """\
Kurzemes Vārds
Vētra Liepājā norāva jumtus
Publicēts: 2026. gada 4. martā 10:15
Autors: Jānis Bērziņš
Foto: LETA""", 1, '2026-03-04',
     'Otrdien pilsētā plosījusies vētra norāva jumtus vairāk nekā 20 ēkām. Ugunsdzēsēji saņēma '
     '140 izsaukumus.'),
    ('lt', """\
Žemaičių žinios
Audra Telšiuose nuplėšė stogus
Paskelbta: 2026 m. kovo 4 d. 10:15
Autorius: Tomas Kazlauskas
Nuotrauka: ELTA""", 1, '2026-03-04',
     'Antradienį mieste siautusi audra nuplėšė stogus daugiau nei dvidešimčiai pastatų. '
     'Ugniagesiai sulaukė 140 iškvietimų.'),
    ('ga', """\
Nuacht Chonamara
Stoirm ag dúnadh scoileanna ar fud an chontae
Foilsithe: 4 Márta 2026
Le Seán Ó Briain
Grianghraf: RTÉ""", 1, '2026-03-04',
     'Dúnadh tríocha scoil sa chontae Dé Máirt mar gheall ar an stoirm. Bhí gaotha 120 km san '
     'uair ag séideadh ar an gcósta.'),
    ('mt', """\
Il-Kronaka t'Għawdex
Maltempata tikkawża ħsarat kbar fir-Rabat
Ippubblikat: 4 ta' Marzu 2026, 10:15
Minn Maria Borg
Ritratt: DOI""", 1, '2026-03-04',
     "Maltempata qawwija nhar it-Tlieta kkawżat ħsarat f'għadd ta' djar u toroq. Il-Protezzjoni "
     'Ċivili rċeviet aktar minn 60 sejħa.'),
    # weekday and abbreviated dates, relative update times, bylines with roles, credits
    ('de', """\
Donau-Kurier
Hochwasser: Pegel in Passau steigt auf acht Meter
Dienstag, 4. März 2026, 10:15 Uhr
vor 2 Stunden aktualisiert
Von Anna Schmidt, Korrespondentin in Niederbayern
Foto: Archiv""", 1, '2026-03-04',
     'Der Pegel der Donau in Passau ist am Dienstag auf acht Meter gestiegen. Die Stadt hat die '
     'Altstadt teilweise gesperrt.'),
    ('en', """\
www.harbour-evening-post.co.uk
Lifeboat crew rescue six from stricken yacht
Tue, 03/24/2026 - 10:15
By JOHN SMITH, Staff Writer
(Photo: RNLI/Handout)""", 1, '2026-03-24',
     'Six sailors were rescued on Tuesday after their yacht lost its mast in heavy seas off the '
     'headland. The lifeboat reached them within 40 minutes.'),
    ('es', """\
Heraldo del Ebro
Un incendio calcina una nave agrícola en Tudela
04/03/2026 - 10:15
Por María López (Efe)
Foto: Archivo""", 1, '2026-03-04',
     'Un incendio declarado el martes de madrugada calcinó una nave agrícola en las afueras de '
     'Tudela. Los bomberos tardaron cinco horas en sofocarlo.'),
    ('ru', """\
Вести Прикамья
Раздел: Общество
В Березниках провалился грунт у жилого дома
4 мар. 2026, 10:15
Фото: пресс-служба МЧС""", 2, '2026-03-04',
     'Во вторник утром у многоэтажного дома образовалась воронка диаметром шесть метров. Жильцов '
     'двух подъездов временно отселили.'),
    ('el', """\
Κρητικά Νέα
Πλημμύρες στα Χανιά: εγκλωβίστηκαν 12 οδηγοί
4 Μαρ 2026, 10:15
Φωτογραφία: Eurokinissi""", 1, '2026-03-04',
     'Ισχυρή νεροποντή την Τρίτη το πρωί πλημμύρισε δρόμους στα Χανιά. Η πυροσβεστική απεγκλώβισε'
     ' δώδεκα οδηγούς.'),
    ('fi', """\
Keski-Pohjanmaan Sanomat
Rekka suistui tieltä Kokkolassa
4.3.2026 klo 10.15
Päivitetty 4.3. klo 12.40
Kuva: Mikko Mäki / Lehtikuva""", 1, '2026-03-04',
     'Rekka suistui tiistaiaamuna tieltä valtatiellä Kokkolan eteläpuolella. Kuljettaja selvisi '
     'lievin vammoin.'),
    ('hu', """\
Alföldi Napló
Kategória: Belföld
Gázrobbanás egy szegedi társasházban
2026. márc. 4. 10:15
Fotó: MTI""", 2, '2026-03-04',
     'Gázrobbanás történt kedden reggel egy szegedi társasház harmadik emeletén. A tűzoltók '
     'negyven lakót menekítettek ki.'),
    ('tr', """\
Karadeniz Haber
Trabzon'da heyelan: 3 ev boşaltıldı
04 Mart 2026 Salı 10:15
Güncellenme: 04 Mart 2026 Salı 12:00
Foto: DHA""", 1, '2026-03-04',
     "Trabzon'un Of ilçesinde salı sabahı meydana gelen heyelan nedeniyle üç ev boşaltıldı. "
     'Yaralanan olmadı.'),
    ('pt', """\
Notícias do Alentejo
Incêndio em armazém de cortiça em Évora
4 de março de 2026, 10:15
Atualizado há 2 horas
Fotografia: Lusa""", 1, '2026-03-04',
     'Um incêndio destruiu esta terça-feira um armazém de cortiça na zona industrial de Évora. Os'
     ' bombeiros mobilizaram 60 operacionais.'),
    ('fr', """\
Le Courrier de l'Ain
Un pont fermé après une crue de la Valserine
Publié le mardi 4 mars 2026 à 10h15
Modifié le 4 mars 2026 à 12h40
Par la rédaction
Crédit photo : Archives""", 1, '2026-03-04',
     'La crue de la Valserine a contraint mardi la préfecture à fermer le pont de la route '
     'départementale. Une déviation de 12 km a été mise en place.'),
    ('it', """\
Il Corriere di Romagna
Mareggiata a Rimini, danni agli stabilimenti
04/03/2026 - 10:15
Aggiornato alle 12:40
di Luca Neri
(Foto: Fotoservizio)""", 1, '2026-03-04',
     'Una violenta mareggiata ha colpito martedì mattina il litorale riminese. Diversi '
     'stabilimenti balneari hanno subito danni alle strutture.'),
    ('uk', """\
Волинські новини
Категорія: Суспільство
У Луцьку через аварію без води залишилися 20 тисяч людей
4 березня 2026, 10:15
Фото: Луцька міська рада""", 2, '2026-03-04',
     'Аварія на магістральному водогоні у вівторок залишила без води кілька мікрорайонів міста. '
     'Ремонт триватиме до вечора.'),
    ('nl', """\
Dagblad van het Oosten
Vrachtwagen kantelt op A1 bij Deventer
4 mrt 2026, 10:15
Laatst bijgewerkt: 4 mrt 2026, 12:40
Foto: Persbureau""", 1, '2026-03-04',
     'Een vrachtwagen is dinsdagochtend op de snelweg bij Deventer gekanteld. De weg was urenlang'
     ' dicht in de richting van Apeldoorn.'),
    ('pl', """\
Kurier Lubelski
Wichura zerwała dach szkoły w Puławach
4 marca 2026, 10:15
Aktualizacja: 4 marca 2026, 12:40
Fot. Archiwum""", 1, '2026-03-04',
     'Silny wiatr zerwał we wtorek rano część dachu szkoły podstawowej. Lekcje odwołano do końca '
     'tygodnia.'),
    ('cs', """\
Brněnský zpravodaj
Požár skladu ochromil dopravu na D1
4. března 2026 10:15
Aktualizováno 4. března 2026 12:40
Foto: HZS Jihomoravského kraje""", 1, '2026-03-04',
     'Požár skladu u dálnice ochromil v úterý ráno dopravu ve směru na Prahu. Hasiči zasahovali s'
     ' deseti jednotkami.'),
    ('sv', """\
Smålandsbladet
Tåg spårade ur norr om Växjö
4 mars 2026 10:15
Uppdaterad: 4 mars 2026 12:40
Foto: Polisen""", 1, '2026-03-04',
     'Ett godståg spårade ur på tisdagsmorgonen norr om Växjö. Ingen skadades men trafiken stod '
     'still i flera timmar.'),
    ('da', """\
Fyns Folkeblad
Brand i lagerhal i Odense
4. mar. 2026 kl. 10:15
Foto: Fyns Politi""", 1, '2026-03-04',
     'En brand brød tirsdag morgen ud i en lagerhal på havnen i Odense. Beredskabet var til stede'
     ' med 30 brandfolk.'),
    ('hr', """\
Slobodna Istra
Bura prevrnula kamion na Učki
4. ožujka 2026. 10:15
Foto: PU istarska""", 1, '2026-03-04',
     'Jaka bura u utorak je ujutro prevrnula kamion na prilazu tunelu Učka. Vozač je lakše '
     'ozlijeđen.'),
    ('bg', """\
Варненски новини
Буря повали дървета в центъра на Варна
04.03.2026 10:15
Обновена: 04.03.2026 12:40
Снимка: Архив""", 1, '2026-03-04',
     'Силен вятър повали във вторник сутринта десетки дървета в централната част на града. Няма '
     'пострадали хора.'),
    ('ro', """\
Monitorul de Cluj
Inundații la Turda după ploile torențiale
04.03.2026 10:15
Actualizat: 04.03.2026 12:40
Sursa foto: ISU Cluj""", 1, '2026-03-04',
     'Ploile torențiale de marți dimineață au inundat zeci de gospodării din Turda. Pompierii au '
     'evacuat 30 de persoane.'),
    # Cyrillic Serbian, a date and its update on one line, "Words: … | Pictures: …"
    ('sk', """\
Košický korzár
Požiar skladu v Košiciach: škoda 2 milióny eur
Publikované: 4. 3. 2026, 10:15
Aktualizované: 4. 3. 2026, 12:40
Autor: Peter Horváth
Foto: TASR/František Iván""", 1, '2026-03-04',
     'Požiar skladu v priemyselnom parku vypukol v utorok ráno. Hasiči s ním bojovali šesť hodín.'),
    ('sl', """\
Primorske novice
Burja podrla drevesa na Krasu
Objavljeno 04. 03. 2026 ob 10:15
Posodobljeno 04. 03. 2026 ob 12:40
Piše: Nina Kos
Foto: Bobo""", 1, '2026-03-04',
     'Močna burja je v torek zjutraj podrla več deset dreves na Krasu. Gasilci so posredovali na '
     '40 lokacijah.'),
    ('et', """\
Pärnu Postimees
Torm murdis Pärnus puid ja katkestas elektri
04.03.2026 10:15
Autor: Kadri Kask
Foto: Urmas Luik""", 1, '2026-03-04',
     'Teisipäeva hommikul üle linna käinud torm murdis sadu puid. Elektrita jäi ligi 5000 '
     'majapidamist.'),
    ('lv', """\
Latgales Laiks
Daugavpilī plūdi applūdina pagrabus
Publicēts: 04.03.2026 10:15
Teksts: Anna Kalniņa
Foto: Valsts policija""", 1, '2026-03-04',
     'Otrdienas rītā Daugavas ūdens līmenis pilsētā pieauga par diviem metriem. Ugunsdzēsēji '
     'sūknēja ūdeni no 30 pagrabiem.'),
    ('mt', """\
Il-Ħabbar t'Għawdex
Nirien f'maħżen fix-Xewkija
4 ta' Marzu 2026 10:15
Kitba ta' Joseph Camilleri
Ritratt: Pulizija ta' Malta""", 1, '2026-03-04',
     "Nirien qabad nhar it-Tlieta filgħodu f'maħżen fiż-żona industrijali tax-Xewkija. Ħadd ma "
     "weġġa'."),
    ('sr', """\
Јужне вести
Поплаве у Лесковцу: евакуисано 30 породица
Објављено: 04.03.2026. у 10:15
Аутор: Марко Петровић
Фото: Танјуг""", 1, '2026-03-04',
     'Набујала река излила се у уторак ујутру и поплавила десетине кућа. Ватрогасци су евакуисали'
     ' тридесет породица.'),
    ('tr', """\
Antalya Sonhaber
Antalya'da hortum seraları yıktı
04.03.2026 - 10:15 | Son Güncelleme: 04.03.2026 - 12:40
Haber: Mehmet Demir
Fotoğraf: İHA""", 1, '2026-03-04',
     'Kumluca ilçesinde salı sabahı etkili olan hortum onlarca serayı yıktı. Zarar milyonlarca '
     'lirayı buldu.'),
    ('bg', """\
Пловдив Днес
Пожар в склад край Пловдив
04 март 2026 | 10:15
Автор: Мария Иванова
Снимка: Архив""", 1, '2026-03-04',
     'Пожар избухна във вторник сутринта в склад в промишлената зона. Няма пострадали хора, '
     'съобщиха от пожарната.'),
    ('en', """\
The Northern Echo-Post
Section: Local News
Bridge closed after lorry strike
Published Tuesday, March 4, 2026 10:15 AM
Last modified on Tue 4 Mar 2026 12.40 GMT
Words: Jane Doe | Pictures: John Roe""", 2, '2026-03-04',
     'A railway bridge was closed on Tuesday after a lorry struck it during the morning rush '
     'hour. Engineers were inspecting the structure.'),
]

# A second paragraph; its language does not matter to the header.
SECOND = "Die Behörden wollen am Mittwoch über weitere Maßnahmen entscheiden."


def _clip(lines: list[str], lead: str, spaced: bool):
    text = ("\n\n" if spaced else "\n").join(lines) + f"\n\n{lead}\n\n{SECOND}\n"
    (article,) = parse_bytes(text.encode("utf-8"), "clip.txt")
    return article


@pytest.mark.parametrize("spaced", [False, True], ids=["packed", "spaced"])
@pytest.mark.parametrize(("lang", "block", "title", "day", "lead"), CASES,
                         ids=[f"{c[0]}-{c[1].splitlines()[0]}" for c in CASES])
def test_a_packed_header_gives_outlet_title_and_date(
    lang: str, block: str, title: int, day: str, lead: str, spaced: bool
) -> None:
    lines = block.splitlines()
    article = _clip(lines, lead, spaced)
    outlet = lines[0].removeprefix("www.")
    assert (article.source, article.title) == (outlet, lines[title])
    assert article.published is not None and article.published[:10] == day
    assert article.body.split("\n\n") == [lead, SECOND]


# Other orders: the title above the outlet, a section or a date above both, an address
# line, a byline between outlet and headline, credits closed by their word ("BNS nuotr.").
# (language, header block, the outlet's line index, the headline's, publication day, lead)
ORDERS = [
    ('en', """\
Ferry runs aground in fog off Point Hallow
Tidewater Gazette
Published: 4 March 2026
Tagged: ferry, fog, rescue""", 1, 0, '2026-03-04',
     'A passenger ferry ran aground on a sandbank in thick fog on Tuesday morning. All 63 people '
     'on board were brought ashore by lifeboats.'),
    ('de', """\
Sport
Oberland-Bote
Skispringer stürzt bei Training in Garmisch schwer
Veröffentlicht am 4. März 2026
Von Anna Schmidt | anna.schmidt@oberland-bote.example
Foto: Imago""", 1, 2, '2026-03-04',
     'Ein 19 Jahre alter Skispringer ist am Dienstag beim Training auf der Großen Olympiaschanze '
     'schwer gestürzt. Er wurde mit dem Hubschrauber in eine Klinik geflogen.'),
    ('it', """\
04/03/2026
Il Tirreno Sera
Incendio nel porto di Livorno, evacuato un traghetto
(ANSA)""", 1, 2, '2026-03-04',
     'Un incendio è divampato martedì mattina nella sala macchine di un traghetto ormeggiato nel '
     'porto. I 240 passeggeri sono stati fatti scendere senza feriti.'),
    ('el', """\
https://www.thessaloniki-today.example/news/12345
Thessaloniki Today
Φωτιά σε αποθήκη στη Σίνδο
Δημοσίευση: 04.03.2026 10:15
Φωτογραφία: Eurokinissi / Γιώργος Κ.""", 1, 2, '2026-03-04',
     'Μεγάλη φωτιά ξέσπασε την Τρίτη το πρωί σε αποθήκη στη βιομηχανική περιοχή της Σίνδου. Στο '
     'σημείο επιχειρούν 40 πυροσβέστες.'),
    ('cs', """\
Moravský večerník
Autor: Jan Novák, ČTK
Na dálnici D1 se srazilo osm aut
Publikováno 4. března 2026
Foto: Policie ČR""", 0, 2, '2026-03-04',
     'Na dálnici D1 u Velkého Meziříčí se v úterý ráno srazilo osm aut. Čtyři lidé utrpěli lehká '
     'zranění.'),
    ('sv', """\
Gotlands Kuriren
Storm fäller träd över väg 140
Publicerad: 4 mars 2026, 10:15
Av Erik Holm, reporter
Bild: Erik Holm""", 0, 1, '2026-03-04',
     'Kraftiga vindbyar fällde på tisdagsmorgonen ett tiotal träd över väg 140 söder om Visby. '
     'Vägen var avstängd i fyra timmar.'),
    ('es', """\
La Voz de Gredos
Sucesos
Rescatan a dos montañeros atrapados en el Almanzor
Ávila, 4 de marzo de 2026
Europa Press""", 0, 2, '2026-03-04',
     'El Grupo de Rescate de la Guardia Civil rescató el martes a dos montañeros atrapados por la'
     ' nieve cerca de la cumbre. Ambos se encuentran en buen estado.'),
    ('pl', """\
Głos Pomorza
Region
Sztorm wyrzucił kuter na plażę w Ustce
4.03.2026, 10:15
Fot. Archiwum / Polska Press""", 0, 2, '2026-03-04',
     'Silny sztorm wyrzucił we wtorek nad ranem kuter rybacki na plażę wschodnią. Trzech rybaków '
     'zdołało zejść na ląd o własnych siłach.'),
    ('ru', """\
Северный край
Происшествия | 4 марта 2026, 10:15
В Архангельске обрушилась кровля склада
Текст: Анна Белова
Фото: ГУ МЧС по Архангельской области""", 0, 2, '2026-03-04',
     'Под тяжестью снега во вторник утром обрушилась кровля складского здания на окраине города. '
     'Пострадавших нет.'),
    ('hr', """\
Novi list
Crna kronika
Požar u Rijeci: izgorjelo skladište u luci
04.03.2026. u 10:15
Piše: Ana Marić
Snimio: Marko Gracin""", 0, 2, '2026-03-04',
     'U požaru koji je izbio u utorak ujutro potpuno je izgorjelo skladište u riječkoj luci. '
     'Vatrogasci su gasili vatru pet sati.'),
    ('fi', """\
Lapin Kansa
Poro-onnettomuudet lisääntyivät Rovaniemellä
Julkaistu 4.3.2026 10:15
Päivitetty 4.3. 12:40
Kuvat: Lapin Kansa""", 0, 1, '2026-03-04',
     'Porokolareita on sattunut tänä talvena Rovaniemen seudulla jo yli 300. Poliisi kehottaa '
     'autoilijoita hiljentämään vauhtia.'),
    ('lt', """\
Kauno diena
Kaune per gaisrą sudegė sandėlis
2026-03-04 10:15
Autorė: Rūta Jankauskienė
BNS nuotr.""", 0, 1, '2026-03-04',
     'Antradienio rytą Kaune kilęs gaisras sunaikino sandėlį pramoniniame rajone. Ugniagesiai '
     'gaisrą gesino penkias valandas.'),
    # packed, with a date line in lowercase right under the headline (not its continuation)
    ('nl', """\
Polderpost Vandaag
Binnenland
Dijk bij Lelystad lekt: 40 woningen ontruimd
di 3 maart 2026 om 07:45
Bijgewerkt om 10:20
Door Sanne de Wit
Foto: ANP""", 0, 2, '2026-03-03',
     'Bij Lelystad is dinsdagochtend een lek in de dijk ontdekt. De gemeente liet uit voorzorg 40 '
     'woningen ontruimen.'),
    # a section of two words joined by "&" between the domain and the headline
    ('ro', """\
gazetalunii.ro
Auto & Moto
Autostrada A3, închisă opt ore după un carambol în ceață: 14 mașini, trei răniți la spital
Publicat: 04.03.2026, 09:12
Actualizat: 04.03.2026, 13:40
Autor: Mihai Popa""", 0, 2, '2026-03-04',
     'Autostrada A3 a fost închisă marți dimineață după ce 14 mașini s-au ciocnit în ceață. Trei '
     'persoane au fost duse la spital.'),
    # an outlet in sentence case over a headline with its published line right under it
    # (one of the outlet's words comes back in the lead)
    ('sr', """\
Јужни Банат данас
Поплава у Вршцу: евакуисано 120 породица из кућа поред реке
Објављено: 04.03.2026. 07:30
Аутор: Милан Јовић""", 0, 1, '2026-03-04',
     'Река се у уторак изјутра излила у Вршцу, на југу Баната, а ватрогасци су евакуисали '
     '120 породица. Школе у граду раде по плану.'),
    # the author's name alone on its line, above the photo credit
    ('et', """\
laanelehed.ee
Torm murdis Pärnus 300 puud: elektrita 4000 majapidamist
04.03.2026 12:05
Uudised
Mari Tamm
Foto: Jaan Kask""", 0, 1, '2026-03-04',
     'Teisipäeva öösel Pärnut tabanud torm murdis linnas umbes 300 puud. Elektrita jäi 4000 '
     'majapidamist.'),
    # a byline with the place it was filed from
    ('en', """\
Harbourside Times
Ferry strike: 40 sailings cancelled on the busiest weekend
Published: 4 March 2026
By Alan Short in Dover
Photo: PA Media""", 0, 1, '2026-03-04',
     'Forty ferry sailings were cancelled on Saturday as crews walked out over pay. The operator '
     'said 9,000 passengers were affected.'),
]


@pytest.mark.parametrize(("lang", "block", "outlet", "title", "day", "lead"), ORDERS,
                         ids=[f"{c[0]}-{c[1].splitlines()[0][:20]}" for c in ORDERS])
def test_header_lines_in_other_orders(
    lang: str, block: str, outlet: int, title: int, day: str, lead: str
) -> None:
    lines = block.splitlines()
    article = _clip(lines, lead, spaced=False)
    assert (article.source, article.title) == (lines[outlet], lines[title])
    assert article.published is not None and article.published[:10] == day
    assert article.body.split("\n\n") == [lead, SECOND]
