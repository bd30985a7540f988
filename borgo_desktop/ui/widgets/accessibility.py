"""Every control has an accessible name: what a screen reader says when it lands on it.

Most fields are named where they are built (``setAccessibleName``); ``install`` puts an
application-wide event filter that names, as it is shown, every control still unnamed, from
the nearest thing a sighted user reads as its name: the label whose buddy it is, its tooltip,
its placeholder, the box or tab it sits alone in, its window's title. A button or check box
with text is named by its text (Qt reads it), so it is left alone.

``unnamed_controls`` lists the visible controls without a name, for the tests.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLayout, QWidget

from borgo_desktop.ui.widgets import app_filters

# Kinds are asked of Qt by class name (QObject.inherits): the filter runs from the first
# window on, and naming the Python classes would load each one's enums before the login.
CONTROLS = ("QAbstractButton", "QLineEdit", "QComboBox", "QAbstractSpinBox", "QTextEdit",
            "QPlainTextEdit", "QAbstractItemView", "QTabBar", "QAbstractSlider")
AUTO = "borgo_auto_accessible_name"  # the name was made here (a label may still improve it)
MAX_LABEL = 60
_TAGS = re.compile(r"<[^>]+>")


def clean(text: str) -> str:
    """A label's text as a name: no markup, no accelerator marks, no trailing colon."""
    text = _TAGS.sub("", text or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def _kind(obj: QObject | None, *class_names: str) -> bool:
    return obj is not None and any(obj.inherits(name) for name in class_names)


def is_control(widget: QWidget) -> bool:
    return _kind(widget, *CONTROLS) and not _is_part(widget)


def _is_part(widget: QWidget) -> bool:
    """Qt's own pieces of a larger control (a spin box's line edit, a combo's editor) and
    Qt's private classes (a tab's close button, which Qt names itself): the screen reader
    meets the control, which is named. A private class shows under the name of its public
    base (CloseButton as QAbstractButton), and must not be renamed: Qt crashes."""
    if widget.metaObject().className() != type(widget).__name__:
        return True
    if _kind(widget, "QHeaderView", "QScrollBar"):  # announced with their table or view
        return True
    parent = widget.parentWidget()
    return _kind(widget, "QLineEdit") and _kind(parent, "QAbstractSpinBox", "QComboBox")


def has_name(widget: QWidget) -> bool:
    if widget.accessibleName().strip():
        return True
    return _kind(widget, "QAbstractButton") and bool(clean(widget.text()))


def _buddy_label(widget: QWidget) -> str:
    parent = widget.parentWidget()
    if parent is None:
        return ""
    from PySide6.QtWidgets import QLabel  # not at import: see CONTROLS

    for label in parent.findChildren(QLabel):
        if label.buddy() is widget and clean(label.text()):
            return clean(label.text())
    return ""


def _label_before(widget: QWidget) -> str:
    """A label just before the control in its layout (``Mostra:`` [combo]), or the label of
    its form row, when no buddy was set."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return ""
    owner = _layout_holding(layout, widget)
    if owner is None:
        return ""
    if _kind(owner, "QFormLayout"):
        label = owner.labelForField(widget)
        return clean(label.text()) if _kind(label, "QLabel") else ""
    index = owner.indexOf(widget)
    before = owner.itemAt(index - 1).widget() if index > 0 else None
    text = clean(before.text()) if _kind(before, "QLabel") and before.buddy() is None else ""
    return text if len(text) <= MAX_LABEL else ""  # a paragraph of advice is no name


def _layout_holding(layout: QLayout, widget: QWidget) -> QLayout | None:
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        inner = layout.itemAt(i).layout()
        if inner is not None:
            found = _layout_holding(inner, widget)
            if found is not None:
                return found
    return None


def _enclosing_tab(widget: QWidget) -> str:
    """The title of the nearest tab the control sits in, however deep."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if _kind(parent, "QStackedWidget") and _kind(parent.parentWidget(), "QTabWidget"):
            tabs = parent.parentWidget()
            index = tabs.indexOf(child)
            return clean(tabs.tabText(index)) if index >= 0 else ""
        child, parent = parent, parent.parentWidget()
    return ""


def _tab_title(widget: QWidget, levels: int = 3) -> str:
    """The title of the tab ``widget`` is the page of (directly, or as its only control,
    at most ``levels`` boxes down)."""
    child, parent = widget, widget.parentWidget()
    for _level in range(levels):
        if parent is None:
            break
        if _kind(parent, "QStackedWidget") and _kind(parent.parentWidget(), "QTabWidget"):
            tabs = parent.parentWidget()
            index = tabs.indexOf(child)
            return clean(tabs.tabText(index)) if index >= 0 else ""
        if len([w for w in parent.findChildren(QWidget) if is_control(w)]) > 1:
            return ""
        child, parent = parent, parent.parentWidget()
    return ""


def _group_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not _kind(parent, "QGroupBox"):
        parent = parent.parentWidget()
    if parent is None or not clean(parent.title()):
        return ""
    controls = [w for w in parent.findChildren(QWidget) if is_control(w) and not has_name(w)]
    return clean(parent.title()) if controls == [widget] else ""


def name_for(widget: QWidget) -> str:
    """What to call an unnamed control, best first; "" if nothing reads as its name."""
    if _kind(widget, "QTabBar"):
        tabs = widget.parentWidget()
        owner = tabs.accessibleName() if _kind(tabs, "QTabWidget") else ""
        return owner or _group_title(widget) or QApplication.translate("Accessibility", "Schede")
    for found in (_buddy_label(widget), _label_before(widget), clean(widget.toolTip()),
                  clean(getattr(widget, "placeholderText", lambda: "")()),
                  _group_title(widget), _tab_title(widget), _enclosing_tab(widget)):
        if found:
            return found
    window = widget.window()
    return clean(window.windowTitle()) if window is not widget else ""


def name(widget: QWidget) -> None:
    if not is_control(widget) or has_name(widget):
        return
    found = name_for(widget)
    if found:
        widget.setAccessibleName(found)
        widget.setProperty(AUTO, True)


def _shown(watched: QObject, _event: QEvent) -> bool:
    """A widget is shown: name it if it is an unnamed control, or name its buddy from it if
    it is a label (every child shown with its window gets its own Show event)."""
    if _kind(watched, "QLabel"):
        buddy = watched.buddy()
        if buddy is not None and (not buddy.accessibleName() or buddy.property(AUTO)) \
                and clean(watched.text()):
            buddy.setAccessibleName(clean(watched.text()))
            buddy.setProperty(AUTO, None)
    elif isinstance(watched, QWidget):
        name(watched)
    return False


def install(app: QApplication) -> None:
    """Names controls as they are shown, application-wide."""
    app_filters.install_once(app, "accessible_names", QEvent.Type.Show, _shown)


def uninstall(app: QApplication) -> None:
    app_filters.uninstall(app, "accessible_names")


def unnamed_controls(top: QWidget) -> list[str]:
    """The visible controls of ``top`` a screen reader would announce without a name."""
    return [f"{type(w).__name__} {w.objectName() or '(senza nome oggetto)'} in "
            f"{type(w.window()).__name__}"
            for w in [top, *top.findChildren(QWidget)]
            if is_control(w) and w.isVisible() and not has_name(w)]
