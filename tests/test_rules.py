"""Every chrome rule is a data row with a snippet it must remove and one it must keep: each row is
tested in a page of its own, and the removal must be credited to that very rule."""
from __future__ import annotations

import re

import pytest
from lxml import html as lxml_html

import stripper
from stripper.rules import ALL_RULES, attr_regex, compile_rules, Rule

STORY = [
    "The harbour board met on Thursday to decide the future of the old grain pier, which has stood "
    "empty since the mill closed in the spring of last year.",
    "Members heard from engineers who said the timber piles could carry light traffic for another "
    "decade if the worst of them were replaced before the winter storms.",
    "A decision on funding is expected next month, after the board has seen three competing "
    "proposals from local builders and one from a firm in the capital.",
]


def page(snippet: str) -> str:
    paras = [f"<p>{p}</p>" for p in STORY]
    return ("<html><head><title>Pier plan | Harbour News</title></head><body>"
            "<article><h1>Pier plan</h1>" + paras[0] + snippet + "".join(paras[1:]) +
            "</article></body></html>")


def words(fragment: str) -> str:
    text = lxml_html.fragment_fromstring(fragment, create_parent="div").text_content()
    return " ".join(text.split())


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_rule_removes_its_example(rule):
    article, removals = stripper.explain(page(rule.removes))
    gone = words(rule.removes)
    assert gone and gone not in " ".join(article.body.split()), f"{rule.name} left {gone!r} in the body"
    assert any(r.rule == rule.name for r in removals), \
        f"{rule.name} did not remove its example; removals: {[(r.rule, r.text) for r in removals]}"
    for sentence in STORY:
        assert sentence in article.body, f"{rule.name} took article text with it"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_rule_keeps_its_counterexample(rule):
    article, removals = stripper.explain(page(rule.keeps))
    kept = words(rule.keeps)
    assert kept in " ".join(article.body.split()), f"{rule.name} lost {kept!r}"


def test_rule_rows_are_complete():
    names = [r.name for r in ALL_RULES]
    assert len(names) == len(set(names)), "rule names must be unique"
    for rule in ALL_RULES:
        assert rule.reason and rule.concept and rule.removes and rule.keeps, rule.name


def test_needles_are_lower_case_and_only_on_text_rows():
    for rule in ALL_RULES:
        assert all(n == n.lower() and n for n in rule.needles), rule.name
        assert not rule.needles or rule.kind in ("text", "heading"), rule.name


def test_attr_tokens_respect_hyphen_boundaries():
    share = re.compile(attr_regex("share"))
    assert share.search("post-share_bar")
    assert not share.search("sharepoint-doc")


def test_words_that_are_chrome_only_as_a_whole_class_name():
    """'pie' (a Spanish footer or caption) and 'firma' (an Italian or Spanish byline) name chrome
    as a class of their own; inside a WordPress post's tag or category class they name a topic."""
    rules = {rule.name: re.compile(attr_regex(rule.pattern)) for rule in ALL_RULES if rule.kind == "attr"}
    footers, bylines = rules["sidebars-widgets-footers"], rules["author-and-meta-boxes"]
    assert footers.search("pie") and bylines.search("firma")
    for classes in ("post type-post tag-apple-pie", "category-firma post-12", "pie-chart-legend"):
        assert not footers.search(classes) and not bylines.search(classes), classes


def test_empty_pattern_is_refused():
    with pytest.raises(ValueError):
        compile_rules([Rule("empty", "ads", "attr", "  ", "no reason", "<p>x</p>", "<p>y</p>")])


def test_captions_glued_in_camel_case_names_go_but_not_their_absence():
    glued = ("<div class='InlineImage-imageEmbedCaption'>Cranes over the quay at dawn.</div>"
             "<div class='InlineImage-imageEmbedCredit'>Sam Lens | Harbour Photos</div>")
    body = stripper.extract(page(glued)).body
    assert "Cranes over the quay" not in body and "Sam Lens" not in body
    absent = "<p class='withoutCaption'>The pier will close for two weeks in March for repairs.</p>"
    assert "close for two weeks" in stripper.extract(page(absent)).body


def test_captions_and_comments_options_keep_their_concepts():
    caption = "<figure><img src='a.jpg'><figcaption>Crowds on the quay at noon</figcaption></figure>"
    assert "Crowds on the quay" not in stripper.extract(page(caption)).body
    assert "Crowds on the quay" in stripper.extract(page(caption), options=stripper.Options(include_captions=True)).body


