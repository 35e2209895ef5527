"""Qt's side of the machine: screens, speech, translations, timers, the counts' flush."""
