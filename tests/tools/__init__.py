"""Development tools: the bench and the README screenshots (not shipped in the wheel)."""