TRANSLATED_CHROME = [
    "<p>Par la rédaction</p>", "<p>Von der Redaktion</p>",
    "<p>Oglasno sporočilo</p>", "<p>Povezano</p>", "<p>Lajme të tjera</p>", "<p>Última actualización: 20/02/2024 - 09:12</p>",
    "<p>举报</p>",
    "<p>May 21, 2024Updated May 22, 2024</p>", "<p>Report a typo</p>", "<p>Also tested</p>", "<p>Related GPU reviews</p>",
    "<p>Harbour Style uses only high-quality sources, including peer-reviewed studies, to support the facts within our articles.</p>",
    "<p>This article does not contain investment advice or recommendations. Every investment and trading move involves risk.</p>",
    "<p>Disclaimer: The article is provided for educational purposes only.</p>", "<p>1805 Total views</p>",
    "<p>3,412 Views · 28 Favorites · 4 Comments</p>", "<p>Sharelines from this story</p>", "<p>Di: Notiziario/ludo</p>",
    "<p>Citation Information</p>",
    "<p>Mis en ligne le mardi 8 octobre 2019 par Y. Le Goff</p>", "<p>Публикувана на 14.03.2024 г., 10:25 ч. | Прочетена 1873 пъти</p>",
    "<p>2024/08/20 15:32 記者林彥廷／台中報導 字級：小 中 大</p>", "<p>掲載日：2011年6月15日</p>",
    "<p>Copyright(C) Harbour Town. All rights reserved.</p>", "<p>Copyright © Harbour Media, Inc. All Rights Reserved.</p>",
    "<p>Rui Medeiros 03 Jun 2024, 18:20 Atualizado: 04 Jun 2024, 10:00</p>",
    "<p>Viernes, 11 de agosto 2023, 12:30 | Actualizado 16:48h.</p>", "<p>相關新聞請見：</p>", "<p>Did you spot an error?</p>",
    "<p>We're committed to correcting or clarifying mistakes quickly.</p>", "<p>Pin it for later!</p>",
    "<p>Last medically reviewed on March 19, 2024</p>", "<p>How we reviewed this article:</p>",
    "<p>Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.</p>",
    "<p>Wpis opublikowano we wtorek, 15 czerwca 2010 o 14:32 w kategorii Wiadomości. Możesz śledzić komentarze do tego wpisu przez kanał RSS 2.0.</p>",
    "<p>To report an error, email corrections@harbour.example or write to the readers' editor.</p>",
    "<p>2 апреля 2024, 23:50 · Обновлено 3 апреля 2024, 10:20</p>", "<p>FUENTE Grupo Harbour</p>", "<p>3 of 8</p>",
    "<p>Renseignements :</p>",
    "<p>Because of the generality of this update, the information provided herein may not be applicable in all situations.</p>",
    "<p>ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ</p>", "<p>Bunlar da ilginizi çekebilir: Kredi kartlarında yeni dönem</p>",
    "<p>Ακολουθήστε το Harbour.gr στο Google News και μάθετε πρώτοι όλες τις ειδήσεις</p>",
    "<p>Публикувана: 24 април 2024 г., 18:32 Обновена: 25 април 2024 г., 08:11</p>",
    "<p>Artikel ini telah tayang di Harbourjogja.com dengan judul Warga Bangun Jembatan Bambu</p>",
    "<p>Disclaimer: Harbour and Wire! are not responsible for the accuracy of news releases posted by contributing institutions.</p>",
    "<p>Enjoying Harbour Notes? Forward it to a friend so they can sign up too.</p>", "<p>How did you like today's edition?</p>",
    "<p>Este contenido es exclusivo para suscriptores</p>", "<p>Para seguir leyendo, suscríbete a Diario Premium</p>",
    "<p>Cet article est réservé aux abonnés. Il vous reste 64% à découvrir.</p>", "<p>Il vous reste 58.2% de cet article à lire.</p>",
    "<p>Abbonati a Gazzetta a 1€ al mese per 3 mesi</p>", "<p>This story is for premium subscribers only</p>",
    "<p>Publié le 4 avril 2024 à 05h30, modifié le 4 avril 2024 à 10h02 Lecture 3 min.</p>",
    "<p>Get the latest Football News, transfer updates and live scores only on Harbour Sport. Download the Harbour Sport App.</p>",
    "<p>Get Current Updates on City News, along with Latest News and Top Headlines from the region and around the world.</p>",
    "<p>Slide 2 of 6</p>", "<p>Bild 4 von 7</p>", "<p>ڕیکلام</p>",
    "<p>Siga o nosso canal no WhatsApp e receba as notícias do dia: Aderir</p>",
    "<p>نویسنده،سارا احمدی</p>", "<p>Role, Harbour News</p>", "<p>به‌روز شده ۲۸ بهمن ۱۴۰۲</p>", "<p>۱۲ اسفند ۱۴۰۲ - ۲ مارس ۲۰۲۴</p>",
    "<p>نُشر: 08:15-3 أبريل 2024 م ـ 24 رمضان 1445 هـ</p>", "<p>• Jul 9, 2024 Last updated: Jul 9, 2024, 4:10 PM</p>",
    "<p>Dienstag, 12. November 2024</p>", "<p>Enjoying Harbour Notes? Subscribe for free.</p>",
    "<p>Analyst's Disclosure: I/we have no position in any of the companies named.</p>",
    "<p>Past performance is no guarantee of future results. No advice is given here.</p>",
    "<p>This article was generated with the support of AI and reviewed by an editor.</p>",
    "<p>特别声明：以上内容为平台用户上传并发布，本平台仅提供信息存储服务。</p>", "<p>新浪声明：此消息系转载自合作媒体。</p>",
    "<p>Notice: The content above is uploaded and posted by a user of the platform.</p>", "<p>责任编辑：</p>",
    "<h2>Recent Episodes</h2>", "<h2>Creators and Guests</h2>",
    "<div>Aktie 21,40 € +1,12 %</div>", "<p>Kursdaten: Stand 03.09.2024, 17:35 Uhr</p>", "<p>In this article:</p>",
    "<p>HFL258.41+1.27 (+0.49%)Market data provided by Quotefeed</p>", "<p>Harbour Value4.2K Followers</p>",
    "<p>Publié le 4 avril 2024 à 07h30, modifié le 5 avril 2024 à 10h15</p>",
    "<div class='timestamp'><span>October 2, 2024 at 8:15 a.m. EDT</span> <span>Updated October 2, 2024 at 10:40 a.m. EDT</span></div>",
    "<p><em>Rui Tavares is a features reporter for the Harbour Ledger. Reach him at rtavares@ledger.example.</em></p>",
    "<p>Posts may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.</p>",
    "<div class='infoBox'>Dziękujemy za lekturę. Obserwuj nas w Wiadomościach Google.</div>",
    "<p>For media enquiries please contact the communications team on 01632 960 555.</p>",
    "<p>Next review due: 22 January 2025</p>",
    "<p><strong>ଆହୁରି ପଢ଼ନ୍ତୁ:</strong> <a href='/x/2'>ନଦୀ ବନ୍ଧ ମରାମତି କାମ ଆରମ୍ଭ</a> ଜିଲ୍ଲା ଖବର</p>",
    "<div class='meta'>Door Sanne de Kruijff · 28 okt. 2024, 18:05 · Laatste update: 29 okt. 2024, 07:40</div>",
    "<p>Av Anna Lind, 12 mars 2024 kl. 08.15</p>",
    "<p>Started: 8 June 2024, 07:05 BSTLast updated: 9 June 2024, 01:10 BST</p>",
    "<p class='ObitPublished'>Published by The Millbrook Ledger on Jan. 16, 2024.</p>",
    "<p>May 14, 2024 10:30 p.m. ET Updated May 15, 2024 9:05 a.m. ET 4 min read</p>",
    "<p>This article was most recently revised and updated by <a href='/contributors/ana'>Ana Reyes</a>.</p>",
    "<p class='g3Nst'>PR</p>", "<p class='title'>相關新聞</p>", "<p>编辑 王晓 校对 刘军</p>", "<h2>この記事を書いた人</h2>",
    "<p>Reklaam</p>", "<h3>Le puede interesar</h3>", "<h2>Mohlo by vás zajímat</h2>",
    "<p>Sigue toda la información de Valencia en Facebook y X, o en nuestra newsletter diaria.</p>",
    "<p>Este artigo é exclusivo para assinantes. Assine o Diário do Sul e apoie o jornalismo independente.</p>",
    "<p>Última actualización 07.03.2024 17:20:00</p>", "<p>Publié le jeudi 7 mars 2024 à 10h20min</p>",
    "<p>12.11.2023 09:41 Viimati uuendatud: 13.11.2023 08:02 Kommentaarid (2)</p>",
    "<p>donderdag 7 maart, 06:12Aangepast donderdag 7 maart, 08:15</p>",
    "<p>Catch all the Live Cricket Score, Latest updates on Ranji Trophy and Cricket News on The Deccan Ledger.</p>",
    "<p><strong>อ่านข่าวที่เกี่ยวข้อง :</strong> <a href='/x/1'>น้ำท่วมเชียงใหม่ยังไม่คลี่คลาย</a> รายงานพิเศษ</p>",
    "<p><strong>อ่านเพิ่มเติม :</strong> <a href='/x/1'>น้ำท่วมเชียงใหม่ยังไม่คลี่คลาย</a> รายงานพิเศษ</p>",
    "<p><strong>ये भी पढ़ें:</strong> <a href='/x/1'>मेट्रो का दूसरा चरण अगले साल</a> पूरी खबर</p>",
    "<p><strong>Xem thêm:</strong> <a href='/x/1'>Giá nhà chung cư tiếp tục tăng</a> trong quý</p>",
    "<p><strong>Tin liên quan:</strong> <a href='/x/1'>Giá nhà chung cư tiếp tục tăng</a> trong quý</p>",
    "<p><strong>Leia mais:</strong> <a href='/x/1'>Prefeitura anuncia nova linha</a> de ônibus elétrico</p>",
    "<p>Catch all the City News, India News and Latest Updates on Deccan Ledger. Download the Deccan Ledger App to get daily updates.</p>",
    "<p>未经正式授权严禁转载本文，侵权必究。</p>", "<p>本文为作者原创，未经授权禁止转载。</p>", "<p>界线新闻记者 | 周明远</p>",
    "<p>封页新闻记者 罗一帆 实习生 唐小雨</p>", "<p>【文/观潮者网 许知言】</p>", "<p>风险提示：本文所提到的观点仅代表个人的意见。</p>",
    "<p>资料图：东部产区的果农在采收榴莲</p>", "<p>西河街夜市入口，晚上八点前后人流最密集。摄影：老周走县城</p>",
    "<p>海量资讯、精准解读，尽在新澜财经APP</p>", "<p>老周走县城 +关注 2024-05-12 00:36 阅读数：10万+</p>",
    "<p>慢牛老陈 发布于2024-03-12 22:15 修改于2024-03-13 09:02 · 来自雪峰 阅读 3.6万</p>",
    "<p>Бүгін, 00:14</p>", "<p>Дереккөз: Экология министрлігі</p>", "<p>Тегтер: қар барысы экология</p>",
    "<p>Подписывайтесь на «Фонтан» в Telegram и ВКонтакте, чтобы первыми узнавать новости.</p>",
    "<p>Тільки перевірена інформація у нас у Telegram-каналі та у Viber. Не ведіться на фейки!</p>",
    "<p>（首都圏局 記者 高橋美咲）</p>", "<p>（報道部・佐藤健一）</p>", "<p>文 / 周南 本文约2600字，阅读需要7分钟</p>",
    "<p>图｜小巷里的旧书摊，摄于2017年</p>", "<p>点击「在看」，把这篇文章分享给更多朋友</p>",
    "<p>北陸みなと新聞のLINE公式アカウントを友だち追加すると、毎朝ニュースが届きます。</p>",
    "<p>镜相栏目首发独家非虚构作品，如需转载，请在后台留言申请授权。</p>", "<h3>作者简介</h3>",
    "<p>Edited By: अंकित शर्मा Updated: Tue, 20 Aug 2024 09:30 AM (IST)</p>",
    "<p>Image source, Northern Courier</p>", "<p>Image caption, Some of the rails date from the 1990s</p>",
    "<p>Click here to join our WhatsApp Channel for breaking news and updates.</p>",
    "<p>Il Corriere del Porto è anche su Whatsapp. È sufficiente cliccare qui per iscriversi al canale.</p>",
    "<p>3 febbraio 2024 (modifica il 4 febbraio 2024 | 00:15)</p>", "<p>09:30 AM, 20-Aug-2024</p>", "<p>Voir plus</p>",
    "<p>और देखें</p>", "<p>© RIPRODUZIONE RISERVATA</p>", "<p>(C)2008 北峰新報社</p>",
    "<p>Julie Tremblay · 7 nov. 2024</p>", "<p>Sam Lens | March 4, 2024</p>", "<p>Étiquettes : hiver, arbustes, entretien</p>",
    "<p>Schlagwörter: Hafen, Fähre</p>",
    "<div class='prompt'>In [12]:</div>", "<div class='prompt'>Out[3]:</div>",
    "<p>Enlarge this image</p>", "<p>Related story</p>", "<div>עוד בנושא:</div>",
    "<p>Schreibe einen Kommentar</p>", "<p>Laisser un commentaire</p>", "<p>Deja una respuesta</p>",
    "<p>Lascia un commento</p>", "<p>Deixe uma resposta</p>", "<p>Добавить комментарий</p>",
    "<p>发表评论</p>", "<p>Ihre E-Mail-Adresse wird nicht veröffentlicht.</p>",
    "<h3>Ähnliche Beiträge</h3>", "<h3>Articles similaires</h3>", "<h3>Artículos relacionados</h3>",
    "<h3>Похожие статьи</h3>", "<h3>関連記事</h3>", "<h3>Meistgelesen</h3>", "<h3>Les plus lus</h3>",
    "<h3>I più letti</h3>", "<h3>Популярное</h3>", "<p>Pubblicità</p>", "<p>Publicidad</p>", "<p>Реклама</p>",
    # added with the second round of issue 3: more languages and the phrasings found in the error report
    "<h3>Самые популярные диеты</h3>", "<h3>Você pode gostar...</h3>", "<h3>Vous aimerez aussi</h3>",
    "<h3>Отзывы</h3>", "<h3>Kommentare (3)</h3>",
    "<p>ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.</p>",
    "<p>There's more. Sign up for The Morning Tide today to get the free newsletter delivered to your inbox.</p>",
    "<h2>Are you a midwife at the hospital? Share your experience</h2>",
    "<p>We would like to hear from parents affected by the changes. Your responses are secure.</p>",
    # fourth round: leaks read off the corpora's lowest pages
    "<h3>Related Searches</h3>",
    "<p>Get the latest updates right in your inbox. Subscribe to the Gazette's newsletters.</p>",
    "<p>Get Harbour Monthly delivered through your letterbox every month. 12 issues for £11.99.</p>",
    "<p>Have a tip? Sam Lens may be reached at slens@gazette.example. Follow her on Twitter @samlens.</p>",
    # fourth round: leaks found by pages a helper wrote in seven more languages
    "<p>Hirdetés</p>", "<h3>Kapcsolódó cikkek</h3>", "<h3>Ez is érdekelheti</h3>", "<h3>כתבות נוספות</h3>",
    "<p>פרסומת</p>", "<p>विज्ञापन</p>", "<p>विस्तार</p>", "<h3>相关新闻</h3>",
    "<p>Kövesse az oldalunkat a Facebookon is, hogy ne maradjon le semmiről!</p>",
    "<p>ताजा खबरों के लिए हमारे WhatsApp चैनल से जुड़ें</p>",
    "<p>原标题：港口新码头今日开工</p>", "<p>本报记者 李明</p>", "<p>[责任编辑：王小红]</p>",
    "<p>Помітили помилку? Виділіть її та натисніть Ctrl+Enter</p>",
    "<div class='listen-btn'><a href='#'>Listen</a> <span>(00:03:12)</span></div>",
    "<div class='img_wrapper'><img src='a.jpg'><span class='img_descr'>新码头工地 记者 李明 摄</span></div>",
    "<div class='content-video'><div class='video-player'></div><div class='content-video__description'>"
    "Cranes lift the first span into place</div></div>",
    "<p>Published in</p>", "<p>Get Sam Lens’s stories in your inbox</p>",
    "<p>Join the Quayside for free to get updates from this writer.</p>", "<h3>Σχετικά</h3>",
    # fourth round, third batch: pages a helper wrote after English news templates and eight more languages
    "<p>Follow Harbour News Cornwall on X, Facebook and Instagram.</p>",
    "<p>Follow the Gazette’s coverage of the storms at https://gazette.example/storms</p>",
    "<p>Editor’s Note: Sign up for the Gazette’s Tide Tables science newsletter.</p>",
    "<p>Privacy Notice: Newsletters may contain info about charities and online ads.</p>",
    "<p>Free daily newsletter</p>", "<p>Sign up to First Tide</p>",
    "<p>A version of this article appears in print on May 2, 2025, Section A, Page 4.</p>",
    "<p>Haberin Devamı</p>", "<p>スポンサーリンク</p>", "<p>Halaman:</p>", "<p>انتهای پیام/</p>", "<p>01:42</p>",
    "<p>Urmărește-ne pe Google News pentru cele mai noi știri.</p>",
    "<p>Sigue la información de Clima en Facebook y X, o suscríbete a nuestra newsletter semanal</p>",
    "<p>Simak berita pilihan kami langsung di ponselmu lewat WhatsApp Channel : https://wa.example/x</p>",
    "<div class='video-resource'><span>Rare fish seen off the reef</span><span>01:32</span></div>",
    "<p>Subscribe to continue reading.</p>", "<p>この記事は有料記事です。残り1234文字</p>",
    "<p>▶ 한빛일보 구독하고 경품 받아가세요</p>", "<p>記者王小明／台北報導</p>", "<p>責任編輯：李大華</p>",
    "<p>點我看更多島嶼新聞</p>", "<p>▲港口新碼頭今天動工。（圖／記者王小明攝）</p>",
    "<p>Dalszy ciąg materiału pod wideo</p>",
    "<h2>Discover more from The Quay Ledger</h2>", "<p>Subscribe to get the latest posts sent to your email.</p>",
    "<p class='ez-toc-title'>Table of Contents</p>", "<div class='kksr-legend'>Rate this post</div>",
    "<figure><img src='a.jpg'><span data-hook='imageViewerCaption'>The kiln on the third night.</span></figure>",
    "<p>Jetzt weiterlesen mit HAFEN+</p>", "<p>Sie haben bereits ein Abonnement? Hier anmelden</p>",
    "<p>Partager</p>", "<p>Del artikkelen</p>", "<p>Поделиться:</p>",
    "<p>Cet article vous a été utile ? Sachez que vous pouvez suivre Port-Quay dans votre espace.</p>",
    "<p>(Con información de EFE)</p>", "<p>Seguir leyendo:</p>",
    "<p>Shop the teas in this post: High Mountain Green.</p>",
    "<div class='wp-block-newspack-blocks-donate'><h3>Support our work</h3><p>Reader gifts pay for our reporting.</p></div>",
    "<div class='ltag__link'><a href='/x'><h2>Why pip install is slow on CI</h2><h3>Tom Keel ・ Jan 20</h3></a></div>",
    "<div class='InlineNewsletter'><p>Get our weekly baking letter with recipes and tips for every loaf.</p></div>",
    "<div class='page-links'>Pages: <a href='?page=1'>« Previous page</a> <a href='?page=1'>1</a> 2</div>",
    "<p class='continue-reading'>Continue reading on the next page ›</p>",
    "<div role='status'>This page updates automatically. 2 new updates</div>",
    "<header class='live-entry__meta'><time>15:48</time> <span>Rhian Pugh</span></header>",
    "<p>Автор: Анна Котова</p>", "<p>12.05.2025 09:15 2 417 Версия для печати</p>",
    "<p>We only pick products our editors chose on their own. However, we may receive a portion of sales if you "
    "purchase a product through a link in this article.</p>",
    "<p>The Quay Review may earn a small commission when you buy books through links on this page.</p>",
    "<p>Editors test every kettle themselves. If you buy through affiliate links, we may earn commissions.</p>",
    "<p>📲 Participe do canal do Diário do Cais no WhatsApp</p>", "<p>Entre no canal do Jornal da Barra no Telegram</p>",
    "<div class='jump-to'><p class='jump-to__title'>Jump to:</p></div>",
    "<p>Kapcsolódó</p>", "<p>Tramvaj na náměstí v Brně (ilustrační snímek) | foto: Jana Nováková, MAFRA</p>",
    "<p>(Borítókép: A villamos a Városmajorban 2024. október 30-án. Fotó: Kiss Anna / Mutató)</p>",
    "<p>Dalsza część artykułu pod materiałem wideo</p>", "<p>Masz newsa, zdjęcie lub filmik? Prześlij nam przez formularz</p>",
    "<p>Har du tips om snøkaoset? Send oss bilder og video.</p>", "<p>Źródło artykułu: Portal Wiadomości</p>",
    "<p>Oppsummeringen er laget med hjelp av KI og kvalitetssikret av redaksjonen.</p>",
    "<p>Կարդացեք նաև</p>", "<p>Čítajte aj</p>", "<p>Lesa meira</p>", "<p>Darllen mwy</p>", "<p>Auglýsing</p>",
    "<p>Deila Tísta Senda</p>", "<p>Podijeli Viber X</p>", "<p>Komentari (12)</p>", "<p>Ummæli</p>",
    "<p>Ummæli eru á ábyrgð þeirra sem þau skrifa.</p>", "<p>Komentari odražavaju stavove njihovih autora, a ne portala.</p>",
    "<p>Fylgstu með Hafnarblaðinu á Facebook og fáðu fréttir dagsins.</p>",
    "<p>Read more at The Quay Ledger: Ferry fares rise again</p>", "<p>Related: Why the ferry cannot hire enough crew</p>",
    "<p>本文来自微信公众号：港口观察（ID：gangkou），作者：林晓</p>", "<p>封面来源｜视觉中国</p>", "<p>- Patalastas -</p>",
    "<p>（外部配信先では図表や画像を全部閲覧できない場合があります。その際は本サイトでお読みください）</p>",
    "<p>แก้ไขข้อความเมื่อ 3 เมษายน 2567 เวลา 08:12 น.</p>",
    "<p>Do you have a tip on a story the Ledger should be covering? Let us know.</p>",
    "<p>Do you have photos or video of the storm? Send them to us at share@ledger.example.</p>",
    "<p>Contact reporter Ana Lima at ana@ledger.example or by Signal at 555-0142.</p>",
    "<p>Download the Harbour 11 app for breaking news alerts: Apple | Android</p>", "<p>Loading...</p>",
    "<p>Newsletter abonnieren</p>", "<p>Der Newsletter für den Abend – jetzt kostenlos abonnieren.</p>",
    "<p>This article appeared in the Finance section of the print edition under the headline “Thrift”</p>",
    "<p>doi: https://doi.org/10.1234/abc-5678</p>", "<p>This story was originally featured on Ledger.example</p>",
    "<p>(mit Material der dpa) / (vbr)</p>", "<p>Lesen Sie mehr zum Thema</p>",
    "<p>Zu diesem Artikel ist keine Diskussion verfügbar.</p>",
    "<p>If you're enjoying this article, consider supporting our journalism by subscribing.</p>",
    "<p>Disclosure: The Harbour Trust has been a financial supporter of the Ledger, a nonprofit newsroom.</p>",
    "<p>Harbour Briefing: Sign up for the daily Harbour Briefing email newsletter.</p>",
    "<p>بیشتر بخوانید:</p>", "<p>رابط دائم:</p>", "<p>الكاتب، سارة الخطيب</p>", "<p>رشا عبد الحميد | 12-3-2024 | 23:47</p>",
    "<p>Subscribe to updates</p>", "<p>(Log in to post comments)</p>", "<p>Index entries for this article</p>",
    "<p>Did you like this article? Please accept our trial subscription offer to see more.</p>",
    "<p>Assine O Cais e tenha acesso ilimitado ao melhor jornalismo.</p>",
    "<p>Este conteúdo foi produzido pelo Guia do Porto, parceiro do Cais. Acesse o site para mais dicas.</p>",
    "<p>Leia mais:</p>", "<p>Noticia relacionada</p>", "<p>Lea también</p>", "<p>Más noticias</p>", "<p>ahc/rmlgv</p>",
    "<p>আরও পড়ুন:</p>", "<p>Mavzuga oid</p>", "<p>Tagy oqyńyz: Almatyda kóktem merekesi ótedi</p>", "<p>Jarnama</p>",
    "<p>Schlagworte</p>", "<p>Copy heading link</p>", "<p>特别声明</p>", "<p>この記事の写真一覧</p>", "<p>Was this helpful?</p>",
    "<p>214 people found this helpful</p>", "<p>For feedback, complaints, or inquiries, contact us.</p>",
    "<p>Why you can trust Harbour Tech Our reviewers test every product for weeks.</p>", "<p>Posted using PeakD</p>",
    "<p>posted with カエレバ</p>", "<p>《 海港日报 》（ 2025年03月06日 第 02 版）</p>", "<p>1/2 ページ 次のページへ</p>",
    "<p>次のページ： 競合他社の動向と課題</p>", "<p>Sponsored: Tracebin catches the errors your users never report.</p>",
    "<p>Theo dõi Cảng Tin trên Google News để cập nhật tin tức nhanh nhất.</p>",
    "<p>Eng so‘nggi yangiliklarni Telegram kanalimizda kuzatib boring.</p>",
    "<p>When you purchase through links on our site, we may earn an affiliate commission.</p>",
    "<p>Эх сурвалж: Хотын захиргаа</p>", "<p>Have a question? Email Deborah at ask@courier.example.</p>",
    "<p>Have something to say? Send a letter to the editor at letters@courier.example. Letters must include your name.</p>",
    "<p>Ultimo aggiornamento: martedì 4 marzo 2025 09:12</p>",
    "<p>Photograph: Ana Lima/Harbour News</p>",
    "<p>Kommentare werden geladen …</p>", "<p>Posten Sie Ihre Meinung – bitte halten Sie sich an unsere Netiquette.</p>",
    "<p><em>Hinweis: Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber, bekomme ich eine kleine Provision.</em></p>",
    "<p>Kein Spam. Abmeldung jederzeit möglich.</p>", "<p>No spam. Unsubscribe at any time.</p>",
    "<p>2025年5月12日(月) 0時40分</p>", "<p>港に並ぶ漁船＝11日、港町の北漁港（写真・本社）</p>",
    "<p>※港町新聞に掲載の記事・写真の無断転載を禁止します。</p>",
    "<p>kl/ asa/</p>", "<p>/ДК/</p>", "<p>RND/dpa</p>",
    "<p>Seko \"Ostas Ziņām\" arī Facebook un Telegram kanālā!</p>", "<p>Vir: STA</p>",
    "<p>Wir benötigen Ihre Zustimmung, um den von unserer Redaktion eingebundenen Video-Inhalt anzuzeigen.</p>",
    "<p>Empfohlener redaktioneller Inhalt</p>", "<p>An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt.</p>",
    "<p>Kliknij „Zgadzam się”, aby włączyć Google Maps.</p>", "<p>Video Loading</p>", "<p>Tap to unmute</p>",
    "<p>powered by Typeform</p>",
    "<p>Seguí leyendo:</p>",
    "<p>Get in touch with our news team by emailing us at news@harbour.example.</p>",
    "<p>For more stories like this, check our news page.</p>",
    "<p>Subscribe to the Harbour Daily podcast on Apple Podcasts, Spotify and Spreaker</p>",
    "<p>We pay for your stories! Do you have a story for the Harbour News team? Email us at tips@harbour.example or call "
    "0207 555 0100. You can WhatsApp us too. We pay for videos as well. Click here to upload yours.</p>",
    "<p>Featured Video</p>", "<p>Advertisement - Continue Reading Below</p>",
    "<p>مشاركة: إكس فيسبوك واتساب طباعة</p>", "<p>هل كان المحتوى مفيداً؟</p>", "<p>14 من أصل 16 زائراً وجدوا هذا المحتوى مفيداً</p>",
    "<p>このページの情報は役に立ちましたか？</p>", "<h3>このページに関するお問い合わせ</h3>",
    "<p>All content created by the Harbour News Foundation, an independent newswire service, is available without charge "
    "to any legitimate news publisher that can provide a large audience.</p>",
    "<p>This content is written by a Harbourflare contributor. Opinions and views expressed are the contributor's own.</p>",
    "<p>The views and opinions expressed herein are solely those of the author and do not represent the site.</p>",
    "<p>Opinions expressed by Harbour News contributors are their own.</p>",
    "<p>Insights are generated from the articles below and may contain errors. Learn more</p>",
    "<p>अस्वीकरण: यह खबर कंप्यूटर प्रोग्राम द्वारा स्वतः एकत्रित की गई है।</p>", "<p>При цитуванні і використанні будь-яких матеріалів в Інтернеті гіперпосилання обов'язкове.</p>",
    "<p>При цитировании и использовании любых материалов ссылка на сайт обязательна.</p>",
    "<p>(Hina) kst ysp</p>", "<p>(Schluss)</p>", "<p>Mólók a kikötőben, ahol a hajók kikötnek Fotó: MTI/Kovács Anna</p>",
    "<p>OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | OTS0012</p>",
    "<p>Diese Meldung ist Teil eines automatisierten Angebots der Deutschen Presse-Agentur (dpa).</p>",
    "<p>本文为作者在平台上传并发布，仅代表该作者观点。</p>", "<p>2025/05/12 05:30</p>",
    "<p>지난달 항구에 찍힌 수달 가족. 바다시 제공</p>", "<p>氣象署表示，鋒面今晚報到。（資料照）</p>",
    "<p>Рэклама</p>", "<p>Isikhangiso</p>", "<p>Publizitatea</p>", "<p><b>Ẹ tún lè ka:</b></p>", "<p>文章目录</p>",
    "<p>زیاتر بخوێنەوە: ئاوی بەنداوەکە بۆ هاوین بەس دەکات</p>", "<p>Partekatu Facebook X WhatsApp Posta</p>",
    "<p>ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ ਲਈ ਸਾਡਾ WhatsApp ਚੈਨਲ ਜੁਆਇਨ ਕਰੋ</p>", "<p>ကမ်းနား သတင်းကို Telegram တွင်လည်း Follow လုပ်ထားနိုင်ပါသည်။</p>",
    "<div class='timeStamp'><span>Publiziert: 04.11.2025 um 07:20 Uhr</span> <span>|</span> "
    "<span>Aktualisiert: 04.11.2025 um 09:05 Uhr</span></div>",
    "<p>点击上方蓝字 关注我们</p>", "<p>- END -</p>", "<p>编辑 | 周琪</p>", "<h3>往期推荐</h3>",
    "<p>分享、点赞、在看，3连3连！</p>", "<div class='rich_media_tool'><span>阅读 3652</span></div>",
    "<p>改造后的书房保留了原来的木梁。摄影 / 周琪</p>", "<p>반응형</p>",
    "<div class='cmp-image'><img src='a.jpg'><span class='cmp-image__title'>Battery rows at the site</span></div>",
    "<p>İçindekiler</p>", "<p>- Iklan -</p>", "<p><strong>Editor: Ahmad Fauzi</strong></p>",
    "<p>View Article</p>", "<p>Google Scholar</p>", "<div class='figure-inline-download'>Download:</div>",
    "<div class='whatsapp-box'><p class='whatsapp-box__text'>Iscriviti al canale della Gazzetta: le notizie più importanti ogni giorno.</p></div>",
    "<p>Последвайте ни в Telegram и Google News, за да научавате първи най-важното.</p>", "<p>Kilde: Færdselsstyrelsen</p>",
    "<p><em>(With inputs from PTI)</em></p>", "<p>PAY ATTENTION: Join Harbour Daily's Telegram channel! Never miss updates!</p>",
    "<p>Join SD's Telegram channel here and get the latest breaking news delivered to you.</p>", "<p>/cb</p>",
    "<p>For more news about the storm click here.</p>", "<h2>More Coverage</h2>",
    "<p>Disclaimer: Comments do not represent the views of the Harbour Daily.</p>",
    "<div class='attribution'><em>— With assistance from Jo Quill</em></div>",
    "<div class='node__submitted'><span class='field--name-uid'>Ane Etxeberria</span> · <span class='field--name-created'>2025eko apirilaren 8a, 18:45</span></div>",
    "<p>Kindergottesdiensttage machen Spaß, finden die Kinder (von links). Foto: Anna Beispiel</p>",
    "<p>O cachorro com a nova dona, que lhe deu um lar. — Foto: Ana Lima/Arquivo Pessoal</p>",
    "<p>▲4일 시청에서 성금 전달식이 열렸다. 사진=시청 제공</p>",
    "<p>Сурталчилгаа</p>", "<p>ကြော်ငြာ</p>", "<p>Xayeysiis</p>", "<h4>Глядзіце таксама</h4>",
    "<p>Падпісвайцеся на наш тэлеграм-канал, каб першымі даведвацца пра галоўныя навіны.</p>",
    "<p>Мэдээ, мэдээллийг цаг алдалгүй авахыг хүсвэл Бидэнтэй Facebook-ээр нэгдээрэй</p>",
    "<p>သတင်း၏ Telegram Channel ကို Join ထားပါ။</p>", "<p>නවතම පුවත් සඳහා අපගේ Facebook පිටුවට සම්බන්ධ වන්න.</p>",
    "<p>Ka daalaco wararka ugu dambeeyay bogga Facebook-ga iyo kanaalka WhatsApp.</p>",
    "<p>Story Source:</p>", "<p>Materials provided by Northgate University. Note: Content may be edited for style and length.</p>",
    "<p>廣告</p>", "<p>Halaman 1 2 3 Selanjutnya » Tampilkan Semua</p>", "<p>ขอบคุณข้อมูลจาก: กรมอุตุนิยมวิทยา</p>",
    "<p>Elif Yıldırım Okunma Süresi: 3 dk</p>", "<h3>موضوعات متعلقة..</h3>",
    "<p>Anuncios</p>", "<p>Want farm updates in your inbox? Sign up on our contact page and we'll write when eggs are in.</p>",
    "<p>Low Tide Letters is free and reader-supported. If you'd like to chip in, you can become a paying subscriber.</p>",
    "<p>Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с политикой.</p>",
    "<p>입력 2020.08.27 20:27</p>", "<p>기사입력 2024-05-03 09:12 수정 2024-05-03 10:40</p>", "<h3>Kommentarer</h3>",
    "<p>Vi ønsker en åben og livlig debat på siden, og opfordrer alle til at kommentere.</p>", "<h3>Alte ştiri de Portal.md</h3>",
    "<p>Pełne korzystanie z serwisu wymaga włączonego w Twojej przeglądarce JavaScript oraz innych technologii.</p>",
    "<p>Please follow and like us:</p>", "<h3>【熱門點閱】</h3>", "<p>Twoja przeglądarka nie ma włączonej obsługi JavaScript</p>",
    "<p>Bitte aktivieren Sie JavaScript in Ihrem Browser.</p>", "<p>Be the first to know</p>",
    "<p>Get local news delivered to your inbox!</p>",
    "<p>* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy.</p>",
    "<p>Źródło zdjęcia głównego: Jan Nowak/Agencja</p>", "<p>Argazkia: Iker Otamendi / Foku</p>",
    "<p>Опубликован в газете «Вечерний город» №1234 от 30 декабря 2020</p>", "<p>Заголовок в газете: Мост откроют к весне</p>",
    "<p>Follow our full coverage of the storm here.</p>",
    "<p>All products recommended by Harbour Tech are selected by our editorial team, independent of our parent company.</p>",
    "<p>Rückfragen bitte an:</p>", "<p>Original-Content von: Polizei Hafenstadt, übermittelt durch news aktuell</p>",
    "<p>SOURCE Harbour Robotics, Inc.</p>", "<p>Iragarkia</p>", "<p>Reklāma</p>", "<p>Reklamë</p>", "<p>- Talla -</p>", "<p>Жарнама</p>",
    "<h3>Lasi arī</h3>", "<p>உள்ளடக்கம்</p>", "<p>Seko mums Facebook, X un Telegram!</p>",
    "<p>I-follow kami sa Facebook para sa pinakabagong balita!</p>",
    "<p>Hysbyseb</p>", "<div class='rhannu-links'><span>Rhannu:</span> <a href='/f'>Facebook</a> <a href='/x'>X</a> <a href='/e'>E-bost</a></div>",
    "<p>Sledite nam na Facebooku in Instagramu ter ne zamudite nobene novice iz doline.</p>",
    "<p>Понравилась статья? Ставьте 👍 и подписывайтесь на канал, чтобы не пропустить новые советы!</p>",
    "<div class='product-embed css-4j2v1l'><div class='css-1xk2l3n'>Product data</div><span>Harbour 12V Battery Charger</span><a href='/b'>$39 at Shopmart</a></div>",
    "<p>Loading Instagram content</p>", "<p>Don't miss the latest harbour news. Join our WhatsApp community here</p>",
    "<p>Do you have a story? Email tips@harbournews.example</p>", "<p class='tit'>Mirá también</p>",
    "<p>Գովազդ</p>", "<p>- ಜಾಹೀರಾತು -</p>", "<p>പരസ്യം</p>", "<p>ప్రకటన</p>", "<p>விளம்பரம்</p>", "<p>اعلان</p>",
    "<p>اشتہار</p>", "<p>تبلیغات</p>", "<p>آگهی</p>", "<p>რეკლამა</p>", "<p>বিজ্ঞাপন</p>", "<p>જાહેરાત</p>",
    "<p>जाहिरात</p>", "<p>ਇਸ਼ਤਿਹਾਰ</p>", "<p>ବିଜ୍ଞାପନ</p>", "<p>දැන්වීම</p>", "<p>ማስታወቂያ</p>", "<p>ໂຄສະນາ</p>",
    "<p>ពាណិជ្ជកម្ម</p>", "<p>Quảng cáo</p>", "<h3>Прочитајте још</h3>", "<h3>Pročitajte još</h3>", "<h3>ఇవి కూడా చదవండి</h3>",
    "<p>Пратите нас и на Телеграму и Инстаграму.</p>",
    "<p>📢 Жаңылыктарды биринчи болуп билүү үчүн Telegram-каналыбызга жазылыңыз!</p>",
    "<p>తాజా వార్తల కోసం మా వాట్సాప్ ఛానెల్‌ను ఫాలో అవ్వండి.</p>",
    "<p>📲 ഏറ്റവും പുതിയ വാർത്തകൾക്ക് ടെലിഗ്രാം ചാനലിൽ ജോയിൻ ചെയ്യൂ</p>",
    "<p>சமீபத்திய செய்திகளுக்கு Google News-ல் எங்களைப் பின்தொடருங்கள்.</p>",
    "<p>↓ポチッと応援していただけると励みになります</p>", "<p>ランキングに参加しています。クリックで応援お願いします！</p>",
    "<p>ぽちっと押していただけると更新の励みになります。</p>", "<p>Больше разборов — в моем телеграм-канале, подписывайтесь.</p>",
    "<p><strong>اقرأ أيضًا:</strong></p>", "<p><strong>كتب- سامي الهادي:</strong></p>", "<p>ข่าวท่าเรือ 2 ธ.ค. 2567 00:30 น.</p>",
    "<h3>อ่านข่าวที่เกี่ยวข้อง</h3>", "<p>ภาพ : กรมเจ้าท่า</p>", "<p>แชร์ข่าวนี้</p>",
    "<p>Oglas</p>", "<p>Tekst se nastavlja ispod oglasa</p>", "<p>Besedilo se nadaljuje pod oglasom</p>",
    "<p>Thank you for relying on us to provide the journalism you can trust. Please consider supporting us with a subscription.</p>",
    "<p>For the latest news, weather, sports, and streaming video, head to KHRB.</p>",
    "<p>Play video</p>", "<p>Want more of the Ledger's science coverage? Subscribe to our free newsletter, Lab Notes.</p>",
    "<h3>Related From Harbour Daily</h3>",
    "<p>Harbour Tech has been testing gadgets since 2006. Our stories may include affiliate links; if you buy something "
    "through a link, we may earn a commission.</p>",
    "<p>Want more space and science stories? Sign up for Harbour's weekly Light Speed newsletter.</p>",
    "<p>By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.</p>",
    "<div>Sat, Nov 16, 2024, 11:40 PM EST<span>·</span><span>2 min read</span></div>",
    "<p class='story-origin'><em>This story was originally published June 5, 2024, 11:48 PM.</em></p>",
    "<p>ติดตามข่าวสาร ข่าวท่าเรือ ได้ทุกช่องทาง <a href='/l'>LINE</a> <a href='/f'>Facebook</a></p>",
    "<p><span>แท็กที่เกี่ยวข้อง</span> <a href='/t/1'>ท่าเรือ</a> <a href='/t/2'>สะพาน</a></p>",
    # eighth round
    "<p><strong>Download our app:</strong> Get the harbour tide alerts on your phone.</p>",
    "<p><em>Video above: the harbour master walks the new quay on Monday.</em></p>",
    "<p>Your subscription makes our reporting possible. Get unlimited digital access for a dollar a week.</p>",
    "<p>Check against delivery</p>", "<p>Es gilt das gesprochene Wort</p>",
    "<p>Cette dépêche a été publiée automatiquement et n'a pas été relue par la rédaction.</p>",
    "<p>(Web editor: Lin Hao, Zhou Mei)</p>", "<p>EFE abc/xyz</p>",
    "<p>Researchers check the rice at a test field by the harbour, Sept. 26, 2024. (Harbour Wire/Li Hao)</p>",
    "<p>A ferry leaves the quay at dawn on Monday. REUTERS/Sam Lens</p>",
    "<h4>Learn more</h4>", "<h3>Find out more</h3>",
    "<p>By Sam Lens, Staff Writer 3 hours ago</p>",
    "<p>Mgbasa ozi</p>", "<p>Pariwara</p>", "<p>Kwamamaza</p>", "<p><strong>यो पनि पढ्नुहोस् :</strong></p>",
    "<p><b>بۇنىمۇ ئوقۇڭ:</b> <a href='/a'>پورتتا يېڭى كېمە</a></p>", "<p>Soro anyị na WhatsApp na Facebook.</p>",
    "<p>Araho izahay amin’ny Facebook.</p>", "<p>Deil greinina:<a href='#'>Deil</a><a href='#'>Teldupostur</a></p>",
    "<p>Top highlight</p>", "<p>Suivez Quai Info sur Facebook, X et Google Actualités.</p>",
    "<p><em>Never miss a story — sign up for Harbour Weekly's free daily newsletter to stay up to date.</em></p>",
    "<p>Disclosure: Some links below are affiliate links. They do not change what you pay.</p>",
    "<p>Imeandikwa na Sam Lens Jumanne, Aprili 8, 2025 saa 6:20 usiku</p>", "<p>S.B.S.</p>",
    "<p>On the quay at dawn on Monday. Fot. Jan Nowak</p>", "<p>Click to Tweet</p>",
    "<p>Receba as notícias do Porto no seu WhatsApp</p>", "<p>ΔΙΑΦΗΜΙΣΗ</p>", "<p>Publicitate</p>", "<p>Annonse</p>",
    "<p>Annons</p>", "<h3>Ειδήσεις σήμερα:</h3>", "<p>Editor : A.B.</p>", "<p>Zuletzt aktualisiert: 03.02.2024 18:40</p>",
    "<p>Ακολουθήστε το Λιμάνι στο Google News</p>", "<p>Nyhetsbrev: Få hamnens nyheter direkt i mejlen.</p>",
    "<p>बंदराचे ताजे अपडेट्स मिळवण्यासाठी आम्हाला व्हॉट्सॲप वर फॉलो करा.</p>",
    "<p>Like Harbour on Facebook, follow @Harbour on Twitter to stay informed.</p>", "<p>Scroll Untuk Melanjutkan</p>",
    "<h2>English Summary:</h2>", "<h3>Also worth reading</h3>",
    "<p>Więcej podobnych treści znajdziesz na stronie głównej Port.example</p>",
    "<p>14 Oct 2025 11:42PM (Updated: 15 Oct 2025 12:10AM)</p>", "<h2>Signaler une erreur</h2>",
    "<p>Conforme a los criterios de The Trust Project</p>", "<p>Special to The Harbour Courier</p>",
    "<p>Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.</p>",
    "<p>Von Sam Lens | 15. Jänner 2025, 00:20 Uhr</p>", "<p>Stand: 15.05.2025, 06:12 Uhr</p>", "<p>Fógra</p>",
    "<p>Publicitat</p>", "<p>- Bruderezh / Publicité -</p>", "<p>Volg De Haven ook op Facebook en Instagram.</p>",
    "<p>Tip de redactie: Heb je zelf nieuws uit de haven? Laat het ons weten.</p>",
    "<p>*hafen.example ist ein Angebot der Hafen-Mediengruppe.</p>",
    "<p>Recevez nos articles par e-mail. Une lettre par mois. Je m’abonne</p>",
    # ninth round: helper pages in Papiamento, Sindhi, Yiddish, Albanian, Romansh, Haitian Creole; finance sites
    "<p>Anunsio</p>", "<p>- اشتهار -</p>", "<p>רעקלאַמע</p>",
    "<div class='bs-irp-heading'><span class='h-text heading-typo'>Lexo edhe</span></div>",
    "<div class='linkbox'><span class='linkbox__title'>Dapli davart il tema</span></div>",
    "<p><strong>Na ndiqni në <a href='https://facebook.example/porti'>Facebook</a> dhe "
    "<a href='https://instagram.example/porti'>Instagram</a> për lajmet më të fundit.</strong></p>",
    "<p>Swiv Nouvèl Pò a sou WhatsApp pou w resevwa dènye nouvèl yo.</p>",
    "<p>(You can now subscribe to our Harbour Markets WhatsApp channel)</p>",
    "<p>Find your daily dose of news &amp; explainers in your WhatsApp. Stay updated, Stay informed- Follow Harbour Daily on WhatsApp.</p>",
    "<p>Source (1)</p>", "<p>Inhalt verbergen</p>", "<p>Erstpublikation: 14.11.2025, 18:20 Uhr.</p>",
    "<p>Publication Date: April 9, 2025</p>", "<p>Zuletzt aktualisiert am 3. Februar 2025 von Sam Lens</p>",
    "<p>Click here for the latest stock market news and in-depth analysis, including events that move stocks</p>",
    "<p>Read the latest financial and business news from Harbour Finance</p>",
    "<p>- Advertensie -</p>", "<p>Shambadzo</p>", "<p>Mahabat</p>",
    "<p>Volg Die Hawebus op Facebook en WhatsApp vir die jongste nuus.</p>",
    "<p>Sie wollen keine Nachrichten aus Ihrer Region verpassen? Folgen Sie dem Hafenkurier auf Facebook und Instagram.</p>",
    "<p>برای دریافت تازه‌ترین خبرها، در کانال تلگرام بندر خبر عضو شوید.</p>",
    "<p>Titeverei pa WhatsApp Channel yedu kuti muwane nhau dzichangobuda.</p>",
    "<p>«Порт Хәбәрләре»н Telegramда һәм YouTubeта күзәтегез.</p>",
    "<p>Nichts mehr aus dem Hafen verpassen: Jetzt unseren kostenlosen Lokal-Newsletter abonnieren!</p>",
    "<h3>Newsletter</h3>", "<h3>Ne maradjon le semmiről!</h3>",
    "<p>Iratkozzon fel hírlevelünkre, és minden reggel elküldjük a nap legfontosabb híreit.</p>",
    "<p>Sam Lens covers the harbour and the islands for the Harbour Gazette. Email him at slens@gazette.example.</p>",
    "<p>Local journalism is a public service.</p>",
    "<p>Your support makes stories like this one possible. Become a Harbour Radio member today.</p>",
    "<div class='nhsuk-inset-text'><span class='nhsuk-u-visually-hidden'>Information: </span></div>",
    "<h2><span class='govuk-visually-hidden'>Summary of </span></h2>", "<p>Beeksisa</p>", "<p>Topp leen Xibaar Pòor ci Facebook ak ci WhatsApp.</p>",
    "<p>Oduu Buufata Facebook fi Telegram irratti hordofaa.</p>",
    "<p>📲 Segui la Gazzetta del Porto su WhatsApp: iscriviti al nostro canale per ricevere le notizie in tempo reale.</p>",
    "<h2 class='section-head'>Бәйле</h2>", "<h3>Jàngal tamit</h3>",
    "<p><em>You might also like: My Ten-Piece Harbour Capsule</em></p>",
    "<p>নতুন বন্দরের খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন</p>", "<p>Urmărește știrile Portul de Cluj și pe Google News</p>",
    "<p>Пратите нас на Фејсбуку и Инстаграму</p>", "<p>I-follow ang Balitang Daungan sa Facebook at TikTok para sa pinakabagong balita!</p>",
    "<p>Altijd als eerste op de hoogte? Volg Omroep Haven op WhatsApp.</p>", "<p>Tabla de contenidos</p>",
    "<p>Te puede interesar: Atole de guayaba como el de mi abuela</p>",
    "<p>Contact Sam Lens at slens@gazette.example or (555) 555-0142.</p>",
    "<p>Have your say on the plans in the comments below, or email us at letters@harbour.example.</p>",
    "<p>Dr Sam Lens speaks to Harbour Breakfast<span>Duration: 6 minutes 12 seconds</span><span>6m</span></p>",
    "<p>Listen duration 3′ 48″</p>", "<p>Support for Harbour Radio comes from</p>",
    "<p>Readers like you are keeping these stories free for everyone...</p>",
    "<p>A mix of advertising and supporting contributions helps keep paywalls away from valuable information like this article.</p>",
    "<p>Get all the latest news from across the bay sent straight to your inbox by signing up to our free newsletter here</p>",
    "<p>Cofrestrwch i dderbyn prif straeon y dydd yn eich blwch e-bost bob bore.</p>",
    "<p>Dilynwch Porth Heddiw ar X, Facebook ac Instagram.</p>",
    "<p>🎉 一手掌握港口生活資訊，快加入港口時報LINE好友 點我加入</p>",
    "<p>港ニュースの公式LINEアカウントでは、地域の最新ニュースをお届けしています。友だち追加はこちら</p>",
    "<p>2024年3月5日 週二 23:15 記者陳雅婷／臺中報導</p>", "<p>相關關鍵字： 夜市 減塑 港口</p>",
    "<h3>Чытайце таксама</h3>", "<h3>Prečítajte si aj</h3>", "<p>Read more in Harbour Daily: The water crisis, explained</p>",
    "<p>With files from Sam Lens</p>", "<p>This could have been a paywall</p>",
    "<p>On another site this would have been a paywall. Harbour Insider keeps our content free for all.</p>",
    "<p>Ná caill scéal! Cláraigh le haghaidh ár nuachtlitir sheachtainiúil.</p>",
    "<p>Жаңартылды: 6 наурыз 2024 09:20</p>", "<p>2 months ago</p>",
    "<p>Sam Lensdóttir 5. mars 2024 kl. 23:48 Uppfært 6. mars 2024 kl. 8:10</p>",
    # saved pages, encodings and reader views (tenth round)
    "<p>Suscríbete aquí a la newsletter de Puerto y recibe cada mañana las noticias más importantes.</p>",
    "<p>Puedes seguir a EL HERALDO DEL PUERTO en Facebook y Twitter.</p>",
    "<p>Recevez chaque matin l'essentiel de l'actualité du port dans votre boîte mail.</p>",
    "<p>Publié le 03/05/2022 à 00h20 · Mis à jour le 03/05/2022 à 08h41</p>",
    "<p>Newsletter „Hafen kompakt“</p>", "<p>Jetzt anmelden</p>",
    "<p>Jeden Morgen die wichtigsten Nachrichten aus dem Hafen – kostenlos in Ihr Postfach.</p>",
    "<p>Filed under: Harbours, Community</p>",
    "<p>Dana Reed is a staff writer covering the harbour and the islands. Follow her on Twitter @danareed.</p>",
    "<p>โดย ผู้สื่อข่าวประจำจังหวัด 13 สิงหาคม 2553 06:30 น.</p>", "<p>ขนาดตัวอักษร ก ก ก | พิมพ์ | ส่งข่าวให้เพื่อน</p>",
    "<h3>Ý kiến bạn đọc</h3>", "<h3>Hozzászólások (12)</h3>", "<h3>Ezek is érdekelhetik</h3>",
    "<p>Pokračování článku pod reklamou</p>", "<p>Fotoğraf: Ferhat Demir/AA</p>", "<p>Externer Inhalt</p>",
    "<p>2/4ページ</p>", "<p>(ČTK, kaš)</p>", "<p>(vl)</p>", "<p>✅ Clique aqui para seguir o canal do Porto Hoje no WhatsApp</p>",
    "<p>📲 Baixe o app do Porto Hoje para ver notícias em tempo real e de graça</p>",
    "<p>An dieser Stelle finden Sie einen Inhalt von Instagram. Ich bin damit einverstanden, dass mir externe Inhalte "
    "angezeigt werden.</p>",
    "<p>Le notizie del porto sul tuo smartphone: iscriviti al canale WhatsApp del Corriere</p>", "<h3>Similar content being viewed by others</h3>", "<p>2025. március 4., 21:15</p>",
    "<p>Módosítva: 2025.03.04. 21:41</p>", "<p>Támogasd a független újságírást!</p>",
    "<p>A Kikötő olvasói támogatásból is működik. Támogatom</p>", "<p>A hozzászóláshoz be kell jelentkeznie. Belépés</p>", "<p>2024年7月18日</p>", "<p>2024/09/06 08:12 （最終更新 09/06 09:30）</p>",
    "<p>2024년 7월 18일</p>", "<p>Written by Dana O'Reed</p>",
    "<p>Sigue a Diario del Puerto en Google Discover y recibe las noticias más relevantes de la Región.</p>",
]


