"""Installable and readable offline: the web app manifest, the service worker served from the
site root, and the pages it shows when there is no connection (docs/offline.md)."""
