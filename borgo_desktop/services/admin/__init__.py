"""Administration: the key file, the gate at login, backups and their runner."""
