"""Keys and signatures of offices. Ed25519 now; the algorithm is named in every manifest so that
SM2 (with SM3) can be added beside it without changing the package format."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fazhi_desktop.domain.errors import UserError

ED25519 = "ed25519"
ALGORITHMS = frozenset({ED25519})


@dataclass(frozen=True)
class KeyPair:
    """An office's key pair as raw bytes (32 each for Ed25519)."""

    algorithm: str
    private: bytes
    public: bytes


def new_key_pair(algorithm: str = ED25519) -> KeyPair:
    _known(algorithm)
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return KeyPair(algorithm, private, public)


def _known(algorithm: str) -> None:
    if algorithm not in ALGORITHMS:
        raise UserError(
            f"签名算法「{algorithm[:40]}」本程序不支持（支持：{'、'.join(sorted(ALGORITHMS))}）。"
        )


def sign(algorithm: str, private: bytes, message: bytes) -> bytes:
    _known(algorithm)
    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


def verify(algorithm: str, public: bytes, message: bytes, signature: bytes) -> bool:
    """Whether `signature` is the holder of `public`'s over `message` (False for any malformed input)."""
    if algorithm not in ALGORITHMS:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def encode_key(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode_key(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise UserError("密钥文件内容不合规：请使用县信访局登记本单位时生成的密钥文件。") from None
