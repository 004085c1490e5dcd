"""The publication date, from a written-down precedence (first valid wins):

1. JSON-LD datePublished (then dateCreated) of the page's article object;
2. publication <meta>: article:published_time, itemprop datePublished, Dublin Core, parse.ly, ...;
3. a <time> element marked as the publication time (pubdate, itemprop, class "published"), not in
   a comment or webmention;
4. the day that every <time datetime> on the page, outside comments, agrees on;
4b. the first byline or "Published on" line that chrome removal took out (its date is the article's),
    read up to its "Updated";
4c. the first short line between the printed headline and the body (then of the two right above
    the headline in its box) that holds a date and is not an "Updated" line (the byline zone); in
    these bylines a numeric day ("10/7/2023") is read month first on an American-English page, day
    first elsewhere, and a dotted one may have a two-digit year ("06.03.24");
4d. the first short text of an element whose class or id names a date (span.entry-date, span#post-date,
    div.article__published),
    outside lists and comments (span.comment_date), and not an "Updated: …" label;
5. a date in the URL path (/2024/03/05/, /2024/mar/05/); without a URL, the page's canonical link;
6. htmldate's search of the page (original date, not the modified one), as the last resort; not
   when it is the day of the page's modified-date meta or JSON-LD dateModified (htmldate's answer
   when it found nothing else).

A date is valid when it parses and lies between MIN_DATE and the reference day (the options'
reference_date, else today in UTC): nothing from the future. A value with a time and a UTC
offset is kept as a full ISO timestamp; otherwise the day, YYYY-MM-DD. A day is given its instant
when a <time datetime> of the same day has an offset, and a UTC instant is given in the
publisher's own offset when another source on the page names the same instant with it (or gives
the same clock time, to the second, at the distance of a zone's offset, without an offset or with a
"+00:00" it does not have; which of the two is the local clock, a <time> that prints its day tells),
or when the byline prints the date, on that day or the one before or after, with such a clock time.
A UTC instant still without an offset gives way to the day its own <time> prints, or to the URL's
day, when that is the day before or after and an offset in range reaches it (both are written in
the publisher's time).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from itertools import chain, filterfalse, tee

from .signals import Signals

__all__ = ["pick_date", "normalize_date"]

MIN_DATE = date(1995, 1, 1)   # no news page is older than the web's news sites
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "datepublished", "article.published", "article:published", "publishdate", "publish-date",
    "publish_date", "pubdate", "publication_date", "publication-date", "dc.date.issued",
    "dcterms.issued", "dc.date.created", "dcterms.created", "dc.created", "parsely-pub-date",
    "sailthru.date", "originalpublicationdate", "original-publish-date", "article_date_original",
    "cxenseparse:recs:publishtime", "datecreated", "date_published", "citation_publication_date",
    "citation_date", "bt:pubdate", "nv:date", "displaydate", "article.created", "dc.date",
    "dcterms.date", "date", "created", "og:pubdate", "pub_date", "releasedate", "release_date",
    "weibo:article:create_at", "datepublish", "published-date", "article:post_date")
MODIFIED_META = ("article:modified_time", "og:updated_time", "og:modified_time", "datemodified", "dcterms.modified",
                 "dc.date.modified", "last-modified", "lastmod", "revised")
_PUB_TIME_CLASS = re.compile(r"publish|posted|entry-date|pubdate|post-date|article-date|dateline|created", re.I)
_ISO = re.compile(
    r"(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)"
    r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]?\d)(?:[.,]\d+)?)?\s*(?P<tz>Z|UTC|GMT|[+-][01]\d:?[0-5]\d)?)?")
_COMPACT = re.compile(r"^(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:T?(?P<H>[0-2]\d):?(?P<M>[0-5]\d)(?::?(?P<S>[0-5]\d))?(?P<tz>Z|[+-][01]\d:?[0-5]\d)?)?")
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[/_-](?P<m>[01]?\d|[a-z]{3,9})[/_-](?P<d>[0-3]?\d)(?:/|[_-]|$)"
    r"|/(?P<y2>(?:19|20)\d\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?:/|[_-])", re.I)
# JavaScript's Date.toString(): "Tue Nov 19 2019 03:05:46 GMT+0000"
_JS_DATE = re.compile(r"(?P<mon>[a-z]{3}) (?P<d>[0-3]?\d) (?P<y>(?:19|20)\d\d) (?P<H>[0-2]\d):(?P<M>[0-5]\d):(?P<S>[0-5]\d) GMT(?P<tz>[+-]\d{4})", re.I)
_MONTHS = {m: i for i, names in enumerate((
    "jan january janvier januar enero gennaio", "feb february fevrier février februar febrero febbraio",
    "mar march mars märz marzo", "apr april avril abril aprile", "may mai mayo maggio",
    "jun june juin juni junio giugno", "jul july juillet juli julio luglio",
    "aug august août aout agosto", "sep sept september septembre settembre septiembre",
    "oct october octobre oktober octubre ottobre", "nov november novembre noviembre",
    "dec december décembre decembre dezember diciembre dicembre"), start=1) for m in names.split()}
_MONTHS.update({m: i for i, m in enumerate((
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря").split(), start=1)})
_MONTHS.update({m: i for i, m in enumerate((
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь").split(), start=1)})
# More languages, as bylines print them ("12 Mei 2025", "12 maja 2025", "12 de maio de 2025").
for _names in (
        "januari februari maart april mei juni juli augustus september oktober november december",   # nl
        "januari februari maret april mei juni juli agustus september oktober november desember",    # id, ms
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # pt
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",  # pl
        "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",  # ro
        "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",                  # tr
        "ledna února března dubna května června července srpna září října listopadu prosince",          # cs
        "januari februari mars april maj juni juli augusti september oktober november december",      # sv
        "januar februar marts april maj juni juli august september oktober november december",        # da, no
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",  # fi
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",      # uk
        "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου",  # el
        "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",           # ca
        "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",        # gl
        "jänner feber märz april mai juni juli august september oktober november dezember",           # de-AT
        "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",  # hr
        "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",  # sl
        "január február március április május június július augusztus szeptember október november december",  # hu
        "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",                        # he
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",                     # ar (Egypt, Gulf)
        "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",  # ar (Levant, Iraq)
        "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",              # sq
        "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",            # sr (Cyrillic)
        "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",            # sr, bs (Latin)
        "janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris",  # lv
        "janvāra februāra marta aprīļa maija jūnija jūlija augusta septembra oktobra novembra decembra",   # lv (genitive)
        "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",  # lt
        "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",                        # hi
        "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",       # bn
        "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",                         # ur
        "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",  # th
        "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",                             # th, short
        "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr",        # cy
        "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",             # kk
        "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի",  # hy
        "urtarrilaren otsailaren martxoaren apirilaren maiatzaren ekainaren uztailaren abuztuaren irailaren "
        "urriaren azaroaren abenduaren",                                                              # eu (genitive)
        "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",        # sw
        "ජනවාරි පෙබරවාරි මාර්තු අප්\u200dරේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්"):  # si
    for _i, _name in enumerate(_names.split(), start=1):
        _MONTHS.setdefault(_name, _i)
for _name, _i in (("फरवरी", 2), ("सितम्बर", 9), ("नवम्बर", 11), ("दिसम्बर", 12), ("studenog", 11),   # spellings
                  ("ابريل", 4), ("يونيه", 6), ("يوليه", 7), ("اغسطس", 8), ("اكتوبر", 10)):
    _MONTHS.setdefault(_name, _i)
for _short, _i in (("okt", 10), ("des", 12), ("agu", 8), ("ags", 8), ("mac", 3), ("mei", 5), ("maj", 5),
                   ("ene", 1), ("abr", 4), ("ago", 8), ("set", 9), ("dic", 12),           # es, it, pt
                   ("fev", 2), ("out", 10), ("dez", 12), ("gen", 1), ("mag", 5), ("giu", 6), ("lug", 7),
                   ("ott", 10), ("janv", 1), ("févr", 2), ("fevr", 2), ("avr", 4), ("juil", 7), ("déc", 12),
                   ("mär", 3), ("jän", 1)):
    _MONTHS[_short] = _i          # short forms (id, ms, nl, sv; es, pt, it, fr, de: "14 ago 2024")
# A month's word: letters, and the vowel signs of Indic and Thai scripts (not letters to \w), or
# Thai's dotted short forms ("ก.พ.").
_MONTH_WORD = r"(?:(?:[^\W\d_]|[\u0900-\u0dff\u0e00-\u0e7f\u200d]){3,14}|[\u0e01-\u0e4e]{1,2}\.[\u0e01-\u0e4e]{1,2}\.)"
_WORDY = re.compile(
    r"(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?:de\s+|d['’])?(?P<mon1>(?:تشرين|كانون)\s(?:الأول|الثاني)|آب|"
    + _MONTH_WORD + r")\.?,?\s+(?:del?\s+)?(?P<y1>(?:19|20)\d\d|25\d\d))"    # Thailand's Buddhist era: 2567 is 2024
    r"|(?:(?P<mon2>" + _MONTH_WORD + r")\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d))"
    r"|(?:(?P<y3>(?:19|20)\d\d)\s*[年년]\s*(?P<m3>[01]?\d)\s*[月월]\s*(?P<d3>[0-3]?\d)\s*[日일])"   # zh, ja, ko
    r"|(?:(?P<era>令和|平成)\s*(?P<ey>元|\d{1,2})\s*年\s*(?P<m4>[01]?\d)\s*月\s*(?P<d4>[0-3]?\d)\s*日)"   # ja eras
    # lv: 2024. gada 14. februāris; lt: 2023 m. lapkričio 7 d.
    r"|(?:(?P<y7>(?:19|20)\d\d)\.?\s*(?:gada|m\.)\s+(?:(?P<d7>[0-3]?\d)\.\s*)?(?P<mon7>[^\W\d_]{3,12})"
    r"(?:\s+(?P<d8>[0-3]?\d)\s*d\.)?)"
    # hu: 2024. március 5.; eu: 2024ko martxoaren 5a
    r"|(?:(?P<y5>(?:19|20)\d\d)(?:\.|ko)\s*(?P<mon5>[^\W\d_]{3,12})\.?\s+(?P<d5>[0-3]?\d)(?:\.|a\b|ean\b))"
    r"|(?:ngày\s+(?P<d6>[0-3]?\d)\s+tháng\s+(?P<m6>[01]?\d)\s+năm\s+(?P<y6>(?:19|20)\d\d))"   # vi
    r"|(?:(?P<d10>[0-3]?\d)-(?P<mon10>[^\W\d_]{3,9})-(?P<y10>(?:19|20)\d\d))"   # press-release wires: 15-MAY-2024
    r"|(?=(?P<y11>(?:19|20)\d\d)\s+(?P<mon11>" + _MONTH_WORD + r")\s+(?P<d11>[0-3]?\d)(?!\d))"   # si: 2024 මැයි 21 (read
    # ahead, so that a "2024 Olympics 12" leaves its "12 May 2024" to be found)
    r"|(?:(?P<y9>(?:19|20)\d\d)\s*оны\s+(?P<m9>[01]?\d)\s*(?:-р\s*)?сарын\s+(?P<d9>[0-3]?\d))", re.I)   # mn
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")     # a decimal digit of another script
_ERA_YEAR_ZERO = {"令和": 2018, "平成": 1988}   # 令和5年 is 2023; 元年 is an era's first year


def _day(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _ascii_digits(value: str) -> str:
    """Arabic-Indic, Persian, Devanagari, Bengali, Thai ... digits as 0-9."""
    if value.isascii():
        return value
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), value)


def normalize_date(value: str) -> tuple[date, str] | None:
    """Parse a date or timestamp string: (the day, the ISO string to output) or None."""
    value = _ascii_digits(value.strip())
    js = _JS_DATE.search(value)
    if js and js["mon"].lower() in _MONTHS:
        value = f"{js['y']}-{_MONTHS[js['mon'].lower()]:02d}-{int(js['d']):02d}T{js['H']}:{js['M']}:{js['S']}{js['tz']}"
    match = _ISO.search(value) or _COMPACT.match(value)
    if match:
        day = _day(match["y"], match["m"], match["d"])
        if day is None:
            return None
        tz = match.groupdict().get("tz")
        if match["H"] and tz:
            offset = "+00:00" if tz in ("Z", "UTC", "GMT") else (tz if ":" in tz else tz[:3] + ":" + tz[3:])
            seconds = (match["S"] or "00").zfill(2)
            stamp = f"{day.isoformat()}T{match['H']}:{match['M']}:{seconds}{offset}"
            try:
                datetime.fromisoformat(stamp)
            except ValueError:
                return day, day.isoformat()
            return day, stamp
        return day, day.isoformat()
    for match in _WORDY.finditer(value):    # the first one whose word is a month ("12 Mei 2025")
        if match["y3"]:
            day = _day(match["y3"], match["m3"], match["d3"])
            return (day, day.isoformat()) if day else None
        if match["era"]:
            year = _ERA_YEAR_ZERO[match["era"]] + (1 if match["ey"] == "元" else int(match["ey"]))
            day = _day(str(year), match["m4"], match["d4"])
            return (day, day.isoformat()) if day else None
        if match["y6"] or match["y9"]:
            day = _day(match["y6"] or match["y9"], match["m6"] or match["m9"], match["d6"] or match["d9"])
            return (day, day.isoformat()) if day else None
        word = (match["mon1"] or match["mon2"] or match["mon5"] or match["mon7"] or match["mon10"] or match["mon11"] or "").lower().replace(" ", "_")
        month = _MONTHS.get(word) or (_MONTHS.get(word[1:]) if word.startswith("ב") else None)   # he: "במרץ"
        year = match["y1"] or match["y2"] or match["y5"] or match["y7"] or match["y10"] or match["y11"]
        if month and year.startswith("25"):
            year = str(int(year) - 543) if "\u0e00" <= word[0] <= "\u0e7f" else None
        if month and year:
            day = _day(year, str(month),
                       match["d1"] or match["d2"] or match["d5"] or match["d7"] or match["d8"] or match["d10"] or match["d11"] or "0")
            return (day, day.isoformat()) if day else None
    return None


def _valid(value: str | None, latest: date) -> str | None:
    if not value:
        return None
    parsed = normalize_date(value)
    if parsed is None:
        return None
    day, out = parsed
    return out if MIN_DATE <= day <= latest else None


def _first_valid(values, latest: date) -> str | None:
    """The first of `values` that is a valid date, in order."""
    for value in values:
        found = _valid(value, latest)
        if found:
            return found
    return None


def _marked_published(el) -> bool:
    return (el.get("pubdate") is not None or el.get("itemprop") == "datePublished"
            or _PUB_TIME_CLASS.search(el.get("class") or "") is not None
            or any(_PUB_TIME_CLASS.search(a.get("class") or "") for a in (el.getparent(),) if a is not None))


# A reply's box: a comment, a webmention (IndieWeb's h-cite, whose <time> is also "dt-published").
_REPLY_BOX = re.compile(r"(?:^|\s)(?:comments?|comment[-_](?:body|content|list|item|meta)|commentlist|webmentions?"
                        r"|h-cite|[pu]-comment)(?:\s|$)", re.I)


def _in_reply(el) -> bool:
    return any(_REPLY_BOX.search(a.get("class") or "") for a in el.iterancestors())


def _from_time_elements(sig: Signals, latest: date) -> str | None:
    return _first_valid((value for el, value in sig.times if _marked_published(el) and not _in_reply(el)), latest)


def _from_lone_time(sig: Signals, latest: date) -> str | None:
    """When every <time> on the page (not in a comment) names the same day, that is the page's date:
    its datetime, or the day it prints when it has none (a teaser's "26 April 2024")."""
    found = [(_valid(el.get("datetime") or value, latest), el.get("datetime")) for el, value in sig.times if not _in_reply(el)]
    days = {f[:10] for f, _ in found if f}
    return next((f for f, stamped in found if f and stamped), None) if len(days) == 1 else None


_UPDATED = re.compile(r"updated|modified|edited|aktualisiert|mis à jour|actualizad|aggiornat|bijgewerkt|обновл"
                      r"|оновлено|обновено|ажурирано|actualizat|aktualizacja|aktualizováno|güncelle|atjaunots"
                      r"|atnaujinta|päivitetty|uuendatud|imesasishwa|uppfært|nuashonraíodh|жаңартылды|עודכן|अपडेट"
                      r"|আপডেট|সম্পাদিত|اپ ڈیٹ", re.I)


# The day a forum's poster signed up, in the profile beside the post: "Registriert: Mi 12. Aug 2009".
_JOINED = re.compile(r"\b(?:joined|registered|member since|registriert|mitglied seit|dabei seit|inscrit|inscription"
                     r"|membre depuis|registrado|miembro desde|membro desde|iscritto|lid sinds|geregistreerd"
                     r"|zarejestrowany|dołączył|регистрация|зарегистрирован|katılım)\b", re.I)


_NUMERIC_DAY = re.compile(r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<sp>(?<=\.) )?(?P<b>[0-3]?\d)(?P=sep)(?(sp) )"
                          r"(?P<y>(?:19|20)\d\d(?!\d)|(?<=\.)\d\d(?![\d.]))")   # "06.03.24": dots, a two-digit year;
                                                                          # "18. 3. 2024": a space after each dot
