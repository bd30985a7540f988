"""Widgets shared by every area: list model and page, form fields, errors, dialogs, tasks."""
