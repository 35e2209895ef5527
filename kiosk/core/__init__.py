"""The pure core: the visit's rules, settings, counts and start-up, plain Python with no Qt."""
