"""Measure every hazard of the Robustness table: what extract() does, how long it takes and the
peak memory (RSS) of a fresh process that builds the input and extracts it.

    python fuzz/hazards.py            # prints the Markdown table of fuzz/README.md
    python fuzz/hazards.py deep       # only the hazards whose name contains "deep"

Each hazard runs in its own interpreter, so the memory column is that hazard's peak alone
(the interpreter with stripper imported is about 60 MB; the input itself counts too).
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import textwrap

PRELUDE = textwrap.dedent("""
    import codecs, gzip, json, os, random, resource, sys, time
    import stripper
    P = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Council approves the bridge | News</title>"
         "<meta property='article:published_time' content='2024-05-01'></head><body><nav><a href='/'>Home</a></nav>"
         "<article><h1>Council approves the bridge</h1>"
         + "<p>The council voted on Tuesday to approve the new bridge, ending years of debate, officials said.</p>" * 6
         + "</article><footer>(c) News</footer></body></html>")
    PB = P.encode()
    def run(source, options=stripper.Options()):
        t = time.monotonic()
        try:
            a = stripper.extract(source, options=options)
            what = "Article, body %d chars" % len(a.body)
        except stripper.StripperError as e:
            what = "%s: %s" % (type(e).__name__, str(e)[:110])
        except BaseException as e:
            what = "CRASH %s: %s" % (type(e).__name__, str(e)[:110])
        seconds = time.monotonic() - t
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(json.dumps({"what": what, "seconds": seconds, "rss": rss}))
""")

HAZARDS: list[tuple[str, str]] = [
    ("empty input", "run(b'')"),
    ("whitespace only", "run(b'  \\n\\t ')"),
    ("PDF", "run(b'%PDF-1.7\\n' + bytes(range(256)) * 40)"),
    ("PNG", "run(b'\\x89PNG\\r\\n\\x1a\\n' + bytes(range(256)) * 40)"),
    ("gzip of a page", "run(gzip.compress(PB))"),
    ("random bytes (1 MB)", "run(random.Random(1).randbytes(1 << 20))"),
    ("JSON (with markup in strings)", "run(json.dumps({'body': '<p>x</p><div>y</div>'}).encode())"),
    ("60 MB of JSON with markup in its first string",
     "run(('[{\"a\": \"<p>x</p>\"},' + '{},' * 20000000 + '{}]').encode())"),
    ("plain text", "run(b'Just text, no markup at all.\\n' * 100)"),
    ("RSS / Atom feed", "run(b'<?xml version=\"1.0\"?><rss><channel><title>x</title></channel></rss>')"),
    ("SVG", "run(b'<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><text>x</text></svg>')"),
    ("page cut off at a random byte (every 7th byte)",
     "[run(PB[:i]) for i in range(0, len(PB), 7)][-1]"),
    ("unclosed and misnested tags", "run('<html><body><div><p><b><i>' + P[P.index('<article>'):].replace('</p>', '</b></div>'))"),
    ("400 unclosed <font> tags", "run('<html><body>' + '<font>w ' * 400 + P[P.index('<article>'):])"),
    ("200,000-deep nesting (<div>)", "run(b'<html><body>' + b'<div>' * 200000 + b'x' + b'</div>' * 200000)"),
    ("200,000-deep nesting (unclosed <span>)", "run(b'<html><body>' + b'<span>' * 200000 + b'x')"),
    ("a million siblings (<p>x</p> x 1,000,000)", "run(b'<html><body>' + b'<p>x</p>' * 1000000)"),
    ("15 million unclosed <p> (60 MB of tags)", "run(b'<html><body>' + b'<p>x' * 15000000)"),
    ("one attribute of 10 MB", "run(b'<html><body><div class=\"' + b'a' * 10000000 + b'\">' + PB + b'</div>')"),
    ("50 MB page of paragraphs (650,000 elements)",
     "para = PB[PB.index(b'<p>'):PB.index(b'</p>') + 4]; "
     "run(PB[:PB.index(b'</article>')] + para * (50 * 1024 * 1024 // len(para)) + b'</article></body></html>')"),
    ("250,000-element page (at max_tree_nodes; 20 MB)",
     "para = PB[PB.index(b'<p>'):PB.index(b'</p>') + 4]; "
     "run(PB[:PB.index(b'</article>')] + para * 249900 + b'</article></body></html>')"),
    ("50 MB page, most of it inline JSON data in a script",
     "run(PB.replace(b'</head>', b'<script>window.__DATA__=' + json.dumps({'items': ['x' * 40] * (50 * 1024 * 1024 // 44)}).encode() + b';</script></head>'))"),
    ("50 MB page, most of it a data: URI image",
     "run(PB.replace(b'<h1>', b'<img src=\"data:image/png;base64,' + b'QUJD' * (50 * 1024 * 1024 // 4) + b'\"><h1>'))"),
    ("50 MB inline script full of '<div' strings (known over-refusal)",
     "run(PB.replace(b'</head>', b'<script>var x=\"' + b'ab<div>' * (50 * 1024 * 1024 // 7) + b'\";</script></head>'))"),
    ("60 MB of CJK and emoji text in 180 paragraphs",
     "run(PB.replace(b'</article>', ('<p>' + '新聞記事😀 ' * 20000 + '</p>').encode() * 180 + b'</article>'))"),
    ("70 MB page (over max_input_bytes)", "run(b' ' * (70 * 1024 * 1024) + PB)"),
    ("NUL bytes", "run(PB.replace(b'<p>', b'<p>\\x00'))"),
    ("invalid UTF-8", "run(PB.replace(b'council', b'coun\\xff\\xfecil').replace(b'debate', 'débat'.encode()))"),
    ("charset declaration that lies (utf-8 declared, cp1252 bytes)", "run(P.replace('debate', 'débat à Évry').encode('cp1252'))"),
    ("charset declared as utf-16 / zlib / idna on an ASCII page",
     "[run(P.replace('utf-8', c).encode()) for c in ('utf-16', 'zlib', 'idna')][-1]"),
    ("UTF-16 with BOM", "run(P.encode('utf-16'))"),
    ("UTF-16 without BOM (LE and BE)", "[run(P.encode(e)) for e in ('utf-16-le', 'utf-16-be')][-1]"),
    ("two conflicting meta charsets", "run(P.replace('<title>', '<meta charset=\"windows-1251\"><title>').replace('debate', 'дебаты').encode('utf-8'))"),
    ("str with an XML encoding declaration", "run('<?xml version=\"1.0\" encoding=\"utf-8\"?>' + P)"),
    ("XHTML", "run('<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">' + P.replace('<html lang', '<html xmlns=\"http://www.w3.org/1999/xhtml\" lang'))"),
    ("DOCTYPE entity-expansion bomb (10^9 lols)",
     "lol = ''.join('<!ENTITY l%d \"%s\">' % (i, ('&l%d;' % (i - 1)) * 10) for i in range(1, 10)); "
     "run('<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY l0 \"lol\">' + lol + ']>' + P.replace('<p>', '<p>&l9; ', 1))"),
    ("external entity (file:// in a DOCTYPE)",
     "open('/tmp/_hazard_secret', 'w').write('SECRET'); "
     "run('<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///tmp/_hazard_secret\">]>' + P.replace('<p>', '<p>&x; ', 1))"),
    ("scripts containing </div> and markup", "run(P.replace('<article>', '<article><script>var s=\"</div></article><p>fake</p>\";</script>'))"),
    ("article only in JSON-LD",
     "ld = json.dumps({'@type': 'NewsArticle', 'headline': 'Only here', 'articleBody': 'A sentence of the story. ' * 20}); "
     "run('<html><head><script type=\"application/ld+json\">' + ld + '</script></head><body><div id=app></div></body></html>')"),
    ("JSON-LD nested 100,000 deep", "run(P.replace('</head>', '<script type=\"application/ld+json\">' + '[' * 100000 + '</script></head>'))"),
    ("frames (<frameset> with <noframes>)",
     "run('<html><head><title>F</title></head><frameset><frame src=a.html><noframes><body>' + P[P.index('<article>'):P.index('</body>')] + '</body></noframes></frameset></html>')"),
    ("<noscript> copy of the article", "run(P.replace('<article>', '<noscript>' + P[P.index('<article>'):P.index('</article>')] + '</article></noscript><article>'))"),
    ("100,000 spaces inside a JSON-LD headline (page without <h1>)",
     "run(P.replace('<h1>Council approves the bridge</h1>', '').replace('</head>', '<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"a' + ' ' * 100000 + 'b\"}</script></head>'))"),
    ("lxml tree 3,000 levels deep, built in code",
     "from lxml import etree, html; root = html.Element('html'); el = etree.SubElement(root, 'body')\n"
     "for _ in range(3000): el = etree.SubElement(el, 'div')\n"
     "run(root)"),
    ("unsupported input type (int)", "run(42)"),
]


def measure(code: str, timeout: float = 120) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        try:
            proc = subprocess.run([sys.executable, "-c", PRELUDE + code], capture_output=True, text=True,
                                  timeout=timeout, cwd=tmp)
        except subprocess.TimeoutExpired:
            return {"what": f"HANG: killed after {timeout:.0f} s", "seconds": timeout, "rss": 0}
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        return {"what": f"process failed ({proc.returncode}): {proc.stderr[-200:]}", "seconds": 0, "rss": 0}
    return json.loads(lines[-1])


def main() -> None:
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    print("| hazard | what happens | time | peak RSS |")
    print("|---|---|---|---|")
    for name, code in HAZARDS:
        if wanted and wanted not in name:
            continue
        got = measure(code)
        print(f"| {name} | {got['what'].replace('|', '/')} | {got['seconds']:.2f} s | {got['rss']} MB |", flush=True)


if __name__ == "__main__":
    main()
