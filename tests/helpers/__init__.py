"""Support shared by the tests: worlds of records built through the services, and role helpers."""