def test_hidden_on_phones_but_shown_on_wide_screens_is_not_hidden():
    """Tailwind's "hidden md:block" and Bootstrap's "d-none d-md-block" show the text on a laptop."""
    shown = ("<div class='hidden md:block'><p>The desktop paragraph that laptop readers see.</p></div>"
             "<p class='d-none d-md-block'>The wide-screen paragraph from a Bootstrap theme.</p>"
             "<p class='hidden'>A paragraph hidden everywhere.</p>")
    body = stripper.extract(page(shown)).body
    assert "The desktop paragraph" in body and "The wide-screen paragraph" in body
    assert "hidden everywhere" not in body


def test_a_papers_discussion_section_is_not_a_comment_thread():
    section = ("<div class='section' id='discussion'><h2>Discussion</h2><p>The results suggest the harbour "
               "silt holds twice the carbon measured in the open channel.</p></div>")
    assert "the harbour silt holds twice the carbon" in stripper.extract(page(section)).body


def test_framework_pieces_that_are_content_stay():
    """Bootstrap's card-footer in a fact box, the attribution figcaption under a quotation, an
    author's callout <aside>: all content; a photo's figcaption still goes."""
    parts = ("<div class='card'><div class='card-body'><p>The viaduct carries 40 trains a day.</p></div>"
             "<div class='card-footer'>Figures for weekdays in the 2024 timetable</div></div>"
             "<figure><blockquote><p>We found the bearings rusted through.</p></blockquote>"
             "<figcaption class='blockquote-footer'>From the contractor's survey summary</figcaption></figure>"
             "<aside class='callout callout-tip'><p>Count at the same time every evening for a fair tally.</p></aside>"
             "<figure><img src='a.jpg'><figcaption>The viaduct at dusk</figcaption></figure>")
    body = stripper.extract(page(parts)).body
    for kept in ("Figures for weekdays", "From the contractor's survey summary", "Count at the same time"):
        assert kept in body, kept
    assert "The viaduct at dusk" not in body


