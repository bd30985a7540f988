"""Use cases per area: plain Python called by the window, the CLI and the tests."""
