"""The sealed file sent to the Comune: the package encrypted for the Comune's public key.

Format (documented for the Comune's side, which opens it with its private key):

    BORGO-COMUNE-1\n
    <header: one line of canonical JSON (sorted keys, no spaces)>\n
    <ciphertext: AES-256-GCM of the package ZIP, the 16-byte tag at the end>
    \nSHA256:<64 lowercase hex digits of every byte before this line>\n

The header holds the algorithm ("RSA-OAEP-SHA256+AES-256-GCM"), the AES key wrapped with
RSA-OAEP (SHA-256, MGF1-SHA-256) for the Comune's key, the 12-byte nonce, the SHA-256
fingerprint of the Comune's public key (DER), the period, the ciphertext's length and
SHA-256. The magic line and the header are the GCM associated data, so neither can be
changed without the decryption failing; the closing SHA-256 lets anyone without the private
key (the office, a courier) tell that the file is whole. A fresh key and nonce per file:
two seals of the same package differ, the package inside does not.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from borgo_desktop.errors import UserError

MAGIC = b"BORGO-COMUNE-1\n"
ALGORITHM = "RSA-OAEP-SHA256+AES-256-GCM"
TRAILER = b"\nSHA256:"
MIN_RSA_BITS = 2048


def _oaep() -> padding.OAEP:
    return padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def load_public_key(pem: str) -> rsa.RSAPublicKey:
    """The Comune's key from its PEM text; an Italian message when it is not a usable one."""
    try:
        key = serialization.load_pem_public_key(pem.strip().encode("ascii"))
    except (ValueError, UnicodeEncodeError, TypeError) as exc:
        raise UserError("La chiave pubblica del Comune non è leggibile: serve un file PEM "
                        "(«-----BEGIN PUBLIC KEY-----»).") from exc
    if not isinstance(key, rsa.RSAPublicKey) or key.key_size < MIN_RSA_BITS:
        raise UserError("La chiave pubblica del Comune deve essere una chiave RSA di almeno "
                        "{bits} bit.", bits=MIN_RSA_BITS)
    return key


def fingerprint(key: rsa.RSAPublicKey) -> str:
    der = key.public_bytes(serialization.Encoding.DER,
                           serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def _canonical(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")


def seal(content: bytes, public_pem: str, period: str) -> bytes:
    key = load_public_key(public_pem)
    data_key, nonce = AESGCM.generate_key(bit_length=256), os.urandom(12)
    wrapped = key.encrypt(data_key, _oaep())
    length = len(content) + 16
    # The ciphertext's hash goes in the header, which is itself authenticated: so the header
    # is written first with it, then the ciphertext under that header.
    probe = {"alg": ALGORITHM, "key_sha256": fingerprint(key), "nonce": _b64(nonce),
             "period": period, "wrapped_key": _b64(wrapped), "ciphertext_bytes": length}
    ciphertext = _encrypt(data_key, nonce, content, probe)
    header = dict(probe, ciphertext_sha256=hashlib.sha256(ciphertext).hexdigest())
    body = MAGIC + _canonical(header) + b"\n" + ciphertext
    return body + TRAILER + hashlib.sha256(body).hexdigest().encode("ascii") + b"\n"


def _associated(header: dict) -> bytes:
    core = {k: v for k, v in header.items() if k != "ciphertext_sha256"}
    return MAGIC + _canonical(core)


def _encrypt(data_key: bytes, nonce: bytes, content: bytes, header: dict) -> bytes:
    return AESGCM(data_key).encrypt(nonce, content, _associated(header))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


@dataclass(frozen=True)
class Opened:
    header: dict
    ciphertext: bytes


def open_envelope(data: bytes) -> Opened:
    """Check the sealed file's structure and fingerprints (no private key needed)."""
    if not data.startswith(MAGIC):
        raise UserError("Il file non è un pacchetto sigillato per il Comune (intestazione "
                        "mancante o alterata).")
    cut = len(data) - len(TRAILER) - 65
    if cut <= len(MAGIC) or data[cut:cut + len(TRAILER)] != TRAILER or data[-1:] != b"\n":
        raise UserError("Il pacchetto sigillato è troncato o alterato alla fine (manca "
                        "l'impronta di chiusura).")
    body, stated = data[:cut], data[cut + len(TRAILER):-1]
    if stated != hashlib.sha256(body).hexdigest().encode("ascii"):
        raise UserError("L'impronta SHA-256 del pacchetto sigillato non corrisponde: il file "
                        "è stato modificato o troncato.")
    line_end = body.find(b"\n", len(MAGIC))
    try:
        header = json.loads(body[len(MAGIC):line_end])
    except ValueError as exc:
        raise UserError("L'intestazione del pacchetto sigillato non è leggibile.") from exc
    if line_end < 0 or _canonical(header) != body[len(MAGIC):line_end] \
            or header.get("alg") != ALGORITHM:
        raise UserError("L'intestazione del pacchetto sigillato è alterata.")
    ciphertext = body[line_end + 1:]
    if len(ciphertext) != header.get("ciphertext_bytes") or \
            hashlib.sha256(ciphertext).hexdigest() != header.get("ciphertext_sha256"):
        raise UserError("Il contenuto cifrato non corrisponde all'intestazione.")
    return Opened(header, ciphertext)


def unseal(data: bytes, private_pem: bytes, password: bytes | None = None) -> bytes:
    """The package inside, with the Comune's private key (its side; and the tests)."""
    opened = open_envelope(data)
    try:
        key = serialization.load_pem_private_key(private_pem, password)
        data_key = key.decrypt(base64.b64decode(opened.header["wrapped_key"]), _oaep())
        return AESGCM(data_key).decrypt(base64.b64decode(opened.header["nonce"]),
                                        opened.ciphertext, _associated(opened.header))
    except (InvalidTag, ValueError, TypeError) as exc:
        raise UserError("Il pacchetto non si apre con questa chiave privata (chiave diversa o "
                        "file alterato).") from exc
