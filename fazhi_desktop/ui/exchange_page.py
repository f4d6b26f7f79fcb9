"""交换: packages to and from the office above or below, their receipts, and what is waiting.

The page lists, per peer office, what was sent and acknowledged, which packages are missing, and the
records held back (waiting for their case, or needing a person's look). Export and import run in the
background with progress and cancel (ui/worker.py); a cancelled import writes nothing. Everything is
done by the same services as `fazhi exchange` (services/exchange/*).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.progress import CancelCheck, Progress
from fazhi_desktop.services.exchange.exporting import ExportResult, export_package
from fazhi_desktop.services.exchange.files import read_package_file, receipt_path_for, write_atomically
from fazhi_desktop.services.exchange.importing import ImportResult, import_package
from fazhi_desktop.services.exchange.records_in import ImportCancelled
from fazhi_desktop.services.exchange.status import ExchangeStatus, HeldRecord, PeerStatus, exchange_status
from fazhi_desktop.ui import worker
from fazhi_desktop.ui.record_table import Column, RecordTableModel, RecordTableView
from fazhi_desktop.ui.session import UiSession

log = logging.getLogger(__name__)

RIGHT = Qt.AlignmentFlag.AlignRight


@dataclass(frozen=True)
class Imported:
    """An import's result and where its receipt was written (None for a dry run or a receipt)."""

    result: ImportResult
    receipt: Path | None


