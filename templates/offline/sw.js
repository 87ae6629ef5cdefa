/* Go Global Academy service worker (rendered by lms.offline.views.service_worker).

   Keeps the app shell (CSS, JS, icons, the offline pages) and, network-first, every page the
   server marks "X-Offline: keep" (a lesson or course outline of a course the learner is
   enrolled in), with the images those pages show, so they read offline. Pages marked
   "X-Offline: online-only" (quizzes) are never kept: offline, they get a page saying a
   connection is needed. Everything is forgotten when another person, or nobody, is signed in
   (the "X-Offline-Owner" header of a page from the network), so a shared phone never shows
   one learner's pages to the next. The admin is never touched.
   offline.js uses the same cache names to save a whole course and to forget on sign-out. */
"use strict";

const VERSION = "{{ version }}";
const SHELL = "gga-shell-" + VERSION;
const PAGES = "gga-pages";
const MEDIA = "gga-media";
const ONLINE_ONLY = "gga-online-only";
const META = "gga-meta";
const PERSONAL = [PAGES, MEDIA, ONLINE_ONLY];
const SHELL_URLS = [{% for url in shell %}"{{ url|escapejs }}", {% endfor %}"/offline/", "/offline/quiz/"];
const STATIC_URL = "{{ static_url|escapejs }}";
const MEDIA_URL = "{{ media_url|escapejs }}";
const ADMIN = [{% for prefix in admin_prefixes %}"{{ prefix|escapejs }}", {% endfor %}];
const OWNER_KEY = "/__gga/owner";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(SHELL).then((cache) => cache.addAll(SHELL_URLS)).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names.filter((n) => n.startsWith("gga-shell-") && n !== SHELL).map((n) => caches.delete(n))
      ))
      .then(() => self.clients.claim())
  );
});

function pageKey(url) {
  const u = new URL(url);
  return u.origin + u.pathname;
}

function isAdmin(url) {
  return ADMIN.some((prefix) => url.pathname.startsWith(prefix));
}

async function forgetPersonal() {
  await Promise.all(PERSONAL.map((name) => caches.delete(name)));
}

async function noteOwner(response) {
  // Only complete HTML pages from the network say who is signed in.
  if (response.status !== 200 || !(response.headers.get("Content-Type") || "").includes("text/html")) return;
  const owner = response.headers.get("X-Offline-Owner") || "";
  const meta = await caches.open(META);
  const stored = await meta.match(OWNER_KEY);
  const previous = stored ? await stored.text() : "";
  if (owner !== previous) {
    await forgetPersonal();
    await meta.put(OWNER_KEY, new Response(owner));
  }
}

function languagePrefix(url) {
  const first = new URL(url).pathname.split("/")[1] || "";
  return /^[a-z]{2}(-[a-z]+)?$/.test(first) ? "/" + first : "";
}

async function shellPage(url, path) {
  // The offline pages in the reader's language (kept by offline.js), else the default's.
  const page = (await caches.match(languagePrefix(url) + path)) || (await caches.match(path));
  if (!page || !page.redirected) return page;
  // A navigation may not be answered with a redirected response: copy it.
  return new Response(await page.blob(), { status: page.status, headers: page.headers });
}

async function navigate(request) {
  const key = pageKey(request.url);
  try {
    const response = await fetch(request);
    await noteOwner(response);
    const mark = response.headers.get("X-Offline");
    if (mark === "keep" && response.status === 200 && !response.redirected) {
      await (await caches.open(PAGES)).put(key, response.clone());
    } else {
      // No longer the learner's to keep (left the course, signed out): forget the copy.
      if (await caches.has(PAGES)) await (await caches.open(PAGES)).delete(key);
      if (mark === "online-only") {
        await (await caches.open(ONLINE_ONLY)).put(key, new Response(""));
      }
    }
    return response;
  } catch (error) {
    const kept = await caches.match(key, { cacheName: PAGES });
    if (kept) return kept;
    if (await caches.match(key, { cacheName: ONLINE_ONLY })) {
      const page = await shellPage(request.url, "/offline/quiz/");
      if (page) return page;
    }
    return (await shellPage(request.url, "/offline/")) || Response.error();
  }
}

async function cacheFirst(request, cacheName) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(cacheName)).put(request, response.clone());
  return response;
}

async function networkFirst(request, cacheName) {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(cacheName)).put(request, response.clone());
    return response;
  } catch (error) {
    return (await caches.match(request)) || Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isAdmin(url)) return;
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
  } else if (url.pathname.startsWith(STATIC_URL)) {
    // A fingerprinted name (production) changes with the file, so the kept copy is right;
    // an unhashed one (development) is fetched first and kept for offline.
    const hashed = /\.[0-9a-f]{12}\.[a-z0-9]+$/.test(url.pathname);
    event.respondWith(hashed ? cacheFirst(request, SHELL) : networkFirst(request, SHELL));
  } else if (url.pathname.startsWith(MEDIA_URL + "images/")) {
    // Renditions of lesson images; their names change with the image.
    event.respondWith(cacheFirst(request, MEDIA));
  }
});
