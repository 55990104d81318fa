"""Starting the GUI: first-run wizard or unlock dialog, then the main window; and the
screenshot mode used for documentation."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog

from vnr_desk.i18n import ENV_LANGUAGE
from vnr_desk.process_guard import install_quiet_excepthook
from vnr_desk.store.paths import VaultPaths
from vnr_desk.ui import translations
from vnr_desk.ui.first_run import FirstRunWizard
from vnr_desk.ui.settings import LANGUAGE, VAULT_LANGUAGE, AppSettings
from vnr_desk.ui.unlock import UnlockDialog
from vnr_desk.ui.worker import SyncWorker, Worker

if TYPE_CHECKING:  # the database stack loads after the first window is up
    from vnr_desk.store.keyslots import Argon2Params
    from vnr_desk.store.vault import Vault


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("VNR Desk")
    app.setOrganizationName("VNR Desk")
    app.setApplicationDisplayName("VNR Desk")
    return app


def run_gui(vault_dir: Path, kdf_params: Argon2Params | None = None) -> int:
    install_quiet_excepthook()  # an error in a slot must not print case data to a log
    app = application()
    settings = AppSettings()
    translations.install(
        app, translations.choose_language(settings.get(LANGUAGE), settings.get(VAULT_LANGUAGE))
    )
    worker = Worker()
    vault: Vault | None
    if VaultPaths(vault_dir).exists():
        dialog = UnlockDialog(vault_dir, worker, kdf_params)
        dialog.quit_requested.connect(dialog.quit)
        vault = dialog.vault if dialog.exec() == QDialog.DialogCode.Accepted else None
    else:
        wizard = FirstRunWizard(vault_dir, worker, kdf_params)
        wizard.exec()
        vault = wizard.vault
    if vault is None:
        return 0
    from vnr_desk.ui.main_window import MainWindow

    follow_edition(app, vault, settings)
    window = MainWindow(vault, worker, settings, kdf_params)
    app.aboutToQuit.connect(window.shutdown)
    window.present()
    return app.exec()


def vault_edition(vault: Vault) -> str:
    from vnr_desk.services.settings import edition

    with vault.session() as s:
        return edition(s)


def follow_edition(app: QApplication, vault: Vault, settings: AppSettings) -> str:
    """After unlock: speak the vault's edition unless this laptop chose a language."""
    code = vault_edition(vault)
    settings.set(VAULT_LANGUAGE, code)
    language = translations.choose_language(settings.get(LANGUAGE), code)
    if language != translations.current():
        translations.install(app, language)
    return language


def take_screenshot(
    vault: Vault,
    out_file: Path,
    case_reference: str | None = None,
    tab: str | None = None,
    size: QSize = QSize(1366, 768),  # noqa: B008
) -> None:
    """Render the window (optionally a case at a tab) to a PNG, then lock."""
    from vnr_desk.services.cases import get_case
    from vnr_desk.ui.main_window import MainWindow

    app = application()
    chosen = os.environ.get(ENV_LANGUAGE, "")  # the screenshot's language, else the vault's
    translations.install(app, translations.choose_language(chosen, vault_edition(vault)))
    window = MainWindow(vault, SyncWorker(), AppSettings())
    try:
        window.resize(size)
        window.show()
        if case_reference:
            with vault.session() as s:
                case_id = get_case(s, case_reference).id
            window.open_case(case_id, tab)
        for _ in range(5):
            app.processEvents()
        if not window.grab().save(str(out_file), "PNG"):
            raise OSError(f"could not write {out_file}")
    finally:
        window.shutdown()
        window.close()
