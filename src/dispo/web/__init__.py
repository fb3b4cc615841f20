"""The browser dashboard, served from the API process at `/`."""
