"""The translation conventions that pyside6-lupdate and PySide6 need, checked over guiapp/ (AST):

- ``X = TrContext("Y")``: X == Y (lupdate takes the variable's name as the context).
- ``QCoreApplication.translate``: no keyword arguments, and no plural argument but a literal
  number (lupdate reads a variable fourth argument as an "encoding": the plural form, or the whole
  message, is lost). Plurals go through ``self.tr(text, "", n)`` or ``Name.tr(text, "", n)``.
- The text given to ``tr`` / ``translate`` / ``QT_TRANSLATE_NOOP`` is never an f-string, a
  ``+``/``%`` expression or a ``.format()`` call (lupdate would store the template with the
  braces, or nothing), and a translated string is never concatenated, ``.format``-ed or
  ``.arg``-ed (PySide6's tr returns a Python str: no ``.arg``; use ``i18n.arg``).
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_TR_NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


_APPS = {"QCoreApplication", "QGuiApplication", "QApplication"}


def _call_name(node: ast.Call) -> str | None:
    """"tr", "translate" (of Q*Application only: QPainter.translate is no translation), ..."""
    f = node.func
    if isinstance(f, ast.Attribute):
        if f.attr == "translate" and not (isinstance(f.value, ast.Name) and f.value.id in _APPS):
            return None
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return None


def _literal_str(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_tr_call(node) -> bool:
    return isinstance(node, ast.Call) and _call_name(node) in _TR_NAMES


def _text_arg(node: ast.Call):
    name = _call_name(node)
    index = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
    return node.args[index] if len(node.args) > index else None


def _bad_text(arg) -> str | None:
    if isinstance(arg, ast.JoinedStr):
        return "an f-string"
    if isinstance(arg, ast.BinOp):
        return "a + or % expression"
    if isinstance(arg, ast.Call) and _call_name(arg) == "format":
        return "a .format() call"
    return None


def _literal_int(node) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    return isinstance(node, ast.Constant) and isinstance(node.value, int)


def violations(source: str, filename: str = "<string>") -> list[str]:
    tree = ast.parse(source, filename)
    out = []

    def where(node) -> str:
        return f"{filename}:{node.lineno}"

    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and _call_name(node.value) == "TrContext":
            args = node.value.args
            name = args[0].value if args and isinstance(args[0], ast.Constant) else None
            for target in node.targets:
                if not isinstance(target, ast.Name) or target.id != name:
                    out.append(f"{where(node)}: TrContext({name!r}) must be assigned to a variable named {name}")
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name == "translate" and len(node.args) >= 2 and all(_literal_str(a) for a in node.args[:2]):
            # (lupdate only reads calls with a literal context and text; wrappers pass variables)
            if node.keywords:
                out.append(f"{where(node)}: translate() with keyword arguments: lupdate drops the message")
            if len(node.args) >= 4 and not _literal_int(node.args[3]):
                out.append(f"{where(node)}: translate() with a plural argument: lupdate loses it "
                           "(use self.tr(text, '', n) or a TrContext)")
        if name in _TR_NAMES:
            bad = _bad_text(_text_arg(node))
            if bad:
                out.append(f"{where(node)}: the text of {name}() is {bad}: lupdate cannot read it")
        # what is done with a translated string
        if isinstance(node.func, ast.Attribute) and _is_tr_call(node.func.value) and node.func.attr in ("arg", "format"):
            out.append(f"{where(node)}: .{node.func.attr}() on a translated string: use i18n.arg(template, ...)")
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)) and (
                _is_tr_call(node.left) or _is_tr_call(node.right)):
            out.append(f"{where(node)}: a translated string joined with + or %: use one template with %1")
    return out


def test_guiapp_follows_the_translation_conventions():
    found = []
    for path in sorted((ROOT / "guiapp").rglob("*.py")):
        found += violations(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == []


def test_the_convention_check_finds_each_mistake():
    bad = textwrap.dedent('''
        Errs = TrContext("Errors")
        QCoreApplication.translate("C", "%n x(s)", "", n)
        QCoreApplication.translate("C", "text", disambiguation="d")
        class P(QWidget):
            def m(self, name, n):
                self.tr(f"Hello {name}")
                self.tr("Epoch %1").arg(n)
                self.tr("Epoch {}").format(n)
                self.tr("Loss: ") + str(n)
                QT_TRANSLATE_NOOP("P", "a" + "b")
    ''')
    found = "\n".join(violations(bad))
    for expected in ("must be assigned to a variable named Errors", "with a plural argument",
                     "with keyword arguments", "is an f-string", ".arg() on a translated string",
                     ".format() on a translated string", "joined with + or %", "is a + or % expression"):
        assert expected in found, expected
    good = textwrap.dedent('''
        Errors = TrContext("Errors")
        QCoreApplication.translate("C", "%n x(s)", "", 1)
        class P(QWidget):
            def m(self, n):
                arg(self.tr("Epoch %1 of %2"), n, 10)
                self.tr("%n epoch(s)", "", n)
                Errors.tr("%n row(s)", "", len(n))
                self.tr(TITLES[n])
    ''')
    assert violations(good) == []
