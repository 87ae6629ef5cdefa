"""Offline reading of courses: which pages a device may keep (middleware) and what saving a
whole course fetches (views). The service worker itself is lms.offline's."""