TWO_DIGIT_YEAR_PIVOT = 70   # "06.03.24" is 2024, "06.03.98" 1998
MONTH_FIRST_LANGUAGES = ("en", "en-us")   # page languages that write 10/7/2023 for the 7th of October


def _spelled_out(texts, month_first: bool):
    """The texts, each with its printed numeric day rewritten (_spell_out)."""
    return (_spell_out(text, month_first) for text in texts)


def _spell_out(text: str, month_first: bool) -> str:
    """A printed numeric day rewritten as an ISO day: "10/7/2023" is 2023-10-07 on an American page and
    2023-07-10 elsewhere; a number over 12 is the day wherever it stands; dots mean day first, and
    with dots a year may have two digits ("06.03.24 | 00:40")."""
    match = _NUMERIC_DAY.search(text)
    if not match:
        return text
    a, b = int(match["a"]), int(match["b"])
    if b > 12 or (a <= 12 and match["sep"] == "/" and month_first):
        a, b = b, a
    year = match["y"] if len(match["y"]) == 4 else \
        str((2000 if int(match["y"]) < TWO_DIGIT_YEAR_PIVOT else 1900) + int(match["y"]))
    return f"{text[:match.start()]}{year}-{b:02d}-{a:02d}{text[match.end():]}"


def _from_byline_zone(lines, latest: date, month_first: bool = False) -> str | None:
    """The first line of the byline zone (body.byline_zone: the short lines under the headline)
    that holds a date ("Автор: Ivan от 12 апреля 2024", "Posted on 3 March 2024 by admin").
    "Updated …" lines are skipped, and "5 March 2024 edited" too, as a verb-final language says it,
    and a forum poster's "Joined: Wed 12 Aug 2009"; a line with a date on each side of its "Updated"
    is read up to it ("Published 5 March 2024 Updated 6 March 2024", two spans run together)."""
    return _first_valid(_spelled_out(_up_to_update(filterfalse(_JOINED.search, lines)), month_first), latest)


