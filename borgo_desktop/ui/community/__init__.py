"""Community life: groups, events and figures, house rules, rotas, services directory."""
