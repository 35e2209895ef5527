"""What the patient sees: pages, Home, the walkthrough, the quiz, the staff screen, the bar."""
