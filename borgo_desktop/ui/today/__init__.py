"""«Oggi», the home page: what needs doing today for the logged-in role."""
