"""What is drawn over the page: the attract loop, 'Still reading?', the PIN pad."""
