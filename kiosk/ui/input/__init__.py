"""Filters and gestures on the raw input: key guard, staff corner hold, idle watcher, probe."""