def _up_to_update(lines):
    """The lines read up to their "Updated"; those that give only an updated date left out."""
    return filter(None, map(_before_update, lines))


def _before_update(line: str) -> str | None:
    head, *tail = _UPDATED.split(line, 1)
    if not tail:
        return line
    return head if normalize_date(head) and normalize_date(tail[0]) else None


# A label before a numeric day ("Publikováno: 18. 3. 2024"): a bare "09.08.2020 u 10:52" may be a teaser's.
_LABELLED_NUMERIC_DAY = re.compile(r"^\W*[^\W\d_]{3,}[^\d:]{0,20}:\s*[0-3]?\d[./-]")


def _from_date_label(sig: Signals, latest: date, month_first: bool = False) -> str | None:
    """The first short text of an element whose class names a date (span.entry-date), outside lists,
    that is no "Updated: …" label; a numeric day only after a label of its own."""
    return _first_valid((_spell_out(text, month_first) if _LABELLED_NUMERIC_DAY.match(text) else text
                         for text in _up_to_update(sig.date_labels)), latest)


def _from_url(url: str | None, latest: date) -> str | None:
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    month = match["m"] or match["m2"]
    if not month.isdigit():
        month = _MONTHS.get(month.lower())
        if month is None:
            return None
    day = _day(match["y"] or match["y2"], str(month), match["d"] or match["d2"])
    return day.isoformat() if day and MIN_DATE <= day <= latest else None


