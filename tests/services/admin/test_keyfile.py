"""The key file: wrapping, recovery-key typing, and one writer at a time."""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime

from borgo_desktop.services.accounts import keyfile


def test_a_copy_opens_only_with_its_password_and_its_own_name(tmp_path):
    key = os.urandom(32)
    copy = keyfile.wrap(key, "una frase lunga", "anna")
    assert keyfile.unwrap(copy, "una frase lunga", "anna") == key
    assert keyfile.unwrap(copy, "una frase lungA", "anna") is None
    assert keyfile.unwrap(copy, "una frase lunga", "bruno") is None  # moved to another name


def test_recovery_keys_are_typed_forgivingly():
    key = keyfile.new_recovery_key()
    assert len(key) == 39 and key.count("-") == 7
    typed = key.lower().replace("-", " ").replace("o", "0").replace("i", "1")
    assert keyfile.normalise_recovery_key(typed) == key


def test_two_writers_never_lose_each_others_changes(tmp_path):
    path = tmp_path / "borgo.keys"
    keys = keyfile.KeyFile.new(path)
    keys.set_copy("anna", os.urandom(32), "una frase lunga")
    keys.save()

    def fail_five_times():
        for _ in range(5):
            with keyfile.editing(path) as editing:
                editing.note_failure("anna", datetime.now(UTC), "password")
                time.sleep(0.01)  # both threads are inside at once without the lock

    threads = [threading.Thread(target=fail_five_times) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(keyfile.KeyFile.load(path).take_pending()) == 10
