"""An invented archive with long titles in several scripts (written for these tests).

Latin, Cyrillic, Greek, CJK (wide cells) and right-to-left Arabic and Hebrew, so the
layout can be checked where a title is much longer than its pane.
"""

from __future__ import annotations

from pathlib import Path

from tui.models import Article
from tui.store import Store

LONG_URL = (
    "https://www.morning-courier.example/regional-news/2025/07/09/"
    "lakeside-town-council-approves-new-ferry-timetable-after-long-debate?ref=feed&utm=x"
)

SCRIPTS: list[Article] = [
    Article(
        title="Lakeside town council approves a new ferry timetable after a long and "
              "heated debate about night crossings",
        body=(
            "The council of Marrow Bay voted seven to two on Wednesday evening.\n\n"
            "From September, the last ferry will leave the harbour at 23:40 instead of "
            "22:10, and two extra crossings are planned on Saturdays."
        ),
        source="The Morning Courier of Marrow Bay", url=LONG_URL, language="en",
        published="2025-07-09T18:20:00+00:00",
    ),
    Article(
        title="Городская дума утвердила новое расписание паромов после долгого спора "
              "о ночных рейсах",
        body="Депутаты проголосовали в среду вечером. Последний паром будет уходить позже.",
        source="Вечерний вестник залива", url="https://vestnik.example/paromy",
        language="ru", published="2025-07-09T16:00:00+03:00",
    ),
    Article(
        title="Το δημοτικό συμβούλιο ενέκρινε νέο πρόγραμμα δρομολογίων για τα πλοία "
              "της λίμνης μετά από μακρά συζήτηση",
        body="Η απόφαση πάρθηκε την Τετάρτη. Τα νυχτερινά δρομολόγια θα αυξηθούν.",
        source="Η Πρωινή Εφημερίδα", url="https://proini.example/ploia",
        language="el", published="2025-07-09T15:30:00+03:00",
    ),
    Article(
        title="湖畔の町議会、長い議論の末に夜間便を含む新しいフェリー時刻表を承認",
        body="町議会は水曜日の夜に採決を行った。九月から最終便が遅くなる。",
        source="湖畔日報", url="https://kohan.example/ferry", language="ja",
        published="2025-07-09T21:00:00+09:00",
    ),
    Article(
        title="湖滨镇议会经过长时间辩论后批准了包括夜间航班在内的新渡轮时刻表",
        body="镇议会于周三晚间投票。从九月起，末班渡轮将推迟出发。",
        source="湖滨晨报", url="https://hubin.example/dulun", language="zh",
        published="2025-07-09T19:45:00+08:00",
    ),
    Article(
        title="مجلس البلدة يوافق على جدول جديد للعبّارات بعد نقاش طويل حول الرحلات الليلية",
        body="صوّت المجلس مساء الأربعاء. ستغادر آخر عبّارة في وقت لاحق اعتبارًا من سبتمبر.",
        source="صحيفة الصباح", url="https://sabah.example/ferry", language="ar",
        published="2025-07-09T14:10:00+03:00",
    ),
    Article(
        title="מועצת העיר אישרה לוח זמנים חדש למעבורות אחרי ויכוח ארוך על ההפלגות בלילה",
        body="המועצה הצביעה ביום רביעי בערב. המעבורת האחרונה תצא מאוחר יותר.",
        source="עיתון הבוקר", url="https://boker.example/maboret", language="he",
        published="2025-07-09T13:00:00+03:00",
    ),
    Article(
        title="Short one",
        body="A short title next to long ones.",
        source="Brief", language="en", published="2025-07-08T08:00:00+00:00",
    ),
]


def build_scripts_store(path: Path) -> Path:
    with Store.open(path) as store:
        store.import_articles(SCRIPTS)
    return path
