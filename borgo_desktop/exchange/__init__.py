"""Files that enter and leave the office: spreadsheets (import/export), later sync bundles."""
