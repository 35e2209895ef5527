"""Pure content core: loading, validating and rendering Markdown packs.

Nothing in this package imports Qt; it is tested without a display.
"""
