from kiosk.core import collector

collector.hold()  # before the imports: see kiosk/core/collector.py

from kiosk.app import main_entry  # noqa: E402

main_entry()
