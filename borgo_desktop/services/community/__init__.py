"""Community: events, self-managed services and their printed rotas and leaflets."""
