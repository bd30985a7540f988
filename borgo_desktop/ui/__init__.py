"""The Qt window: main window, one sub-package per area, shared widgets (widgets/)."""