def reference_day(reference: str | None) -> date:
    if reference:
        parsed = normalize_date(reference)
        if parsed:
            return parsed[0]
    return datetime.now(timezone.utc).date()


DATE_CONCEPTS = frozenset(("byline",))   # the removals whose text the date picker reads


def _byline_texts(removals):
    """The byline and 'Published on' lines that chrome removal took out, in page order."""
    return (removal.text for removal in removals or () if removal.concept in DATE_CONCEPTS)


def _from_byline(removals, latest: date, month_first: bool = False) -> str | None:
    """The first byline or 'Published on' line that chrome removal took out and that holds a date,
    read up to its "Updated" (a box of the author's name and "Updated: 8 March" first is skipped)."""
    return _first_valid(_spelled_out(_up_to_update(_byline_texts(removals)), month_first), latest)


def _with_instant(found: str | None, sig: Signals, latest: date) -> str | None:
    """A day picked from a source without a UTC offset, made precise by a <time datetime> of the
    same day that has one ("2019-11-19" -> "2019-11-19T02:24:00+00:00")."""
    if not found or len(found) != 10:
        return found
    for el, value in sig.times:
        full = _valid(value, latest)
        if full and len(full) > 10 and full[:10] == found:
            return full
    return found


def pick_date(sig: Signals, url: str | None, latest: date, removals=(), fallback=None,
              byline_zone=()) -> str | None:
    """The first valid date in the precedence above (to the instant when a <time> of that day
    gives one); `fallback()` is the last resort."""
    url = url or sig.canonical or sig.meta.get("og:url")     # a saved page names its own address
    month_first = (sig.language() or "").lower() in MONTH_FIRST_LANGUAGES
    # the byline zone, a generator searched only when a step asks for it, is read by two steps: each sees all of it
    zone_for_pick, zone_for_clock = tee(byline_zone)
    found = _with_instant(_pick_date(sig, url, latest, removals, fallback, zone_for_pick, month_first), sig, latest)
    found = _naive_as_utc(found, sig, latest)
    found = _in_local_time(found, sig, latest)
    if found and found.endswith("+00:00"):
        printed = list(chain(_byline_texts(removals), zone_for_clock, sig.date_labels))   # read twice below
        offset = _printed_offset(datetime.fromisoformat(found),
                                 _spelled_out((_UPDATED.split(text, 1)[0] for text in printed), month_first))
        if offset == 0:
            return found        # the page prints the clock in UTC: the UTC day is its day
        found = _in_offset(found, offset) if offset else _in_the_updated_offset(
            found, sig, latest, _spelled_out(printed, month_first))
    if found and found.endswith("+00:00"):
        found = _on_its_printed_day(found, sig, latest)
    if found and found.endswith("+00:00"):
        found = _on_the_url_day(found, _from_url(url, latest))
    return found