class ExchangePage(QWidget):
    """Two buttons, the peers' state and the held records."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.status: ExchangeStatus | None = None
        self._kinds = {
            "directory": self.tr("Directory entries"),
            "petitioners": self.tr("Petitioners"),
            "matters": self.tr("Matters"),
            "cases": self.tr("Cases"),
            "steps": self.tr("Steps"),
            "attachments": self.tr("Attachments"),
            "outreach": self.tr("Outreach events"),
            "study": self.tr("Study records"),
            "reception": self.tr("Reception records"),
            "receipts": self.tr("Receipts"),
        }
        self._outcomes = {
            "imported": self.tr("new"),
            "updated": self.tr("updated"),
            "duplicate": self.tr("already here"),
            "conflict": self.tr("conflicts"),
            "pending": self.tr("waiting for their case"),
            "refused": self.tr("not imported"),
            "confirmed": self.tr("confirmed"),
        }
        self._held_states = {
            "pending": self.tr("Waiting for its case"),
            "quarantine": self.tr("To be looked at"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        hint = QLabel(
            self.tr(
                "Exchange packages carry records between this office and the office above or below, on a "
                "USB stick. Import answers every package with a receipt file: hand it back to the sender."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export a package…"), self)
        self.export_button.setObjectName("exchangeExport")
        self.import_button = QPushButton(self.tr("Import a package or receipt…"), self)
        self.import_button.setObjectName("exchangeImport")
        self.dry_run = QCheckBox(self.tr("Check only, write nothing"), self)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.dry_run)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result_label = QLabel("", self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        layout.addWidget(QLabel(self.tr("Offices exchanged with"), self))
        self.peers: RecordTableModel[PeerStatus] = RecordTableModel(self._peer_columns(), parent=self)
        self.peers_view = RecordTableView(self.peers, self)
        layout.addWidget(self.peers_view, 1)
        layout.addWidget(QLabel(self.tr("Records held back"), self))
        self.held: RecordTableModel[HeldRecord] = RecordTableModel(self._held_columns(), parent=self)
        self.held_view = RecordTableView(self.held, self)
        layout.addWidget(self.held_view, 1)
        self._connect()
        self.refresh()

    def _peer_columns(self) -> list[Column[PeerStatus]]:
        return [
            Column(self.tr("Office"), lambda p: f"{p.name}（{p.code}）"),
            Column(self.tr("Packages sent"), lambda p: str(len(p.sent)), RIGHT),
            Column(self.tr("Awaiting receipt"), lambda p: self._numbers(p.waiting)),
            Column(self.tr("Records not yet confirmed"), lambda p: str(p.unconfirmed_records), RIGHT),
            Column(self.tr("Packages received"), lambda p: self._numbers(p.received)),
            Column(self.tr("Missing"), lambda p: "；".join(p.missing) or self.tr("none")),
        ]

    def _held_columns(self) -> list[Column[HeldRecord]]:
        return [
            Column(self.tr("List"), lambda h: self._held_states.get(h.state, h.state)),
            Column(self.tr("Kind"), lambda h: self._kinds.get(h.kind, h.kind)),
            Column(self.tr("From"), lambda h: h.sender_code),
            Column(self.tr("Reason"), lambda h: h.reason),
            Column(self.tr("Record"), lambda h: h.record_uuid),
        ]

    def _numbers(self, sequences: list[int]) -> str:
        return "、".join(str(n) for n in sequences) if sequences else self.tr("none")

    def _connect(self) -> None:
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)

    def refresh(self) -> None:
        try:
            self.status = exchange_status(self.session.ctx)
        except UserError as exc:  # no office set yet
            self.result_label.setText(exc.message)
            return
        self.peers.set_records(self.status.peers)
        self.held.set_records(self.status.held)
        self.peers_view.fit_columns()
        self.held_view.fit_columns()

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    # Export -------------------------------------------------------------------------------------

    def _on_export_button_clicked(self) -> None:
        peers = self.status.peers if self.status else []
        if not peers:
            QMessageBox.information(
                self,
                self.tr("No office to send to"),
                self.tr("This office knows no office above or below it. Add one under Settings › Offices."),
            )
            return
        choice = peers[0]
        if len(peers) > 1:
            names = [f"{p.name}（{p.code}）" for p in peers]
            name, ok = QInputDialog.getItem(
                self, self.tr("Export a package"), self.tr("Send to:"), names, 0, False
            )
            if not ok:
                return
            choice = peers[names.index(name)]
        suggested = f"交换包-{self.status.office_code if self.status else ''}-{choice.code}-{clock.today():%Y%m%d}.zip"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the package"), suggested, self.tr("Exchange packages (*.zip)")
        )
        if path:
            self.export_to(choice.code, Path(path))

    def export_to(self, code: str, path: Path) -> worker.ProgressWatcher:
        ctx = self.session.ctx

        def work(progress: Progress, cancelled: CancelCheck) -> tuple[ExportResult, Path]:
            result = export_package(ctx, code)
            write_atomically(path, result.data)
            return result, path

        self._busy(True)
        return worker.start(self, self.tr("Exporting the package…"), work, self._on_exported, self._on_failed)

    def _on_exported(self, outcome: tuple[ExportResult, Path]) -> None:
        self._busy(False)
        result, path = outcome
        counts = self._kind_counts({k: {"": v} for k, v in result.counts.items()}) or self.tr(
            "no new records"
        )
        self.result_label.setText(
            self.tr("Package no. %1 for %2 saved to %3: %4.")
            .replace("%1", str(result.sequence))
            .replace("%2", result.receiver_name)
            .replace("%3", str(path))
            .replace("%4", counts)
        )
        self.refresh()

    # Import -------------------------------------------------------------------------------------

    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a package or receipt"),
            "",
            self.tr("Packages and receipts (*.zip *.receipt);;All files (*)"),
        )
        if path:
            self.import_from(Path(path), dry_run=self.dry_run.isChecked())

    def import_from(self, path: Path, *, dry_run: bool = False) -> worker.ProgressWatcher:
        ctx = self.session.ctx

        def work(progress: Progress, cancelled: CancelCheck) -> Imported:
            result = import_package(
                ctx, read_package_file(path), dry_run=dry_run, cancelled=cancelled, progress=progress
            )
            receipt = None
            if result.receipt is not None:
                receipt = receipt_path_for(path)
                write_atomically(receipt, result.receipt)
            return Imported(result, receipt)

        self._busy(True)
        return worker.start(self, self.tr("Importing the package…"), work, self._on_imported, self._on_failed)

    def _on_imported(self, imported: Imported) -> None:
        self._busy(False)
        result = imported.result
        if result.is_receipt:
            text = (
                self.tr("Receipt from %1 imported: %2 records confirmed.")
                .replace("%1", result.sender_name)
                .replace("%2", str(result.confirmed))
            )
        else:
            head = self.tr("Checked, nothing written: ") if result.dry_run else ""
            text = head + self.tr("Package no. %1 from %2: %3.").replace("%1", str(result.sequence)).replace(
                "%2", result.sender_name
            ).replace("%3", self._kind_counts(result.counts) or self.tr("no records"))
        lines = [text]
        if result.already_imported:
            lines.append(self.tr("This package had been imported before; nothing changed."))
        if result.conflicts:
            lines.append(
                self.tr("%1 records differ from ours and wait in the list below to be looked at.").replace(
                    "%1", str(len(result.conflicts))
                )
            )
        lines += result.gaps
        if imported.receipt is not None:
            lines.append(
                self.tr("Receipt written to %1: hand it to the sender to import.").replace(
                    "%1", str(imported.receipt)
                )
            )
        self.result_label.setText("\n".join(lines))
        self.refresh()

    def _kind_counts(self, counts: dict[str, dict[str, int]]) -> str:
        parts = []
        for kind, outcomes in counts.items():
            told = "，".join(f"{self._outcomes.get(o, o)} {n}" if o else str(n) for o, n in outcomes.items())
            parts.append(f"{self._kinds.get(kind, kind)} {told}")
        return "；".join(parts)

    # Both ---------------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

    def _on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ImportCancelled):
            self.result_label.setText(exc.message)
        elif isinstance(exc, UserError):
            self.result_label.setText(exc.message)
            QMessageBox.warning(self, self.tr("Not done"), exc.message)
        else:
            raise exc  # a bug: the crash dialog shows it
