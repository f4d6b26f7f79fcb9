"""The schema's head revision, read from the revision files without Alembic, is Alembic's."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from fazhi_desktop.store.migrate import alembic_config, head_revision, known_revisions


def test_the_head_read_from_the_files_is_alembics() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert head_revision() in known_revisions()