def test_wiki_edit_links_and_navboxes_go():
    wiki = ("<h2>History<span class='mw-editsection'><span class='mw-editsection-bracket'>[</span><a href='?action=edit'>edit</a>"
            "<span class='mw-editsection-bracket'>]</span></span></h2><p>The harbour guild was founded in 1820 by six families.</p>"
            "<table class='navbox'><tr><th class='navbox-title'>v · d · e Harbour guilds</th></tr></table>")
    body = stripper.extract(page(wiki)).body
    assert "History" in body and "[edit]" not in body and "Harbour guilds" not in body


def test_the_paywalled_part_of_the_story_is_the_story():
    """Publishers mark the subscribers' part of the text with a "paywall" class (and name it in the
    JSON-LD hasPart); only the paywall's prompt is chrome."""
    html = page("<div class='v-a-b--paywall'><p>The port authority has asked the ministry for a second dredger before June.</p></div>"
                "<div class='v-paywall-cta'><p>Keep reading with a subscription.</p></div>")
    body = stripper.extract(html).body
    assert "asked the ministry for a second dredger" in body and "Keep reading with a subscription" not in body
    html = page("<p class='body-text paywall'>The port authority has asked the ministry for a second dredger before June.</p>"
                "<div class='paywall-inline-tout'><p>Get unlimited access to the Harbour News app and archive.</p></div>")
    body = stripper.extract(html).body
    assert "asked the ministry for a second dredger" in body and "unlimited access" not in body


def test_adobe_experience_manager_components_are_content():
    """AEM's core components are cmp-text, cmp-title: not a consent platform's cmp-banner."""
    text = "<div class='text'><div id='text-a8' class='cmp-text'><p>The storage site will supply 180,000 homes at the evening peak.</p></div></div>"
    banner = "<div class='cmp-banner'><p>We and our partners use cookies to personalise ads.</p></div>"
    body = stripper.extract(page(text + banner)).body
    assert "The storage site will supply" in body and "our partners use cookies" not in body


def test_footnote_back_links_leave_the_footnote():
    notes = "<ol class='footnotes'><li><p>Parish records list forty salt pans. <a href='#r1' class='fn-back'>↩</a></p></li></ol>"
    body = stripper.extract(page(notes)).body
    assert "Parish records list forty salt pans." in body and "↩" not in body


def test_a_gallery_named_container_keeps_the_story_paragraphs_it_holds():
    """Photo essays wrap their prose in div.gallery__intro: plain paragraphs, no photo beside them,
    are the story; the figcaptions of the photos still go."""
    intro = " ".join(["The flower market opens at midnight and closes before most of the city wakes."] * 6)
    essay = (f"<div class='gallery__body'><div class='gallery__intro'><p>{intro}</p></div>"
             "<ul class='gallery__items'><li class='gallery__item'><figure><img src='a.jpg'>"
             "<figcaption><p>Lorries queue at the loading bay.</p></figcaption></figure></li></ul></div>")
    body = stripper.extract(page(essay)).body
    assert "The flower market opens at midnight" in body and "Lorries queue" not in body


def test_a_fact_box_aside_is_part_of_the_story():
    """<aside class="fact"> holds the story's facts; other asides are sidebars."""
    fact = "<aside class='fact fact-expanded'><h2>Facts about Skarv Island</h2><ul><li>640 people live on the island.</li></ul></aside>"
    body = stripper.extract(page(fact)).body
    assert "640 people live on the island." in body


def test_page_builder_widgets_and_block_editor_styles_are_content():
    """Elementor wraps every paragraph in div.elementor-widget; the block editor gives a paragraph
    has-medium-font-size. Neither is a sidebar widget or a font-size tool."""
    widget = ("<div class='elementor-element elementor-widget elementor-widget-text-editor'>"
              "<div class='elementor-widget-container'><p>The hallway was doing nothing until we put a desk in it.</p></div></div>")
    styled = "<p class='has-medium-font-size'>Two summers ago the rain barrel ran dry in the first week of July.</p>"
    body = stripper.extract(page(widget + styled)).body
    assert "The hallway was doing nothing" in body and "Two summers ago" in body


def test_text_boxes_that_a_builder_names_widgets_hold_the_story():
    """A page builder (Readymag) sets each text box of the story in div.rmwidget.widget-text, none of
    them most of the page: together they hold all of it, so they are the story's layout, not a
    sidebar's widgets. A page's real sidebar widgets still go beside a story told outside them."""
    boxes = "".join(f"<div class='page'><div class='rmwidget widget-text'><div class='text-viewer'><p>{p}</p></div></div>"
                    f"<div class='rmwidget widget-picture'><img src='/p{i}.jpg' alt=''></div></div>"
                    for i, p in enumerate(STORY + [f"Part {n}: {p}" for n, p in enumerate(STORY)]))
    built = f"<html><body><div class='mag'><div class='rmwidget widget-text'><h1>Pier plan</h1></div>{boxes}</div></body></html>"
    body = stripper.extract(built).body
    assert all(sentence in body for sentence in STORY)
    widgets = "".join(f"<div class='widget widget_text'><p>{w} Follow our harbour webcam and tide tables every "
                      "day, and send us your photos of the pier.</p></div>" for w in ("Webcam.", "Tides.", "Photos."))
    beside = page("").replace("</article>", f"</article><aside class='sidebar'>{widgets}</aside>")
    assert "harbour webcam" not in stripper.extract(beside).body


def test_a_related_box_ends_where_its_box_ends():
    """The story's own bold subheading right after a related box is not one of the box's lines."""
    box = ("<div class='ab_related'><strong>관련기사</strong><ul><li><a href='/a'>폐교 활용 사례</a></li></ul></div>"
           "<strong>운영은 주민 협의체가 맡는다</strong><br>")
    assert "운영은 주민 협의체가 맡는다" in stripper.extract(page(box)).body


def test_data_component_names_a_block_like_a_class():
    byline = "<div data-component='byline-block'><div><span>Harbour News, Cornwall</span></div></div>"
    assert "Harbour News, Cornwall" not in stripper.extract(page(byline)).body


def test_test_hooks_name_a_block_whose_classes_are_hashes():
    """CSS-in-JS pages name their blocks only in data-testid / data-qa, and some publishers in
    data-area ('newsletter_teaser'); their classes are hashes or utilities ('lg:w-8/12 p-24')."""
    for hook in ("data-qa='NewsletterSignUp-Container'", "data-testid='newsletter-signup'",
                 "data-area='newsletter_teaser'"):
        box = (f"<div {hook} class='css-1lvf0tz'><p class='css-qg3y5r'>Get the Harbour Daily in your inbox every "
               "morning before seven.</p><p class='css-1fm3avb'>By registering, you agree to our terms.</p></div>")
        article = stripper.extract(page(box))
        assert "Harbour Daily" not in article.body and "By registering" not in article.body
        for sentence in STORY:
            assert sentence in article.body


def test_a_credit_span_named_copyright_goes_though_spans_usually_stay():
    credit = "<div data-component='image-block'><img src='a.jpg'><span class='ssr-1q-Copyright'>Quay Ferry Co</span></div>"
    assert "Quay Ferry Co" not in stripper.extract(page(credit)).body


@pytest.mark.parametrize("name, bio", [
    ("Dana Reed", "Dana Reed is a reporter covering the harbour and the islands. More about Dana Reed"),
    ("Lukáš Krutil", "Lukáš Krutil je redaktor regionální redakce. Zaměřuje se na dopravu v přístavu."),   # no article
    ("Ines Vogt", "Ines Vogt ist Redakteurin im Ressort Hafen und schreibt über die Fähren."),
])
def test_the_authors_bio_under_the_story_goes(name, bio):
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "%s"}}</script>' % name
    html = page("").replace("</article>", f"<p>{bio}</p></article>").replace("<head>", "<head>" + head)
    body = stripper.extract(html).body
    assert bio[:30] not in body and body.endswith(STORY[-1])


def test_teaser_cards_under_a_related_heading_go():
    box = ("<div><p>Más información</p><article><h2><a href='/x'>La sequía vacía los embalses del sur</a></h2>"
           "</article></div>")
    assert "La sequía vacía" not in stripper.extract(page(box)).body


def test_a_teasers_date_does_not_end_the_list_under_a_related_heading():
    """Each teaser in the box has a dated line that a rule takes; the teaser after it is still in
    the box, and goes too. The story's paragraph after the box stays."""
    items = "".join(f"<div class='b-results-list__item'><a href='/{i}'><h3>{title}</h3></a>"
                    f"<time datetime='2024-0{i}-09T08:30:00Z'>Published Jan. {i}, 2024</time></div>"
                    for i, title in ((1, "Ferry fares rise for the second time this year"),
                                     (2, "Harbour crane taken down after forty years")))
    box = f"<div class='b-results-list'><h2>Related Stories</h2>{items}</div>"
    article = stripper.extract(page(box))
    assert "Ferry fares rise" not in article.body and "Harbour crane" not in article.body
    for sentence in STORY:
        assert sentence in article.body


@pytest.mark.parametrize("heading", [
    "<h2 id='rt'><a aria-hidden='true' tabindex='-1' href='#rt'>#</a>Recurring tasks</h2>",   # rehype-autolink
    "<h2 id='rt'>Recurring tasks <a class='zola-anchor' href='#rt'>🔗</a></h2>",                # Zola
])
def test_a_headings_permalink_mark_goes_whatever_its_class(heading):
    body = stripper.extract(page(heading + "<p>Tasks repeat on the schedule you choose, daily, weekly or monthly.</p>")).body
    assert "\n\nRecurring tasks\n\n" in body


def test_a_code_tables_gutter_of_line_numbers_goes_and_the_code_keeps_its_lines():
    """Hexo (and other highlighters) set code in a table: a cell of line numbers 1 to n beside a
    cell with the code, its lines parted by <br>."""
    lines = ("[Unit]", "Description=Back up photos", "Nice=10")
    gutter = "<br>".join(f"<span class='line'>{n}</span>" for n in range(1, 4))
    code = "<br>".join(f"<span class='line'>{line}</span>" for line in lines)
    block = f"<figure class='highlight ini'><table><tr><td class='gutter'><pre>{gutter}</pre></td><td class='code'><pre>{code}</pre></td></tr></table></figure>"
    body = stripper.extract(page(block)).body
    assert "\n\n".join(lines) in body and "1 2 3" not in body