def _on_its_printed_day(found: str, sig: Signals, latest: date) -> str:
    """A UTC instant given by a <time> that prints the day before or after it ("2024-07-13T23:31:04Z",
    printed "14 July 2024"): the publisher's local day, one an offset in range reaches, given without
    the clock time it had in UTC."""
    instant = datetime.fromisoformat(found)
    low, high = min(LOCAL_OFFSETS_MIN) / 60, max(LOCAL_OFFSETS_MIN) / 60
    for el, value in sig.times:
        full = _valid(value, latest)
        if not full or len(full) <= 10 or datetime.fromisoformat(full) != instant:
            continue
        day = _printed_day(el)
        if day is not None and _reaches(instant, day, low, high):
            return day.isoformat()
    return found


def _reaches(instant: datetime, day: date, low_h: float, high_h: float) -> bool:
    """`day` is the day after or before the UTC `instant`'s, and a clock between `low_h` and
    `high_h` hours off UTC reads the instant on it."""
    shift = (day - instant.date()).days
    hours = (instant - instant.replace(hour=0, minute=0, second=0, microsecond=0)).total_seconds() / 3600
    return (shift == 1 and hours + high_h >= 24) or (shift == -1 and hours + low_h < 0)


def _printed_day(time_el) -> date | None:
    """The day a <time> element prints as its text, if it prints one."""
    parsed = normalize_date("".join(time_el.itertext()))
    return parsed[0] if parsed else None


