"""Tests of the kiosk as a clinic installs it: the wheel, the session, content updates."""
