"""Offices' signing keys: this office's own pair, and the public keys of the offices it trades with.

A county issues a township its key pair when it registers it (a key file the township imports with
`fazhi init … --key-file`); the file also carries the county's public key, so each side then knows
the other's. The private key of a township stays in the county's database only until it is issued.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fazhi_desktop.domain import clock
from fazhi_desktop.domain.errors import UserError
from fazhi_desktop.domain.vocab import OfficeLevel
from fazhi_desktop.exchange.signing import KeyPair, decode_key, encode_key, new_key_pair
from fazhi_desktop.services.context import Context
from fazhi_desktop.services.office.offices import local_office
from fazhi_desktop.store.models import Office, OfficeKey
from fazhi_desktop.store.writes import change

KEY_FILE_FORMAT = "fazhi-office-key/1"


@dataclass(frozen=True)
class KeyFile:
    """What a township receives from its county: its own key pair and the county's public key."""

    office_code: str
    office_name: str
    keys: KeyPair
    issuer_code: str
    issuer_name: str
    issuer_public: bytes

    def to_text(self) -> str:
        return json.dumps(
            {
                "format": KEY_FILE_FORMAT,
                "office": {"code": self.office_code, "name": self.office_name},
                "algorithm": self.keys.algorithm,
                "private": encode_key(self.keys.private),
                "public": encode_key(self.keys.public),
                "issuer": {
                    "code": self.issuer_code,
                    "name": self.issuer_name,
                    "public": encode_key(self.issuer_public),
                },
            },
            ensure_ascii=False,
            indent=1,
        )


def parse_key_file(text: str) -> KeyFile:
    bad = UserError("这不是本程序的单位密钥文件。请使用县信访局登记本单位时生成的文件（.key）。")
    try:
        body = json.loads(text)
        if body.get("format") != KEY_FILE_FORMAT:
            raise bad
        office, issuer = body["office"], body["issuer"]
        keys = KeyPair(str(body["algorithm"]), decode_key(body["private"]), decode_key(body["public"]))
        return KeyFile(
            str(office["code"]),
            str(office["name"]),
            keys,
            str(issuer["code"]),
            str(issuer["name"]),
            decode_key(issuer["public"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise bad from None


def key_of(session: Session, office: Office) -> OfficeKey | None:
    return session.scalar(select(OfficeKey).where(OfficeKey.office_id == office.id))


def store_key(session: Session, office: Office, algorithm: str, public: bytes, private: bytes | None) -> None:
    """Keep `office`'s key (replacing an earlier one: a township given a new pair)."""
    row = key_of(session, office)
    if row is None:
        row = OfficeKey(office_id=office.id, algorithm=algorithm, public_key=public, created_at=clock.now())
        session.add(row)
    row.algorithm, row.public_key, row.private_key = algorithm, public, private
    session.flush()


def own_keys(session: Session, office: Office) -> KeyPair:
    """This office's key pair, made the first time it is needed."""
    row = key_of(session, office)
    if row is None or row.private_key is None:
        pair = new_key_pair()
        store_key(session, office, pair.algorithm, pair.public, pair.private)
        return pair
    return KeyPair(row.algorithm, row.private_key, row.public_key)


def issue_key_file(session: Session, local: Office, township: Office) -> KeyFile:
    """A new key pair for `township`: its public half kept here, the whole given to it as a file."""
    if township.level is not OfficeLevel.TOWNSHIP:
        raise UserError(f"只能为乡镇单位生成密钥文件，「{township.name}」不是乡镇。")
    issuer = own_keys(session, local)
    pair = new_key_pair()
    store_key(session, township, pair.algorithm, pair.public, None)
    return KeyFile(township.code, township.name, pair, local.code, local.name, issuer.public)


def accept_key_file(session: Session, local: Office, parent: Office, key_file: KeyFile) -> None:
    """Take the pair the county issued to this township, and the county's public key."""
    if key_file.office_code != local.code:
        raise UserError(
            f"密钥文件是发给单位 {key_file.office_code} 的，本数据库属于 {local.code}。请使用发给本单位的文件。"
        )
    if key_file.issuer_code != parent.code:
        raise UserError(f"密钥文件由 {key_file.issuer_code} 签发，本单位的上级是 {parent.code}。")
    store_key(session, local, key_file.keys.algorithm, key_file.keys.public, key_file.keys.private)
    store_key(session, parent, key_file.keys.algorithm, key_file.issuer_public, None)


def public_key(session: Session, code: str) -> tuple[str, bytes] | None:
    """The algorithm and public key of the office with `code`, when it is registered here with one."""
    row = session.execute(
        select(OfficeKey.algorithm, OfficeKey.public_key)
        .join(Office, Office.id == OfficeKey.office_id)
        .where(Office.code == code, Office.retired.is_(False))
    ).first()
    return (row[0], row[1]) if row else None


def issue_township_key(ctx: Context, code: str) -> KeyFile:
    """On the county: a new key pair for the township `code`, returned as the file to hand it."""
    with change(ctx.db, ctx.actor, "exchange.issue_key") as current:
        session = current.session
        local = local_office(session)
        township = session.scalar(select(Office).where(Office.code == code.strip()))
        if township is None:
            raise UserError(f"单位 {code} 未登记。请先用 fazhi office add 登记它。")
        key_file = issue_key_file(session, local, township)
        current.describe(f"为{township.name}生成交换密钥", entity="office", entity_uuid=township.uuid)
    return key_file


def accept_township_key(ctx: Context, text: str) -> KeyFile:
    """On the township: take the key file its county issued (this office's pair, the county's key)."""
    key_file = parse_key_file(text)
    with change(ctx.db, ctx.actor, "exchange.accept_key") as current:
        session = current.session
        local = local_office(session)
        parent = session.get(Office, local.parent_id) if local.parent_id else None
        if parent is None:
            raise UserError(
                "本单位没有登记上级单位。请先运行 fazhi init … --parent 代码 --parent-name 名称。"
            )
        accept_key_file(session, local, parent, key_file)
        current.describe(f"导入{key_file.issuer_name}签发的交换密钥", entity="office", entity_uuid=local.uuid)
    return key_file