URL_DAY_MAX_SHIFT_H = 9   # a URL's day may be a UTC instant's local day when so few hours of offset reach it


def _on_the_url_day(found: str, url_day: str | None) -> str:
    """A UTC instant, and the URL (a permalink the CMS writes in the publisher's time) names the day
    before or after it, one that an offset of at most nine hours reaches (02:34 UTC is the evening
    before in America; 21:15 UTC the next morning east of Europe): that day is the local day,
    given without the clock time it had in UTC."""
    if not url_day:
        return found
    if _reaches(datetime.fromisoformat(found), date.fromisoformat(url_day), -URL_DAY_MAX_SHIFT_H, URL_DAY_MAX_SHIFT_H):
        return url_day
    return found


_CLOCK = re.compile(r"\b(?P<h>[0-2]?\d)(?::\s?|[.h])(?P<m>[0-5]\d)\s*(?P<ampm>[ap]\.?m\b\.?)?", re.I)


def _in_offset(found: str, offset_min: int) -> str:
    """The instant `found` told at `offset_min` minutes from UTC."""
    return datetime.fromisoformat(found).astimezone(timezone(timedelta(minutes=offset_min))).isoformat()


def _printed_offset(instant: datetime, printed) -> int | None:
    """A UTC instant, and the page prints the publication date (that day, or the day before or
    after; the part of a line before "Updated …") with a clock time whose distance from the UTC
    time is a possible offset (the publisher's clock): that offset in minutes (0 too), read from
    the first line with a day and a clock time, or None. A printed day without a clock time proves
    nothing (it may be another date, a ticker's above the story): the search goes on to the next line."""
    for text in printed:
        parsed = normalize_date(text)
        if parsed is None:
            continue
        day = parsed[0]
        if abs((day - instant.date()).days) > 1:
            return None             # another date
        clock = _CLOCK.search(_ascii_digits(text))     # "০১: ১৫" is 01:15
        if clock:
            hour = int(clock["h"])
            if clock["ampm"]:       # 12-hour clock: "12:05am" is 0:05, "7:05pm" is 19:05
                hour = hour % 12 + (12 if clock["ampm"].lower().startswith("p") else 0)
            if hour < 24:
                local = datetime(day.year, day.month, day.day, hour, int(clock["m"]), instant.second)
                return _offset_min(local, instant)
    return None


