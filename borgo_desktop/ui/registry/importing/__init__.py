"""Import of households or units from a spreadsheet: file choice, checked preview, import."""

from borgo_desktop.ui.registry.importing import kinds
from borgo_desktop.ui.registry.importing.import_dialog import ImportDialog

__all__ = ["ImportDialog", "kinds"]
