"""Hand-written runtime shared by every package specloom generates (errors, transport, signing, formats)."""
