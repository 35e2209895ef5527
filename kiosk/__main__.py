from kiosk.app import main_entry

main_entry()
