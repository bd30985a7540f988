"""Accounts in the window: first start, login, screen lock, passwords, users."""
