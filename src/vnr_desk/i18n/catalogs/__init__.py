"""Message catalogs: `<area>_<language>.py` modules each defining `MESSAGES`."""
