"""The built-in chrome rules, one row each:
(name, concept, kind, pattern, reason, a snippet it must remove, a snippet it must keep[, max_chars]).

Snippets are fragments placed inside a test article; the test checks that the first is gone and
the second stays. Kinds are explained in rules/__init__.py."""

RULES = [
    # ---- elements that never hold article text --------------------------------------------
    ("non-text-elements", "code", "tag",
     "script style noscript template svg canvas iframe object embed audio video map button select "
     "input textarea dialog label",
     "scripts, styles, media players and form controls carry no readable article text",
     "<button>Load more stories</button><label for='name'>Your name</label>", "<p>The council met on a Tuesday in the old mill.</p>"),
    ("amp-ad-elements", "ads", "tag", "amp-ad amp-embed amp-sticky-ad amp-auto-ads",
     "AMP's ad elements hold an ad slot and its fallback text ('No ads'), never the story",
     "<amp-ad width='300' height='250' type='adsense'><div fallback>No ads to show</div></amp-ad>",
     "<p>The amplifier was tested in the hall before the concert.</p>"),
    ("promo-elements", "related", "tag", "ps-promo",
     "Brightspot's <ps-promo> element is a teaser card of another story (title, label, date), in a list or set in the story",
     "<ps-promo class='PromoA'><div class='PromoA-category'>Related</div><h3 class='PromoA-title'><a href='/x'>Dry "
     "riverbeds return to the valley for a second summer</a></h3><div class='PromoA-date'>August 10, 2023</div></ps-promo>",
     "<p>The promotion of the deputy was announced at the council meeting.</p>"),
    ("figure-captions", "captions", "tag", "figcaption",
     "figure captions describe images, not the story (kept with Options(include_captions=True))",
     "<figure><img src='a.jpg'><figcaption>Crowds on the quay at noon</figcaption></figure>",
     "<p>The figure of 40 per cent was quoted by the minister twice.</p>"),
    ("nav-element", "navigation", "tag", "nav menu",
     "navigation menus list other pages, not the story",
     "<nav><a href='/'>Home</a> <a href='/world'>World news desk</a></nav>",
     "<p>Navigation by the stars was how the crew crossed the strait.</p>"),
    ("aside-element", "sidebar", "tag", "aside",
     "asides hold sidebars, promos and related links beside the story",
     "<aside><h3>Sidebar picks</h3><p>Five gadgets to buy before the weekend sale ends.</p></aside>",
     "<blockquote><p>We will rebuild the bridge before winter, said the mayor.</p></blockquote>"),
    ("footer-element", "footer", "tag", "footer",
     "page footers hold copyright lines, legal links and site maps",
     "<footer><p>Copyright 2024 Example Media Group. All rights reserved worldwide.</p></footer>",
     "<p>The footer of the old stadium was poured in 1932, the engineers said.</p>"),
    ("hidden-by-style", "hidden", "style", r"display\s*:\s*none|visibility\s*:\s*hidden",
     "elements hidden by an inline style are not shown to readers",
     "<div style='display: none'><p>Thanks for signing up, check your inbox now.</p></div>",
     "<div style='display:block'><p>The display of lanterns lit the harbour at dusk.</p></div>"),
    ("hidden-attribute", "hidden", "flag", "hidden",
     "elements with the HTML hidden attribute are not rendered",
     "<h2>Results <a hidden class='anchor' href='#results'>#</a></h2><div hidden><p>Draft paragraph kept out of view.</p></div>",
     "<p>The hidden valley was reached only on foot until 1960.</p>"),
    ("amp-placeholders", "hidden", "flag", "placeholder fallback",
     "an AMP element's placeholder and fallback children show only while it loads or when it cannot play ('Loading video…', "
     "'The video could not be played')",
     "<amp-youtube data-videoid='x1'><div placeholder>Loading video…</div><div fallback>The video could not be played.</div></amp-youtube>",
     "<p>The placeholder name on the ballot was replaced by the candidate's own.</p>"),
    ("hover-cards", "hidden", "attr",
     r"rollover[-_]?(?:block|card|box)|tooltip[-_]?(?:text|content|body)|tooltiptext|popover[-_]?(?:content|body)|(?:link[-_]?)?preview[-_]?card|hover[-_]?card",
     "hover cards and tooltips inside a sentence show only on mouse-over; their links and teasers are not the sentence",
     "<p>The bill was written by Rep. <span class='rollover'><a href='/people/ann-lee'>Ann Lee</a><span class='rollover-block'><a href='/a'>Lee on taxes</a> <a href='/b'>Lee on ports</a></span></span> of the harbour district.</p>",
     "<div class='entry-content'><p>A tooltip appeared when the pilot hovered over the dial.</p></div>"),
    ("code-line-numbers", "linenumbers", "attr",
     r"lnt|ln|linenos|lineno|linenodiv|line[-_]numbers[-_]rows|rouge[-_]gutter|hljs[-_]ln[-_](?:numbers|n)|cm[-_]gutters?"
     r"|cm[-_]linenumber|code[-_]line[-_]numbers?",
     "the line numbers a highlighter sets beside code (Chroma's span.lnt, Rouge's td.rouge-gutter, Pygments' linenos, "
     "highlight.js's hljs-ln-numbers, CodeMirror's gutter) number the lines, they are not the code",
     "<pre><code><span class='line'><span class='ln'>1</span>spec:</span>\n<span class='line'><span class='ln'>2</span>  replicas: 2</span></code></pre>",
     "<div class='entry-content'><p>The line numbers on the old ferry tickets were printed in red.</p></div>"),
    ("math-visual-copy", "hidden", "attr", r"katex[-_]html",
     "KaTeX draws a formula twice: MathML for screen readers and copying, and an aria-hidden copy in spans for the eye",
     "<p>divide by <span class='katex'><span class='katex-mathml'><math><semantics><mi>n</mi><annotation "
     "encoding='application/x-tex'>n</annotation></semantics></math></span><span class='katex-html' aria-hidden='true'>"
     "<span class='mord mathnormal'>ñ</span></span></span> values</p>",
     "<div class='entry-content'><p>The KaTeX library renders formulas on the page.</p></div>"),
    ("aria-tooltips", "hidden", "role", "tooltip",
     "an element with role='tooltip' shows only while the pointer rests on what it explains (a link's preview card, a "
     "term's definition): it is not the sentence it sits in",
     "<p>The team behind <a href='/tern'>Tern<span role='tooltip'>Fast bundler. 18k stars</span></a> released it.</p>",
     "<p>The tooltip of the old app explained each button to new users.</p>"),
    # ---- ARIA landmarks -------------------------------------------------------------------
    ("aria-chrome-landmarks", "navigation", "role",
     "navigation banner contentinfo complementary search dialog alertdialog menu menubar tablist",
     "ARIA landmarks for navigation, banners, footers and dialogs mark site chrome",
     "<div role='navigation'><a href='/a'>Politics section front</a></div>",
     "<div role='article'><p>The harvest came in early this year across the valley.</p></div>"),
    # ---- class and id tokens, by concept ---------------------------------------------------
    ("ad-containers", "ads", "attr",
     r"(?<!after[-_])(?<!before[-_])ads?|adverts?|advertisements?|advertising|adsbygoogle|ad[-_]?(?:slot|unit|wrap(?:per)?|container|box|label|zone|block|placeholder|space|banner)"
     r"|reklam[ay]?|mainos|publicitate|dfp|gpt[-_]ad|google[-_]?ads?|doubleclick|sponsored|sponsor[-_]?(?:ship|box|content)|promo(?:ted|box|content)?|native[-_]ad|taboola|outbrain|teads|mgid|revcontent|zergnet",
     "advertising slots and their 'Advertisement' labels interrupt the article",
     "<div class='ad-slot ad-label'>Advertisement</div>",
     "<div class='article-body'><p>The road to the old quarry was closed for repairs.</p></div>"),
    ("share-bars", "share", "attr",
     r"share|shares|sharing|sharedaddy|sharethis|share[-_]?(?:bar|buttons?|tools|links|icons)|social(?![-_](?:media[-_])?(?:embed|post)s?(?![a-z0-9]))|social[-_]?(?:share|links|icons|bar|media(?![-_](?:embed|post)s?(?![a-z0-9])))|addthis|addtoany|vuukle|powerbar|a2a[-_]kit|sociable|shariff|reactions?|republish|voting[-_]score|vote[-_]?(?:count|score)s?|upvotes?|downvotes?"
     r"|partage|partager|compartir|compartilhar|condividi|teilen|delen|sdilet|sdileni|zdielat|udostepnij|jaa|podelitsya|distribuie",
     "share bars ('Share on Facebook', 'Tweet', 'Email'), reaction buttons and republish prompts are site interface; "
     "a post embedded in the story ('social-media-embed') is quoted text, not a share bar",
     "<div class='share-bar'><a href='#'>Facebook</a> <a href='#'>Tweet</a></div>",
     "<div class='entry-content'><p>The shares of the company rose after the announcement.</p>"
     " <div class='social-media-embed'><blockquote class='twitter-tweet'><p>The ferry is running again, finally.</p></blockquote></div></div>"),
    ("comment-sections", "comments", "attr",
     r"comments?|comment[-_]?(?:form|list|respond|area|section|thread|wrap(?:per)?)|add[-_]?comm(?:ent)?s?|respond|reply[-_]?title|disqus(?:[-_]thread)?|akismet|discussions|discussion[-_]?(?:thread|list|area|section|box|wrap(?:per)?|container|forum)|commentlist|commententry|comments[-_]?area|fb[-_]comments|coral[-_]?talk|com[-_]list"
     r"|commentaires?|forum[-_](?:total|fil)|webmentions?|guest[-_]?book|comentarios?|coment[aá]rios|kommentare?|kommentarer|commenti|reacties|komentarze?|yorumlar|diskuze|diskuse|diskusia|kommentit|kommentarii|kommentariy|comentari(?:i|u)",
     "comment forms ('Leave a Reply') and reader comments are not the article",
     "<div id='respond' class='comment-respond'><h3 id='reply-title'>Leave a Reply</h3><p>Your email address will not be published.</p></div>",
     "<div class='story-text'><p>He declined to comment on the ruling until Monday.</p></div>"),
    ("related-lists", "related", "attr",
     r"related|related[-_]?(?:posts?|articles?|stories|content|links|news)|relate[-_](?:articles?|posts?|news)(?:[-_](?:list|box|item))?|related(?:posts?|articles?|stor(?:y|ies)|news|content|links?)(?:inline|box|list|block|widget|wrap(?:per)?|container)|relatedposts|jp[-_]relatedposts|yarpp|crp[-_]related|recommended|recommendations?|suggest(?:ions?|ed)?|more[-_]?(?:stories|articles|news|from|episodes)|read[-_]?(?:more|next)|also[-_]?read|you[-_]?may[-_]?(?:also[-_]?)?like|further[-_]?reading|next[-_]?(?:post|article|story)|prev(?:ious)?[-_]?(?:post|article)|post[-_]?navigation|nav[-_]?links|next[-_]?prev|prev(?:ious)?[-_]?next|tin[-_]?lien[-_]?quan(?:v?\d+)?|ltag[-_]+link|homepage[-_]articles|inline[-_]article[-_](?:box|card|teaser|link)s?"
     r"|(?:lee|leer|mira|ver|leia|veja|lire|voir|leggi|vedi)[-_]?(?:tambien|tambem|aussi|anche)|lesen[-_]?sie[-_]?auch"
     r"|articles?[-_]li[eé]s|a[-_]lire|sur[-_]le[-_]meme[-_]sujet|verwandte|relacionad[oa]s?|correlati|gerelateerd"
     r"|souvisejici|suvisiace|powiazane|czytaj[-_]takze|przeczytaj[-_]tez|lue[-_]myos|aiheeseen[-_]liittyvat|chitayte[-_]takzhe"
     r"|pohozhie[-_]novosti|ilgili[-_]haber(?:ler)?|articole[-_]similare|citeste[-_]si",
     "related-article lists and next/previous links point away from the story",
     "<div class='related-posts'><h4>Related</h4><a href='/x'>Another story about the budget</a></div>",
     "<div class='post-body'><p>The related costs of the project were published in May.</p></div>"),
    ("newsletter-prompts", "newsletter", "attr",
     r"[a-z]*newsletters?[a-z]*|newsletter[-_]?(?:signup|form|box|promo)|nieuwsbrief|nyhetsbrev|infolettre|boletin(?:es)?|buletina|uutiskirje|rassylka|subscribe|subscriptions?|signup|sign[-_]up|mailchimp|mc4wp|optin|opt[-_]in|optinmonster|om[-_]campaign(?:[-_]inline)?|email[-_]?(?:signup|capture)|paywall[-_]*(?:inline[-_]*)?(?:cta|prompt|banner|box|modal|overlay|offer|message|notice|tout|wrapper[-_]cta)|paywall[-_]?inline|piano[-_]?(?:inline|offer)|regwall|regi(?:ster|stration)[-_]?wall|paywall[-_]?teaser|sales[-_]?poster|formkit|convertkit|tve[-_]leads|briefing[-_]?(?:box|signup|sign[-_]up|promo)|consumer[-_]?marketing[-_]?unit|signup[-_]?cta",
     "newsletter and subscription prompts interrupt the article (the word may be glued on: 'InlineNewsletter')",
     "<div class='newsletter-signup'><p>Get our morning briefing in your inbox every weekday.</p></div>",
     "<div class='content'><p>Readers subscribed to the paper for decades, the editor said.</p></div>"),
    ("reader-surveys-and-polls", "survey", "attr",
     r"(?:reader[-_]?)?surveys?(?:[-_]?(?:box|form|embed|callout))?|polls?|poll[-_]?(?:box|widget|embed)|crowdsignal(?:[-_]\w+)?|polldaddy|pd[-_]embed|wp[-_]polls|quiz[-_]?(?:box|embed)|typeform[-_]?embed",
     "reader surveys and polls ask the reader for input; they are not reporting",
     "<div class='reader-survey-box'><h4>Tell us: how do you get to work?</h4><p>Answer three quick questions.</p></div>",
     "<div class='entry-content'><p>The survey of 400 riders found most wanted later buses.</p></div>"),
    ("calls-to-action", "newsletter", "attr",
     r"cta|cta[-_]?(?:card|box|block|banner|button)|vc[-_]cta\d?|kg[-_]cta[-_]card|call[-_]?to[-_]?action|footer[-_]cta|membership[-_]?(?:cta|prompt|box|callout|promo|appeal)|support[-_]?(?:us|box|banner|prompt|appeal)|inline[-_](?:support|membership)|get[-_]involved|donate|donations?|donate[-_]?(?:box|banner)|follow[-_]?us|sledujte[-_]nas|obserwuj|seuraa[-_]meita|urmareste[-_]ne|tipblok|suivez(?:[-_]?nous)?|siguenos|s[ií]guenos|folgen[-_]?sie|seguici|(?:whatsapp|telegram)[-_]?(?:box|banner|channel|cta|promo)|contributions?[-_]?epic|support[-_](?:local[-_])?journalism",
     "calls to action (subscribe, become a member, donate) are prompts, not the article",
     "<div class='kg-card kg-cta-card'><p>Become a member to get every issue in your inbox.</p></div>",
     "<div class='post-content'><p>The call to action from the mayor was clear: repair the pier.</p></div>"),
    ("cookie-banners", "cookies", "attr",
     r"cookies?|cookie[-_]?(?:banner|notice|consent|bar|law)|consent|gdpr|cc[-_]banner|cmp[-_](?:banner|container|dialog|wrapper|modal|popup|ui|root)|qc[-_]?cmp2?(?:[-_][a-z0-9]+)*|didomi(?:[-_][a-z0-9]+)*|cookiebot|usercentrics|onetrust|privacy[-_]?(?:banner|notice)",
     "cookie and consent banners are site interface (a consent platform's 'cmp-banner', not AEM's 'cmp-text' component)",
     "<div id='cookie-notice'><p>We use cookies to improve your experience on this site.</p></div>",
     "<div class='article'><p>The bakery sold cookies to raise money for the school trip.</p></div>"),
    ("breadcrumbs-and-pagers", "navigation", "attr",
     r"breadcrumbs?|pagination|pager|page[-_]links|skip[-_]?(?:link|to[-_]content)|navbar|nav|navigation|menu|main[-_]?menu|mega[-_]?menu|(?<!code[-_])toolbar|masthead|site[-_]?header|header[-_]?(?:nav|menu|bar)|search[-_]?(?:form|box|bar)"
     r"|(?<![-_])toc(?![-_])|toc[-_](?:container|wrapper|box|list|widget|nav)|ez[-_]toc[-_]container|table[-_]of[-_]contents",
     "breadcrumbs, menus, tables of contents and page navigation are site interface",
     "<ol class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ol>",
     "<div class='story'><p>The menu at the new restaurant changes every season.</p></div>"),
    ("wiki-hatnotes", "navigation", "attr",
     r"hatnote|dablink|rellink|navbox(?:[-_][a-z]+)*|navbox[-_]?title",
     "a wiki's hatnotes ('Main article: …', 'For other uses, see …') point to other pages",
     "<div role='note' class='hatnote'>Main article: Harbour bridge</div>",
     "<div class='mw-parser-output'><p>The main article of the treaty set the harbour limits.</p></div>"),
    ("affiliate-product-boxes", "ads", "attr",
     r"aawp|aawp[-_]\w+|amazon[-_]?(?:box|product|affiliate)|affiliate[-_]?(?:box|product|products|feature|promo|cta|banner)|(?:feature|promo)[-_]affiliate|product[-_]?(?:box|embed|card|widget)|product(?:embed|card|box)(?:wrapper|container)|product[-_]record|commerce[-_](?:inset|module|widget|unit|block)|embed[-_]?product|lasso[-_]\w+|hawk[-_]\w+|price[-_]?(?:widget|comparison|compare|box)|preisvergleich",
     "affiliate product boxes (ribbon, rating, bullet points, 'Check price on Amazon') sell, they do not report",
     "<div class='aawp-product'><span class='aawp-product__ribbon'>Best Seller</span><span class='aawp-product__reviews'>3,412 Reviews</span></div>",
     "<div class='entry-content'><p>The product box on the shelf was empty by noon, the shop said.</p></div>"),
    ("trending-boxes", "trending", "attr",
     r"trending|popular|most[-_]?(?:read|popular|viewed|shared|commented)|mostread|mostpopular|top[-_]?(?:stories|news|reads)|hot[-_]?(?:news|topics)|editors?[-_]?picks?|must[-_]?read|latest[-_]?(?:news|posts|stories)|recent[-_]?(?:posts|news|comments)|nejctenejsi|najczesciej[-_]czytane|luetuimmat|samoe[-_]chitaemoe|cele[-_]mai[-_]citite",
     "'Trending' and 'Most read' boxes list other stories",
     "<div class='trending-box'><h3>Trending</h3><a href='/y'>A story everyone read</a></div>",
     "<div class='article-text'><p>The trend in rents continued upward in the third quarter.</p></div>"),
    ("author-and-meta-boxes", "byline", "attr",
     r"(?:author|auteur|autor|autore|szerzo)[-_]?(?:box|bio|info(?:rmation)?|card|profile|details|line|doboz|medailonek|mini|datum)|authors?|metryczka|toimittajalaatikko|muhabir(?:[-_]tarih)?|despre[-_]autor|bio[-_]autor|info[-_]articol|wp[-_]author|bio[-_]?box|story[-_]profiles|about[-_]?(?:the[-_]?)?author|post[-_]?author|contrib|contributors?|entry[-_]?(?:meta|footer|author)|post[-_]?(?:meta|info|footer|byline)|article[-_]?(?:meta|footer|byline|info(?:rmation)?|authors?|date[-_]?time|date)|(?:article|post|entry|story|news)[-_](?:head(?:er)?|top|detail)[-_](?:info|meta)|live[-_]*entry[-_]*meta|liveblog[-_]*(?:entry[-_]*)?meta|node[-_]?meta|(?:news[-_]?)?release[-_]?meta|byline|bylines|(?<![-_])firma(?![-_])|published[-_]by|published[-_]dates|change[-_]history|meta[-_]?(?:data|info|bar)|dateline|(?:node[-_]?)?submitted|page[-_]?properties|date[-_]?(?:published|updated|modified)|posted[-_]?on|publish(?:ed)?[-_]?(?:date|on)|td[-_]post[-_]date|jeg[-_]meta[-_]\w+",
     "author boxes and meta lines (byline, 'Published on', date) sit around the article, not in it",
     "<div class='entry-meta'><span class='posted-on'>Published on March 3, 2024</span></div>",
     "<div class='entry-content'><p>The author of the report spoke to the committee on Friday.</p></div>"),
    ("video-players", "media", "attr",
     r"[a-z]+[-_]player|(?:video|vid|media|audio|jw|mini|inline|embed)player|[a-z]*video[-_]*(?:slate|posterboard|playlist|thumbnails?|title|description|resource|embed|card|module|box|label|header)|autoplay|video[-_]?js|vjs[-_]\w+|end[-_]?slate|countdown|connatix|cnx[-_]main[-_]container",
     "video players carry their own titles, countdowns ('Your video will play in 0:25') and playlists, not article text",
     "<div class='article-video-player'><div class='video-headline'>Harbour crane at work</div><div class='countdown'>Your video will play in 00:25</div></div>",
     "<div class='entry-content'><p>The player scored twice in the second half of the cup final.</p></div>"),
    ("ai-summaries", "summary", "attr",
     r"ai[-_]?(?:summary|summaries|takeaways|recap)|(?:summary|takeaways)[-_]?ai|ki[-_]?zusammenfassung|ai[-_]generated[-_]?(?:summary|content)?"
     r"|summary[-_]?box|tldr",
     "a summary box ('AI summary', 'Samenvatting · AI', 'Kort fortalt', 'TL;DR') retells the story beside it; it is not the "
     "story. A list named key points or takeaways is left alone: some are the story's own closing section",
     "<details class='ai-summary' open><summary>Summary · AI</summary><ul><li>The ferry fares rise by a fifth in May.</li></ul>"
     "<p class='ai-summary__disclaimer'>This summary was generated with AI and checked by the editors.</p></details>",
     "<div class='summary-text'><p>The ferry fares rise by a fifth in May, the operator said on Monday.</p></div>"),
    ("sponsor-disclosures", "ads", "attr",
     r"disclosures?|(?:editorial[-_]?)?polic(?:y|ies)[-_]?(?:note|notice)",
     "a box named a disclosure (or a policy note: 'our journalists abide by editorial policies') says who paid for "
     "the piece or earns from its links; a disclaimer is left alone, as labelled pages keep an opinion piece's "
     "'views are the author's own'",
     "<div class='ArticlePage-disclosure'><p>Sponsored content. This article was paid for by Northwind.</p></div>",
     "<div class='entry-content'><p>The disclosure of the accounts came on Friday.</p></div>"),
    ("chart-labels", "media", "attr",
     r"ai2html(?:[-_][a-z0-9]+)*|g[-_]artboard",
     "charts exported with ai2html print their axis labels and figures as HTML text laid over an image: "
     "scattered labels ('$915', 'billion', '2019'), not sentences",
     "<div class='ai2html ai2html-box-v5'><div class='g-artboard'><p>$915</p><p>billion</p><p>2019</p><p>2028</p></div></div>",
     "<div class='story-body'><p>Interest payments on the debt could reach $915 billion by 2028.</p></div>"),
    ("site-clock", "clock", "attr",
     r"today|todays?[-_]?date|current[-_]?(?:date|time)|date[-_]?today|top[-_]?bar|header[-_]?top[-_]?bar|td[-_]data[-_]time|jeg[-_]top[-_]date",
     "the site header's top bar and today's-date display show the day of the visit, not of the article "
     "(also dropped from the page that the last-resort date search reads)",
     "<div class='header-topbar'><span class='current-date'>Tuesday, March 3, 2026</span> Weather 12C</div>",
     "<div class='entry-content'><p>Today the ferry left at noon, an hour later than usual.</p></div>"),
    ("tags-and-categories", "tags", "attr",
     r"tags?|tag[-_]?(?:list|links|cloud)|post[-_]?tags|entry[-_]?tags|tag[-_]?cloud(?:[-_]?(?:wrapper|label|links?|list))?|categories|category|cat[-_]links|post[-_]?categor(?:y|ies)|entry[-_]?categor(?:y|ies)|td[-_]category|topics?[-_]?list|keywords"
     r"|mots[-_]?cl[eé]s|etiquetas|schlagw(?:oe|ö)rter|schlagworte|palavras[-_]chave|parole[-_]chiave|trefwoorden|c[ií]mk[eé]k?|stitky?|tagi|temata|aiheet|avainsanat|tegi|etiketler|etichete",
     "tag lists and category labels are navigation, not text",
     "<div class='post-tags'><a href='/t/a'>economy</a> <a href='/t/b'>budget</a></div>",
     "<div class='post-content'><p>The tagline of the campaign was changed after one week.</p></div>"),
    ("sidebars-widgets-footers", "sidebar", "attr",
     r"sidebar|side[-_]?bar|(?<!elementor-)(?<!so-)(?<!panel-)(?<!siteorigin-)(?<!so-panel )widgets?(?![-_]sow)|widget[-_]?area|rail|right[-_]?rail|(?<!card-)(?<!blockquote-)(?<!quote-)footer|site[-_]?footer|colophon|copyright|(?<![-_])pie(?![-_])",
     "sidebars, widget areas and footers surround the article (page builders' 'elementor-widget', "
     "'so-widget', 'panel-widget' and SiteOrigin's 'so-panel widget widget_sow-editor' are content blocks, not sidebar widgets)",
     "<div class='sidebar'><div class='widget'><p>Follow us on every network for more.</p></div></div>",
     "<div class='entry'><p>The footer of the bridge needed new bolts, inspectors found.</p></div>"),
    ("amp-mobile-switcher", "amp", "attr",
     r"amp[-_]mobile[-_]version[-_]switcher|amp[-_]wp[-_]\w*|mobile[-_]version[-_]switcher",
     "the WordPress AMP plugin adds an 'Exit mobile version' switcher at the end of the page",
     "<div id='amp-mobile-version-switcher'><a rel='nofollow' href='?noamp=mobile'>Exit mobile version</a></div>",
     "<div class='amp-wp-article-content'><p>The mobile clinic visited three towns in May.</p></div>"),
    ("captions-and-credits", "captions", "attr",
     r"(?:wp[-_])?(?<!no-)(?<!no_)(?<!no--)(?<!with-)(?<!with--)(?<!has-)(?<!has--)caption(?![-_](?:top|bottom))(?:[-_]?text)?|captions|figcaption|[a-z]+(?<!no)(?<!with)(?<!without)(?<!has)(?:caption|credit)s?|photo[-_]?(?:credit|caption)|image[-_]?(?:credit|caption)|img[-_]?caption|media[-_]?(?:credit|caption)|cmp[-_]+image[-_]+(?:title|caption)|(?:img|image|pic|picture|photo|media)[-_]?desc(?:r|ription)?|copyright|credits?|slideshow|carousel|gallery|galleries|gallery[-_]?(?:caption|count|counter|nav)"
     r"|l[eé]gende|leyenda|pie[-_]?(?:de[-_]?)?(?:foto|imagen|img)|autor[-_]?foto|didascalia|bildunterschrift|bildtext|fotocredit|k[eé]pal[aá][ií]r[aá]s|popisek|podpis[-_]zdjecia|kuvateksti|kuvaaja|podpis[-_]foto|istochnik[-_]foto|foto[-_]?aciklama|resim[-_]?alti|descriere[-_]foto|sursa[-_]foto",
     "photo captions and credits describe images, not the story (kept with Options(include_captions=True)); "
     "React-style names glue the word on ('imageEmbedCaption', 'newsCaption'), but 'withoutCaption' names its absence "
     "and Bootstrap's table.caption-top where its caption goes",
     "<div class='wp-caption-text'>The old pier at dawn. Photo: Staff photographer</div>",
     "<div class='entry-content'><p>The photo credit line was missing from the first edition.</p></div>"),
    ("popups-and-overlays", "popup", "attr",
     r"modal|popup|pop[-_]up|(?<!text[-_])(?<!photo[-_])(?<!image[-_])(?<!img[-_])(?<!hero[-_])(?<!cover[-_])overlay(?![-_]?text)"
     r"|lightbox|interstitial|toast|offcanvas|off[-_]canvas|drawer",
     "modals, popups and overlays are interface, usually hidden until opened; but text set over a photo "
     "('overlay-text', 'block-photo__overlay', 'hero__overlay') is the story's, shown with it",
     "<div class='modal'><p>Create a free account to keep reading this article today.</p></div>",
     "<div class='body'><p>The pop-up shop opened on the corner of Elm and Main.</p></div>"),
    ("heading-permalinks", "permalink", "attr",
     r"headerlink|head(?:er)?[-_]?anchor|heading[-_]?(?:anchor|link|permalink)|anchor[-_]?link|anchorjs|permalink|hash[-_]?link"
     r"|direct[-_]?link"
     r"|footnote[-_]?back(?:ref|link)?|fn[-_]?back(?:ref)?|reversefootnote|mw[-_]editsection(?:[-_][a-z]+)*|editsection",
     "the permalink mark beside a heading (Sphinx's pilcrow, a '#') is navigation, not part of the heading",
     "<h2>Sharing the cache<a class='headerlink' href='#sharing'>¶</a></h2>",
     "<p>The permanent link between the two islands is a causeway built in 1911.</p>"),
    ("carousel-clones", "hidden", "attr",
     r"swiper[-_]slide[-_]duplicate|slick[-_]cloned|(?<![\w-])cloned(?![\w-])",
     "a carousel in loop mode copies its first and last slides (Swiper's swiper-slide-duplicate, Slick's slick-cloned, "
     "Owl's cloned): the copies repeat slides the reader sees once",
     "<div class='swiper-slide swiper-slide-duplicate' data-swiper-slide-index='0'>"
     "<p>The new pier takes the evening boats from May, once its lights are in.</p></div>",
     "<div class='swiper-slide' data-swiper-slide-index='0'>"
     "<p>The new pier takes the evening boats from May, once its lights are in.</p></div>"),
    ("hidden-helpers", "hidden", "attr",
     r"(?<![\w-])(?:hidden|hide|is[-_]hidden|(?:[a-z]+-(?:u-)?)?visually[-_]hidden|sr[-_]only|screen[-_]reader[-_]text|visuallyhidden|print[-_]only|d[-_]none|display[-_]none|u[-_]hidden"
     r"|element[-_]invisible|assistive[-_]text|screen[-_]?reader[-_]only|show[-_]for[-_]sr|(?:visually[-_]hidden|sr[-_]only)_[a-z0-9_]+)(?![\w-])",
     "text hidden from readers (screen-reader labels, print-only lines) is not what a reader sees; "
     "only whole class names count, since 'field--label-hidden' hides a label, not its field; a design system's "
     "prefix counts ('govuk-visually-hidden', 'nhsuk-u-visually-hidden'); Drupal's 'element-invisible', WordPress's "
     "'assistive-text' and Foundation's 'show-for-sr' are the same, and so is a CSS module's 'visually-hidden__container__bl31d'",
     "<span class='screen-reader-text'>Posted on</span>",
     "<div class='article-body'><p>The hidden costs of the plan surprised the council.</p></div>"),
    ("sports-data-boxes", "tools", "attr",
     r"line[-_]?ups?|match[-_]?(?:stats|data|sheet|facts|info)|matchsheet|next[-_]?(?:match|game|fixture)|tabellino|pagelle(?:[-_]box)?"
     r"|ficha[-_]?t[eé]cnica|player[-_]?ratings?|result[-_]?box",
     "a match report's data boxes (line-ups, match stats, player ratings, the next fixture, a result box) are tables of the "
     "sports desk's feed beside the story, not its text",
     "<div data-component='line-ups'><h3>Line-ups</h3><ul><li>1 Hale</li><li>2 Dempsey</li></ul></div>"
     "<div class='ue-c-match-data'><h4>Ficha técnica</h4><p>Árbitro: R. Soto</p></div>",
     "<p>The line-up changes came too late, the manager said after the match.</p>"),
    ("commerce-widgets", "ads", "attr",
     r"(?:company|stock)[-_]?(?:cards?|quotes?|widgets?|tickers?)|quote[-_]?(?:cards?|widgets?|strip|chips?)|ticker[-_]?(?:strip|tape|bar|cards?)"
     r"|product[-_]+(?:cards?|box|callout|widget|buyingguide)|odds[-_]?(?:comparison|widgets?|table|box|cards?)|(?:betting|bookmaker|casino)[-_]?(?:offers?|widgets?|box|cards?)|offer[-_]?box",
     "stock-quote cards, shopping product cards (price, 'Our pick', 'Check price') and bookmakers' odds and offer boxes "
     "('Bet now', 'Bet £5 Get £20 in Free Bets') are widgets beside the story",
     "<div class='company-card-vue-component' data-ticker='CPPL'><a href='/quote/cppl/'>Cardinal Pipeline</a> "
     "<span>Today's Change (-0.42%) -$0.13</span><span>Current Price $30.71</span></div>"
     "<div class='product product--buyingguide'><span>Our pick</span><p>Voltra Air 9: the best cordless vacuum overall</p></div>",
     "<div class='article-body'><p>The company cut its dividend, and the stock fell by a tenth on the news.</p></div>"),
    ("print-and-tools", "tools", "attr",
     r"print[-_]?(?:button|link)|gist[-_]meta|code[-_]?(?:header|lang|language|label)|code[-_]?block[-_]*(?:header|lang|language|label|title)|codeblock[-_]lang|font[-_]?size|text[-_]?size|article[-_]?tools|story[-_]?tools|utility[-_]?bar|reading[-_]?time|read[-_]?time|time[-_]to[-_]read|czas[-_]czytania|bookmark|save[-_]?(?:article|story)|listen[-_]?(?:button|btn|to[-_]article)|rich[-_]media[-_](?:tool|meta[-_]list)|audio[-_]?player|(?:story|article|post)[-_]audio"
     r"|cite[-_]this(?:[-_][a-z]+)?|how[-_]to[-_]cite|citation[-_](?:appendix|box|tool|widget)|quarto[-_](?:reuse|citation)|appendix[-_]bottom",
     "article tools (print, font size, reading time, listen, 'cite this post' with its BibTeX, which Quarto and distill "
     "put under 'Reuse' and 'Citation' in the appendix) and a gist's 'view raw … hosted with ❤ by' line are interface",
     "<div class='article-tools'><a href='#'>Print</a> <a href='#'>Text size</a></div>",
     "<div class='story-body'><p>The tools were stored in the shed behind the school.</p></div>"),
    # ---- text of a whole block --------------------------------------------------------------
    ("advertisement-label", "ads", "text",
     r"^\W*+(?:advertisements?|advertising|advert|ad|ads|anzeige|werbung|publicit[eé]|pubblicit[àa]|publicidad|publicidade|advertentie|reklama|reklam|reklaam|pr|реклама|рэклама|isikhangiso|publizitatea|jarnama|patalastas|auglýsing|hirdetés|διαφήμιση|διαφημιση|publicitate|annonse|annons|annonce|פרסומת|विज्ञापन|โฆษณา|広告|广告|スポンサーリンク|スポンサードリンク|반응형|iklan|hysbyseb|anuncios?|廣告|сурталчилгаа|ကြော်ငြာ|xayeysiis|iragarkia|reklāma|reklamë|talla|жарнама|oglas|oglasno sporočilo|إعلان|اعلان|ڕیکلام|ریکلام|اشتہار|تبلیغات|آگهی|գովազդ|რეკლამა|ಜಾಹೀರಾತು|പരസ്യം|ప్రకటన|விளம்பரம்|বিজ্ঞাপন|જાહેરાત|जाहिरात|ਇਸ਼ਤਿਹਾਰ|ବିଜ୍ଞାପନ|දැන්වීම|ማስታወቂያ|ໂຄສະນາ|ពាណិជ្ជកម្ម|quảng cáo|mgbasa ozi|pariwara|kwamamaza|fógra|publicitat|bruderezh(?:\s*/\s*publicité)?|anunsio|اشتهار|רעקלאַ?מע|advertensie|shambadzo|mahabat|beeksisa)\W*+$"
     r"|^\W*+реклама\b.{0,200}\berid\b",
     "the 'Advertisement' label between paragraphs marks an ad slot",
     "<p>Advertisement</p>", "<p>Advertisement revenue at the paper fell by a third last year.</p>"),
    ("sponsored-label", "ads", "text",
     r"^\W*+(?:sponsored|sponsored content|paid content|promoted|paid post|partner content)\W*+$|^\W*+sponsored(?: by [^:.!?]{1,40})?\s*:\s*\S",
     "sponsored-content labels mark ads",
     "<p>Sponsored Content</p>", "<p>The sponsored team rode through the mountains for six days.</p>"),
    ("continues-below-ad", "ads", "text",
     r"^\W*+(?:(?:the )?(?:story|article|text) continues (?:below|after)(?: this)?(?: advertisement| ad)?|advertisement\s*[-–—]\s*continue reading below|haberin devamı|dalszy ciąg materiału pod (?:wideo|reklamą|materiałem wideo)|dalsza część artykułu pod (?:materiałem wideo|wideo|reklamą)|continue reading(?: the (?:main )?story)?(?: below)?|scroll to continue(?: with content)?|scroll untuk melanjutkan(?: membaca)?|článek pokračuje pod reklamou|pokračování článku pod reklamou|pokračovanie článku pod reklamou|der artikel wird unter der (?:anzeige|werbung) fortgesetzt|weiter nach der anzeige|l'article continue (?:après|sous) (?:la|cette) publicité|(?:el artículo|la noticia) continúa (?:debajo de|tras|después de) la publicidad|l'articolo continua (?:dopo|sotto) la pubblicità|dalsza część (?:artykułu|tekstu) pod reklamą|статья продолжается (?:под|после) рекламы|продолжение (?:статьи )?(?:под|после) рекламы|(?:tekst|članak|vijest) se nastavlja ispod (?:oglasa|reklame)|nastavak (?:teksta|članka) ispod (?:oglasa|reklame)|(?:besedilo|članek) se nadaljuje pod oglasom)\W*+$",
     "'Story continues below advertisement' is an ad slot's label",
     "<p>Story continues below advertisement</p>",
     "<p>The story continues below the surface, where divers found the wreck.</p>"),
    ("comment-form-lines", "comments", "text",
     r"^\W*+(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)|your email address will not be published|"
     r"schreibe einen kommentar|hinterlasse einen kommentar|laisser un commentaire|laisser une réponse|deja una respuesta|deja un comentario|"
     r"lascia un commento|deixe uma resposta|deixe um comentário|добавить комментарий|оставить комментарий|оставьте комментарий|发表评论|发表回复|コメントを残す|"
     r"ihre e-mail-adresse wird nicht veröffentlicht|votre adresse (?:e-mail|de messagerie) ne sera pas publiée|tu dirección de correo electrónico no será publicada|"
     r"il tuo indirizzo email non sarà pubblicato|o seu endereço de e-mail não será publicado|ваш адрес email не будет опубликован|required fields are marked|this site uses akismet|save my name, email, and website|notify me of (?:new|follow-up)|cancel reply|you must be logged in to post a comment|(?:kommentare|comments) (?:werden geladen|loading)|loading comments|posten sie ihre meinung|comments? (?:are|is) closed|\d+ (?:comments?|responses?|replies))",
     "lines of the comment form (WordPress with Akismet and others)",
     "<p>Leave a Reply</p><p>Your email address will not be published. Required fields are marked *</p>",
     "<p>She chose to leave a reply in the town's guest book before leaving.</p>", 300),
    ("comment-labels-and-policy", "comments", "text",
     r"^\W*+(?:comments?|kommentare|commentaires|comentarios|comentários|commenti|reacties|kommentarer|kommentaarit|komentarze|komentari|ummæli|комментарии|отзывы|добавить отзыв|оставить отзыв|评论|コメント|tell us what you think|what do you think|ý kiến bạn đọc|bình luận|hozzászólások)(?:\s*\(\d+\))?\W*+$"
     r"|\bcomments? (?:are|will be) (?:moderated|reviewed before)|^\W*+disclaimer\s*:\s*comments? (?:do not|don't) represent\b|não serão aprovados pelo moderador|commentaires sont modérés|los comentarios (?:están|son) moderados|i commenti sono moderati|kommentare werden moderiert|^\W*+vi ønsker en åben (?:og \w+ )?debat\b|^\W*+ummæli eru á ábyrgð\b|^\W*+komentari odražavaju stavove\b|^\W*+a hozzászóláshoz be kell jelentkezni|^\W*+zu diesem artikel ist keine diskussion verfügbar\b|комментарии (?:проходят|проходит) модераци",
     "a comment section's label ('Comments', 'Отзывы', 'Tell us what you think') and its moderation notice are not the article",
     "<h3>Comments (12)</h3><p>Comments are moderated and may take a day to appear.</p>",
     "<p>Comments from the minister were read out at the start of the hearing.</p>", 300),
    ("pager-line", "navigation", "text", r"^(?:\d{1,3} ){3,}\d{1,3}$|^\W*+\d{1,2}\s*/\s*\d{1,2}\s*ページ\W*$"
     r"|^\W*+(?:halaman|page|seite|página|pagina|strona)?\s*(?:\d{1,3}\s+)+\d{1,3}\s*(?:selanjutnya|next|weiter|siguiente|suivante|successiva|następna)\W*(?:tampilkan semua|view all|show all|alle anzeigen)?\W*$",
     "a line of page numbers ('1 2 3 4 5 6 7 8') is a pager",
     "<p>1 2 3 4 5 6 7 8</p>",
     "<p>The scores were 3 2 and then 4 1 after extra time.</p>"),
    ("exit-mobile-version", "amp", "text", r"^\W*exit mobile version\W*+$",
     "the WordPress AMP plugin's switcher link",
     "<p><a href='?noamp=mobile'>Exit mobile version</a></p>",
     "<p>The exit from the mobile home park was blocked by snow.</p>"),
    ("reader-survey", "survey", "text",
     r"\bwe(?:\s*'d|\s*’d| would)? want to hear from (?:you|readers|people|parents|anyone)\b"
     r"|^[^.!?]{0,60}\bwe(?:\s*'d|\s*’d| would) (?:like|love) to hear from (?:you|readers|people|parents|anyone)\W*$|\btell us (?:via|in|using|through|with) (?:a|our|the|this) (?:short |brief |quick )?(?:survey|form|questionnaire)\b|\b(?:share your (?:story|experience)s?(?: with us)?|take our (?:short |quick )?survey)\b|\byour responses are secure\b",
     "reader call-outs ('Are you affected by ...? We want to hear from you') ask for input, they are not reporting",
     "<h2>Are you affected by the flooding? We want to hear from you</h2><p>Tell us via a short survey.</p>",
     "<p>The survey of 2,000 households found that most wanted the bus route restored.</p>", 700,
     ("to hear from", "tell us", "share your", "take our", "your responses")),
    ("published-on-line", "byline", "text",
     r"^\W*+(?:published|posted|updated|last updated|first published|publication date|veröffentlicht|publié|опубликовано)(?:\s+(?:on|at|am|le|in))?\s*:?\s*(?:\d[\d\s./:,-]*(?:am|pm)?|[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4})?[^\w]*$"
     r"|^(?:\W*+(?:publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|gepubliceerd|bijgewerkt|publiziert|erschienen|erstpublikation|erstveröffentlichung|zuletzt aktualisiert|aktualisiert|stand|publiée?|mis à jour|modifiée?|publicado|actualizado|última actualización|atualizado|pubblicato|aggiornato|ultimo aggiornamento|opublikowano|zaktualizowano|publikováno|aktualizováno|обновлено|mis en ligne|публикувана|публикувано|обновена|обновено|актуализирана|актуализирано|жарияланды|жаңартылды|به‌روز شده|بروز شده|آخر تحديث|نُشر|نشر)\b(?:\s+(?:on|am|le|el|em|il|op|den|на))?\s*:?\s*(?:[^\W\d_]{3,12},?\s+)?\d{1,2}[./ ]\s*\w{1,12}\.?[./ ]\s*\d{2,4}(?:\s*г\.)?(?:(?:,|\s-)?\s*(?:kl\.|um|à|às|alle|om|в|a las|a la)?\s*\d{1,2}[:.h]\d\d(?::\d\d)?(?:\s*(?:uhr|h\b\.?|min\b|ч\.))?)?(?:\s+(?:von|by|par|por|door|av|di)\s+\S+(?:\s+\S+){0,2})?)+(?:\s*(?:lecture|lettura|lectura|leitura|lesezeit)\s*:?\s*\d{1,3}\s*min\.?)?"
     r"(?:\s*[|·]\s*(?:прочетена\s+\d{1,9}\s+пъти|\d{1,9}\s+(?:views|прочитания)))?\W*$"
     r"|^\W*+(?:[^\W\d_]{2,12}[,:]?\s+){0,3}(?:\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?(?:\s+\d{4})?|[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4}),?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?\s*+(?:[·|•]\s*+)?(?:[^\W\d_]++\s*+){1,3}:?\s*(?:[^\W\d_]{2,12},?\s+)?(?:\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?(?:\s+\d{4})?|[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4}),?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?(?:\s+[^\W\d_]+\s*\(\d+\)|(?:\s+[^\W\d_]{2,4})?(?:\s+\d+\s+min(?:ute)?s?\s+read)?)\W*$"
     r"|^\W*+(?:[^\W\d_]{3,12},?\s+)?\d{1,2}\s+(?:de\s+)?[^\W\d_]{3,12}\.?\s+(?:de\s+)?\d{4},?\s+\d{1,2}[:.]\d\d\s*h?\.?\s*[|·]\s*"
     r"(?:actualizado|atualizado|updated|aggiornato|mis à jour|aktualisiert)\s*:?\s*(?:a las\s+)?\d{1,2}[:.]\d\d\s*h?\.?\W*$"
     r"|^\W*+(?:掲載日|公開日|更新日|投稿日|最終更新日|登録日)\s*[:：]?\s*\d{4}年\d{1,2}月\d{1,2}日\W*$"
     r"|^\W*+this article was (?:most recently |last )?(?:revised and updated|revised|updated|co-authored|reviewed) by\b[^.!?]{1,60}\W*$"
     r"|^\W*+(?:published|posted) by [^.!?]{1,60}? on [^\W\d_]{3,9}\.? \d{1,2},? \d{4}\W*$"
     r"|^\W*+(?:[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+\d{4})\s*(?:last )?updated\s*:?\s*"
     r"(?:[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+\d{4})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?)?\W*$"
     r"|^\W*+(?:نُشر|نشر|تاريخ النشر)\s*:\s*\d[^.!?]{3,140}$"
     r"|^\W*+(?:기사)?(?:입력|수정|승인)\s*:?\s*\d{4}[.-]\s?\d{1,2}[.-]\s?\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:기사)?(?:입력|수정|승인)\s*:?\s*\d{4}[.-]\s?\d{1,2}[.-]\s?\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)*\W*$"
     r"|^[^.!?\d]{2,40}\s\d{1,2}\.\s*[^\W\d_]{3,12}\s+\d{4}\s+kl\.\s*\d{1,2}[:.]\d\d(?:\s+\S+\s+\d{1,2}\.\s*[^\W\d_]{3,12}\s+\d{4}\s+kl\.\s*\d{1,2}[:.]\d\d)?\W*$",
     "the 'Published on' line is metadata; its date is read before chrome removal; a Swiss site prints it with the update ('Publiziert: … | Aktualisiert: …'); "
     "two timestamps with a label between them ('12.11.2023 09:41 Viimati uuendatud: 13.11.2023 08:02') are the published and updated times",
     "<p>Published on March 3, 2024</p>",
     "<p>The report was published on the council's website on Monday.</p>", 100),
    ("byline-and-category-line", "byline", "text",
     r"\b(?:published by|posted by|written by|publicado por|publié par|pubblicato da|veröffentlicht von|autor|author|autore|auteur)\s*:?[^\n]{0,80}?\b(?:categor(?:y|ies|ia|ie|ía)|kategorie|rubrique|tags?|etiquetas)\s*:",
     "a meta row that names the author and then the category or tags ('Publicado por: A - Categoria: B - Tags: c') is metadata",
     "<p>05/10/2024 - Publicado por: Ana Lima - Categoria: Saúde - Tags: bairro, posto</p>",
     "<p>Published by the council, the report's category of 'urgent' repairs covered 40 roads.</p>", 250,
     ("categor", "kategorie", "rubrique", "tag", "etiquetas")),
    ("dateline-and-byline", "byline", "text",
     r"^\W*+(?:(?:by|von|par|por|door|av|af|imeandikwa na)\s+(?!(?:the|a|an|this|that|then|now|late|early|mid|end|far|next|last)\b|\d)|(?:published|posted|updated|last updated|first published|originally published|edited by|this (?:story|article) was (?:originally|first) published)\b)[^.!?]{0,90}?(?:\d{1,2}[:.]\d\d|\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
     r"|\b(?:\d{1,2}|an?) (?:minutes?|mins?|hours?|hrs?|days?) ago\W*$|\d{1,2}\.?\s*[^\W\d]{3,12}\.?\s+\d{4})"
     r"|^\W*+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b[^.!?]{0,40}\bmin(?:ute)?s? read\W*$",
     "byline and dateline rows ('By A. Writer - 11/18/19 11:04 PM', 'Updated 5:27 am', 'Sat, Nov 16, 2024 · 2 min read') are metadata",
     "<p>By Jo Writer - 03/05/24 10:15 AM EST</p>",
     "<p>By the end of 2023 the fund had paid out 4 million to farmers in the valley.</p>", 120),
    ("foreign-script-bylines", "byline", "text",
     r"^\W*+(?:كتب|كتبت|كتبه)\s*[-–—:]\s*[^.!?:]{2,40}:?\W*$|^\W*+แก้ไขข้อความเมื่อ\s"
     r"|^\s*[（(][^（）()。]{0,20}(?:記者|報道部|支局|総局|編集委員)[^（）()。]{0,20}[）)]\s*$"
     r"|^\s*文\s*[／/｜|]\s*\S{1,12}(?:\s+\S[^。]{0,30})?$|^\s*【\s*文\s*[／/]\s*[^】]{2,30}】\s*$"
     r"|^\s*\S{0,12}(?:记者|编辑|記者|編輯)\s*[|｜]\s*\S{2,12}\s*$|^\s*\S{0,12}记者\s+\S{2,4}(?:\s+(?:实习生|通讯员)\s+\S{2,4})*\s*$"
     r"|\+关注\s+\d{4}-\d{1,2}-\d{1,2}|^\S{1,20}\s+发布于\s*\d{4}-\d{1,2}-\d{1,2}"
     r"|^[^.!?]{0,40}?\d{1,2}\s*(?:(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\.|มกราคม|กุมภาพันธ์|มีนาคม"
     r"|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)\s*25\d\d(?:\s+\d{1,2}[:.]\d\d\s*น\.)?\W*$",
     "an Arabic 'written by' line ('كتب- Name:') and a Thai date line with its Buddhist-era year ('2 ธ.ค. 2567 00:30 น.') are bylines",
     "<p><strong>كتب- سامي الهادي:</strong></p><p>ข่าวท่าเรือ 2 ธ.ค. 2567 00:30 น.</p>",
     "<p>كتب الشاعر قصيدته الأولى في الميناء القديم، وقال إنه لن ينسى ذلك اليوم.</p>", 100),
    ("image-credit-line", "captions", "text",
     r"^\W*+(?:photo|photograph|image|picture|credit|source|foto|fotoğraf|bild|фото|źródło zdjęcia(?: głównego)?|argazkia|ภาพ|ที่มา)s?\s*(?:credit)?\s*:\s*\S.{0,80}$|^\W*+image (?:source|caption), \S.{0,140}$|^\W*+图\s*[｜|／/:：]\s*\S.{0,60}$|^\W*+资料图\s*[:：]\s*\S.{0,60}$|摄影\s*[:：]\s*\S{2,12}$|^\W*+(?:photo|image|picture)s?\s+(?:copyright|©)\s+\S.{0,80}$|\((?:image|photo|picture|foto|fot\.)s?:? [^)]{1,60}\)\s*$|^\W*+fot\.:?\s+\S.{0,80}$|^\W*+(?:image|photo|slide) \d+ of \d+\W*$|^\d+\s*of\s*\d+\S|^\W*caption\W*+$|[（(]\s*(?:圖|图|照片|圖片|图片|攝影|摄影)\s*[／/:：][^）)]{1,30}[）)]\s*$|(?:摄影|攝影)\s*[/／|]\s*\S{1,8}\s*$",
     "photo credits and gallery counters left as lines ('Photo: Staff', 'Image copyright Staff', 'Image 1 of 5')",
     "<p>Photo: Sam Lens, Staff</p><p>Image copyright @harbourcam</p>",
     "<p>Photos taken at the scene show the bridge had partly collapsed by noon.</p>", 140),
    ("caption-ending-in-credit", "captions", "text",
     r"(?:[—–|]\s*|[.)]\s+)(?:photo|photograph|foto|fotoğraf|fotó|kuva|bild|zdjęcie|фото)\s*:\s*[^.!?:\n]{2,60}$|\s(?:photo|foto|fotó|fotka|фото)\s*:\s*[^\s/.!?:]{2,20}\s*/\s*[^.!?:\n/]{2,40}$|[.)]\s+fot\.\s+[^.!?:\n]{2,60}$|사진\s*=\s*\S[^.!?\n]{0,30}제공\W*$"
     r"|\.\s+[^.!?\s]{1,15}(?:\s[^.!?\s]{1,15})?\s?제공\W*$"
     r"|[（(](?:資料照|资料照|擷取自[^）)]{1,20}|翻攝[^）)]{1,20}|記者\S{2,4}攝|圖／[^）)]{1,20}|写真[・･:：／/][^）)]{1,20})[）)]\W*$"
     r"|[.!?]\s*\((?=[^()]*\s)[^()/]{2,40}/[^()/]{2,40}\)\s*$|(?-i:[.!?]\s+[A-Z]{3,}(?: [A-Z]{2,})?/[A-Z][^/.!?]{1,40}$)",
     "a photo's caption set as a paragraph ends with its credit ('… (from left). Foto: A. Name', "
     "'… a new home. — Foto: A. Name/Agency', '… 사진=세종시 제공', '… on Monday. (Agency/A. Name)', "
     "'… on Monday. REUTERS/A. Name'): the story does not",
     "<p>Volunteers load sandbags by the quay on Monday morning. Photo: Sam Lens/Harbour News</p>"
     "<p>Divers check the hull of the ferry at the quay, Oct. 3, 2024. (Harbour Wire/Sam Lens)</p>"
     "<p>Divers check the hull of the ferry at the quay on Monday. REUTERS/Sam Lens</p>",
     "<p>The photo: a grey quay, a crane and a line of sandbags, taken by the harbour master.</p>", 400,
     ("photo", "foto", "fot.", "fotó", "kuva", "bild", "zdjęcie", "фото", "사진", "제공", "資料照", "资料照", "擷取自", "翻攝", "攝", "圖／", "/", "写真")),
    ("player-and-source-boilerplate", "tools", "text",
     r"^\W*+podcast\s*:\s*play in new window\b|^\W*+(?:story source|journal reference|cite this page)\s*:\W*$"
     r"|^\W*+materials (?:provided|obtained) by\b[^!?]{0,120}\bnote\s*:\s*content may be edited for style and length\W*$"
     r"|duration:\s*\d+\s*minutes?(?:\s*\d+\s*seconds?)?|^\W*+listen duration\b|^\W*+subscribe to (?:the )?[^.!?]{1,60}\bpodcast on\b",
     "podcast players' link lines ('Podcast: Play in new window | Download') and science-news services' source "
     "boilerplate ('Story Source:', 'Materials provided by … Note: Content may be edited for style and length.'); an audio "
     "clip's label with its length ('… Duration: 6 minutes 12 seconds', 'Listen duration 3′ 48″')",
     "<p>Podcast: Play in new window | Download (Duration: 48:12 — 44.2MB)</p>",
     "<p>The podcast will play in new cafés across the city, the organisers said.</p>", 300,
     ("podcast", "story source", "journal reference", "cite this page", "materials", "duration")),
    ("slideshow-and-script-notices", "code", "text",
     r"^\W*+(?:this (?:slideshow|video|content|feature|gallery) requires javascript|please enable javascript|you need to enable javascript|your browser does not support|javascript is (?:disabled|required))"
     r"|^[^.!?]{0,120}\bjavascript\b[^.!?]{0,60}\b(?:deaktiviert|désactivé|desactivado|disattivato|отключ\w*|uitgeschakeld|wyłączon\w*)"
     r"|^[^.!?]{0,60}\b(?:aktivieren sie|activez|habilite|habilita|attiva|включите|schakel|włącz)\s+(?:\S+\s+){0,3}javascript\b"
     r"|^\W*+(?:możesz włączyć akceptację skryptów|twoja przeglądarka nie ma włączonej obsługi javascript)\b"
     r"|\bwymaga włączon\w* (?:\S+ ){0,4}javascript\b"
     r"|^\W*+loading (?:instagram|twitter|x|youtube|facebook|tiktok|spotify|vimeo|podcast|video|embedded) content\W*+$",
     "notices about scripts and players, and an embed's 'Loading Instagram content' placeholder, are interface",
     "<p>This slideshow requires JavaScript.</p>",
     "<p>This slideshow of old maps shows how the river moved over two centuries.</p>", 200,
     ("javascript", "browser", "skrypt", "loading")),
    ("trending-heading", "trending", "heading",
     r"^\W*+(?:trending(?: now| stories| news| articles| topics)?|popular(?: now| stories| articles)?|most (?:popular|read|viewed|shared|commented)(?: stories| articles| this week| today)?|top stories|editor'?s'? picks|latest (?:news|stories|posts)"
     r"|meistgelesen|am meisten gelesen|beliebteste artikel|les plus lus|les plus populaires|tendances|lo más leído|más leídas|tendencias|i più letti|più letti|mais lidas|популярное|самое читаемое|самое популярное|самые популярные(?: \w+)?|más populares|mais populares|meistgelesene artikel|热门文章|热门|人気記事|ランキング|الأكثر قراءة)\W*+$",
     "'Trending' and 'Most read' headings open a box of links to other stories",
     "<h3>Trending</h3><ul><li><a href='/a'>A story about a cat on a roof</a></li></ul>",
     "<p>Trending upward, the price of wheat reached a ten-year high.</p>"),
    ("related-heading", "related", "heading",
     r"^\W*+(?:related(?: posts| stories| story| articles?| news| content| coverage| reading| links| searches)?|related from(?: \S+){1,3}|more great stories from\b.*|more\s*:|recommended(?: for you| stories| articles| reading)?|more (?:stories|articles|news|from|on|in)\b.*|(?:recent|latest|more|other|previous|past) episodes|also tested|povezano|povezani članci|lajme të tjera|related(?: [^\W\d_]{2,12}){1,2} reviews|you (?:may|might) also (?:like|enjoy)|read (?:next|more|also)|also read|see also|further reading|more like this|what to read next|don'?t miss|explore further|more (?:great )?\w+ stories|ähnliche (?:beiträge|artikel|meldungen)|das könnte sie auch interessieren|articles? similaires|sur le même sujet|artículos relacionados|(?:te|le) puede interesar|mohlo by (?:vás|vas) zajímat|articoli correlati|potrebbe interessarti|artigos relacionados|leia também|leia mais|lea también|más noticias|noticias? relacionadas?|похожие (?:статьи|новости|записи)|相关文章|相关阅读|相關新聞|関連記事|あわせて読みたい|lesen sie auch|mehr zum thema|lesen sie mehr zum thema|بیشتر بخوانید|verwendete quellen|à lire aussi|lire aussi|читайте также|вам может понравиться|você (?:também )?pode gostar|vous aimerez (?:peut-être )?aussi|(?:también )?te puede gustar|ti potrebbe (?:anche )?piacere|das könnte dich auch interessieren|auch interessant|mehr (?:nachrichten|artikel|news|themen) (?:aus|zu|zum|von)\b.*|leggi anche|vedi anche|zobacz (?:też|także|również)|(?:prze)?czytaj (?:też|także|również|więcej)|lees (?:ook|meer)|baca juga|ilgili haberler|(?:bunlar da )?ilginizi çekebilir|voir aussi|siehe auch|ver también|(?:mir[aá]|le[eé]) también|(?:прочитајте|pročitajte) (?:још|još|и|i|такође|takođe)|ఇవి కూడా చదవండి|ఇది కూడా చదవండి|veja também|läs också|læs også|les også|lue myös|čtěte (?:také|též)|читайте також|اقرأ (?:أيضا|أيضاً|أيضًا)|موضوعات متعلقة|延伸阅读|延伸閱讀|相關文章|関連ニュース|관련 ?기사|διαβ[άα]στε (?:επ[ίι]σης|ακ[όο]μα)|σχετικά(?: άρθρα)?|xem thêm|tin liên quan|lasi arī|глядзіце таксама|alte (?:ştiri|știri)(?: de \S+)?|más información|seguir leyendo|segu[ií] leyendo|siga leyendo|more coverage|כתבות נוספות|כתבות קשורות|עוד בנושא|kapcsolódó(?: (?:cikkek|cikk|hírek))?|ez(?:ek)? is érdekelheti?k?|ajánló|ये भी पढ़ें|यह भी पढ़ें|(?:อ่าน)?ข่าวที่เกี่ยวข้อง|相关新闻|相关报道|相關新聞請見|相关新闻请见|往期推荐|往期回顾|推荐阅读|熱門點閱|热门点阅|ẹ tún lè ka|زیاتر بخوێنەوە|আরও পড়ুন|यो पनि पढ्नुहोस्|mavzuga oid|կարդացեք նաև|čítajte aj|lesa meira|darllen mwy|learn more|find out more|ειδήσεις σήμερα|also worth reading|similar (?:content|articles) being viewed by others|lexo (?:edhe|më shumë)|dapli davart il tema|бәйле|jàngal tamit|чытайце таксама|prečítajte si (?:aj|tiež))\W*+$",
     "headings of related-article lists",
     "<h3>You may also like</h3><ul><li><a href='/b'>Another story we wrote last week</a></li></ul>",
     "<p>Related tests showed the water was safe to drink by Friday.</p>"),
    ("interface-labels", "navigation", "text",
     r"^\W*+(?:tags?|etiquetas|schlagwörter|теги|метки|címkék|टैग्स|विस्तार|halaman|انتهای پیام|table of contents|contents|jump to|رابط دائم|loading(?:\.\.\.|…)?|newsletter abonnieren|schlagworte|copy heading link|特别声明|この記事の写真一覧|was this helpful|inhoudsopgave|inhaltsverzeichnis|sommaire|tabla de contenidos?|table des matières|indice dei contenuti|índice|indice|spis treści|obsah|目次|目录|文章目录|目錄|içindekiler|daftar isi|mục lục|สารบัญ|목차|содержание|зміст|innehåll|indholdsfortegnelse|innhold|sisällys|tartalomjegyzék|cuprins|πίνακας περιεχομένων|فهرس المحتويات|فهرست مطالب|विषय सूची|உள்ளடக்கம்|rate this (?:post|article|recipe|story)|subscribe|abonnieren|s'abonner|suscríbete|assine|подписаться|log in|sign in|related information"
     r"|(?:article )?réservé (?:aux|à nos) abonnés|(?:for )?subscribers only|nur für abonnenten|exclusivo para (?:suscriptores|assinantes)|solo per (?:gli )?abbonati|copy(?: code| to clipboard)?|(?:enter|exit) full ?screen mode|play video|enlarge (?:this )?(?:image|photo)|复制代码|海量资讯、精准解读，尽在\S{2,10}app|catch all the [^.!?]{0,120}\b(?:updates|news) on [^.!?]{1,40}\.(?:\s*download the [^.!?]{1,60}\bapp\b[^.!?]{0,60}\.?)?|get current updates on [^.!?]{1,120}\balong with latest news\b[^.!?]{0,80}\.?|get (?:the latest|current updates on) [^.!?]{0,120}\b(?:updates|news|scores) (?:only )?on [^.!?]{1,40}\.(?:\s*download the [^.!?]{1,60}\bapp\b[^.!?]{0,60}\.?)?|(?:in|out)\s*\[[\d\s*]*\]\s*:|top highlight|english summary|sources? \(\d+\)|inhalt (?:verbergen|anzeigen)|newsletters?|ne maradjon le semmiről|(?:hide|show) (?:table of )?contents)\W*+$"
     r"|^[^.!?]{0,60}\bthe trust project\W*$|^\W*+filed under\s*:|^\W*+tip de redactie\s*:|^\W*+(?:相關關鍵字|關鍵字|关键词|標籤|标签)\s*[:：]|^\W*+[\w.-]+ ist ein angebot de[rs] [^.!?]{1,60}\W*$"
     r"|^\W*+read or share this story\b|^\W*+(?:was this (?:article|story|page) (?:helpful|useful)|did you find this (?:article|story) (?:helpful|useful)|cet article vous a été utile|war dieser artikel hilfreich|(?:¿\s*)?te (?:ha )?resultado útil|questo articolo ti è stato utile|هل كان (?:هذا )?(?:المحتوى|المقال) مفيد)|^\W*+\d+ من أصل \d+ زائر\S* وجدوا هذا المحتوى مفيد|^\W*+このページの情報は(?:役に立ちましたか|見つけやすかったですか)|^\W*+このページに関するお問い合わせ\W*$|^\W*+shop the (?:\w+ ){0,3}in this (?:post|article|story)\b|^[^.!?]{0,120}\bclick here\W*$|^[\s\-–—]*end[\s\-–—]*$|^\W*+(?:download:|view article|google scholar|pubmed(?:/ncbi)?|pubmed central|crossref|view abstract|cite this (?:article|page|story)|how to cite(?: this article)?)\W*$|(?:версия для печати|printer[- ]friendly version|print version|druckversion|version imprimable)\W*$|^\W*+a version of this article appears in print\b|^\W*+(?:опубликован[ао]? в газете\b.{0,120}№\s?\d|заголовок в газете\s*:)|^\W*+(?:already (?:a )?(?:subscriber|member|user)|allerede (?:bruger|abonnent)|bereits abonnent|déjà abonné)\b.{0,40}$"
     r"|^\W*+(?:подписывайтесь на (?:наш|нас)|subscribe to our (?:channel|telegram|youtube))\b|^\W*+举报\W*$"
     r"|^\W*+แท็ก(?:ที่เกี่ยวข้อง)?\s*:?(?:\s+\S+){1,12}\W*$"
     r"|^\W*+\d[\d,]* (?:people|readers) found this (?:helpful|useful)\W*$|^\W*+for feedback, complaints,? (?:or|and) inquiries,? contact us\W*$"
     r"|^\W*+why you can trust\b|^\W*+posted (?:using|via|with) \S+\W*$|^\W*+download (?:the|our)(?: [^.!?]{1,40})? app\b|^\W*+(?:check against delivery|es gilt das gesprochene wort|seul le prononcé fait foi)\W*$"
     r"|^\W*+外部配信先では[^。]{0,40}(?:閲覧|表示)できない場合があります|^\s*\(log in to post comments\)\W*$|^\W*+did you like this article\?\s*please accept our trial subscription offer\b|^\W*+index entries for this article\W*$"
     r"|^\W*+this article appeared in the [^.!?]{1,60} section of the print edition\b|^\W*+doi\s*:\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\S+\W*$"
     r"|^\s*《\s*\S{2,10}\s*》\s*[（(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*第\s*\d+\s*版\s*[）)]\W*$"
     r"|^\W*+(?:\d+\s*[/|]\s*\d+\s*ページ\s*)?(?:\d+(?:\s*\|\s*\d+)+\s*)?次のページへ\W*$|^\W*+次のページ\s*[:：]",
     "interface labels left as lines: 'Tags:', 'Subscribe', 'Already a subscriber? Log in', 'Read or share this story: <link>'",
     "<p>Tags:</p><p>Subscribe</p><p>Already a subscriber? Log in</p>",
     "<p>Tags were fitted to forty seals on the northern beach this spring.</p>", 300),
    ("share-line", "share", "text",
     r"^\W*+(?:share(?: this| the)?(?: article| story| post| page)?(?: on (?:facebook|twitter|x|linkedin|whatsapp|reddit|email))?|share via|tweet(?: this)?|email(?: this)?|print(?: this)?(?: article)?|facebook|twitter|linkedin|whatsapp|pinterest|reddit|copy link|copied|click to share on \w+.*|click to tweet|follow us(?: on \w+)?|pin it(?: for later| now)?|sharelines(?: from this (?:story|article))?"
     r"|partager(?: cet article| l'article)?|compartir|compartilhe|compartilhar|condividi|teilen|artikel teilen|delen|dela|del artikkelen|del|"
     r"jaa(?: artikkeli)?|udostępnij|partekatu|deila|deil greinina|podijeli|sdílet|поделиться|поділитися|paylaş|bagikan|kongsi|shiriki|rhannu|شارك|مشاركة|شیئر کریں|シェア|分享|分享到|공유|แชร์(?:ข่าวนี้|บทความนี้)?)(?:\W*(?:facebook|x|twitter|e-?mail|e-?bost|posta|whatsapp|linkedin|telegram|pinterest|reddit|messenger|viber|tísta|senda|deil|teldupostur|إكس|فيسبوك|واتساب|تويتر|طباعة))*\W*+$|^\W*+分享[、，,]\s*点赞",
     "share-bar labels left as lines of text (in 24 languages)",
     "<p>Share this article</p>", "<p>Share prices in the region rose for a third day.</p>"),
    ("follow-prompt", "share", "text",
     r"\b(?:follow (?:us|me)|пратите нас|pratite nas|síguenos|seguinos|síganos|siga-nos|seguici|suivez-nous|rejoignez-nous|folgen sie uns|folge uns|obserwuj nas|śledź nas|dołącz do nas|volg ons|ikuti kami|takip edin|följ oss|følg (?:os|oss)|seuraa meitä|sledujte nás|kövesse|kövessen|kövess minket|fylgstu með|urmărește-ne|urmăriți-ne|urmărește|urmăriți|последвайте ни|sledite nam|seko mums|i-follow|ka daalaco|soro anyị|araho izahay|ακολουθήστε|volg\s+(?:\S+\s+){1,4}ook|seko\s+(?:\S+\s+){1,4}arī|падпісвайцеся на|подписывайтесь на|підписуйтесь на|تابعونا|na ndiqni|swiv|titeverei|topp leen|dilynwch)\b"
     r"[^.!?]{0,120}(?:\.(?=\w)[^.!?]{0,60})?(?:\b(?:on|en|em|su|sur|auf|op|pada|på|w|na|v)\b|google news|whatsapp|telegram|телеграм|фејсбук|фейсбук|инстаграм|facebook|instagram|twitter|youtube|tiktok|linkedin|threads|bluesky|pinterest|тг\b|канал|تليغرام|تلغرام|فيسبوك|تويتر|يوتيوب|إكس)"
     r"|^\W*+(?:you can now |click here to )?(?:join our|follow our|subscribe to our|siga o nosso|siga nosso|segue o nosso|iscriviti (?:al|a)|unisciti (?:al|a)|únete (?:al|a)|folgen sie|abonnieren sie|rejoignez|abonnez-vous (?:à|au)|dołącz do|dapatkan|simak|подписывайтесь на|підписуйтесь на|тільки перевірена інформація\b[^.!?]{0,20}|gabung(?:lah)? (?:ke|di|dengan)|yuk gabung|participe d[oa]s?|entre n[oa]s?)\b"
     r".{0,200}?\b(?:google news|whatsapp|telegram|facebook|instagram|twitter|youtube|tiktok|linkedin)\b"
     r"|\b(?:whatsapp|telegram|google news|व्हाट्सएप|टेलीग्राम)\b[^.!?।]{0,60}(?:से जुड़ें|को फॉलो करें|ज्वाइन करें)|(?:व्हॉट्सॲप|टेलिग्राम)[^.!?।]{0,60}फॉलो करा|^\W*+like [^.!?]{1,40} on facebook\b"
     r"|(?:গুগল নিউজ|হোয়াটসঅ্যাপ)[^.!?।]{0,60}ফলো করুন|(?:whatsapp|telegram|google news|వాట్సాప్|టెలిగ్రామ్|വാട്സ്ആപ്പ്|ടെലിഗ്രാം|வாட்ஸ்அப்|டெலிகிராம்)[^.!?।]{0,60}(?:ఫాలో|జాయిన్|ഫോളോ|ജോയിൻ|பின்தொடர|இணைய|ਜੁਆਇਨ|ਫਾਲੋ)"
     r"|(?:facebook|telegram|viber|youtube|tiktok)[^.!?။]{0,40}follow\s*လုပ်"
     r"|^\W*+theo dõi\b[^.!?]{0,60}\btrên (?:google news|facebook|zalo|youtube|tiktok)\b|^[^.!?]{1,60} è anche su (?:whatsapp|telegram)\b|line公式アカウント[^。]{0,40}友だち追加|点击\s*[「“]?在看[」”]?"
     r"|^\W*+follow\s+(?:\S+\s+){1,5}on\s+(?:x|twitter|facebook|instagram|threads|bluesky|tiktok|youtube|linkedin|whatsapp|telegram)\b|^\W*+suivez\s+(?:\S+\s+){1,5}sur\s+(?:x|twitter|facebook|instagram|threads|bluesky|tiktok|youtube|linkedin|whatsapp|telegram|google actualités)\b"
     r"|\b(?:facebook|telegram|whatsapp|viber|instagram|youtube)\S*\s+(?:\S+\s+){0,3}?(?:нэгдээрэй|සම්බන්ධ වන්න|ကို join|жазылыңыз|kuzatib boring|күзәтегез|hordofaa)"
     r"|^\W*+follow [^.!?]{0,60}\bcoverage\b[^.!?]{0,80}\bat https?://|^\W*+follow our (?:full |live |latest )?coverage\b[^.!?]{0,80}\bhere\W*$"
     r"|^\W*+please follow (?:and|&) like us\W*$|\biscriviti al canale (?:whatsapp|telegram)\b|\bclique aqui para seguir o canal\b[^.!?]{0,60}\b(?:whatsapp|telegram)\b|^\W*+baixe o app\b[^.!?]{0,60}\bnotícias\b|[.!?]\s+follow (?:him|her|them) on (?:x|twitter|instagram|threads|bluesky|mastodon|tiktok)\s*(?:at\s+)?@[\w.]+\W*$|^\W*+(?:sigue|siga|puedes seguir|puede seguir|podéis seguir) a\s+(?:\S+\s+){1,6}en\s+(?:google (?:discover|news|noticias)|facebook|x|twitter|instagram|threads|tiktok|youtube|whatsapp|telegram)\b|(?:^|[.!?]\s)\W*+volg\s+(?:\S+\s+){1,5}op\s+(?:facebook|x|twitter|instagram|whatsapp|telegram|tiktok|youtube|linkedin)\b|^\W*+segui\s+(?:\S+\s+){1,5}su\s+(?:facebook|x|twitter|instagram|whatsapp|telegram|tiktok|youtube|linkedin|google news)\b|(?:^|[.!?]\s)\W*+folgen sie\s+(?:\S+\s+){1,5}auf\s+(?:facebook|x|twitter|instagram|whatsapp|telegram|tiktok|youtube|linkedin|threads)\b|کانال تلگرام[^.!?]{0,60}عضو شوید|[.!?\-–]\s*follow\s+(?:\S+\s+){1,5}on\s+(?:whatsapp|telegram|google news)\W*$"
     r"|(?:^|[.!?]\s)\W*+(?:join|follow)\b[^.!?]{0,60}\b(?:telegram|whatsapp) (?:channel|community)\b"
     r"|^\W*+pay attention\s*:[^.!?]{0,120}\b(?:telegram|whatsapp|facebook|youtube|google news)\b"
     r"|(?:телеграм|telegram)[- ]?канал[^.!?]{0,60}подпис|подпис\w*[^.!?]{0,60}(?:телеграм|telegram)[- ]?канал"
     r"|^\W*+ติดตาม(?:ข่าวสาร)?[^.!?]{0,80}(?:ทุกช่องทาง|line|facebook|youtube|tiktok)"
     r"|^\W*+点击上方.{0,10}关注|加入[^。]{0,20}line好友|友だち追加は?こちら|^\W*+(?:长按|扫码)[^.!?。]{0,20}关注"
     r"|^\W*+sigue (?:(?:toda )?la información|las noticias|toda la actualidad)\b[^.!?]{0,80}\ben (?:facebook|x|twitter|instagram|whatsapp|telegram)\b|^\W*+receba (?:as )?(?:notícias|novidades)\b[^.!?]{0,80}\b(?:whatsapp|telegram)\b",
     "prompts to follow the site or join its channel ('Síguenos en Google News', 'Iscriviti al canale WhatsApp', "
     "'Folgen Sie uns auf Facebook') are promotion, not the story",
     "<p>Síguenos en Google News y únete a nuestro canal de WhatsApp.</p><p>Iscriviti al canale WhatsApp del giornale per ricevere le notizie.</p>",
     "<p>Police said the suspect had tried to follow the witness on Instagram before the trial began.</p>"
     " <p>\u201cJoin us in the square on Saturday,\u201d the organiser said of the march.</p>", 320,
     ("follow", "baixe", "síg", "segui", "siga", "suivez", "rejoignez", "folg", "obserwuj", "śledź", "dołącz", "volg",
      "ikuti", "takip", "följ", "følg", "fylgstu", "seuraa", "sledujte", "kövess", "urmăr", "подписывайтесь", "падпісвайцеся", "підписуйтесь", "последвайте", "sledite", "seko mums", "ka daalaco",
      "تابعونا", "ndiqni", "swiv", "dilynwch", "line好友", "友だち追加", "在看", "গুগল নিউজ", "হোয়াটসঅ্যাপ", "titeverei", "topp leen", "segui", "تلگرام", "sigue", "google news", "whatsapp", "telegram", "facebook", "instagram", "twitter", "youtube", "viber",
      "tiktok", "linkedin", "व्हाट्सएप", "टेलीग्राम", "关注", "пратите", "pratite", "వాట్సాప్", "టెలిగ్రామ్", "വാട്സ്ആപ്പ്",
      "ടെലിഗ്രാം", "வாட்ஸ்அப்", "டெலிகிராம்", "телеграм", "ติดตาม", "theo dõi", "व्हॉट्सॲप", "टेलिग्राम")),
    ("video-lead-in", "media", "text",
     r"^\W*+(?:watch|simak|zobacz|guarda|mira|assista|regardez|sehen sie|schauen sie|смотрите|izle)\b[^.!?]{0,60}\b(?:video|vídeo|vidéo|wideo|видео)\b[^!?]{0,120}:\W*+$"
     r"|^\W*+(?:watch|simak|zobacz|guarda|mira|assista|regardez)\s+(?:the\s+)?(?:video|vídeo|vidéo|wideo)\b\W*+$"
     r"|^\W*+video (?:above|below)\s*:",
     "a line that leads in to an embedded video ('Watch the video:', 'Simak Video \"...\":') is left behind when the player goes",
     "<p>Simak Video \"Bus Listrik Mulai Beroperasi\":</p><p>Watch the video:</p><p>Video above: the crew at work on Monday.</p>",
     "<p>Watch the video of the launch, the engineer said, and you will see the second stage fail.</p>", 200),
    ("editor-initials", "byline", "text",
     r"(?-i:^\W{0,3}\(\s*[a-z]{2,6}(?:\s*/\s*[a-z]{2,6})+\s*\)\W{0,3}$"
     r"|^\(\s*(?:[A-ZČŘŠŽÖÄÜ]{2,5}\s*,\s*)?[a-z\u00e0-\u017e]{2,5}\s*\)$|^\s*/[a-z]{2,4}\s*$|^\s*(?:[A-Z]{2,5}\s+)?[a-z]{2,6}(?:\s*/\s*[a-z]{2,6})+\s*/?\s*$|^\s*(?:[A-Z]\.){2,4}\s*$|^\s*/[A-ZА-ЯЁ]{2,4}(?:\s*/\s*[A-ZА-ЯЁ]{2,4})*/\s*$)"
     r"|^\W{0,3}(?:[a-z]{2,5}\s*/\s*)+(?:dpa|afp|apa|sda|epd|kna|ddp|reuters)\W{0,3}$|^\W{0,3}\((?:schluss|ende)\)\W{0,3}$"
     r"|(?-i:^\s*\([A-Z][A-Za-z]{1,5}\)\s*[a-z]{2,4}(?:\s+[a-z]{2,4})+\s*$)"
     r"|^\W{0,3}\(mit material (?:der|von|aus) [^)]{2,30}\)(?:\s*/\s*\([a-z]{2,6}\))?\W*$",
     "an editor's initials as a sign-off line ('(rkk/ygs)', '(ČTK, kaš)', '(vl)') mark who handled the story, not its text",
     "<p>(rkk/ygs)</p>",
     "<p>The fund (about 40 million euros) will be paid out over four years.</p>", 40),
    ("syndicated-feed-notice", "byline", "text",
     r"^\W*+(?:except for the headline, this story has not been edited by\b|this story has been published from a wire agency feed\b"
     r"|(?:this|the) (?:story|article) (?:is|was|has been) (?:auto-generated|published) from a syndicated (?:news )?feed\b"
     r"|this (?:story|article) was originally featured on\b|artikel ini (?:telah )?(?:tayang|terbit|dimuat) di\b(?:[^.!?]|\.(?=\w)){1,80}?\bdengan judul\b"
     r"|este conteúdo foi produzido (?:pelo|pela|por)\b[^.!?]{0,80}\bparceir[oa]\b"
     r"|(?:cette dépêche|cet article) a été publiée? automatiquement\b|diese meldung ist teil eines automatisierten angebots\b)|स्वतः (?:एकत्रित|प्रकाशित) (?:की|किया) (?:गई|गया)|\bunter ausschlie(?:ß|ss)licher inhaltlicher verantwortung des aussenders\b",
     "a note that the story came unedited from a syndicated or wire feed is the site's disclaimer, not the story",
     "<p><i>(Except for the headline, this story has not been edited by Harbour staff and is published from a syndicated feed.)</i></p>",
     "<p>The story has been edited by three people since the first draft, the author said of the headline.</p>", 300,
     ("headline", "wire agency", "syndicated", "produzido", "originally featured", "artikel ini", "automatiquement", "automatisierten", "verantwortung", "स्वतः")),
    ("legal-disclaimer", "ads", "text",
     r"^\W*+(?:this|the) (?:publication|article|post|alert|update|content|material|information)(?: on this (?:page|site|website))? "
     r"(?:is|has been) (?:provided |prepared )?for (?:general )?informational purposes only\b"
     r"|仅代表(?:该)?作者(?:或机构)?(?:本人)?(?:观点|立场)|如需转载|转载请(?:注明|联系)|未经[^。]{0,6}(?:授权|许可)[^。]{0,12}(?:不得|禁止|严禁)转载|^\W*+风险提示\s*[:：]|無断(?:で)?(?:転載|複製|使用)(?:・(?:転載|複製|使用))*(?:を|することを)?(?:禁(?:止|じ)|お断り)"
     r"|^\W*+при цитуванні(?: і використанні)? (?:будь-яких )?матеріал|^\W*+при цитировании(?: и использовании)? (?:любых )?материал"
     r"|\b(?:the )?(?:views and opinions|opinions and views|opinions|views) expressed (?:herein |here |in this (?:article|post|piece|column) |by [^.!?]{1,40} contributors )?are (?:solely )?(?:those of the (?:author|writer|contributor)s?|(?:the )?(?:author|writer|contributor)(?:'s|’s|s'|s’) own|their own)\b"
     r"|\bis available without charge to any (?:legitimate|eligible) news publishers?\b"
     r"|^\W*+(?!the\b)[^\W\d_][^.!?:]{1,30}['’]s disclosure\s*:|^\W*+past performance is no guarantee of future results\b"
     r"|^\W*+this (?:article|story|content) was (?:generated|written|produced|created|translated) (?:with the (?:support|help|assistance) of|using|with|by) (?:ai|artificial intelligence)\b"
     r"|^\W*+(?:特别|新浪|免责)?声明\s*[:：]\s*(?:此消息|本文|以上)|^\W*+notice\s*:\s*the content above\b"
     r"|^\W*+disclaimer\s*:.{0,80}?\b(?:is|are) not responsible for the accuracy of\b"
     r"|^\W*+because of the generality of this (?:update|alert|article|publication|communication)\b"
     r"|^\W*+this (?:article|content|post) does not (?:contain|constitute) (?:investment|financial) advice\b"
     r"|^\W*+disclaimer\s*:\s*(?:the|this) (?:article|content|information|post)\b[^.!?]{0,40}\bfor (?:educational|informational) purposes only\b",
     "a firm's 'This publication is for informational purposes only and does not constitute legal advice' is its notice, not the story",
     "<p>This publication is for informational purposes only and does not constitute legal advice.</p>",
     "<p>The ministry said the list was published for information, not as legal advice, on Tuesday.</p>", 500,
     ("informational purposes", "仅代表", "转载", "风险提示", "無断", "цитуванні", "цитировании", "expressed", "without charge",
      "disclosure", "past performance", "this article was", "this story was", "this content was", "声明", "the content above",
      "not responsible for the accuracy", "generality", "investment advice", "financial advice", "purposes only")),
    ("ai-summary-notice", "summary", "text",
     r"^\W*+(?:(?:this|the|deze|diese|die|denne|dette|ce|cette|este|esta|questo|questa)\s+)?(?:summary|samenvatting|zusammenfassung|"
     r"oppsummering(?:en)?|sammanfattning(?:en)?|resumé|résumé|resumen|riassunto|resumo)\b[^.!?]{0,60}\b(?:ai|ki|ia|artificial intelligence)\b"
     r"|^\W*+(?:ki|ai)[- ]generiert\b|^\W*+insights are generated from the articles below\b",
     "the note under a machine-written summary ('This summary was generated with AI', 'Oppsummeringen er laget med hjelp av KI', "
     "'KI-generiert, redaktionell überprüft') belongs to that box, not to the story",
     "<p>This summary was generated with AI and checked by our editors.</p><p>KI-generiert, redaktionell überprüft</p>",
     "<p>The summary of the inquiry, published on Monday, found that the ferry was overloaded.</p>", 200,
     ("summary", "samenvatting", "zusammenfassung", "oppsummering", "sammanfattning", "resumé", "résumé", "resumen",
      "riassunto", "resumo", "generiert", "insights are generated")),
    ("gambling-notices", "ads", "text",
     r"^\W*+18\+\s*[|·•-]?\s*(?:please )?(?:gamble|play|bet) responsibly\b|^\W*+odds (?:are )?correct at (?:the )?time of (?:publishing|publication|writing)\b"
     r"|^\W*+new customers only\b[^!?]{0,200}\b(?:bets?|wager|stake)\b|^\W*+please (?:gamble|play|bet) responsibly\b"
     r"|^\W*+bet [£$€]\s?\d+,? (?:and )?get [£$€]\s?\d+\b[^.!?]{0,30}\bfree bets?\W*$",
     "a betting widget's small print ('18+ | Gamble responsibly', 'Odds correct at time of publishing', 'New customers only. "
     "Bet £10 get £30') comes with the odds box, not the story",
     "<p>18+ | Gamble responsibly | BeGambleAware.org</p><p>Odds correct at time of publishing and subject to change.</p>",
     "<p>The club said new customers only made up a fifth of the crowd at the harbour ground.</p>", 300,
     ("responsibly", "odds", "new customers", "free bet")),
    ("embed-consent-notices", "media", "text",
     r"^\W*+(?:skip|end of) (?:\S+ ){1,2}(?:post|content|video)(?: by \S+)?(?:,\s*\d+)?\W*$|^\W*+allow \S+(?: \S+)? content\?"
     r"|^\W*+externer inhalt\W*$|\bich bin damit einverstanden, dass mir externe inhalte angezeigt werden\b"
     r"|^\W*+this (?:article|story|page) contains content provided by\b|\bis not responsible for the content of external (?:web)?sites\b"
     r"|^\W*+(?:تخطى|نهاية) منشور\b|^\W*+هل تسمح بإظهار محتوى من\b|^\W*+يتضمن هذا الموضوع محتوى مقدم من\b|غير مسؤولة عن محتوى أي مواقع خارجية"
     r"|^\W*+ce contenu est bloqué car vous n'avez pas accepté les cookies\b"
     r"|^\W*+wir benötigen ihre zustimmung,? um (?:den|die|das)\b[^.!?]{0,80}\banzuzeigen\b|^\W*+empfohlener redaktioneller inhalt\W*$"
     r"|^\W*+an dieser stelle finden sie einen externen inhalt\b|^\W*+kliknij\s*[„\"]?zgadzam się[”\"]?,? aby (?:włączyć|wyświetlić|zobaczyć)\b"
     r"|^\W*+(?:video loading|tap to unmute|click to unmute|powered by (?:connatix|typeform|primis|ex\.co)|made with flourish|featured video)\W*$",
     "a consent screen in place of an embedded post ('Allow X content?', 'This article contains content provided by X', "
     "'Skip X post', 'End of X post') is the player's interface, not the story",
     "<p>Allow X content?</p><p>This article contains content provided by X. We ask for your permission before anything is loaded.</p><p>End of X post, 1</p>",
     "<p>The council said the post of harbour master would end of its own accord in May.</p>", 300,
     ("skip", "end of", "allow", "content provided", "external", "externe", "منشور", "محتوى", "contenu est bloqué",
      "zustimmung", "redaktioneller", "externen", "zgadzam", "video loading", "unmute", "powered by", "made with", "featured video")),
    ("blog-ranking-prompt", "share", "text",
     r"ランキングに参加(?:しています|中)|(?:ポチッと|ぽちっと|ポチっと)[^。！!]{0,40}(?:応援|押して|クリック|励み)|クリックで応援|応援(?:クリック|ポチ)"
     r"|^\W*+(?:にほんブログ村|人気ブログランキング|fc2ブログランキング)",
     "a Japanese blog's plea to click its ranking banner ('ランキングに参加しています', 'ポチッと応援') is a prompt, not the post",
     "<p>↓ポチッと応援していただけると励みになります</p><p>ランキングに参加しています。クリックで応援お願いします！</p>",
     "<p>市の担当者は、参加者の応援が大会の励みになったと話した。</p>", 120,
     ("ランキング", "ポチ", "ぽち", "応援", "ブログ")),
    ("affiliate-disclosure", "ads", "text",
     r"^\W*+(?:(?:this |our )?(?:post|posts|article|articles|page|story|content) (?:may )?contains? affiliate links|as an amazon associate,? (?:i|we) earn"
     r"|(?:we|i) may (?:earn|receive) (?:a )?(?:small )?(?:commission|share of sales) (?:from|on|when|if)"
     r"|all products recommended by [^.!?]{1,60} are selected by our editorial team\b|disclosure\s*:[^!?]{0,200}\bfinancial supporters?\b|(?:disclosure\s*:\s*)?(?:some|the|all) (?:of the )?links (?:below |above |on this page |in this (?:post|article) )?(?:are|may be) affiliate links\b)"
     r"|\bif you buy something through (?:a|our|one of our|these) links?,? we may earn (?:a )?commission\b"
     r"|^\W*+(?:hinweis\s*:\s*)?(?:dieser|der) (?:beitrag|artikel|text) enthält (?:\w+ )?affiliate-links?\b"
     r"|\bmay (?:earn|receive|get) (?:an? )?(?:small |affiliate )?(?:commissions?|(?:portion|share) of (?:the )?(?:sales|revenue))\b[^.!?]{0,100}?\blinks?\b"
     r"|\blinks?\b[^.!?]{0,60}?\bmay (?:earn|receive|get) (?:an? )?(?:small |affiliate )?(?:commissions?|(?:portion|share) of (?:the )?(?:sales|revenue))\b",
     "affiliate disclosures ('This post may contain affiliate links') are legal notices of the site, not the story",
     "<p>This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.</p>",
     "<p>The shop earns a commission on every bike it sells, the owner said.</p>", 400,
     ("affiliate", "associate", "commission", "share of sales", "of sales", "of the sales", "of revenue", "of the revenue", "financial supporter",
      "recommended by")),
    ("related-link-line", "related", "text",
     r"^\W*+(?:點我看更多|点我看更多)|^\W*+więcej podobnych treści znajdziesz\b|^\W*+更多\S{1,12}(?:報導|报道|新聞|新闻)\W*$|^\W*+(?:lire aussi|à lire aussi|read (?:also|more)|also read|see also|you (?:might|may) also like|te puede interesar|lesen sie auch|leggi anche|lee también|leia também|czytaj (?:też|także)|zobacz (?:też|także)|baca juga|čtěte (?:také|též)|citește și|läs (?:också|mer)|les også|читайте также|اقرأ (?:أيضا|أيضاً|أيضًا)|زیاتر بخوێنەوە|ẹ tún lè ka|tagy oqyńyz|আরও পড়ুন|यो पनि पढ्नुहोस्|بۇنىمۇ ئوقۇڭ|ଆହୁରି ପଢ଼ନ୍ତୁ|(?:อ่าน)?ข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม|διαβ[άα]στε (?:επ[ίι]σης|ακ[όο]μα)|(?:bunlar da )?ilginizi çekebilir|(?:ये|यह) भी पढ़ें|xem thêm|tin liên quan|leia mais|read more (?:at|in) [^:|]{1,40}|related)\s*[|:–—-]\s*\S.{0,200}$"
     r"|^\W*+click here for the latest [^.!?]{0,120}$|^\W*+read the latest [^.!?]{0,60}\bnews from [^.!?]{1,40}$",
     "a 'Read also | Other story' line points to another article, even when a badge beside the link keeps it from being mostly link text; "
     "'Click here for the latest stock market news' and 'Read the latest business news from X' point to the site's sections",
     "<p>Lire aussi | Les huîtres de Noël sous surveillance Article réservé à nos abonnés</p>",
     "<p>Read also the council's answer, which runs to forty pages and was published on Friday.</p>", 260),
    ("sign-off-and-source", "byline", "text",
     r"^[^.!?@]{0,40}\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$|^\W*+ขอบคุณ(?:ข้อมูล|ภาพ)(?:และภาพ)?จาก\s*:?\s*\S.{0,80}$|^\W*+(?:المصدر|source|quelle|fuente|fonte|źródło(?: artykułu)?|zdroj|kaynak|источник|джерело|дереккөз|kilde|källa|lähde|bron|izvor|vir|avots|šaltinis|allikas|forrás|πηγή|източник|эх сурвалж)\s*:\s*\S.{0,80}$"
     r"|^\W*+(?:原标题|原標題|责任编辑|責任編輯|編輯|编辑|来源|來源|本文来源|文章来源)\s*[:：]\s*\S.{0,60}$|^\W*+(?:责任编辑|責任編輯)\s*[:：]?\W*$|^\W*+本文来自(?:微信公众号)?\s*[:：]"
     r"|^\W*+\d{4}年\d{1,2}月\d{1,2}日[^。]{0,20}?(?:記者|记者)\s*\S{2,4}[／/]\s*\S{2,6}(?:報導|报道)\W*$|^\W*+(?:\d{4}/\d{1,2}/\d{1,2}\s+\d{1,2}:\d\d\s+)?(?:記者|记者|中央社記者)\s*\S{2,4}(?:、\S{2,4})*\s*[／/]\s*\S{2,6}(?:報導|报道)(?:\s*字級\s*[:：].{0,12})?\W*$"
     r"|^\W*+(?:автор|author|autor|auteur|autore|yazar|penulis|tác giả|작성자|作者|editor|redaktur|penyunting|редактор)\s*[:：]\s*\S[^.!?]{0,60}$"
     r"|^\W*+(?-i:Di)\s*:\s*\S[^.!?]{0,40}$"
     r"|^\W*+(?:الكاتب|المنصب|نویسنده|نقش|author|role)\s*[:：،,]\s*\S[^.!?]{0,60}$|^[^|.!?\d]{2,40}\|\s*\d{1,2}[-./]\d{1,2}[-./]\d{4}(?:\s*\|\s*\d{1,2}:\d{2})?\W*$"
     r"|^\W*+(?:文字|文|编辑|編輯|审核|審核|排版|摄影|攝影|图片|圖片|校对|責編|责编|封面来源|封面來源|题图|題圖)\s*[|｜/／:：]\s*\S{1,12}\W*$|^\W*+(?:本报记者|本報記者|记者|記者|通讯员)\s*\S{2,4}(?:\s+\S{2,4}){0,3}\W*$|^\W*+(?:编辑|編輯|责编|責編)\s*[:：]?\s*\S{2,4}\s+(?:校对|校對|审核|審核)\s*[:：]?\s*\S{2,4}\W*$"
     r"|^\W*+(?:do you )?(?:have|got) a (?:news |story )?(?:tip|story)\b[^.!?]{0,60}\?|^\W*+(?:do you have|got) (?:any )?(?:photos?|videos?|pictures?)\b[^?]{0,80}\?\s*(?:send|e-?mail|share|upload)\b"
     r"|(?:^|[?.]\s)\W*+contact (?:this |the )?reporter\b[^!?]{0,80}\b(?:at|via|on|by)\s+(?:[\w.+-]+@|signal)|^\W*+(?:har du (?:et )?tips|masz newsa)\b[^?]{0,60}\?|^\W*+(?:do you )?have a question\b[^.!?]{0,40}\?\s*(?:e-?mail|write to|send)\b|^\W*+(?:do you )?have (?:something|anything) to say\b[^.!?]{0,40}\?\s*(?:e-?mail|write|send)\b|\b(?:can|may) be reached at\s+[\w.+-]+@[\w-]+\.|^\W*+contact [^.!?@]{2,40} at [\w.+-]+@[\w-]+\.|^\W*+have your say\b[^.!?]{0,80}\b(?:comments?|e-?mail)\b|^\W*+get in touch with (?:our|the) (?:news )?(?:team|desk)\b[^.!?]{0,40}\be-?mail|^\W*+for more stories like this,? (?:check|visit|see) our\b|^[^.!?]{2,80}\bcovers [^.!?]{2,100}\bfor (?:the )?[^.!?]{2,60}\.\s*(?:e-?mail|reach|contact|write to) (?:him|her|them)\b"
     r"|^[^.!?]{2,60}\b(?:is|was) an? (?:[\w-]+ ){0,3}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer)\b[^.!?]{0,100}\.\s*(?:e-?mail|reach|contact|write to) (?:him|her|them)\b",
     "the reporter's e-mail sign-off ('Hong Gil-dong reporter hong@example.com', 'Have a tip? … may be reached at …') and the 'Source: agencies' line credit the story",
     "<p>홍길동 기자 hong@namhae.example</p><p>Source: agencies</p><p>责任编辑：张小明</p>"
     "<p>Have a tip? Sam Lens may be reached at slens@gazette.example. Follow her on Twitter @samlens.</p>",
     "<p>The source of the leak, the minister said, was a contractor at the port. The island may be reached at low tide.</p>", 200),
    ("credit-line", "byline", "text",
     r"^\W*+(?:(?:additional )?reporting|writing|editing|compiled) by\b[^.!?]{0,200}$"
     r"|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\W*$|\bcontributed reporting\b[^.!?]{0,80}\W*$"
     r"|^\W*+(?:con información de|com informações d[aoe]s?|with (?:reporting|information|inputs|assistance|files) from|mit material von|avec (?:l'|les )?agences?)\b[^.!?]{0,60}\W*$"
     r"|^\W*+(?:web |online |responsible )?editors?\s*:\s*[^!?:]{2,60}$|^\W*+special to (?:the )?[^.!?]{2,40}$",
     "wire credits ('Reporting by A; Editing by B', 'C contributed to this report.') name who worked on the story",
     "<p>Reporting by Ana Lima; Editing by Sam Lens</p><p>Associated Press writer Jo Quill in Dover contributed to this report.</p>",
     "<p>Reporting by the council found that the ferry ran late on 40 days; the board contributed funds to the study.</p>", 260,
     ("reporting", "writing", "editing", "compiled", "contributed", "información", "informações", "information", "inputs", "assistance", "files from", "mit material", "agence", "editor", "special to")),
    ("support-appeal", "newsletter", "text",
     r"^\W*+(?:…|\.\.\.)?\s*we have a small favou?r to ask\b|^\W*+we pay for your stories\b|^\W*+if you(?:'|’)re enjoying this article,? consider supporting\b|^\W*+support (?:local|independent|quality) journalism\W*$"
     r"|^\W*+támogasd a független újságírást\b|\bolvasói támogatásból (?:is )?működik\b"
     r"|^\W*+this (?:article|story) is free to read\b|\bsubscribe (?:today |now )?to support (?:local |independent |quality )?journalism\b"
     r"|\bis (?:free and )?reader[- ]supported\b[^!?]{0,160}\bbecome a paid (?:subscriber|member)\b|\byou can become a paying (?:subscriber|member)\b"
     r"|^\W*+thank you for relying on us\b|^\W*+local journalism is a public service\W*$|^\W*+support for \S+(?: \S+){0,3} comes from\W*$|^\W*+this could have been a paywall\W*$|\bwould have been a paywall\b|^\W*+readers like you are keeping\b|\bhelps? keep paywalls away\b|\bbecome an? (?:\S+ ){0,3}member today\W*$|^\W*+your (?:subscription|support) makes (?:our|this) (?:reporting|journalism|work) possible\b|^\W*+for the latest news, weather, sports,? and streaming video, head to\b",
     "appeals to pay or subscribe for the journalism ('... we have a small favour to ask', 'Support local journalism') "
     "and a station's 'For the latest news, weather, sports, and streaming video, head to …' are prompts",
     "<p>... we have a small favour to ask. Readers like you keep us going.</p><p>This article is free to read for a limited time.</p>",
     "<p>The council voted to support local journalism students with two paid internships.</p>", 300,
     ("favour", "favor", "journalism", "támogasd", "támogatásból", "free to read", "paying", "reader", "relying", "streaming video", "enjoying this article", "possible", "member today", "support for", "readers like you", "paywalls away", "a paywall", "we pay for")),
    ("paywall-notice", "newsletter", "text",
     r"^\W*+(?:subscribe|sign in|log in|register) to (?:continue reading|read the (?:full|whole|rest of the) (?:article|story)|keep reading)\b"
     r"|^\W*+assine (?:o |a )?\S+(?: \S+){0,3} e tenha acesso\b|^\W*+este (?:artigo|conteúdo) é exclusivo para assinantes\b"
     r"|^\W*+to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in|register)\b"
     r"|^\W*+this (?:article|story|content) is (?:only )?(?:for|available (?:only )?to) (?:paying |premium )?(?:subscribers|members)\b"
     r"|^\W*+you have \d+ free (?:articles?|stories) (?:left|remaining)\b"
     r"|^\W*+jetzt weiterlesen mit\b|^\W*+sie haben bereits ein abonnement\b|^\W*+erhalten sie (?:vollen )?zugang zu\b|^\W*+(?:✓\s*)?(?:jederzeit kündbar|erster monat für)\b"
     r"|この記事は有料記事です|^\W*+残り\d+文字|有料会員になると続きを|続きをお読みいただけます|^\W*+今すぐ登録"
     r"|^\W*+(?:este contenido es exclusivo para suscriptores|para seguir leyendo,? suscr[ií]bete\b|ya eres suscriptor\b)"
     r"|^\W*+(?:cet article est réservé aux abonnés|il vous reste \d+(?:[.,]\d+)?\s?% (?:de cet article )?à (?:lire|découvrir)|vous avez envie de lire la suite\s*\?)"
     r"|^\W*+abbonati a \S+(?: \S+){0,2} a \d",
     "paywall notices ('Subscribe to continue reading', 'この記事は有料記事です。残り1234文字') stand where the rest of the story is withheld",
     "<p>Subscribe to continue reading.</p><p>この記事は有料記事です。残り1234文字</p>",
     "<p>Readers who subscribe to the paper's print edition will get the map on Sunday.</p>", 200,
     ("subscribe", "sign in", "log in", "register", "reading", "subscribers", "members", "free article", "free stor",
      "weiterlesen", "abonnement", "zugang", "kündbar", "erster monat", "有料", "残り", "続き", "今すぐ登録", "assine", "exclusivo",
      "seguir leyendo", "suscriptor", "abonnés", "vous reste", "la suite", "abbonati")),
    ("author-bio-heading", "byline", "heading",
     r"^\W*+(?:about the author|作者简介|作者介绍|作者簡介|über den autor|über die autorin|à propos de l'auteur|sobre el autor"
     r"|sobre a autora?|sobre o autor|sull'autore|об авторе|著者紹介|筆者紹介|필자 소개|この記事を書いた人|この記事の(?:筆者|著者)"
     r"|creators (?:and|&) guests|about the hosts?)\W*$",
     "an 'About the author' heading opens the author's bio under the story",
     "<h4>About the author</h4><p>Sam Lens writes about ports and ferries.</p>",
     "<p>About the author of the plan, little was known until the inquiry began.</p>"),
    ("press-release-end-matter", "byline", "heading",
     r"^\W*+(?:###|-\s*30\s*-)\W*$|^\W*+(?:media|press|investor) (?:contacts?|inquiries|enquiries|relations)\s*:?\W*$"
     r"|^\W*+(?:forward[- ]looking statements?|safe harbou?r statement)\W*$"
     r"|^\W*+(?:this|the) (?:news |press )?release (?:contains|includes|may contain) (?:certain )?forward[- ]looking statements\b"
     r"|^\W*+for (?:media|press) (?:enquiries|inquiries)\b[^!?]{0,200}$"
     r"|^(?-i:SOURCE|FUENTE) \w[^\n]{1,80}$|^\W*+(?:contacts|pressekontakt|medienkontakt|renseignements|contacts? (?:presse|médias?)|contactos? de prensa|contato para imprensa|お問い合わせ(?:先)?)\s*[:：]?\W*$|^\W*+rückfragen bitte an\W*$|^\W*+original-content von\s*:.{1,120}\bnews aktuell\W*$",
     "a press release's end matter ('###', 'Media contact:' and the contact lines under it, the forward-looking "
     "statements notice, the wire's closing 'SOURCE Company, Inc.') is legal and contact boilerplate, not the news",
     "<p>###</p><p>Media contact:</p><p>Dana Reed</p><p>+1 302-555-0147</p>",
     "<p>The media contacted the harbour office on Monday, which said the forward-looking plan was on hold.</p>", 1500),
    ("sources-heading", "related", "heading",
     r"^\W*+(?:(?:our )?sources|how we reviewed this article|quellen|fuentes|fontes|sources utilisées|citation information"
     r"|cite this (?:article|page|entry|(?:statistical )?bulletin))\s*:?\W*$",
     "a 'Sources' or 'How we reviewed this article' heading opens the list of citations a health or fact-check "
     "page keeps under the story (a paper's 'References' are left: labels keep them)",
     "<h3>Sources</h3><ul><li>Harbour Health Board, annual report, 2023.</li><li>Interview with the harbour master, May 7, 2024.</li></ul>",
     "<p>Sources close to the board said the vote would be held on Friday.</p>"),
    ("review-stamp-line", "byline", "text",
     r"^\W*+(?:last )?(?:medically|clinically|expert|fact|financially)[- ]?(?:reviewed|checked) (?:by|on)\b[^!?]{0,200}$"
     r"|^\W*+our experts continually monitor\b|^[^.!?]{1,40} has strict sourcing guidelines\b|^[^.!?]{1,40} uses only high-quality sources\b",
     "a health or finance page's review stamp ('Medically reviewed by … — Written by … — Updated on …') and its "
     "sourcing note are the publisher's, not the story",
     "<p>Medically reviewed by Sam Lens, MD — Written by Dana Reed — Updated on February 27, 2024</p>",
     "<p>The plan was reviewed by the harbour board's medical officer before the vote.</p>", 400,
     ("reviewed", "checked", "continually monitor", "sourcing guidelines", "high-quality sources")),
    ("theme-postmetadata", "byline", "text",
     r"^\W*+this entry was posted (?:on|by|in)\b[^!?]{0,200}?\b(?:filed under|rss)\b|\byou can follow any responses to this entry through\b"
     r"|^\W*+wpis opublikowano\b[^!?]{0,120}?\bw kategorii\b|\bmożesz śledzić komentarze do tego wpisu\b"
     r"|^\W*+dieser (?:eintrag|beitrag) wurde (?:am|von)\b[^!?]{0,160}?\b(?:veröffentlicht|abgelegt)\b",
     "an old blog theme's post footer ('This entry was posted on … and is filed under …. You can follow any responses "
     "to this entry through the RSS 2.0 feed.') is metadata",
     "<p>This entry was posted on Tuesday, June 15th, 2010 at 2:32 pm and is filed under News. You can follow any "
     "responses to this entry through the RSS 2.0 feed.</p>",
     "<p>The entry to the harbour was closed on Tuesday, and the ferry posted its new times online.</p>", 400,
     ("entry was posted", "responses to this entry", "wpis opublikowano", "możesz śledzić", "dieser eintrag", "dieser beitrag")),
    ("submission-instructions", "tools", "text",
     r"^\W*+(?:write to us at|send (?:your )?letters to|to submit a letter\b)[^.!?]{0,80}@[\w.-]+\.\w+[^!?]{0,200}$"
     r"|^\W*+to place an? (?:death notice|obituary|classified|notice)\b[^!?]{0,160}(?:call|e-?mail|contact)\b",
     "how to write to the paper or place a notice ('Write to us at letters@…', 'To place a death notice, call …') "
     "is the page's service text",
     "<p>Write to us at letters@harbour.example. Letters should be under 250 words.</p><p>To place a death notice, call 555-0140.</p>",
     "<p>Readers who wrote to us about the pier were invited to the board's public meeting.</p>", 400,
     ("write to us", "letters to", "submit a letter", "to place a")),
    ("review-score-line", "tools", "text",
     r"^\W*+\d{1,3}(?:[.,]\d)?\s*(?:/\s*\d{1,3}\s*)?(?:[^\W\d_]+\s+){0,2}score\W*$|^\W*+(?:our |overall |total )?score\s*:?\s*\d{1,3}(?:[.,]\d)?(?:\s*/\s*\d{1,3})?\W*$"
     r"|^\W*+how we (?:rate|test)(?: and review)?(?: products)?\W*$",
     "a review's score box left as lines ('8 Verge Score', 'Score 9.1') and its link to the rating method are widgets",
     "<p>8Verge Score</p><p>Score 9.1</p>",
     "<p>The final score was 3-1 after the harbour side scored twice in the second half.</p>", 60),
    ("stock-picks-promo", "ads", "text",
     r"^\W*+should you invest \$[\d,]{1,9} in [^?]{1,80} right now\?|^\W*+before you buy stock in [^,]{1,80}, consider this\b"
     r"|^\W*+\*?stock advisor returns as of\b",
     "an investment newsletter's sales box set in a stock article ('Should you invest $1,000 in X right now?') is promotion",
     "<h2>Should you invest $1,000 in Harbour Freight right now?</h2><p>*Stock Advisor returns as of May 20, 2024</p>",
     "<p>Should the board invest in the pier now, one member asked, or wait for the state's grant?</p>", 600,
     ("should you invest", "before you buy stock", "stock advisor returns")),
    ("visual-credit-byline", "byline", "text",
     r"^\W*+(?:photo(?:graph)?s|photography|images|illustrations?|video|words|text) by (?-i:[A-Z])[^.!?;]{0,60}"
     r"(?:[;,]\s*(?:words|text|story|photo(?:graph)?s|illustrations?) by (?-i:[A-Z])[^.!?;]{0,60})?\W*$|^\W*+live (?:reporting|coverage) by\b[^.!?]{1,80}$",
     "a feature's credit line under its headline ('Photographs by A; words by B') and a live page's 'Live reporting by A' are bylines",
     "<p>Photographs by Sam Lens; words by Dana Reed</p><p>Live reporting by Dana Reed</p>",
     "<p>Photographs by the harbour master's team show the pier's broken piles.</p>", 160),
    ("error-report-prompt", "tools", "text",
     r"\bctrl\s*\+\s*enter\b|^\W*+(?:signaler une erreur|report an error|fehler melden|segnala un errore|did you (?:spot|find|notice) an error\?|report an? typo)\W*$"
     r"|^\W*+we['’]re committed to correcting (?:or clarifying )?mistakes\b|^\W*+to report an? (?:error|correction|typo)\b[^.!?]{0,40}\b(?:e-?mail|contact|write)\b",
     "'Found a typo? Select it and press Ctrl+Enter' invites readers to report errors: site interface",
     "<p>Помітили помилку? Виділіть її та натисніть Ctrl+Enter</p>",
     "<p>The editor saves a draft when the writer presses the save key, the manual says.</p>", 200),
    ("newsletter-line", "newsletter", "text",
     r"^\W*+(?:editor[’']?s note\s*:\s*|[^:.!?—–]{1,40}(?::|\s[—–])\s*)?(?:sign up|subscribe)(?: now)?(?: to| for)(?: our| the)? (?:\S+ ){0,5}newsletters?\b"
     r"|\bjetzt (?:(?:unseren|den) )?(?:kostenlos(?:en)? )?(?:[\w-]*newsletter )?abonnieren\W*$|^\W*+iratkozzon fel (?:\S+ ){0,2}hírlevel|\bby signing up (?:to|for) our (?:free )?(?:\S+ )?newsletter\b|^\W*+cofrestrwch i dderbyn\b|\bcláraigh\b[^.!?]{0,40}\bnuachtlitir"
     r"|^\W*+privacy notice\s*:\s*newsletters? may contain\b|^\W*+free (?:daily|weekly|monthly) (?:\w+ )?newsletter\W*$"
     r"|^\W*+sign up (?:to|for) (?:\S+ ){0,3}\S+\W*$|^\W*+our (?:daily|morning|evening|weekly|free) (?:\w+ )?(?:email|newsletter)\b"
     r"|^\W*+(?:skip past|after) newsletter promotion\W*$|^\W*+discover more from\b|^\W*+subscribe to get the latest posts (?:sent )?to your e-?mail\b|^\s*[▶►]\s*[^.!?]{0,40}(?:구독하고|구독하기|많이 본 뉴스)|^\W*+(?:get|receive) (?:our|the) (?:\w+ )?newsletter\b|^\W*+(?:subscribe|sign up) (?:now|today|here|to updates)\W*+$"
     r"|^\W*+want more (?:of )?[^.!?]{0,60}\?\s*(?:subscribe|sign up) (?:to|for) [^.!?]{0,60}\bnewsletter\b"
     r"|^\W*+enjoying [^.!?]{1,60}\?\s*(?:subscribe|sign up)(?: for free| now| today)?\W*$"
     r"|^\W*+enjoying [^.!?]{1,60}\?\s*(?:forward|share) (?:it|this)(?: email| post| newsletter| edition)? (?:to|with) a friend\b"
     r"|^\W*+how (?:did you like|would you rate) (?:today['’]?s|this) (?:edition|issue|newsletter|email|post)\W*$"
     r"|^\W*+by (?:clicking|signing up|subscribing|registering)\b[^.!?]{0,80}\byou (?:confirm|agree|accept)\b[^.!?]{0,80}\b(?:terms|privacy)\b"
     r"|\b(?:sign up|subscribe) (?:for|to) [^.!?]{0,60}\bnewsletter\b[^.!?]{0,60}\b(?:inbox|e-?mail)|\bnewsletter,? delivered (?:straight |right )?to your inbox\b"
     r"|\binbox\b[^!?]{0,80}\b(?:sign up|subscribe) (?:to|for) [^.!?]{0,60}\bnewsletters?\b|^\W*+get [^.!?]{1,60} (?:stories|posts|articles|updates) (?:in|to) your inbox\W*$|\bto get updates from this (?:writer|author)\b|\b\d+ (?:issues|editions) for [£$€]\s?\d"
     r"|^\W*+get [^.!?]{1,60} delivered (?:straight |right )?to your inbox\b|^\W*+be the first to know\W*$|^\W*+nyhetsbrev\s*:\s*få\b|^\W*+recevez nos articles par e-?mail\b"
     r"|^\W*+want (?:[^.!?]{1,40}) in your inbox\?|^\W*+(?:no spam|kein spam|pas de spam|sin spam|niente spam)[.,!]?\s*(?:unsubscribe|abmeldung|désinscription|date de baja|cancella)[^.!?]{0,40}\W*$"
     r"|^\W*+i understand and agree that registration on or use of this site constitutes agreement\b"
     r"|^\W*+suscr[ií]bete (?:aquí |gratis )?a (?:la|nuestra|nuestras|el|los) (?:\S+ ){0,3}?newsletters?\b"
     r"|^\W*+recevez (?:chaque (?:matin|jour|soir|semaine)|gratuitement|tous les (?:matins|jours|soirs))\b[^!?]{0,120}\b(?:boîte (?:mail|e-?mail|aux lettres)|par e-?mail|newsletter)"
     r"|\bunser(?:e[nmr]?)? (?:kostenlose[nr]?|tägliche[nr]?|wöchentliche[nr]?) (?:[\w-]+ )?newsletter\b|^\W*+unser [\w-]*newsletter\W*$"
     r"|\bkostenlos in ihr (?:e-mail-)?postfach\b|^\W*+newsletter\s*[„“\"«‚][^„“\"«»]{1,40}[“”\"»‘]\W*$|^\W*+jetzt (?:kostenlos )?(?:anmelden|registrieren)\W*$",
     "newsletter and subscription prompts ('Get the latest updates in your inbox. Subscribe to our newsletters.', '12 issues for £11.99')",
     "<p>Sign up for our daily newsletter</p><p>Get the latest updates right in your inbox. Subscribe to the Gazette's newsletters.</p>"
     "<p>Get Harbour Monthly delivered every month. 12 issues for £11.99. Click here for more information.</p>",
     "<p>The newsletter of the cycling club was first printed in 1958.</p>", 300,
     ("newsletter", "sign up", "subscribe", "email", "e-mail", "inbox", "issues", "editions", "discover more",
      "updates from this", "enjoying", "how did you like", "how would you rate", "구독", "많이 본", "first to know", "nyhetsbrev", "recevez nos articles", "i understand and agree", "by clicking", "by signing", "by subscribing", "by registering",
      "abonnieren", "hírlevel", "cofrestrwch", "nuachtlitir", "recevez", "postfach", "jetzt", "spam")),
    ("cookie-line", "cookies", "text",
     r"^\W*+(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing to )?(?:using|browsing) this (?:web)?site,? you (?:agree|accept|consent)"
     r"|мы используем (?:файлы )?cookie|этот сайт использует (?:файлы )?cookie|wir verwenden cookies|nous utilisons des cookies|utilizamos cookies|usamos cookies|utilizziamo (?:i )?cookie)",
     "cookie notices",
     "<p>We use cookies to give you the best experience. Accept all.</p>",
     "<p>Bakers use cookies from the day before to make the crumble.</p>", 400),
    ("date-only-line", "byline", "text",
     r"^\W*+(?:(?:mon|tue|wed|thu|fri|sat|sun|dienstag|mittwoch|donnerstag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
     r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[a-z]*\.?,?\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\.?\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{4}[-/]\d{2}[-/]\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日(?:\s?[（(][月火水木金土日][)）])?"
     r"|\d{4}년\s?\d{1,2}월\s?\d{1,2}일)(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*[a-z]{2,4})?|\s*\d{1,2}\s?時\s?\d{1,2}\s?分)?"
     r"(?:\s*[(（](?:updated:?\s|modifica il\s|aktualisiert\s|mis à jour le\s|actualizado\s|最終更新\s?|更新\s?)[^()（）]{4,30}[)）])?\W*+$"
     r"|^\W*+\d{1,2}:\d{2}\s*(?:am|pm)?,?\s+\d{1,2}[-\s][^\W\d]{3,9}[-\s]\d{4}\W*$"
     r"|^\W*+(?:today|yesterday|сегодня|вчера|сьогодні|вчора|бүгін|кеше|heute|gestern|hoy|ayer|aujourd'hui|hier),?\s+(?:at\s+|в\s+|о\s+|um\s+|à\s+)?\d{1,2}[:.]\d{2}\W*$"
     r"|^\W*+\d{1,3} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\W*$"
     r"|^\W*+\d{1,2}\s+[\u0621-\u064a\u067e-\u06cc]{2,10}\s+\d{4}(?:\s*[-–]\s*\d{1,2}\s+[\u0621-\u064a\u067e-\u06cc]{2,10}\s+\d{4})?\W*$"
     r"|^\W*+(?:(?:módosítva|frissítve|publikálva|megjelent)\s*:?\s*)?\d{4}\.\s*(?:[^\W\d]{3,12}|\d{1,2}\.)\s*\d{1,2}\.,?(?:\s*\d{1,2}:\d{2})?\W*$"
     r"|^[^\W\d][^.!?:·•|\d]{1,40}\s[·•|]\s+(?:\d{1,2}\.?\s+[^\W\d]{3,9}\.?|[^\W\d]{3,9}\.?\s+\d{1,2},?)\s+\d{4}\W*$",
     "a line that is only a date is the dateline ('2 months ago' too), and so is a name and a date ('Julie Tremblay · 7 nov. 2024'); "
     "its date is read as the article's",
     "<p>Feb 7, 2024</p>",
     "<p>Feb 7, 2024 was the day the ferry finally returned to service.</p>", 60),
    ("byline-without-date", "byline", "text",
     r"(?-i:^\W*+(?:By|BY|Written by|WRITTEN BY|Von|VON|Par|PAR|Por|POR)(?!\s+(?:the|a|an|this|that|these|those|now|then|far|no|all|contrast|comparison|design|default)\b)(?:\s+\S+(?:\s+\S+){0,4}[^.!?:;,\s]\s*|\W*)$"
     r"|^\W*+(?:[A-Z][a-z]+ ){0,2}(?:Reporter|Correspondent|Staff Writer)\W*$)",
     "a bare 'By A. Writer' line is the byline, not the story; so is a 'By' left alone when a rule took the name's element, "
     "and a reporter's title on a line of its own under the name ('Municipal Reporter')",
     "<p>By Gazette reporter</p><p>By</p><p><strong>Sam Lens</strong><br>Municipal Reporter</p>",
     "<p>By noon the queue at the ferry terminal had reached the car park.</p>", 60),
    ("market-quote-lines", "tools", "text",
     r"^\W*+(?:[^\W\d_][\w.&'’ -]{0,30}?[ \xa0]*)?(?:[€$£¥][ \xa0]?)?\d{1,3}(?:[., \xa0]?\d{3}){0,3}[.,]\d{2,4}[ \xa0]*(?:[€$£¥]|usd|eur|chf)?[ \xa0]*[+\-−][ \xa0]?\d{1,6}[.,]\d{1,4}[ \xa0]*%?"
     r"(?:[ \xa0]*\([ \xa0]*[+\-−]?\d{1,6}(?:[.,]\d{1,4})?[ \xa0]*%[ \xa0]*\))?(?:[ \xa0]*market data (?:provided|powered) by\b[^.!?]{0,40})?\W*$"
     r"|^\W*+market data (?:provided|powered) by\b[^.!?]{0,60}$|^\W*+kursdaten\s*:|^\W*+in this article\s*:?\W*$"
     r"|^[^.!?\d]{0,60}\d[\d.,]{0,12}+\s*[km]?\s+followers\W*$",
     "a stock quote set in the story (name, price and change: 'Aktie 15,12 € -0,84 %', 'Market data provided by …'), "
     "the 'In this article:' label over ticker chips, and an author card's follower count are widgets",
     "<div><div>Harbour Freight Lines</div><div>HFL 258.41 +1.27 (+0.49%)</div><small>Market data provided by Quotefeed</small></div>",
     "<p>Shares closed at 15.12 euros, down 0.84 per cent, after the results.</p>", 120,
     ("market data", "kursdaten", "in this article", "followers", "%", ".", ",")),
    ("reading-time-and-counters", "tools", "text",
     r"本文约\s*\d+\s*字|阅读(?:需要|大约|约)\s*\d+\s*分钟|^\W*+(?:\d+\s*(?:min|mins|minute|minutes)\.?\s+(?:read|reading|de lecture|lesezeit|lettura)|(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|okunma süresi)\W*\d+\s*(?:min|minutes?|minuti|minutos|dk|dakika)\.?)\W*$|^[^.!?]{2,40}\s(?:reading time|okunma süresi|lesezeit)\s*:\s*\d+\s*(?:min|dk|dakika)\.?\W*$|^[\s\d.,·•|/kKmM+-]{1,8}$|^\W*+\d(?:[.,]\d+)? (?:from|out of) \d+ (?:votes?|ratings?|reviews?)\W*$|^\W*+\d[\d,.]{0,12}\s*total views\b[^.!?]{0,60}$|^\W*+(?:\d[\d,.]{0,12}\s*(?:views?|favou?rites?|comments?|likes?|shares?|reads?)\s*[·|•,]?\s*){2,4}$|^\W*\d{1,2}:\d\d(?::\d\d)?\W*$|^\W*+ขนาดตัวอักษร\b|^\W*+\d{1,3} of \d{1,3}\W*$",
     "reading-time labels, font-size buttons and bare counters (claps, comments, shares, a gallery's '2 of 6') are widgets",
     "<p>5 min read</p><p>1.2K</p><p>·</p>",
     "<p>It took 5 minutes to read the whole report aloud to the council.</p>", 60),
    ("copyright-line", "footer", "text",
     r"^\s*+(?:©|(?:\(c\)|copyright)\s*(?:©\s*)?\d{4}\b)[^.!?]{0,100}$"
     r"|^\W*+(?:riproduzione riservata|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
     r"|todos os direitos reservados|wszelkie prawa zastrzeżone|все права защищены|alle rechten voorbehouden)\W*$"
     r"|^\s*+copyright\s*(?:\(c\)|©)\s*[^!?]{1,60}?\ball rights reserved\W*$",
     "a copyright line under the story ('© RIPRODUZIONE RISERVATA', '© 2024 The Ledger') is the publisher's notice, not the story "
     "(one of sentences, as an agency's 'All rights reserved. This material may not be published…', is left: labels keep it)",
     "<p>© RIPRODUZIONE RISERVATA</p><p>© 2024 The Harbour Ledger</p>",
     "<p>Copyright lawyers said the ruling would change how archives lend old films.</p>", 120),
    ("page-review-line", "footer", "text",
     r"^\W*+(?:page last reviewed|next review due|next review date|date of next review)\s*:\s*\S[^.!?]{0,40}$",
     "a health service's 'Page last reviewed: 22 January 2024' and 'Next review due: …' say when the page is checked, "
     "not when the story was published",
     "<p>Page last reviewed: 22 January 2024<br>Next review due: 22 January 2025</p>",
     "<p>The page was last reviewed by the board in January, the chair said.</p>", 80),
    ("tag-list-line", "tags", "text",
     r"^\W*+(?:tags?|тегтер|тэги|мітки|étiquettes|etiquetas|etiquetes|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|mots[- ]clés|parole chiave"
     r"|trefwoorden|tagi|tagy|címkék|теги|метки|タグ|标签|標籤|태그|etiketler|etichete)\s*[:：]\s*[^.!?:]{1,150}$",
     "a line that lists the post's tags ('Étiquettes : hiver, arbustes') is navigation, as the tag box it was set in",
     "<p>Tags: harbour, ferries, winter timetable</p>",
     "<p>Tags on the seals showed where they had fed all winter.</p>", 200),
    ("navigation-line", "navigation", "text",
     r"^\W*+(?:back to top|skip to (?:main )?content|toggle navigation|menu|close|search|home|next|previous|next post|previous post|load more|show more|view comments|see more"
     r"|voir plus|ver más|ver mais|mehr anzeigen|mostra(?: di)? più|और देखें|もっと見る|더보기)\W*+$"
     r"|^\W*+continue reading on the next page\b|^\W*+this page (?:updates|will update|refreshes) automatically\b"
     r"|^\W*+(?:page|seite|pagina|página|slide|bild|foto|photo|image|imagen|immagine|afbeelding|strona|strana|sida|side)\s+\d+\s*(?:of|von|de|di|van|sur|z|из|av|af|/)\s*\d+\W*$",
     "stray navigation labels",
     "<p>Back to top</p>", "<p>Back to top form, the striker scored twice in the second half.</p>"),
]