def test_screen_reader_text_named_by_a_css_module_goes_from_its_sentence():
    link = ("<p>Prices, according to the exchange, <a href='https://x.example'>fell<span class='visually-hidden__container__bl31d'>"
            ", opens new tab</span></a> to 1.45 euros per megawatt hour on the day.</p>")
    assert "fell to 1.45 euros" in stripper.extract(page(link)).body


def test_teaser_excerpts_classed_like_the_story_go_with_their_related_box():
    """Astra's related posts: each card an article.hentry with a p.entry-content excerpt, long beside a
    short story; markers of the story's content inside a box of teasers protect nothing."""
    excerpt = "The old ferry kept running for a decade after the bridge opened, carrying cyclists and tourists across."
    cards = "".join(f"<article class='ast-related-post post hentry'><header class='entry-header'><h3><a href='/{i}'>Ferry story {i}"
                    f"</a></h3></header><div class='entry-content clear'><p class='entry-content'>{excerpt}</p></div></article>"
                    for i in range(3))
    box = (f"<div class='ast-single-related-posts-container'><div class='ast-related-posts-title-section'><h2>You might "
           f"also like</h2></div><div class='ast-related-posts-wrapper'>{cards}</div></div>")
    html = page("").replace("<article>", "<main class='site-main'><article class='post hentry'>", 1).replace("</article>", "</article>" + box + "</main>", 1)
    article = stripper.extract(html)
    assert "The old ferry kept running" not in article.body
    for sentence in STORY:
        assert sentence in article.body


def test_the_author_name_alone_on_a_line_goes():
    """A sign-off that is only the metadata's author name (a bold right-aligned <p>) is the byline."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Minh Sơn"}}</script>'
    html = page("<p style='text-align:right'><strong>Minh Sơn</strong></p>").replace("<head>", "<head>" + head)
    html = html.replace("<p>" + STORY[0], "<p>Minh Sơn reports. " + STORY[0])
    body = stripper.extract(html).body
    assert "Minh Sơn reports." in body and "\n\nMinh Sơn\n" not in body + "\n" and not body.endswith("Minh Sơn")


def test_a_vietnamese_related_box_goes():
    box = ("<div class='box-tinlienquanv2'><h4><a href='/x'>Giá thuê nhà giảm mạnh</a></h4>"
           "<p>Chủ nhà chuyển sang cho thuê theo tháng để tránh bỏ trống.</p></div>")
    assert "Chủ nhà chuyển sang" not in stripper.extract(page(box)).body


def test_a_related_box_of_teaser_articles_goes():
    """Teaser cards marked up as <article> do not shield the related box around them."""
    cards = "".join(f"<article class='jeg_post'><h3><a href='/{i}'>Water tankers reach island village {i}</a></h3>"
                    f"<p>Short teaser about the tankers number {i}.</p></article>" for i in range(3))
    box = f"<div class='jnews_inline_related_post'><h3>More on this</h3>{cards}</div>"
    article = stripper.extract(page(box))
    assert "Water tankers" not in article.body and "Short teaser" not in article.body
    for sentence in STORY:
        assert sentence in article.body


def test_a_story_that_opens_with_its_reporter_stays():
    lead = "<p>本报讯（记者 李明）港口新码头今天正式开工，预计明年春季完工，届时每天可停靠十二艘渡轮。</p>"
    assert "本报讯（记者 李明）港口新码头今天正式开工" in stripper.extract(page(lead)).body


def test_a_heading_left_at_the_end_with_nothing_under_it_goes():
    """A video shelf's heading whose playlist went as chrome is not the story's last line; a page
    that is only headings keeps them."""
    shelf = "<h2>Videos: all about the harbour</h2><div class='video-playlist'><span>Cranes at dusk 01:42</span></div>"
    article = stripper.extract(page("") .replace("</article>", shelf + "</article>"))
    assert "all about the harbour" not in article.body and article.body.endswith(STORY[-1])
    only = stripper.extract("<html><body><article><h2>Test case one</h2><h2>Test case two</h2></article></body></html>")
    assert "Test case one" in only.body


def test_the_footer_of_a_blockquote_names_who_is_quoted():
    quote = ("<blockquote class='quote'><p>Most beginners underestimate the descents, not the climbs.</p>"
             "<footer class='field--name-field-author'>Mara Quill, hut warden</footer></blockquote>")
    body = stripper.extract(page(quote)).body
    assert "underestimate the descents" in body and "Mara Quill, hut warden" in body


def test_a_list_of_published_and_updated_times_is_metadata():
    times = ("<ul class='time-info'><li><time class='date-published' datetime='2024-10-06T00:20:00+01:00'>00:20, 6 OCT 2024</time></li>"
             "<li><span class='date-updated-label'>Updated</span> <time class='date-updated'>08:15, 6 OCT 2024</time></li></ul>")
    body = stripper.extract(page(times)).body
    assert "6 OCT 2024" not in body and "Updated" not in body


def test_an_italic_line_under_an_image_is_a_markdown_caption():
    caption = "<p><img src='patch.jpg' alt='Eelgrass'></p><p><em>The south patch on Monday morning.</em></p>"
    assert "south patch on Monday" not in stripper.extract(page(caption)).body
    kept = stripper.extract(page(caption), options=stripper.Options(include_captions=True)).body
    assert "south patch on Monday" in kept
    aside = "<p><em>This story was updated on Monday with the council's answer.</em></p>"   # no image above
    assert "updated on Monday" in stripper.extract(page(aside)).body


def test_a_notion_pages_property_table_is_metadata():
    props = ("<div class='notion-page__properties'><div class='notion-page__property'><span>Written by</span>"
             "<span>Mina Okoro</span></div><div class='notion-page__property'><span>Topic</span>"
             "<div class='notion-pill'>Behind the counter</div></div></div>")
    body = stripper.extract(page(props)).body
    assert "Mina Okoro" not in body and "Behind the counter" not in body


def test_an_aria_label_names_a_box_whose_classes_do_not():
    box = ("<div class='gnt_em gnt_em_nl' aria-label='Newsletter signup'><div class='gnt_em_nl_h'>Get the Harbour Daily"
           "</div><div class='gnt_em_nl_d'>Local news and weather every morning before seven.</div></div>")
    body = stripper.extract(page(box)).body
    assert "Harbour Daily" not in body and "before seven" not in body
    story = "<section aria-label='Story text'><p>The ferry to the island will run twice a day from June.</p></section>"
    assert "twice a day from June" in stripper.extract(page(story)).body
    # Two boxes of one class tell apart by their labels alone.
    both = ("<div class='box' aria-label='Story text'><p>The ferry to the island will run twice a day from June.</p></div>"
            "<div class='box' aria-label='Newsletter signup'><p>Get the Harbour Daily every morning before seven.</p></div>")
    body = stripper.extract(page(both)).body
    assert "twice a day from June" in body and "Harbour Daily" not in body


def test_the_hidden_language_of_a_bilingual_story_goes_though_it_holds_a_content_marker():
    """English and French panels of one story, each with its article-body; a toggle shows one and
    the other carries the hidden attribute. The French panel is longer and held the most words."""
    english = "".join(f"<p>{line}</p>" for line in STORY)
    french = "".join(f"<p>Ligne {i} d'un article sur le port, assez longue pour être un vrai paragraphe de texte "
                     f"qui compte plus de mots que la version anglaise.</p>" for i in range(6))
    html = (f"<html lang='en'><body><article class='bilingual'><div class='article-lang' lang='en'><h1>Ferry plan"
            f"</h1><div class='article-body'>{english}</div></div><div class='article-lang' lang='fr' hidden><h1>"
            f"Le plan du traversier</h1><div class='article-body'>{french}</div></div></article></body></html>")
    article = stripper.extract(html)
    assert "Ligne 0" not in article.body
    for sentence in STORY:
        assert sentence in article.body


def test_bem_element_names_match_the_rules_written_with_one_separator():
    """BEM writes block__element ('article__info', 'post__meta'): the double underscore reads as
    one, so the rules' 'article[-_]?info' names it."""
    info = ("<div class='article__info'><span class='article__author'>Jo Quill</span> "
            "<span class='article__date'>3 December 2025, 19:10</span> <a href='#c'>Comments (6)</a></div>")
    article = stripper.extract(page(info))
    assert "Jo Quill" not in article.body and "Comments (6)" not in article.body
    for sentence in STORY:
        assert sentence in article.body


