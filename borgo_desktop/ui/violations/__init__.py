"""The "Violazioni" area: the list of house-rule violations, a violation's page with its
ladder and letters, and the register of guests."""
