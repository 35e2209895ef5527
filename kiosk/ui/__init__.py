"""The thin Qt skin: widgets that show what the pure core says."""

from kiosk.ui.platform.source_scan import skip_source_scan

skip_source_scan()  # before any other module of the skin is imported