# Boxes of several lines, named by their class: each line is checked on its own, since a box's
# lines come out as separate lines of the body.
CHROME_BOXES = {
    # a live blog's contributor under each update's time, and a contributor's bio box
    "<div class='dcr-contrib'><img src='c.png' alt=''><span>Dana Reed</span></div>": ["Dana Reed"],
    "<div class='contributor'><p>I am a freelance writer on the north quay and have written for many harbour papers.</p></div>":
        ["I am a freelance writer"],
    # a shopping card set between paragraphs, its class glued (ProductEmbedWrapper)
    "<div class='ProductEmbedWrapper'><h3>Our favourite wedge for mid-handicappers</h3><p>A forgiving cavity-back option with a "
    "versatile sole grind.</p><a href='/buy'>$179 at Harbour Golf</a></div>": ["Our favourite wedge", "A forgiving cavity-back"],
    # a comment form's box named addcomm, and a registration wall
    "<div class='addcomm'><h3>Add comment</h3><p>Comments will be edited and authorised at the discretion of the editors.</p></div>":
        ["Add comment", "Comments will be edited"],
    "<div class='register-wall'><h3>Register to continue</h3><p>Why register?</p><ul><li>Read three articles a month</li></ul>"
    "<p>Already registered or a current subscriber? Login</p></div>": ["Register to continue", "Why register", "Already registered"],
    # a related list WeChat-style, its teasers' account names and days
    "<div class='relate_article_list'><div class='relate_article_item'><div class='relate_article_title'>"
    "A night market by the river</div><div class='relate_article_info'>City Walks 2024-02-28</div></div></div>":
        ["A night market by the river", "City Walks"],
    # a press release's contact block under its heading, in German and Japanese
    "<h3>Pressekontakt:</h3><p>Tobias Berg</p><p>Tel.: +49 711 555 0100</p>": ["Pressekontakt", "Tobias Berg", "Tel.: +49"],
    "<h3>お問い合わせ</h3><p>東山町教育委員会 生涯学習課</p><p>電話：0000-00-0000</p>": ["お問い合わせ", "生涯学習課", "電話"],
    # a fact-check's sources under their heading
    "<h3>Our Sources</h3><p>Facebook post, May 3, 2024</p><p>Interview, harbour master, May 7, 2024</p>":
        ["Our Sources", "Facebook post, May 3", "Interview, harbour master"],
    # the date and author lines of an article header, their classes glued in camel case
    "<div class='articleDateTime'>2 April 2024, 23:50</div><div class='articleAuthor'>Dana Reed</div>": ["23:50", "Dana Reed"],
    # a related story set in the text, its class glued in camel case, with its own heading and day
    "<div class='relatedArticleInline'><div class='relatedTitle'>Read also</div><a href='/x/1'><h2>Heat warning for seven "
    "regions on Wednesday</h2></a><time>13.08.2024 | 19:22</time></div>": ["Heat warning", "13.08.2024"],
    # a government page's publication history: each change with its day and note
    "<div class='gem-c-published-dates__change-history js-hidden' id='full-history'><ol><li><time datetime='2024-10-18T09:12:44"
    "+01:00'>18 October 2024</time><p class='gem-c-published-dates__change-note'>Corrected the name of the hall.</p></li></ol></div>":
        ["18 October 2024", "Corrected the name"],
    # a review's table of contents, its first entry the headline, and a price comparison with its ad label
    "<div class='toc'><h3>Inhalt</h3><ol><li class='current'>Möwe 13 im Test: Ein leises Notebook</li><li><a href='#fazit'>"
    "Fazit</a></li></ol></div>": ["Inhalt", "Möwe 13 im Test"],
    "<div class='pricewidget'><h4>Preisvergleich</h4><ul><li>Möwe 13 (16 GB) – ab 1.249,00 € bei Händler</li></ul>"
    "<small>Anzeige</small></div>": ["Preisvergleich", "ab 1.249,00"],
    # a site builder's blog comments (Jimdo): commententry in a com-list
    "<div class='com-list' id='commentsList'><div class='commententry'><div class='com-meta'><span class='com-meta-name'>Ines W."
    "</span> <span class='com-meta-date'>(Mittwoch, 13 November 2024 09:12)</span></div><div class='commentstd'>Schöner "
    "Bericht, nächstes Mal helfe ich mit.</div></div></div>": ["Ines W.", "Schöner Bericht"],
    # a related box a Taiwanese paper names 'suggest', its title classed apart
    "<div class='suggest boxTitle' data-desc='相關新聞'><p class='related-title'>相關新聞</p><ul><li><a href='/a'>颱風過後 "
    "水庫進帳有限</a><span>2024/05/15</span></li></ul></div>": ["相關新聞", "水庫進帳有限"],
    # a German regional paper's sign-up prompt in a fact box of the story, no form or class to name it
    "<div class='id-StoryElement-factBox'><p><strong>Unser Landkreis-Newsletter</strong></p><p>Alles aus Ihrer Region! "
    "Unser kostenloser Newsletter informiert Sie jeden Tag.</p></div>": ["Landkreis-Newsletter", "Alles aus Ihrer Region"],
    # an obituary's guest book: condolences from readers, each with its own name and date
    "<section class='GuestBook'><h2>Guest Book</h2><div class='GuestBookEntries'><div class='GuestBookEntry'><p class='EntryText'>"
    "She was my nurse when my daughter was born. My deepest sympathy to the family.</p><p class='EntryMeta'>Lina Farr · "
    "January 17, 2024</p></div></div></section>": ["Guest Book", "deepest sympathy", "Lina Farr"],
    # an inline paywall box whose classes a CSS module named
    "<div class='PaywallInline_container__x7Qe2'><h3>Subscribe Now to Keep Reading</h3><p>Get unlimited access to our "
    "reporting, analysis and newsletters.</p><ul><li>Unlimited access to every story</li><li>Exclusive newsletters</li></ul></div>":
        ["Subscribe Now to Keep Reading", "Unlimited access", "Exclusive newsletters"],
    # IndieWeb webmentions under a post: replies from other sites
    "<section class='webmentions'><h2>Webmentions</h2><p>6 likes and 2 replies</p><ol><li class='webmention h-cite'>"
    "<p>Same experience here, the reset grew until it was a framework of its own.</p></li></ol></section>":
        ["Webmentions", "6 likes", "Same experience here"],
    # SPIP's forum under the article, and a Spanish-language newsletter box
    "<div class='forum-total'><h2 class='h2'>Vos commentaires</h2><ul class='forum'><li class='forum-fil'>"
    "<div class='forum-chapo'>1. Jeudi 7 mars 2024 à 11:02, par Wendé</div><div class='forum-texte'><p>Il faut relancer "
    "l'usine de transformation avant la prochaine récolte.</p></div></li></ul></div>"
    "<div class='boletines'><h4>Boletines del Diario</h4><p>Regístrese y reciba las noticias más importantes en su correo.</p>"
    "<a href='/boletines'>Suscribirme</a></div>": ["Vos commentaires", "relancer", "Boletines del Diario", "Regístrese"],
    # a betting preview's odds table and offer box, and the site's responsible-gambling note
    "<div class='odds-comparison'><div class='odds-comparison__title'>Harbour Town vs Quayside odds</div><table>"
    "<tr><td>Bookmaker</td><td>Harbour</td><td>Draw</td></tr><tr><td><img alt='Betco'></td><td>4/6</td><td>5/2</td>"
    "<td><a href='/go/betco/'>Bet now</a></td></tr></table></div><div class='tt-offer-box'><div>Bet £10 Get £30 in Free Bets"
    "</div><a href='/go/x/'>Claim</a></div><p>Please gamble responsibly. If you think you may have a problem, call the "
    "helpline on 0800 000 000. This site may receive a commission from the bookmakers it links to.</p>":
        ["Harbour Town vs Quayside odds", "4/6 5/2", "Bet £10 Get £30", "Please gamble responsibly"],
    # a byline whose only sign is its class: a BEM element "__author" holding the bare name
    "<div class='componentsArticleMeta'><div class='componentsArticleMeta__author'><img src='a.jpg' alt=''>"
    "<span>Halina Brzoza</span></div></div>": ["Halina Brzoza"],
    # an email field named so (type="text"), in a form whose consent text is long: the form's words do not count
    "<div class='sib-form'><div class='sib-form-container'><form id='sib-form'><p>Gipfelpost</p><p>Einmal im Monat neue "
    "Touren für Familien.</p><label for='EMAIL'>Deine E-Mail-Adresse</label><input type='text' id='EMAIL' name='EMAIL'>"
    "<p>" + "Wir verwenden Brevo als unsere Marketing-Plattform und speichern deine Angaben nur für den Versand. " * 4
    + "</p></form></div></div>": ["Gipfelpost", "Einmal im Monat", "Marketing-Plattform"],
    # XenForo's join box, in camel case: "block--signupCta"
    "<div class='block block--signupCta'><div class='block-container'><div class='block-body block-row'><p>You are reading "
    "the forum as a guest. Registered members can reply to ride guides and post their own ride reports.</p>"
    "<p>Membership is free and always will be.</p></div></div></div>": ["reading the forum as a guest", "Membership is free"],
    # a box around an email field, whatever its classes (a site builder's "container style2")
    "<div id='container02' class='container style2 default'><div class='wrapper'><div class='inner'><h3 id='text14'>Get "
    "the next field note</h3><p id='text15'>About once a month. No spam, just chemistry.</p><form id='form01'><div "
    "class='field'><input type='email' name='email' placeholder='Email'></div><button type='submit'>Send</button></form>"
    "</div></div></div>": ["Get the next field note", "About once a month"],
    # Rouge's line-number gutter beside the code
    "<table class='rouge-table'><tbody><tr><td class='rouge-gutter gl'><pre class='lineno'>41\n42\n</pre></td>"
    "<td class='rouge-code'><pre>require 'csv'\nputs rows.size\n</pre></td></tr></tbody></table>": ["41", "42"],
    # Docusaurus: a CSS module's hashed class on a code block's title
    "<div class='language-bash codeBlockContainer_Ckt0'><div class='codeBlockTitle_Ktv7'>Terminal window</div>"
    "<pre><code>make deploy</code></pre></div>": ["Terminal window"],
    "<div class='membership-callout' data-nosnippet><h4>The Weekly is reader-supported.</h4><p>We publish one story a "
    "month, without ads. Become a member to support the next one.</p></div>": ["reader-supported", "Become a member"],
    "<div class='code-block'><div class='code-block__header'><span class='code-block__lang'>yaml</span><button "
    "class='code-block__copy'>Copy</button></div><pre><code>cache: {key: lockfile}</code></pre></div>": ["yaml"],
    "<p>We covered it in <a href='/x' class='preview-link'>our roundup<span class='preview-card'><span "
    "class='preview-card__title'>The state of bundlers in 2024</span></span></a> of tools.</p>":
        ["The state of bundlers in 2024"],
    "<div class='consumer-marketing-unit consumer-marketing-unit--article-mid-content'><p class='consumer-marketing-unit__slug'>"
    "Newsletter letter</p><p class='consumer-marketing-unit__hed'>Sign up for The Weekly, our guide to what to read.</p></div>"
    "<div class='TagCloudWrapper'><span class='TagCloudLabel'>More:</span> <a class='TagCloudLink' href='/t/w'>Weather</a> "
    "<a class='TagCloudLink' href='/t/m'>Museums</a></div>": ["Sign up for The Weekly", "More:", "Weather"],
    "<p>Volunteers came through the <a href='/guardians'>Guardians scheme<span class='element-invisible'>(link opens "
    "in new window)</span></a>, and <span class='show-for-sr'>Read aloud:</span>others from the sailing clubs.</p>"
    "<p><span class='assistive-text'>Posted in</span> <a href='/c/news'>News</a></p>":
        ["(link opens in new window)", "Read aloud:", "Posted in"],
    "<div class='stockQuote_s1v3k0bd' data-code='HBR'><span class='stockQuote__name_s1v3k0bd'>Harbour Lines</span>"
    "<span>188.42 USD</span><span>+13.96 (+8.00%)</span><a href='/quote/hbr'>Quote and company data</a></div>":
        ["Harbour Lines", "Quote and company data"],
    "<div class='product product--buyingguide'><div class='product__badge'><span>Best value</span></div><h4>Kestrel "
    "Stick S</h4><ul class='product__specs'><li>Weight: 2.2kg</li><li>Run time: 40 minutes</li></ul><a class='btn' "
    "href='/go/kestrel'>Check price</a></div>": ["Best value", "Kestrel Stick S", "Run time: 40 minutes", "Check price"],
    "<div class='wp-block-group nieuwsbrief-blok'><h4>Blijf op de hoogte</h4><p>Ontvang elke vrijdag het belangrijkste "
    "nieuws uit de haven in je mailbox.</p></div>": ["Blijf op de hoogte", "Ontvang elke vrijdag"],
    "<div class='lee-tambien'><span class='kicker'>Lee también</span><p>Cuándo conviene pintar el muelle: "
    "los expertos del puerto recomiendan hacerlo en otoño, antes de las lluvias.</p></div>":
        ["Lee también", "los expertos del puerto recomiendan"],
    "<div class='cli support-prompt'><div class='support-prompt__header'>Support Free Journalism</div>"
    "<p class='support-prompt__text'>Can we count on you? Your contribution keeps our reporting free for everyone.</p></div>":
        ["Support Free Journalism", "Can we count on you?"],
    "<div class='inline_article_box'><span class='inline_article_box_label'>Also on the site</span> <a href='/x'><img "
    "src='/f.jpg' alt=''></a><span class='inline_article_box_title'>Ferry fares rise for the third time this year despite "
    "the new subsidy</span></div>": ["Also on the site", "Ferry fares rise"],
    "<div class='news-detail__info'><span class='news-date-time'>05.03.2025 02:15</span> <span class='news-detail__author'>"
    "Автор: <a href='/a/'>Айгерим Токтосунова</a></span> <span class='news-detail__views'>1 284</span></div>":
        ["Айгерим Токтосунова", "1 284"],
    "<div class='news-detail__picture'><img src='/p.jpg'><div class='news-detail__picture-desc'>Сүрөт: шаардын мэриясынын "
    "басма сөз кызматы</div></div>": ["Сүрөт:"],
    "<div class='wp-block-newspack-blocks-homepage-articles alignright'><h2 class='article-section-title'>Lees ook</h2>"
    "<div data-posts><article class='type-post'><div class='entry-wrapper'><h3 class='entry-title'><a href='/c/'>Canola-pryse "
    "daal ondanks sterk vraag uit Europa</a></h3></div></article></div></div>": ["Lees ook", "Canola-pryse"],
    # named only by the id of the heading that labels them (aria-labelledby), their classes being hashes
    "<section aria-labelledby='article-byline' role='region' class='bbc-1qdcvv9'><h2 id='article-byline' "
    "class='bbc-1u3ttf9'>Article information</h2><ul class='bbc-1v3sxf8'><li><span class='bbc-1wfne0v'>Sara Quill</span>"
    "</li><li><time datetime='2024-05-22'>22 May 2024</time></li></ul></section>": ["Sara Quill", "22 May 2024"],
    "<section class='bbc-1g26ghm' aria-labelledby='recommendations-heading' role='region'><div><strong "
    "id='recommendations-heading'>Recommended for you</strong></div><ul><li><div class='bbc-bjn8wh'><h3><a href='/a'>"
    "Drought empties the southern reservoirs</a></h3></div></li></ul></section>": ["Recommended for you", "Drought empties"],
    "<div class='article-head__info'><span class='article-head__author'>Autor: <span>Mila Stojić</span></span> "
    "<span class='article-head__date'>08.06.2024. 23:55</span></div>": ["Mila Stojić", "08.06.2024"],
    "<div class='video-box' data-video='88123'><img src='/v.jpg' alt=''><span class='video-box__title'>Video: the ramp at "
    "night from the harbour wall</span></div>": ["the ramp at night"],
    "<div class='story__audio'><button class='story__audio-btn'>Listen to the article</button><span "
    "class='story__audio-duration'>3 min</span></div>": ["3 min"],
    "<div class='wp-block-jetpack-subscriptions'><div class='wp-block-jetpack-subscriptions__container'><p class="
    "'has-text-align-center'>Get new posts from Harbour Notes straight to your inbox.</p></div></div>": ["straight to your inbox"],
    # a BEM element of a content block is a part of it, named by what follows the "__"
    "<div class='article-content__tags'><span>Topics:</span> <span>Snowplough budget</span>, <span>Kestrel Falls council</span></div>":
        ["Snowplough budget"],
    "<div class='bio-box'><a class='author-image' href='/p/1'><img src='/a.jpg' alt=''></a><div class='bio'><h4>Rena Voss</h4>"
    "<p>Rena Voss covers city government and the harbour for the Ledger. She joined the newsroom in 2019.</p></div></div>":
        ["Rena Voss covers"],
    "<div class='sc-1dw7rpe-0 commerce-inset'><div class='product-card'><span class='product-card__name'>Harbour Lamp 2"
    "</span><a href='https://shop.example/lamp?tag=x' rel='sponsored'>$49 at Shopmart</a></div></div>":
        ["Harbour Lamp 2", "$49 at Shopmart"],
    "<div class='c-avVideo'><div class='c-avVideo_header'><span class='c-avVideo_label'>Watch this:</span> "
    "<span class='c-avVideo_title'>Why the ferry costs more in winter</span></div></div>":
        ["Watch this:", "Why the ferry costs more"],
    "<div class='content-media content-media--image'><img src='/q.jpg' alt=''><p class='content-media__description'>"
    "<span>Supporters at the quay on election night</span></p></div>": ["Supporters at the quay"],
    "<div class='hawk-wrapper' data-widget-type='seasonal'><div class='hawk-seasonal-banner'><span>Spring sale: see all "
    "the best early deals</span><a href='/deals'>Shop now</a></div></div>": ["Spring sale", "Shop now"],
    "<details class='ai-summary' open><summary class='ai-summary__toggle'><span>Samenvatting</span> <span>AI</span>"
    "</summary><div class='ai-summary__content'><ul><li>De veerdienst rijdt vanaf mei twee keer per uur.</li></ul>"
    "<p class='ai-summary__disclaimer'>Deze samenvatting is gemaakt met AI en nagekeken door de redactie.</p></div></details>":
        ["Samenvatting", "De veerdienst rijdt", "Deze samenvatting"],
    "<div class='ArticlePage-disclosure'><p><strong>Sponsored content.</strong> This article was produced by the studio "
    "team and paid for by Northwind Heat.</p></div>": ["Sponsored content.", "paid for by Northwind"],
    "<div class='rich-text'><p class='disclaimer'><em>This publication is for informational purposes only and does not "
    "constitute legal advice.</em></p></div>": ["informational purposes only"],
    "<div class='snax-voting'><div class='snax-voting-score'><strong>412</strong> points</div><a href='#' "
    "class='snax-voting-upvote'>Upvote</a></div>": ["412", "Upvote"],
    "<div class='buletina buletina--albistean'><h3>Jaso gure buletina</h3><p>Portuko albisteak goizero zure postan.</p></div>":
        ["Jaso gure buletina", "goizero zure postan"],
    "<div class='av_promobox'><div class='avia-promocontent'><p>Geen tijd? Onze ploeg maakt je tuin in één dag klaar."
    "</p></div></div>": ["Onze ploeg maakt"],
    # class names in the site's language: share (fr, de), keywords (fr, pt), related (fr, es), follow (es), captions (fr, it)
    "<div class='article-partage'><span>Trois façons de faire circuler ce récit :</span> <a href='#'>Tweeter</a></div>"
    "<div class='artikel-teilen'><span>Diesen Beitrag weiterempfehlen</span> <a href='#'>Mail</a></div>":
        ["Trois façons", "Diesen Beitrag weiterempfehlen"],
    "<div class='article-mots-cles'><span>Mots-clés :</span> <a href='/tag/port'>Port</a> <a href='/tag/f'>Ferry de nuit</a>"
    "</div><div class='palavras-chave'><a href='/t/balsa'>Balsa noturna</a></div>": ["Ferry de nuit", "Balsa noturna"],
    "<div class='articles-lies'><h3>Le port rouvre</h3><p>Les pêcheurs retrouvent leurs quais après trois mois de travaux "
    "sur la digue nord.</p></div><div class='noticias-relacionadas'><p>El puerto reabre sus muelles tras tres meses de "
    "obras en el dique norte.</p></div>": ["Les pêcheurs retrouvent", "El puerto reabre"],
    "<div class='bloque-siguenos'>Toda la información del puerto, también en nuestro canal.</div>": ["Toda la información"],
    "<div class='article-photo__legende'>Les quais au petit matin, lundi.</div><p class='didascalia'>Il porto all'alba."
    "</p>": ["Les quais au petit matin", "Il porto all'alba"],
    # teaser cards under 'More in X': each title's excerpt goes with it, however long
    "<section class='b-top-table-list'><h2 class='b-header'>More in Harbour</h2><article class='b-card'><h3><a href='/a'>"
    "Ferry fares to rise in spring</a></h3><p>The operator says fuel costs and a new crew agreement leave it no choice, "
    "and season tickets will go up by a tenth from the first of April for islanders and visitors alike.</p></article>"
    "<article class='b-card'><h3><a href='/b'>Lighthouse keepers' cottages up for sale</a></h3><p>The trust that owns the "
    "three cottages on the north point hopes a buyer will open them to walkers, as the lease with the council ends.</p>"
    "</article></section>": ["More in Harbour", "Ferry fares to rise", "fuel costs", "Lighthouse keepers", "three cottages"],
    # Hungarian class names: the caption (képaláírás), the tag list (címkék), the author box (szerző-doboz)
    "<div class='kepalairas'>A tanuszoda medencéje <span class='fotos'>Fotó: Szabó Bence</span></div>"
    "<div class='cikk-cimkek'><span>Címkék:</span> <a href='/t/uszoda'>uszoda felújítás</a></div>"
    "<div class='szerzo-doboz'><div class='szerzo-doboz-szoveg'>A rovat újságírója, 2017 óta ír a "
    "kerületi iskolákról.</div></div>": ["A tanuszoda medencéje", "uszoda felújítás", "A rovat újságírója"],
    # Czech and Polish class names: discussion, related, share, tags, caption, author box, metadata, most read, follow, ads
    "<div class='diskuze'><div class='diskuze-prispevek'>Osm korun za jednu cestu je moc.</div></div>"
    "<div class='souvisejici'><p>Kraj zvedá jízdné v autobusech od dubna o několik korun.</p></div>"
    "<div class='sdilet'><span>Pošlete článek známým</span></div><div class='stitky'><a href='/t/1'>doprava</a></div>"
    "<div class='popisek'>Autobus na nádraží v Žatci.</div>": ["Osm korun", "Kraj zvedá", "Pošlete článek", "doprava",
                                                               "Autobus na nádraží"],
    "<div class='autor-medailonek'><p>Redaktor píše o dopravě a krajské politice.</p></div>"
    "<div class='artykul__metryczka'><span>Oprac.: Anna Kowalczyk</span></div>"
    "<div class='najczesciej-czytane'><p>Korki na obwodnicy do piątku.</p></div><div class='obserwuj'>Bądź na bieżąco "
    "w Google News</div><div class='udostepnij'><span>Prześlij dalej</span></div><div class='powiazane'><p>Awaria "
    "sieci ciepłowniczej na Zabłociu.</p></div><div class='reklama__slot'><span>Sponsorowane przez sklep</span></div>":
        ["Redaktor píše", "Oprac.", "Korki na obwodnicy", "Bądź na bieżąco", "Prześlij dalej", "Awaria sieci",
         "Sponsorowane przez"],
    # Finnish, transliterated Russian, Turkish and Dutch class names
    "<div class='kommentit'><p>Hyvä päätös, vaikka vuosi ilman hallia tuntuu pitkältä.</p></div><div class='lue-myos'>"
    "<p>Kaupunki korjaa myös jäähallin katon ensi kesänä.</p></div><div class='aiheet avainsanat'><span>Alajärvi "
    "uimahalli</span></div><p class='kuvateksti'>Uimahallin allas tyhjennettiin maanantaina.</p><div class='mainos'>"
    "<span>Kaupallinen yhteistyö</span></div><div class='luetuimmat'><p>Tie suljetaan viikonlopuksi.</p></div>"
    "<div class='uutiskirje'><p>Päivän uutiset sähköpostiisi.</p></div><div class='seuraa-meita'>Olemme myös "
    "Instagramissa</div><div class='toimittajalaatikko'><p>Toimittaja seuraa kunnallispolitiikkaa.</p></div>":
        ["Hyvä päätös", "jäähallin", "Alajärvi uimahalli", "Uimahallin allas", "Kaupallinen", "Tie suljetaan",
         "sähköpostiisi", "Olemme myös", "Toimittaja seuraa"],
    "<div class='kommentarii'><p>Утром ходили смотреть на лёд.</p></div><div class='pohozhie-novosti'><p>Мост "
    "закроют на ремонт.</p></div><div class='podelitsya'><span>Расскажите друзьям</span></div><div class='tegi'>"
    "<span>ледоход Обь</span></div><div class='samoe-chitaemoe'><p>Паводок в области.</p></div>"
    "<div class='rassylka'><p>Главное за день в почте.</p></div>":
        ["Утром ходили", "Мост закроют", "Расскажите друзьям", "ледоход Обь", "Паводок в области", "Главное за день"],
    "<div class='ilgili-haber-kutu'><span>Kar tatili olan iller listesi açıklandı</span></div><div class='detay-etiketler'>"
    "<span>Van Gölü Erciş</span></div><span class='foto-aciklama'>Karasu Çayı'nda kefaller</span>"
    "<div class='tipblok'><p>Heb je iets gezien? Mail de redactie.</p></div>":
        ["Kar tatili", "Van Gölü Erciş", "Karasu Çayı", "Heb je iets gezien"],
    # Romanian class names
    "<div class='distribuie distribuie-sus'><span>Trimite mai departe</span></div><div class='etichete'><span>Consiliul "
    "Local parc</span></div><span class='descriere-foto'>Randare a zonei de agrement</span><div class='despre-autor'>"
    "<p>Jurnalistă din 2017, scrie despre urbanism.</p></div><div class='articole-similare'><p>Primăria repară podul "
    "de pe Mureș.</p></div><div class='cele-mai-citite'><p>Trafic închis în centru.</p></div><div class='comentarii'>"
    "<p>Bravo, era timpul.</p></div><div class='urmareste-ne'>Suntem și pe Instagram</div><div class='publicitate'>"
    "<span>Oferta zilei la magazin</span></div>":
        ["Trimite mai departe", "Consiliul Local", "Randare a zonei", "Jurnalistă din", "Primăria repară",
         "Trafic închis", "Bravo, era", "Suntem și pe", "Oferta zilei"],
    # Quarto's and distill's appendix: the licence under 'Reuse', and 'Citation' with the BibTeX to copy
    "<div id='quarto-appendix' class='default'><section class='quarto-appendix-contents' id='quarto-reuse'><h2>Reuse</h2>"
    "<div><a rel='license' href='/by/4.0/'>CC BY 4.0</a></div></section><section class='quarto-appendix-contents' "
    "id='quarto-citation'><h2>Citation</h2><div class='quarto-appendix-secondary-label'>BibTeX citation:</div>"
    "<pre class='quarto-appendix-bibtex'><code>@online{reed2024,\n  author = {Reed, Dana},\n}</code></pre></section></div>":
        ["Reuse", "Citation", "BibTeX citation", "@online{reed2024"],
    "<div class='appendix-bottom'><h3 id='reuse'>Reuse</h3><p>Text and figures are licensed under Creative Commons "
    "Attribution CC BY 4.0, except figures reused from other sources, which say so in their caption.</p>"
    "<h3 id='citation'>Citation</h3><p>For attribution, please cite this work as</p><pre class='citation-appendix short'>"
    "Reed (2024, Feb. 10). Harbour Notes: The pier. Retrieved from https://harbour.example/pier/</pre></div>":
        ["Reuse", "licensed under Creative Commons", "please cite this work", "Reed (2024"],
    # a UK regional paper's byline row ("author-information") and a Connatix player with its interface lines
    "<div class='article-information'><div class='author-information'><span class='author'><a href='/a/'>Cal Reed</a>"
    "</span><span class='author-role'>Local Democracy Reporter</span></div></div><div class='cnx-main-container "
    "cnx-ui-playlist'><div class='cnx-up-next'>Up next<span>Council opens new car park</span></div></div>":
        ["Cal Reed", "Local Democracy Reporter", "Council opens new car park"],
    # OptinMonster's inline campaign; a Postmedia-style header row (author, dates, time to read) and Vuukle's share bar
    "<div id='om-x1-holder'><div class='Campaign CampaignType--inline om-campaign-inline'><p>Kostenlose Checkliste: "
    "sieben Dinge, die du vor dem Kauf prüfen solltest.</p><button>Jetzt holen</button></div></div>":
        ["Kostenlose Checkliste", "Jetzt holen"],
    "<div class='article-header__detail__texts'><span class='published-by__author'>Kate Lind</span> • "
    "<span class='article-header__time-to-read'>3 minute read</span></div><div class='vuukle-powerbar powerbarBoxDiv'>"
    "<span class='vuukle-powerbar-total-count'>318</span><span>Shares</span></div>": ["Kate Lind", "3 minute read", "Shares"],
    # a Spanish or Italian byline (firma), dateline with its update, and photo caption (pie de foto) with its credit
    "<div class=firma><span class=autor>Redacción</span> | Puerto Nuevo</div><div class=fecha>Publicado el 03/02/2011 a "
    "las 00:40 h. <span class=actualizado>Actualizado: 03/02/2011 10:05 h.</span></div><div class=pie>Grúas en el "
    "muelle norte, en una imagen de archivo. <span class=autorfoto>FOTO: M. RÍOS</span></div><p class='pie-de-foto'>"
    "El faro, restaurado en 1998.</p>": ["Puerto Nuevo", "Publicado el", "Grúas en el muelle", "M. RÍOS", "El faro"],
    # an <aside> named for tips is a prompt (a note or message box is the author's, see STORY_BESIDE_CHROME)
    "<aside class='tip-us'><p><strong>Har du tips?</strong> Send oss bilder og video fra stedet.</p></aside>": ["Send oss bilder"],
    "<div class='fdn-inline-membership callout'><p class='fdn-membership-text'>The Weekly has been the valley's free "
    "paper for forty years. Help keep it free by becoming a member.</p></div>": ["becoming a member"],
    "<div class='wp-block-group hfp-inline-support'><p><strong>Support the Ledger</strong> – we answer to readers, not "
    "owners. <a href='/support/'>Become a patron</a></p></div>": ["Support the Ledger", "Become a patron"],
    "<div class='wp-block-group get-involved-box'><h3>Get involved</h3><p>Could you give two hours a month to pack "
    "winter boxes? Find out about volunteering.</p></div>": ["Get involved", "Could you give two hours"],
    "<div class='sno-story-profiles'><div class='sno-profile-box'><div class='profile-text'><h4>Rosa Vane, Staff Writer</h4>"
    "<p>Rosa is a junior and covers the robotics club and the school board.</p></div></div></div>":
        ["Rosa Vane", "Rosa is a junior"],
    "<details class='summary-box' open><summary>Kort fortalt</summary><ul><li>Over 200 bussavganger er innstilt i Oslo "
    "etter snøfallet.</li></ul></details>": ["Kort fortalt", "bussavganger er innstilt"],
    # Tailwind Typography's 'not-prose' opts a block out of the prose styling: it is no content marker
    "<section class='blk blk--cta not-prose'><h2>Sitting on an old site?</h2><p>We have migrated sites of every size "
    "since 2009.</p></section>": ["Sitting on an old site", "We have migrated"],
    # a code block's language label, a span alone in its header (Ghost, devblogs)
    "<div class='kg-code-card'><div class='code-top'><span class='code-lang'>Kotlin</span></div><pre><code>val pier = 40"
    "</code></pre></div>": ["Kotlin"],
    # Hive's Markdown sets a photo's caption as <center><sub> under the <center><img>
    "<center><img src='/engine.jpg' alt=''></center><center><sub>The engine house in the rain, from the cliff path</sub>"
    "</center>": ["The engine house in the rain"],
    # the titles listed under a 'read also' label are headings that are all link, each in a card of its own
    "<div class='story-element-references'><div class='arr--references'><h3>Also Read</h3><div class='story-card-ref'>"
    "<a href='/a'><h4>Ferry fares rise for the third time this year</h4></a></div><div class='story-card-ref'><a href='/b'>"
    "<h4>The new quay crane arrives by barge</h4></a></div></div></div>":
        ["Also Read", "Ferry fares rise", "quay crane arrives"],
    "<div class='row'><article class='column articleteaser'><div class='content'><span class='kicker'>Les også</span>"
    "<a href='/c'><h2 class='headline'>Fergeselskapet kutter nattrutene i vinter</h2></a></div></article></div>":
        ["Les også", "Fergeselskapet kutter"],
    # eighth round: a publisher's policy note, a ConvertKit form, a journal's briefing box, an affiliate feature,
    # French comments, Drupal's node meta and a press release's meta fields, a live blog entry's author
    "<div class='at-policy-note'><h5>Disclosure</h5><p>Harbour Ledger is an award-winning outlet; its journalists abide "
    "by a strict set of editorial policies.</p></div>": ["Disclosure", "editorial policies"],
    "<form class='seva-form formkit-form'><div class='formkit-header'><h2>Get my free tide guide</h2></div><div "
    "class='formkit-subheader'><p>Join 4,000 sailors and get a printable guide.</p></div></form>":
        ["free tide guide", "Join 4,000 sailors"],
    "<div class='harbour-briefing harbour-briefing-box'><h2 class='harbour-briefing-box__title'>Harbour Briefing</h2>"
    "<p>The science you need to know, every weekday.</p></div>": ["Harbour Briefing", "every weekday"],
    "<div class='wp-block-group mv-trellis-feature-affiliate'><p><strong>Short on time?</strong> This small-group harbour "
    "tour includes the lighthouse.</p></div>": ["Short on time", "small-group harbour tour"],
    "<section class='commentaires' id='commentaires'><h2>Réagir à cet article</h2><div class='commentaire'><p "
    "class='commentaire__auteur'>Marin29 le 28/08/2024</p><p>Enfin un vrai quai pour les ferries !</p></div></section>":
        ["Réagir à cet article", "Marin29", "Enfin un vrai quai"],
    "<div class='node__meta'><span class='node__author'>Harbour desk - Sam Lens</span> <span>14 May 2023</span></div>":
        ["Harbour desk - Sam Lens"],
    "<div class='news-release__meta'><div class='field'><div class='field__label'>Release ID</div><div "
    "class='field__item'>25-0719-02</div></div></div>": ["Release ID", "25-0719-02"],
    "<div class='auteur-bio d-flex'><p class='auteur-desc'>Correspondant du Quai à Brest, il couvre le port depuis "
    "2012.</p></div>": ["Correspondant du Quai"],
    "<div class='brz-wp-author'><div class='brz-wp-author__content'><p class='brz-wp-author__description'>Dziennikarz "
    "portu od 2016 roku.</p></div></div>": ["Dziennikarz portu"],
    "<div class='tve-leads-shortcode tve-leads-triggered'><div class='thrv_wrapper thrv-content-box'><p>One chart of the "
    "tides, free for subscribers.</p></div></div>": ["One chart of the tides"],
    "<div class='vc_cta3-container'><div class='vc_general vc_cta3'><h4>Tide alerts on your phone</h4><p>Join our "
    "channel and never miss a ferry.</p></div></div>": ["Tide alerts on your phone", "never miss a ferry"],
    "<div class='c_author-line'>Sam Lens</div>": ["Sam Lens"],
    "<section class='salesposter'><p class='salesposter__kicker'>This article is for subscribers</p><ul><li>Full access "
    "to the Harbour on web and app</li></ul></section>": ["This article is for subscribers", "Full access"],
    "<div class='liveblog-entry'><header class='liveblog-meta'><div class='liveblog-meta-author'><span "
    "class='liveblog-meta-author-name'>Sam Lens</span></div></header><div class='liveblog-entry-text'><p>The harbour "
    "ferries will run a late service tonight, the port operator said.</p></div></div>": ["Sam Lens"],
}


