"""An import-linter contract type for one rule the built-in ones cannot state: the listed
packages may use only some of PySide6's modules (the middle layer: QtCore only, no widgets).

import-linter sees an external package such as PySide6 as one module, so a ``forbidden``
contract cannot tell ``PySide6.QtCore`` from ``PySide6.QtWidgets``. This contract reads the
import statements grimp recorded for every import of PySide6 from the source packages.
"""

from __future__ import annotations

import re

from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck

_QT_MODULE = re.compile(r"\bPySide6\.(Qt\w+)")


class QtModulesContract(Contract):
    """Options: ``source_modules`` (packages checked), ``allowed_qt_modules`` (e.g. QtCore)."""

    type_name = "qt_modules"

    source_modules = fields.ListField(subfield=fields.StringField())
    allowed_qt_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:
        allowed = set(self.allowed_qt_modules)
        bad = []
        for package in self.source_modules:
            modules = {package} | set(graph.find_descendants(package))
            for module in sorted(modules):
                if "PySide6" not in graph.find_modules_directly_imported_by(module):
                    continue
                for detail in graph.get_import_details(importer=module, imported="PySide6"):
                    line = detail["line_contents"]
                    used = set(_QT_MODULE.findall(line))
                    if not used or used - allowed:
                        bad.append({"module": module, "line_number": detail["line_number"], "line": line})
        return ContractCheck(kept=not bad, metadata={"bad": bad})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for item in check.metadata["bad"]:
            output.print_error(f"{item['module']}:{item['line_number']} may import only "
                               f"{', '.join(self.allowed_qt_modules)} from PySide6: {item['line']}")
            output.new_line()