def _in_the_updated_offset(found: str, sig: Signals, latest: date, printed) -> str:
    """A UTC instant, and the page prints only its "Updated" time with a clock ("Updated 11:48 PM
    EST, Mon January 20, 2025") that reads the page's modified instant at a possible offset: the
    publisher's clock has that offset, so the instant is given in it."""
    modified = {datetime.fromisoformat(day) for day in _modified_days(sig, latest) if len(day) > 10}
    if not modified:
        return found
    for text in printed:
        parts = _UPDATED.split(text, 1)
        if len(parts) < 2:
            continue
        for instant in modified:
            offset = _printed_offset(instant.astimezone(timezone.utc), parts[1:])
            if offset:
                return _in_offset(found, offset)
    return found


_NAIVE_TIME = re.compile(r"^\s*(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)\s*$")
# The offsets a publisher's clock can have from UTC, in minutes: whole hours from -12 to +14, and the
# zones a half or three quarters of an hour off (India's +05:30, Nepal's +05:45, Newfoundland's -03:30,
# Venezuela's -04:30 until 2016).
# A clock time at any other distance from the UTC instant (+04:45) is another moment: a reader's comment.
LOCAL_OFFSETS_MIN = frozenset(range(-12 * 60, 14 * 60 + 1, 60)) | frozenset(
    (-9 * 60 - 30, -4 * 60 - 30, -3 * 60 - 30, -2 * 60 - 30, 3 * 60 + 30, 4 * 60 + 30, 5 * 60 + 30, 5 * 60 + 45, 6 * 60 + 30,
     8 * 60 + 45, 9 * 60 + 30, 10 * 60 + 30, 12 * 60 + 45, 13 * 60 + 45))


def _published_values(sig: Signals):
    return chain((sig.meta.get(key) for key in PUBLISHED_META), (value for _, value in sig.times),
                 (article.date_published for article in sig.jsonld))