@pytest.mark.parametrize("snippet", CHROME_BOXES)
def test_every_line_of_a_chrome_box_goes(snippet):
    article = stripper.extract(page(snippet))
    for line in CHROME_BOXES[snippet]:
        assert line not in article.body
    for sentence in STORY:
        assert sentence in article.body


# Story text named like chrome, beside chrome that goes: (snippet, lines that stay, lines that go).
STORY_BESIDE_CHROME = [
    # a library blog's closing invitation is the post's last paragraph, no reader call-out box
    ("<p>If your family crossed at Marrow Creek, we would love to hear from you: write to the local history desk with "
     "the names and the years.</p>", ["we would love to hear from you"], []),
    # a storm survey's table of tornadoes, classed "survey": findings, not a poll
    ("<table class='survey'><tr><th>Tornado</th><th>Rating</th><th>Peak wind</th></tr><tr><td>Harbour Flats</td><td>EF-2</td>"
     "<td>115 mph</td></tr></table>", ["Harbour Flats\tEF-2\t115 mph"], []),
    # a rate table whose first cells link to each bank: rows of data, not a list of links
    ("<table><tr><th>Bank</th><th>APY</th><th>Minimum deposit</th></tr><tr><td><a href='/b1'>Harbourline Bank</a></td>"
     "<td>5.15%</td><td>$0</td></tr><tr><td><a href='/b2'>Pinecone Savings</a></td><td>4.75%</td><td>$0</td></tr></table>",
     ["Harbourline Bank", "Pinecone Savings"], []),
    # a subheading that starts with "By" is no byline
    ("<h2>By the numbers</h2><p>Forty seals were tagged on the northern beach this spring, ten more than last year.</p>",
     ["By the numbers"], []),
    # a company's disclosure reported in the story, not an analyst's boilerplate under it
    ("<p>The bank's disclosure: it had set aside 40 million for the pier's insurers.</p>", ["set aside 40 million"], []),
    # a table of the day's stock moves in the story: its rows are prices and changes, cell by cell
    ("<table><tr><th>Stock</th><th>Price</th><th>Change</th></tr><tr><td>Harbour Freight</td><td>2,945.30</td>"
     "<td>+1.25 (+0.04%)</td></tr><tr><td>Quay Holdings</td><td>1,210.55</td><td>-8.40 (-0.69%)</td></tr></table>",
     ["Harbour Freight", "2,945.30", "Quay Holdings"], []),
    # a journal's article sections, classed for its table of contents
    ("<div id='section1' class='section toc-section'><h2>Introduction</h2><p>Wild bees nest in the ground and in hollow "
     "stems, and gardens offer both.</p></div>", ["Introduction", "Wild bees nest in the ground"], []),
    # a published page of a notes app: each text leaf carries an editor's placeholder attribute
    ("<div class='notion-text-block'><div placeholder=' ' contenteditable='false'>We review the designs every Friday at "
     "two, and the author explains the problem first.</div></div>", ["We review the designs every Friday"], []),
    # prices and results in the story's sentences, and a match score alone on a line
    ("<p>The index rose 1.2% to 4,512.30 on Friday.</p><p>Harbour United 2-1</p>", ["The index rose", "Harbour United 2-1"], []),
    # a docs theme's callout (Starlight's aside, named as GitHub's alerts are: note, tip, caution, danger)
    ("<aside aria-label='Caution' class='starlight-aside starlight-aside--caution'><p class='starlight-aside__title'>Caution</p>"
     "<div class='starlight-aside__content'><p>Small pull requests are not yet finished features; keep the flag off until "
     "the last one lands.</p></div></aside>", ["keep the flag off"], []),
    # a Brightspot promo card set among the story's paragraphs: another story's title, label and date
    ("<div class='Enhancement'><ps-promo class='PromoA'><div class='PromoA-category'>Related</div><h3 class='PromoA-title'>"
     "<a href='/local/2023/08/river'>Dry riverbeds return to the valley for a second summer</a></h3>"
     "<div class='PromoA-date'>August 10, 2023</div></ps-promo></div>", [], ["Dry riverbeds return"]),
    # an FAQ accordion (the WAI pattern): each question is a <button> that is its heading's whole text
    ("<h2 class='accordion__heading'><button aria-expanded='false' aria-controls='a1'>Who pays for the new pier?</button></h2>"
     "<div id='a1' class='accordion__panel'><p>The harbour board pays two thirds and the county the rest.</p></div>",
     ["Who pays for the new pier?", "The harbour board pays"], []),
    # two times and a date in a sentence: not a published-and-updated line
    ("<p>On 7 March, 06:12 the alarm went off and by 8 March, 08:15 the river had crested.</p>",
     ["the alarm went off"], []),
    # a report's section heading whose id is its one word as an anchor: not a "Recommended" box
    ("<h2 id='recommendations'>Recommendations</h2><ol><li>Meter every well that draws more than ten cubic metres a day."
     "</li></ol>", ["Recommendations", "Meter every well"], []),
    # a Japanese post and the blog's mail form in one box: its text is long, though it has few spaces to count words by
    ("<div class='blog-body'><p>土曜日、市民農園の区画にじゃがいもを植え付けました。今年は男爵とメークインに加えて、初めて紫色の品種にも"
     "挑戦します。種いもは二週間前に買って、ベランダで芽出しをしておきました。</p><p>大きいものは切り分けて、切り口に草木灰をまぶして"
     "から植えます。切り口を乾かすのを忘れると腐りやすいので、前の晩に切っておくのがこつです。</p><form><input type='text' "
     "name='email'><button>登録</button></form></div>", ["土曜日、市民農園の区画に", "大きいものは切り分けて"], []),
    # "(c)" opens a list item of a regulation; "(c) 2024 The Ledger" is a copyright line
    ("<ol><li>(c)\tthe propulsion technology and the date on which it was first put into service on board;</li></ol>"
     "<p>(c) 2024 The Harbour Ledger</p>", ["(c) the propulsion technology"], ["(c) 2024 The Harbour Ledger"]),
    # text set over a full-screen photo is the story; a modal's overlay is not
    ("<div class='chapter__opener fullscreen-photo'><div class='overlay-text overlay-text--left'><h2>The night the hills "
     "burned</h2><p>Even now, when the wind turns north, the shepherd says he can smell the smoke on the slopes.</p></div></div>"
     "<div class='block-photo'><div class='block-photo__overlay block-photo__overlay--center'><p>Seaweed is what the "
     "islanders call their harvest, cut from the rocks at low tide.</p></div></div>"
     "<div class='modal-overlay'><p>Create a free account to keep reading.</p></div>",
     ["The night the hills burned", "Even now, when the wind turns north", "Seaweed is what the islanders call"],
     ["Create a free account"]),
    # a code block's lines are the author's, whatever they look like
    ("<pre class='prism-code language-diff'><code><span class='token-line'>-    image: postgres:15.6</span><br>"
     "<span class='token-line'>+    image: postgres:16.2</span><br><span class='token-line'>Share</span><br></code></pre>",
     ["-    image: postgres:15.6", "+    image: postgres:16.2", "Share"], []),
    # "By" and a year opens a sentence, not a byline; "By Jo Writer, 12 May 2012" is one
    ("<p>By 2012, the meadows had fragmented into patches along the western shore.</p>"
     "<p>By Jo Writer, 12 May 2012</p>", ["By 2012, the meadows had fragmented"], ["By Jo Writer"]),
    # a design system's table wrapper says the table has no caption (or has one): it is not a caption
    ("<div class='fr-table fr-table--no-caption'><table><caption>Levels by basin</caption><tr><td>Upper river</td>"
     "<td>Alert</td></tr></table></div><div class='table-wrap with-caption'><table><tr><td>Lower river</td><td>Watch</td>"
     "</tr></table></div>", ["Upper river\tAlert", "Lower river\tWatch"], []),
    # the story's second half, folded under a "Story continues" button in a hidden div.read-more-wrapper;
    # comments folded under their own button still go
    ("<button class='readmore-button' aria-label='Story Continues'>Story Continues</button><div class='read-more-wrapper' "
     "style='display:none'><p>The second ferry will join the route in spring, once its crew has finished training on the "
     "northern crossing.</p><p>Until then the timetable stays as it is, with the last boat leaving the island at "
     "half past nine every evening.</p></div><button>Show comments</button><div class='comments' style='display:none'>"
     "<p>Sam: About time the council sorted this out, the queue on Friday was over an hour long and nobody could tell "
     "us anything at all about it.</p></div>",
     ["The second ferry will join the route", "Until then the timetable"], ["About time the council"]),
    # Drupal's quote paragraph names who is quoted in a footer.paragraph__quote-footer: not a page footer
    ("<blockquote class='paragraph__quote'><div class='field--name-field-quote-text'><p>The new quay will serve the "
     "town for fifty years.</p></div><footer class='paragraph__quote-footer'><div class='field--name-field-quote-author'>"
     "Sam Lens, harbour master</div></footer></blockquote>", ["Sam Lens, harbour master"], []),
    # an FAQ accordion (Spectra's uagb-faq) is a role="tablist" of the story's questions and answers; a tab bar is not
    ("<div class='wp-block-uagb-faq uagb-faq__outer-wrap' role='tablist'><div class='uagb-faq-item' role='tab'><span "
     "class='uagb-question'>How long does the ferry take?</span><div class='uagb-faq-content'><p>About forty minutes in "
     "calm weather, and up to an hour when the wind is from the west and the boat has to slow down past the point."
     "</p></div></div><div class='uagb-faq-item' role='tab'><span class='uagb-question'>Can I take a bike?</span><div "
     "class='uagb-faq-content'><p>Yes, bikes travel free on every crossing, but on summer weekends the racks on the lower "
     "deck are often full by nine in the morning.</p></div></div></div>"
     "<div role='tablist'><a href='#a' role='tab'>Latest</a> <a href='#b' role='tab'>Most read</a></div>",
     ["How long does the ferry take?", "About forty minutes", "bikes travel free"], ["Most read"]),
    # SiteOrigin Page Builder sets the post in 'so-panel widget widget_sow-editor' blocks: no sidebar widgets
    ("<div class='entry-content'><div class='panel-layout'><div class='panel-grid panel-no-style'><div "
     "class='panel-grid-cell'><div class='so-panel widget widget_sow-editor panel-first-child'><div class='so-widget-sow-editor "
     "so-widget-sow-editor-base'><div class='siteorigin-widget-tinymce textwidget'><p>The lock keeper opened the new gates "
     "on Friday after two years of repairs.</p></div></div></div></div></div></div></div>", ["The lock keeper opened"], []),
    # an editor's initials in brackets closing a paragraph are its sign-off, not a photo credit
    ("<p>The port will review the new timetable after three months of service. <strong>(abc/red)</strong></p>",
     ["review the new timetable"], []),
    # a heading's long id is its own words as an anchor, in any language: the 'ad' an escaped byte leaves names no ad
    ("<h2 id='n%C3%AD-f%C3%A9idir-linn-leanint-ar-aghaidh-mar-seo'>Ní féidir linn leanúint ar aghaidh mar seo</h2>",
     ["Ní féidir linn leanúint"], []),
    # id='after-ad-1' is the target of the ad's 'skip' link: the heading it names is the story's
    ("<div class='ad-content'><a href='#after-ad-1'>Skip advertisement</a><div class='ad-label'>Advertisement</div></div>"
     "<h2 class='body-heading' id='after-ad-1'>Repairs before the winter</h2>",
     ["Repairs before the winter"], ["Skip advertisement"]),
    # Prism.js wraps every <pre> in div.code-toolbar (for its Copy button): the code is the story's
    ("<div class='code-toolbar'><pre class='language-bash'><code class='language-bash'>$ grep -rl \"gpu-optional\" "
     ".github/workflows | wc -l</code></pre><div class='toolbar'><button>Copy</button></div></div>",
     ["grep -rl"], ["Copy"]),
    # code blocks keep their code and lose their buttons and a gist's 'view raw' line
    ("<div class='highlight js-code-highlight'><pre class='highlight python'><code>pier_load = 40</code></pre>"
     "<div class='highlight__panel js-actions-panel'><div class='highlight__panel-action'>Enter fullscreen mode</div>"
     "<div class='highlight__panel-action'>Exit fullscreen mode</div></div></div>"
     "<div class='highlight highlight-source-python'><pre>pier_span = 12</pre><div class='zeroclipboard-container'>"
     "<clipboard-copy aria-label='Copy' class='ClipboardButton'>Copy</clipboard-copy></div></div>"
     "<div class='gist'><div class='gist-file'><div class='gist-data'><table class='highlight'><tr><td class='blob-code'>"
     "pier_depth = 9</td></tr></table></div><div class='gist-meta'><a href='/raw'>view raw</a> <a href='#'>pier.py</a> "
     "hosted with &#10084; by <a href='/'>CodeHub</a></div></div></div>",
     ["pier_load = 40", "pier_span = 12", "pier_depth = 9"], ["fullscreen mode", "Copy", "view raw", "hosted with"]),
    # a date as a definition term labels a timeline's entry; a date-only line elsewhere is a dateline
    ("<dl class='timeline'><div class='timeline__entry'><dt class='timeline__date'>3. November 2023</dt><dd>Der Rat "
     "beschließt, die Fähre im Winter stündlich fahren zu lassen.</dd></div></dl><p>14. November 2024</p>",
     ["3. November 2023", "Der Rat beschließt"], ["14. November 2024"]),
    # VuePress wraps a heading's words in its anchor: that anchor is the heading; Sphinx's '¶' mark is not
    ("<h2 id='setup'><a class='header-anchor' href='#setup'><span>Setting up the ferry timetable</span></a></h2>"
     "<h2>What the crossing costs<a class='headerlink' href='#costs'>¶</a></h2>",
     ["Setting up the ferry timetable", "What the crossing costs"], ["¶"]),
    # Bootstrap's table.caption-top says where the table's caption goes: the table stays, its caption goes
    ("<figure class='quarto-float'><figcaption class='quarto-float-caption'>Table 1: Loans by category.</figcaption>"
     "<div><table class='caption-top table'><thead><tr><th>Category</th><th>Median days</th></tr></thead>"
     "<tbody><tr><td>Adult fiction</td><td>16</td></tr></tbody></table></div></figure>",
     ["Category\tMedian days", "Adult fiction\t16"], ["Table 1: Loans by category."]),
    # a story paragraph that ends by pointing to the subject's account stays; a bio ending in the writer's handle goes
    ("<p>Rumour has it the song opens a holiday special the singer will release at Christmas. Follow him on Instagram "
     "to watch.</p><p>Dana Reed covers the harbour. Follow her on Twitter @danareed.</p>",
     ["Follow him on Instagram to watch."], ["Follow her on Twitter"]),
    # an <aside> info box or 'Las claves' box inside the story is the story's own facts (a site's sidebar aside still goes)
    ("<aside class='atc-InfoBox'><h4>Der Kohleausstieg in der Lausitz</h4><div><p>Bis 2038 sollen alle Kraftwerke der "
     "Region stillgelegt sein.</p></div></aside><aside class='ue-c-article__box ue-c-article__box--claves'><h3>Las claves"
     "</h3><ul><li>Vivienda: 14 casas rehabilitadas.</li></ul></aside><aside class='sidebar'><p>Lo más leído hoy en la "
     "provincia.</p></aside>",
     ["Der Kohleausstieg in der Lausitz", "Bis 2038 sollen", "Las claves", "Vivienda: 14 casas"], ["Lo más leído"]),
    # Svbtle's and anchor.js's '#' marks beside a heading
    ("<h2 id='why'>Why the ferry matters <a class='head_anchor' href='#why'>#</a></h2><p>It is the only link.</p>"
     "<h3 id='cost'>What it costs<a class='anchorjs-link' href='#cost' aria-label='Anchor'>#</a></h3>",
     ["Why the ferry matters\n", "What it costs\n"], [" #"]),
    # an id of percent-escaped bytes is a heading's own text as its anchor: '%AD' names no ad
    ("<h2 id='1.-%E6%AF%8E%E6%97%A5%E3%81%AE%E6%95%B0%E5%AD%97'>1. 毎日の数字</h2>", ["1. 毎日の数字"], []),
    # a note set beside the text in an <aside> (Zenn's message box) is the author's
    ("<aside class='msg message'><div class='msg-content'><p>These figures come from one small app; a team will see "
     "other ones.</p></div></aside>", ["These figures come from one small app"], []),
    # a section named key takeaways can be the story's own closing list: no rule names it
    ("<section class='blk blk--keytakeaways'><h2>Three things we would do again</h2><ul><li>Write the redirects before "
     "deleting anything from the old site.</li></ul></section>", ["Three things we would do again", "Write the redirects"], []),
    # declarative shadow DOM: a web component's <template shadowrootmode> is what it shows
    ("<story-body><template shadowrootmode='open'><p>The charter is a stopgap until the new ferries arrive in 2029, "
     "the ferry chief said.</p></template></story-body>", ["The charter is a stopgap"], []),
    # a heading's id that spells its own words is its anchor: 'today' there is no site clock
    ("<h2 id='try-it-today'>Try it today</h2>", ["Try it today"], []),
    # a span beside running text stays even when a rule names it (only a span alone in its block goes)
    ("<div><span class='code-lang'>Kotlin</span> is what the port's new app is written in, the council said.</div>",
     ["Kotlin is what the port"], []),
    # a bare <aside> of plain text is an editor's set-off line (telegra.ph); one with a link is a box
    ("<aside>The first recordings go online on March 15.</aside><aside><a href='/more'>More from the archive</a></aside>",
     ["The first recordings go online"], ["More from the archive"]),
    # a heading all link after a 'read also' box, outside it, is the story's own subheading
    ("<div class='related-inline'><h3>Read also</h3><h4><a href='/d'>The lock gates close for repairs</a></h4></div>"
     "<h2><a href='/topics/budget'>What the budget pays for</a></h2>",
     ["What the budget pays for"], ["The lock gates close"]),
]


