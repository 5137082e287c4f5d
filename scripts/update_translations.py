#!/usr/bin/env python3
"""Update the translation sources from the code, and compile them (Qt Linguist workflow).

    .venv/bin/python scripts/update_translations.py           # lupdate, then lrelease
    .venv/bin/python scripts/update_translations.py --check   # change nothing; exit 1 if anything is stale
    .venv/bin/python scripts/update_translations.py --apply ru.json  # fill in translations, then update
    .venv/bin/pyside6-linguist resources/i18n/backprop_lab_ru.ts   # or translate in Qt Linguist, then run this

``--apply FILE.json`` (for translating without Linguist): a list of
``{"context": "DataPanel", "source": "Truth table", "comment": "", "translation": "Таблица истинности"}``
(``"translation"``: a list of the forms for a plural message; ``"language"``: "en" for the English
plural forms, default "ru"); the messages named get these translations, marked finished.

1. ``pyside6-lupdate`` reads every guiapp/**/*.py and merges the strings it finds (``self.tr``,
   ``Name.tr`` of a ``TrContext``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``) into
   resources/i18n/backprop_lab_ru.ts (every message) and backprop_lab_en.ts (plural forms only:
   "%n epoch(s)" -> "1 epoch", "2 epochs"). ``-locations none``: no file names or line numbers in
   the .ts, so moving code changes nothing and merges stay easy; ``-no-obsolete``: strings gone
   from the code are dropped (Linguist's phrase books keep old translations if you want them).
2. ``pyside6-lrelease`` compiles each .ts into the .qm the app loads. The .qm files are committed;
   tests/ui/test_i18n_catalog.py fails when the .ts is not current, a message is unfinished, or a
   .qm is not what lrelease makes of its .ts.

Both tools ship with pyside6-essentials (no Qt installation needed).
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "guiapp"
I18N = ROOT / "resources" / "i18n"
CATALOG = "backprop_lab"
#: language -> lupdate options besides the common ones. English is the source language: its
#: catalogue holds only the plural forms (Qt's way to get "1 epoch" / "2 epochs" in English).
LANGUAGES = {"ru": [], "en": ["-pluralonly"]}


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"{CATALOG}_{language}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"{CATALOG}_{language}.qm"


def _tool(name: str) -> str:
    """The lupdate / lrelease binary that ships inside the PySide6 wheel (or pyside6-<name>)."""
    try:
        import PySide6

        exe = Path(PySide6.__file__).resolve().parent / (name + (".exe" if sys.platform == "win32" else ""))
        if exe.is_file():
            return str(exe)
    except ImportError:
        pass
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: pip install pyside6-essentials (it ships pyside6-{name})")
    return found


def source_files(root: Path = SOURCES) -> list[Path]:
    """Every Python file lupdate reads (sorted, so runs are reproducible)."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(language: str, ts: Path, sources: list[Path] | None = None) -> str:
    """Merge the strings of ``sources`` into ``ts`` (created if missing); lupdate's report."""
    files = [str(p) for p in (sources if sources is not None else source_files())]
    cmd = [_tool("lupdate"), *files, "-locations", "none", "-no-obsolete", "-source-language", "en",
           "-target-language", language, *LANGUAGES.get(language, []), "-ts", str(ts)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"lupdate failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    strip_extracomments(ts)
    return (proc.stdout + proc.stderr).strip()


_EXTRACOMMENT = re.compile(r"^[ \t]*<extracomment>.*?</extracomment>\n", re.MULTILINE | re.DOTALL)


def strip_extracomments(ts: Path) -> None:
    """Drop <extracomment>s: lupdate takes every ``#:`` comment before a string as a note for
    translators, and our ``#:`` comments document attributes, not strings (context for a
    translator goes in the disambiguation: ``self.tr("Open", "verb")``)."""
    text = ts.read_text(encoding="utf-8")
    stripped = _EXTRACOMMENT.sub("", text)
    if stripped != text:
        ts.write_text(stripped, encoding="utf-8")


def run_lrelease(ts: Path, qm: Path) -> str:
    """Compile ``ts`` into ``qm``; lrelease's report."""
    proc = subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"lrelease failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return (proc.stdout + proc.stderr).strip()


# ---- reading a .ts --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str          # the disambiguation
    numerus: bool
    translations: tuple[str, ...]   # one, or one per plural form
    kind: str             # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> tuple[dict, list[Message]]:
    """(the <TS> attributes, every message) of a .ts file."""
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = tr.findall("numerusform") if tr is not None else []
            texts = tuple((f.text or "") for f in forms) if forms else ((tr.text or "") if tr is not None else "",)
            out.append(Message(name, msg.findtext("source") or "", msg.findtext("comment") or "",
                               msg.get("numerus") == "yes", texts, (tr.get("type") or "") if tr is not None else ""))
    return dict(root.attrib), out


def problems(language: str, folder: Path = I18N) -> list[str]:
    """What is stale or missing for ``language``: the .ts against the code, unfinished messages,
    the .qm against the .ts. Empty when all is current. Changes nothing in ``folder``."""
    ts, qm = ts_path(language, folder), qm_path(language, folder)
    if not ts.is_file():
        return [f"{ts.name} is missing: run scripts/update_translations.py"]
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copy(ts, fresh)
        run_lupdate(language, fresh)
        _, before = read_ts(ts)
        _, after = read_ts(fresh)
        old_keys, new_keys = {m.key for m in before}, {m.key for m in after}
        for key in sorted(new_keys - old_keys):
            out.append(f"{ts.name}: new message in the code, not in the .ts: {key}")
        for key in sorted(old_keys - new_keys):
            out.append(f"{ts.name}: message no longer in the code: {key}")
        numerus = {m.key: m.numerus for m in after}
        for m in before:
            if m.key in numerus and numerus[m.key] != m.numerus:
                out.append(f"{ts.name}: plural form changed for {m.key}")
        for m in before:
            if m.kind or not all(m.translations):
                out.append(f"{ts.name}: unfinished: {m.key}")
        if not qm.is_file():
            out.append(f"{qm.name} is missing: run scripts/update_translations.py")
        else:
            compiled = Path(tmp) / qm.name
            run_lrelease(ts, compiled)
            if not filecmp.cmp(compiled, qm, shallow=False):
                out.append(f"{qm.name} is not what lrelease makes of {ts.name}: run scripts/update_translations.py")
    return out


def apply_translations(entries: list[dict], folder: Path = I18N) -> int:
    """Write ``entries`` (see ``--apply``) into the .ts files; returns how many were applied.
    Raises KeyError for an entry that matches no message (a typo must not pass silently)."""
    by_lang: dict[str, list[dict]] = {}
    for e in entries:
        by_lang.setdefault(e.get("language", "ru"), []).append(e)
    applied = 0
    for lang, items in by_lang.items():
        path = ts_path(lang, folder)
        tree = ET.parse(path)
        index = {}
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                index[(name, msg.findtext("source") or "", msg.findtext("comment") or "")] = msg
        for e in items:
            key = (e["context"], e["source"], e.get("comment", ""))
            if key not in index:
                raise KeyError(f"{path.name}: no message {key}")
            tr = index[key].find("translation")
            for child in list(tr):
                tr.remove(child)
            value = e["translation"]
            if index[key].get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            tr.attrib.pop("type", None)
            applied += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return applied


def summary(language: str, folder: Path = I18N) -> str:
    _, msgs = read_ts(ts_path(language, folder))
    unfinished = sum(1 for m in msgs if m.kind or not all(m.translations))
    plural = sum(1 for m in msgs if m.numerus)
    return (f"{ts_path(language, folder).name}: {len(msgs)} messages ({plural} with plural forms), "
            f"{unfinished} unfinished")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is stale")
    parser.add_argument("--apply", metavar="FILE.json", help="fill in the translations listed in FILE.json first")
    args = parser.parse_args(argv)
    if args.apply:
        import json

        with open(args.apply, encoding="utf-8") as fh:
            print(f"applied {apply_translations(json.load(fh))} translation(s) from {args.apply}")
    if args.check:
        found = [p for lang in LANGUAGES for p in problems(lang)]
        for p in found:
            print(p)
        print("translations are current" if not found else f"{len(found)} problem(s)")
        return 1 if found else 0
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        print(run_lupdate(lang, ts_path(lang)))
        print(run_lrelease(ts_path(lang), qm_path(lang)))
        print(summary(lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
