"""The rent ledger in the window: a household's arrears file (ladder, repayment plans, no-fault assessments) and the arrears alerts."""
