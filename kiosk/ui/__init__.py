"""The thin Qt skin: widgets that show what the pure core says."""
