"""ReportLab documents: notices, letters, posters, sheets and reports (no Qt here)."""
