"""The command line, driven through main(argv) (and once through `python -m stripper`)."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stripper import cli
from stripper.cli import main

PARAGRAPHS = (
    "The fishing town of Pellworth lit four hundred paper lanterns on Saturday evening to "
    "mark the return of the spring fleet after a long and stormy winter.",
    "Organisers said the custom dates back more than a century, when families set candles "
    "in their windows to guide the boats home through the autumn fog.",
    "This year the harbour master allowed the lanterns to be floated on the water for the "
    "first time, and a brass band played until well after midnight.",
)


def page(headline: str = "Lanterns Over the Harbour", day: str = "2023-04-05",
         extra: str = "") -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{headline} | Coast Gazette</title>
<meta property="og:title" content="{headline}">
<meta property="article:published_time" content="{day}T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{headline}</h1>
{extra}
{body}
</article>
<footer>Copyright Coast Gazette</footer></body></html>""".encode("utf-8")


@pytest.fixture
def one(tmp_path: Path) -> Path:
    path = tmp_path / "lanterns.html"
    path.write_bytes(page())
    return path


def test_text_is_the_default(one, capsys):
    assert main([str(one)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Lanterns Over the Harbour\n")
    assert "2023-04-05" in out
    assert PARAGRAPHS[0] in out and PARAGRAPHS[2] in out
    assert "Copyright Coast Gazette" not in out
    assert err == ""


def test_json_format(one, capsys):
    assert main(["--format", "json", "--url", "https://gazette.example/2023/04/05/lanterns", str(one)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["path"] == str(one)
    assert record["headline"] == "Lanterns Over the Harbour"
    assert record["date"].startswith("2023-04-05")
    assert record["url"] == "https://gazette.example/2023/04/05/lanterns"
    assert PARAGRAPHS[1] in record["body"]
    assert record["error"] is None
    assert "removed" not in record


def test_markdown_format(one, capsys):
    assert main(["--format", "markdown", str(one)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Lanterns Over the Harbour\n")
    assert PARAGRAPHS[0] in out


def test_directory_is_searched_recursively_into_json_lines(tmp_path, capsys):
    root = tmp_path / "site"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a.htm").write_bytes(page("Alpha Story"))
    (root / "b" / "deep" / "c.xhtml").write_bytes(page("Gamma Story"))
    (root / "b" / "b.html").write_bytes(page("Beta Story"))
    (root / "notes.txt").write_text("not a page")
    assert main([str(root)]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [Path(r["path"]).relative_to(root).as_posix() for r in records] == \
        ["a.htm", "b/b.html", "b/deep/c.xhtml"]
    assert [r["headline"] for r in records] == ["Alpha Story", "Beta Story", "Gamma Story"]
    assert all(r["error"] is None and PARAGRAPHS[0] in r["body"] for r in records)


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page("From The Pipe"))))
    assert main(["-", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["path"] == "-"
    assert record["headline"] == "From The Pipe"


def test_a_failing_page_is_reported_and_the_others_go_on(tmp_path, capsys):
    good, empty = tmp_path / "good.html", tmp_path / "empty.html"
    good.write_bytes(page())
    empty.write_bytes(b"")
    missing = tmp_path / "missing.html"
    assert main([str(empty), str(good), str(missing)]) == 1
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in records] == [str(good)]
    assert f"stripper: {empty}: " in err
    assert f"stripper: {missing}: " in err


def test_output_dir_names_are_sanitized_and_stay_inside(tmp_path, monkeypatch, capsys):
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "evil name!.html").write_bytes(page("Evil"))
    (pages / ".hidden.html").write_bytes(page("Hidden"))
    (pages / "story.html").write_bytes(page("One"))
    (pages / "sub" / "story.html").write_bytes(page("Two"))
    out_dir = tmp_path / "out"
    monkeypatch.chdir(pages / "sub")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page("Piped"))))
    argv = ["-o", str(out_dir), "--format", "json", "../evil name!.html", str(pages), "-"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    names = sorted(os.listdir(out_dir))
    assert names == ["evil_name_-2.json", "evil_name_.json", "hidden.json", "stdin.json",
                     "story-2.json", "story.json"]
    assert all(name[0] != "." and all(c.isalnum() or c in "._-" for c in name) for name in names)
    # nothing was written next to the pages or in the working directory
    assert sorted(p.name for p in pages.iterdir()) == [".hidden.html", "evil name!.html", "story.html", "sub"]
    assert json.loads((out_dir / "stdin.json").read_text("utf-8"))["headline"] == "Piped"
    assert json.loads((out_dir / "story-2.json").read_text("utf-8"))["headline"] == "Two"


def test_output_dir_extension_follows_format(one, tmp_path):
    out_dir = tmp_path / "md"
    assert main(["-o", str(out_dir), "--format", "markdown", str(one)]) == 0
    assert (out_dir / "lanterns.md").read_text("utf-8").startswith("# Lanterns Over the Harbour")
    assert main(["-o", str(out_dir), str(one)]) == 0
    assert (out_dir / "lanterns.txt").read_text("utf-8").startswith("Lanterns Over the Harbour\n")


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs symlinks")
def test_output_dir_does_not_write_through_a_symlink(one, tmp_path):
    out_dir, outside = tmp_path / "out", tmp_path / "outside.txt"
    out_dir.mkdir()
    (out_dir / "lanterns.txt").symlink_to(outside)
    assert main(["-o", str(out_dir), str(one)]) == 0
    assert not outside.exists()
    assert (out_dir / "lanterns.txt").read_text("utf-8").startswith("Lanterns")


SHARE_AND_AD = '<div class="share-bar">Share</div>\n<p>Advertisement</p>'


def test_explain_text_lists_removals(tmp_path, capsys):
    path = tmp_path / "ads.html"
    path.write_bytes(page(extra=SHARE_AND_AD))
    assert main(["--explain", str(path)]) == 0
    out = capsys.readouterr().out
    article, _, removed = out.partition("\nRemoved:\n")
    assert PARAGRAPHS[0] in article and "Advertisement" not in article
    lines = removed.splitlines()
    assert lines and all(line.startswith("- [") for line in lines)
    assert any("div.share-bar" in line and "/" in line.split("]")[0] for line in lines)
    assert any("Advertisement" in line for line in lines)


def test_explain_json_adds_removed(tmp_path, capsys):
    path = tmp_path / "ads.html"
    path.write_bytes(page(extra=SHARE_AND_AD))
    assert main(["--explain", "--format", "json", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert {"concept", "rule", "reason", "where", "text"} <= set(record["removed"][0])
    assert any(r["where"] == "div.share-bar" for r in record["removed"])


def test_options_flags_are_accepted(one, capsys):
    argv = ["--favor", "precision", "--no-tables", "--comments", "--date-reference", "2024-01-01", str(one)]
    assert main(argv) == 0
    assert "Lanterns Over the Harbour" in capsys.readouterr().out


def test_date_reference_rejects_later_dates(tmp_path, capsys):
    path = tmp_path / "future.html"
    path.write_bytes(page(day="2030-06-01"))
    assert main(["--format", "json", "--date-reference", "2024-01-01", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["date"] is None


@pytest.mark.parametrize("argv", [
    [],
    ["--format", "xml", "a.html"],
    ["--favor", "maximum", "a.html"],
    ["--date-reference", "01/02/2024", "a.html"],
    ["--url", "https://example.com/", "a.html", "b.html"],
])
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_batch_dispatch(monkeypatch, capsys):
    import types
    seen = []
    fake = types.ModuleType("stripper.batch")
    fake.main = lambda argv: seen.append(argv) or 0
    monkeypatch.setitem(sys.modules, "stripper.batch", fake)
    assert main(["batch", "--jobs", "4", "dir"]) == 0
    assert seen == [["--jobs", "4", "dir"]]


def test_progress_bar_only_on_a_terminal(tmp_path, monkeypatch, capsys):
    for name in ("a", "b"):
        (tmp_path / f"{name}.html").write_bytes(page())
    assert main([str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(cli, "_isatty", lambda stream: True)
    assert main([str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "2/2" in err and len(out.splitlines()) == 2


def test_python_dash_m(one):
    env = dict(os.environ, PYTHONIOENCODING="ascii", LC_ALL="C")
    done = subprocess.run([sys.executable, "-m", "stripper", str(one)], capture_output=True, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").startswith("Lanterns Over the Harbour")
    failed = subprocess.run([sys.executable, "-m", "stripper", str(one.with_name("absent.html"))],
                            capture_output=True, env=env, timeout=60)
    assert failed.returncode == 1 and b"stripper: " in failed.stderr