def _naive_as_utc(found: str | None, sig: Signals, latest: date) -> str | None:
    """A day picked from a clock time without an offset ("2025-02-10 23:20:00", a theme's JSON-LD
    writing the server's UTC clock) that the page also gives as an instant with the publisher's
    offset ("2025-02-11T00:20:00+01:00", the same moment): that instant, on its local day."""
    if not found or len(found) != 10:
        return found
    values = list(_published_values(sig))
    naives = (_NAIVE_TIME.match(value) for value in values if value)
    clocks = {datetime.fromisoformat(f"{naive[1]}T{naive[2]}") for naive in naives if naive and naive[1] == found}
    if not clocks:
        return found
    for value in values:
        full = _valid(value, latest)
        if full and len(full) > 10 and datetime.fromisoformat(full).astimezone(timezone.utc).replace(tzinfo=None) in clocks:
            return full
    return found


def _in_local_time(found: str | None, sig: Signals, latest: date) -> str | None:
    """A UTC timestamp ("2025-05-12T22:10:00+00:00", the server's clock) that the page also gives
    in the publisher's own time names the local day: with an offset ("2025-05-13T01:10:00+03:00"),
    or as a local clock time to the second without one ("2025-05-13 01:10:00", a theme's JSON-LD)
    or with a "+00:00" it does not have (old WordPress themes print the local clock so on a site set
    to a fixed offset), whose distance from the UTC time is then the offset."""
    if not found or not found.endswith("+00:00"):
        return found
    instant = datetime.fromisoformat(found)
    time_els = {value: el for el, value in sig.times}
    for value in _published_values(sig):
        full = _valid(value, latest)
        if full and len(full) > 10 and not full.endswith("+00:00") and datetime.fromisoformat(full) == instant:
            return full
        naive = _NAIVE_TIME.match(value or "")
        if full and naive:
            local = _as_local(datetime.fromisoformat(f"{naive[1]}T{naive[2]}"), instant)
        elif full and len(full) > 10 and full.endswith("+00:00"):
            other = datetime.fromisoformat(full)
            if _prints_the_day_of(time_els.get(value), instant, other):
                # Shopify's Dawn: the <time> holds the true UTC instant and prints the local day of
                # the found value, which is the store's clock labelled "Z"
                local = _as_local(instant.replace(tzinfo=None), other)
            else:
                local = _as_local(other.replace(tzinfo=None), instant)
        else:
            local = None
        if local:
            return local
    return found


def _prints_the_day_of(time_el, day_of: datetime, not_of: datetime) -> bool:
    """A <time> element (if any) prints the day of `day_of`, which is not that of `not_of`."""
    return time_el is not None and day_of.date() != not_of.date() and _printed_day(time_el) == day_of.date()


def _as_local(local: datetime, instant: datetime) -> str | None:
    """The UTC `instant` told by the publisher's clock, which reads `local` (no offset): when their
    distance is one a clock can have (one of LOCAL_OFFSETS_MIN) other than none."""
    shift = _offset_min(local, instant)
    return local.replace(tzinfo=timezone(timedelta(minutes=shift))).isoformat() if shift else None


def _offset_min(local: datetime, instant: datetime) -> int | None:
    """The distance in minutes of the clock reading `local` (no offset) from the UTC `instant`,
    when it is one a clock can have (one of LOCAL_OFFSETS_MIN, 0 among them)."""
    shift = (local - instant.replace(tzinfo=None)).total_seconds()
    return int(shift // 60) if shift % 60 == 0 and shift // 60 in LOCAL_OFFSETS_MIN else None


def _pick_date(sig: Signals, url: str | None, latest: date, removals, fallback, byline_zone,
               month_first: bool) -> str | None:
    jsonld = (value for article in sig.jsonld for value in (article.date_published, article.date_created))
    found = _first_valid(jsonld, latest) or _first_valid((sig.meta.get(key) for key in PUBLISHED_META), latest) \
        or _from_time_elements(sig, latest) or _from_lone_time(sig, latest) \
        or _from_byline(removals, latest, month_first) or _from_byline_zone(byline_zone, latest, month_first) \
        or _from_date_label(sig, latest, month_first) or _from_url(url, latest)
    if found:
        return found
    guess = _valid(fallback(), latest) if fallback else None
    # htmldate gives the modified date when it finds no other: that is the day the page changed.
    if guess and guess[:10] in {day[:10] for day in _modified_days(sig, latest)}:
        return None
    return guess


def _modified_days(sig: Signals, latest: date):
    for value in (*(sig.meta.get(key) for key in MODIFIED_META), *(a.date_modified for a in sig.jsonld)):
        day = _valid(value, latest) if value else None
        if day:
            yield day