@pytest.mark.parametrize("snippet, kept, gone", STORY_BESIDE_CHROME)
def test_story_text_named_like_chrome_stays(snippet, kept, gone):
    body = stripper.extract(page(snippet)).body
    for line in kept:
        assert line in body
    for line in gone:
        assert line not in body


def test_a_photo_credit_beside_the_figcaption_goes_with_the_captions():
    figure = ("<figure class='bbc-1qn0xuy'><div><img alt='' src='/salt.jpg'><p class='bbc-ow4ygt' role='text'>"
              "<span class='visually-hidden'>Image source, </span>Harbour Picture Agency</p></div>"
              "<figcaption>Parts of the lake bed have turned to salt flats</figcaption></figure>")
    assert "Harbour Picture Agency" not in stripper.extract(page(figure)).body
    kept = stripper.extract(page(figure), options=stripper.Options(include_captions=True)).body
    assert "Harbour Picture Agency" in kept and "salt flats" in kept
    table = ("<figure class='wp-block-table'><img src='/icon.png' alt=''><table><tr><td>Pier length</td><td>240 m</td></tr>"
             "</table></figure>")
    assert "240 m" in stripper.extract(page(table)).body


def test_next_and_previous_story_teasers_go():
    pager = ("<div class='grid-container next-prev'><div class='next'><p><a href='/n'>Next story</a></p>"
             "<h5><a href='/n'>Council votes to rebuild the ferry ramp</a></h5>"
             "<p class='row-excerpt'>Work on the ramp will start in spring and take six weeks</p></div></div>")
    article = stripper.extract(page(pager))
    assert "Work on the ramp" not in article.body and "Council votes" not in article.body


def test_teaser_titles_under_a_more_heading_go():
    """<li><h4><a>Other story</a></h4></li> under 'More:' is a list of other stories: its linked
    titles do not end the related section the way a real subheading does."""
    titles = ["Council votes to rebuild the ferry ramp", "Fishing fleet returns early after the storm"]
    more = "<h4>More:</h4><ul>" + "".join(f"<li><h4><a href='/{i}'>{t}</a></h4></li>" for i, t in enumerate(titles)) + "</ul>"
    article = stripper.extract(page(more))
    for title in titles:
        assert title not in article.body
    for sentence in STORY:
        assert sentence in article.body


@pytest.mark.parametrize("snippet", TRANSLATED_CHROME)
def test_translated_chrome_lines_go(snippet):
    article = stripper.extract(page(snippet))
    assert words(snippet) not in article.body
    for sentence in STORY:
        assert sentence in article.body


def test_dateline_that_opens_the_story_stays():
    """A span.dateline leading into the first paragraph is the story's first words; a byline span
    that is its paragraph's whole text still goes."""
    lead = ("<p><span class='dateline'>HARBOURTOWN —</span> The ferry company cancelled every "
            "crossing on Monday after a storm damaged the loading ramp at the northern pier.</p>")
    article = stripper.extract(page(lead + "<p><span class='byline'>By Ada Quill</span></p>"))
    assert "HARBOURTOWN — The ferry company cancelled every crossing" in article.body
    assert "Ada Quill" not in article.body


def test_a_text_rule_searched_as_anchored_and_floating_alternatives_matches_as_the_whole():
    """compile_rules searches a row's '^…' alternatives apart from the others (speed): on every
    example line of every row, and on the story's lines, the split finds what the whole row finds."""
    from stripper.rules import _branches, _text_regex
    lines = list(STORY)
    for rule in ALL_RULES:
        for snippet in (rule.removes, rule.keeps):
            lines += [" ".join(el.text_content().split()) for el in lxml_html.fragment_fromstring(snippet, create_parent="div")]
    for rule in ALL_RULES:
        if rule.kind not in ("text", "heading"):
            continue
        assert "|".join(_branches(rule.pattern)) == rule.pattern
        whole, split = re.compile(rule.pattern, re.IGNORECASE), _text_regex(rule.pattern)
        for line in lines:
            assert bool(whole.search(line)) == bool(split.search(line)), (rule.name, line)


def test_the_class_rules_grouped_by_first_letter_match_as_the_rules_one_by_one():
    """compile_rules joins the class/id rules' alternatives under their first letter (speed): on the
    class strings of every fixture page and every row's examples, each joined alternation (all rules,
    each run of ATTR_GROUP_SIZE, the inline ones) matches exactly where one of its rules does."""
    import pathlib
    from stripper.chrome import _attr_string
    from stripper.rules import BUILTIN
    pages = [p.read_bytes() for p in sorted(pathlib.Path(__file__).parent.parent.glob("fixtures/*/page.html"))]
    pages += [(rule.removes + rule.keeps).encode() for rule in ALL_RULES]
    strings = {_attr_string(el, bem_as_one=False).replace("__", "_")
               for page in pages for el in lxml_html.fromstring(page).iter() if isinstance(el.tag, str)}
    strings.discard("")
    assert len(strings) > 2000
    joined = [(BUILTIN.attr_any, BUILTIN.attr), (BUILTIN.inline_any, BUILTIN.inline), *BUILTIN.attr_groups]
    for alternation, members in joined:
        for text in strings:
            assert bool(alternation.search(text)) == any(regex.search(text) for _, regex in members), text


def test_a_builders_last_text_block_after_a_table_joins_the_story():
    """A site builder sets the story in div.w-richtext blocks and a table in a div.w-embed between
    them: the one text block after the table, a sentence long, is the story's end. A block of the
    same kind behind a row of links is not."""
    paras = "".join(f"<p>{p}</p>" for p in STORY * 3)
    table = ("<div class='w-embed'><table><tr><th>Step</th><th>Before</th><th>After</th></tr>"
             "<tr><td>Sign-up completion</td><td>64%</td><td>82%</td></tr></table></div>")
    last = "<div class='rich-text-blog w-richtext'><p>None of this was new, only larger than we expected.</p></div>"

    def body(between: str) -> str:
        return stripper.extract("<html><body><div class='hero'><h1>Pier plan</h1></div><div class='grid'>"
                                "<div class='toc'>On this page</div><div class='blog-content-wrap'>"
                                f"<div class='rich-text-blog w-richtext'>{paras}</div>{between}{last}</div></div>"
                                "</body></html>").body
    assert body(table).endswith("only larger than we expected.")
    links = "<div><a href='/a'>Pricing plans</a> <a href='/b'>Careers at the port</a> <a href='/c'>Contact us</a></div>"
    assert "only larger than we expected" not in body(links)


@pytest.mark.parametrize("tag", ["section", "div"])
def test_a_section_that_adds_only_its_subheading_widens_to_the_story_part_before_it(tag):
    """A broadcaster sets the story in two div.body-text blocks, the second in a <section> (or a
    <div>) that opens with its subheading: the first part, before the section, is the story too."""
    first = "<div class='content--body'><div class='body-text'><p>" + "</p><p>".join(STORY[:2]) + "</p></div></div>"
    second = (f"<{tag} class='content--body'><h2 class='body-title'>Full bloom by the month's end</h2>"
              "<div class='body-img'><img src='a.jpg' alt=''></div><div class='body-text'><p>"
              + "</p><p>".join(STORY[2:] * 2) + f"</p></div></{tag}>")
    html = (f"<html><body><article><h1>Pier plan</h1><div class='content--detail-more'>{first}{second}</div>"
            "<div class='content--related'><h2>Related</h2><ul><li><a href='/a'>Another story</a></li></ul></div>"
            "</article></body></html>")
    body = stripper.extract(html).body
    assert body.startswith(STORY[0]) and "Full bloom by the month's end" in body and "Another story" not in body


def test_a_story_hidden_until_its_script_runs_stays_when_set_in_sections():
    """WeChat's div#js_content carries style="visibility: hidden" until a script shows it; its text
    may sit in <section>s and <span>s rather than <p>. It is most of the page's text: the story."""
    text = "".join(f"<section><span>{sentence}</span></section>" for sentence in STORY * 2)
    html = ("<html><body><div id='js_article'><h1>Pier plan</h1><div id='meta_content'><p>Harbour Notes</p></div>"
            f"<div id='js_content' style='visibility: hidden;'>{text}</div><p>Scan to follow the account</p></div></body></html>")
    assert STORY[0] in stripper.extract(html).body

