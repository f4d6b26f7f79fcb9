"""The wizard's mapping page: each column of the ledger's header with the field it is read into,
changeable by a combo box and remembered for the same header row next time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from fazhi_desktop.excel.ledger_columns import LEDGER_COLUMNS
from fazhi_desktop.services.ledger.importing import LedgerPlan


def field_labels() -> dict[str, str]:
    """Every field a column can be read into, in the wizard's words."""

    labels = {
        "number": QCoreApplication.translate("LedgerFields", "Case number"),
        "upper_number": QCoreApplication.translate("LedgerFields", "Higher level's number"),
        "registered_on": QCoreApplication.translate("LedgerFields", "Registration date"),
        "received_on": QCoreApplication.translate("LedgerFields", "Date the letter was received"),
        "channel": QCoreApplication.translate("LedgerFields", "Channel"),
        "source": QCoreApplication.translate("LedgerFields", "Source"),
        "name": QCoreApplication.translate("LedgerFields", "Petitioner"),
        "id_number": QCoreApplication.translate("LedgerFields", "ID number"),
        "phone": QCoreApplication.translate("LedgerFields", "Phone"),
        "co_petitioners": QCoreApplication.translate("LedgerFields", "Co-petitioners"),
        "address": QCoreApplication.translate("LedgerFields", "Address"),
        "head_count": QCoreApplication.translate("LedgerFields", "Head count"),
        "region": QCoreApplication.translate("LedgerFields", "Township (place of the problem)"),
        "category": QCoreApplication.translate("LedgerFields", "Content category"),
        "purpose": QCoreApplication.translate("LedgerFields", "Purpose"),
        "nature": QCoreApplication.translate("LedgerFields", "Nature"),
        "summary": QCoreApplication.translate("LedgerFields", "Main request"),
        "repeat_of": QCoreApplication.translate("LedgerFields", "Number of the first case (repeat petition)"),
        "route_kind": QCoreApplication.translate("LedgerFields", "Forwarded or assigned"),
        "routed_on": QCoreApplication.translate("LedgerFields", "Date forwarded or assigned"),
        "unit": QCoreApplication.translate("LedgerFields", "Responsible unit"),
        "returned_on": QCoreApplication.translate("LedgerFields", "Date sent back by the unit"),
        "accepted_on": QCoreApplication.translate("LedgerFields", "Acceptance date"),
        "signed_on": QCoreApplication.translate("LedgerFields", "Date signed for by the unit"),
        "extension_days": QCoreApplication.translate("LedgerFields", "Days of extension"),
        "answered_on": QCoreApplication.translate("LedgerFields", "Reply date"),
        "result": QCoreApplication.translate("LedgerFields", "Result of handling"),
        "delivered_on": QCoreApplication.translate("LedgerFields", "Delivery date"),
        "satisfaction": QCoreApplication.translate("LedgerFields", "Satisfaction"),
        "review_asked_on": QCoreApplication.translate("LedgerFields", "Date a review was asked for"),
        "reviewed_on": QCoreApplication.translate("LedgerFields", "Date of the review decision"),
        "recheck_asked_on": QCoreApplication.translate("LedgerFields", "Date a recheck was asked for"),
        "leader_on": QCoreApplication.translate("LedgerFields", "Date a leader took the case on"),
        "state": QCoreApplication.translate("LedgerFields", "State"),
        "closed_on": QCoreApplication.translate("LedgerFields", "Closing date"),
        "filed_on": QCoreApplication.translate("LedgerFields", "Date of the termination filing"),
        "notes": QCoreApplication.translate("LedgerFields", "Notes"),
    }
    assert set(labels) == set(LEDGER_COLUMNS) - {"serial"}
    return labels


class MappingPage(QWizardPage):
    """The header's columns and the field each is read into."""

    def __init__(self, parent: QWizardPage | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Check what each column of the ledger holds. Columns set to “Not imported” are left out.")
        )
        self.plan: LedgerPlan | None = None
        self.labels = field_labels()
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("ledgerMapping")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the ledger"), self.tr("Imported as")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.where = QLabel(self)
        self.remember = QCheckBox(self.tr("Remember these choices for ledgers with this header"), self)
        self.remember.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remember)
        self.combos: dict[int, QComboBox] = {}

    def show_plan(self, plan: LedgerPlan) -> None:
        self.plan = plan
        self.where.setText(
            self.tr("Sheet “%1”, header in row %2.")
            .replace("%1", plan.sheet)
            .replace("%2", str(plan.header_row))
        )
        columns = [i for i, h in enumerate(plan.headers) if h]
        self.table.setRowCount(len(columns))
        self.combos = {}
        for row, index in enumerate(columns):
            self.table.setItem(row, 0, QTableWidgetItem(plan.headers[index]))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("Not imported"), "")
            for name, label in self.labels.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(combo.findData(plan.mapping.get(index, "")), 0))
            self.table.setCellWidget(row, 1, combo)
            self.combos[index] = combo
        self.table.resizeRowsToContents()

    def mapping(self) -> dict[int, str | None]:
        """Column index → field chosen (None: not imported)."""
        return {index: (combo.currentData() or None) for index, combo in self.combos.items()}

    def choose(self, index: int, name: str | None) -> None:
        """Set a column's field (as the user would with the combo box)."""
        combo = self.combos[index]
        combo.setCurrentIndex(max(combo.findData(name or ""), 0))
