"""The workbook's team parts: the status line with its sync action, the conflicts view,
joining a server (Settings → Team) and the team's lists from the server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from vnr_desk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the Team menu and the status line to the main window. Strings are translated in
    the "Team" context: `window.tr()` here was filed by lupdate under a context named
    "window", which no class has, so the menu stayed English in a Danish workbook."""
    from vnr_desk.ui.team.conflicts import show_conflicts
    from vnr_desk.ui.team.join import show_join
    from vnr_desk.ui.team.lists import show_team_lists
    from vnr_desk.ui.team.status import TeamStatusLine

    window.team_status = TeamStatusLine(window.session, window)
    window.statusBar().addPermanentWidget(window.team_status, 1)
    window.team_status.synced.connect(window.refresh)
    menu = QMenu(QCoreApplication.translate("Team", "&Team"), window)
    bar_actions = window.menuBar().actions()
    if bar_actions:  # before Help, which stays last
        window.menuBar().insertMenu(bar_actions[-1], menu)
    else:
        window.menuBar().addMenu(menu)
    menu.setObjectName("team_menu")
    items = (
        (
            "team_join",
            QCoreApplication.translate("Team", "&Join a team server…"),
            "",
            lambda: show_join(window),
        ),
        (
            "team_sync",
            QCoreApplication.translate("Team", "&Sync now"),
            "Ctrl+Shift+Y",
            window.team_status.sync,
        ),
        (
            "team_conflicts",
            QCoreApplication.translate("Team", "&Conflicts…"),
            "",
            lambda: show_conflicts(window),
        ),
        (
            "team_lists",
            QCoreApplication.translate("Team", "Unit &cases and team deadlines…"),
            "",
            lambda: show_team_lists(window),
        ),
    )
    by_name: dict[str, QAction] = {}
    for name, text, shortcut, slot in items:
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False, slot=slot: slot())
        menu.addAction(action)
        by_name[name] = action

    def joined(yes: bool) -> None:
        """Join only before, the rest only after: Conflicts… in a vault that had not joined
        ended in an unhandled "has not joined" error."""
        by_name["team_join"].setEnabled(not yes)
        for name in ("team_sync", "team_conflicts", "team_lists"):
            by_name[name].setEnabled(yes)

    joined(False)
    window.team_status.joined_known.connect(joined)
