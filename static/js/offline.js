// Offline reading (see templates/offline/sw.js, which uses the same cache names).
// - registers the service worker, which keeps the lessons and course outlines a learner opens;
// - "Mark as complete" while offline is queued on this device and sent when the connection
//   returns (the "online" event, or the next page opened online), with the page's CSRF token;
// - "Save this course for offline" shows the size first, then keeps every lesson;
// - signing out forgets every kept page and the queue, so the next person sees none of them.
// Without JavaScript every page and form works as before; only offline reading is missing.
(function () {
  "use strict";
  var script = document.currentScript;
  var config = (script && script.dataset) || {};
  var PAGES = "gga-pages";
  var MEDIA = "gga-media";
  var ONLINE_ONLY = "gga-online-only";
  var META = "gga-meta";
  var SHELL_PAGES = "gga-shell-pages";
  var QUEUE_KEY = "gga-offline-queue";
  // "Mark as complete" on a lesson, under any language prefix.
  var QUEUED_FORMS = "form[action*=\"/learn/lessons/\"][action$=\"/complete/\"]";
  var hasCaches = "caches" in window;

  function pageKey(url) {
    var u = new URL(url, location.href);
    return u.origin + u.pathname;
  }

  // --- The service worker and the offline pages in this language -------------------------
  if ("serviceWorker" in navigator && config.sw) {
    navigator.serviceWorker.register(config.sw, { scope: "/" }).catch(function () {});
  }
  if (hasCaches && navigator.onLine && config.offlinePages) {
    caches.open(SHELL_PAGES).then(function (cache) {
      config.offlinePages.split(" ").forEach(function (url) {
        cache.match(url).then(function (kept) {
          if (!kept) cache.add(url).catch(function () {});
        });
      });
    });
  }
  // Quizzes are online only: offline, the worker answers with "needs a connection" for these.
  if (hasCaches && config.owner) {
    var quizLinks = document.querySelectorAll("a[data-online-only]");
    if (quizLinks.length) {
      caches.open(ONLINE_ONLY).then(function (cache) {
        quizLinks.forEach(function (link) {
          cache.put(pageKey(link.href), new Response(""));
        });
      });
    }
  }

  // --- A status line that screen readers announce ------------------------------------------
  function announce(text, near) {
    var status = document.querySelector("[data-offline-announce]");
    if (!status) {
      status = document.createElement("p");
      status.className = "offline-status";
      status.setAttribute("role", "status");
      status.setAttribute("data-offline-announce", "");
      if (near) near.after(status);
      else (document.querySelector("main") || document.body).prepend(status);
    }
    status.textContent = text;
  }

  // --- "Mark as complete" while offline ---------------------------------------------------
  function readQueue() {
    try {
      return JSON.parse(localStorage.getItem(QUEUE_KEY)) || [];
    } catch (error) {
      return [];
    }
  }
  function writeQueue(queue) {
    if (queue.length) localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
    else localStorage.removeItem(QUEUE_KEY);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches(QUEUED_FORMS) || navigator.onLine) return;
    event.preventDefault();
    var queue = readQueue();
    var action = new URL(form.action, location.href).href;
    if (!queue.some(function (item) { return item.action === action; })) {
      queue.push({
        action: action,
        token: form.elements.csrfmiddlewaretoken.value,
        owner: config.owner || "",
      });
      writeQueue(queue);
    }
    var button = form.querySelector("button");
    if (button) button.disabled = true;
    announce(config.queued, form);
  });

  // Any other form sent while offline (a quiz's answers, a profile) is kept on the page,
  // never queued: the learner is told it needs a connection and loses nothing they typed.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (navigator.onLine || event.defaultPrevented || form.matches(QUEUED_FORMS)) return;
    if (isSignOut(form)) return; // forgets this device's copies even offline (below)
    if ((form.method || "get").toLowerCase() !== "post" || !config.needsConnection) return;
    event.preventDefault();
    announce(config.needsConnection, form);
  });

  function isSignOut(form) {
    return !!config.signout && new URL(form.action, location.href).pathname === config.signout;
  }

  function csrfCookie() {
    var match = /(?:^|;\s*)csrftoken=([^;]+)/.exec(document.cookie);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function send(action, token) {
    return fetch(action, {
      method: "POST",
      body: new URLSearchParams({ csrfmiddlewaretoken: token }),
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": token },
    });
  }

  var flushing = null;
  function flush() {
    if (flushing) return flushing;
    if (!navigator.onLine || !config.owner) return Promise.resolve();
    var queue = readQueue();
    if (!queue.length) return Promise.resolve();
    var sent = 0;
    flushing = Promise.all(
      queue.map(function (item) {
        // Only the learner who queued a completion may send it; another person's is dropped.
        if (item.owner !== config.owner) return null;
        return send(item.action, item.token).then(function (response) {
          // Signing in again since renews the CSRF secret: retry with the current one.
          var current = csrfCookie();
          if (response.status === 403 && current && current !== item.token) {
            return send(item.action, current);
          }
          return response;
        }).then(
          function (response) {
            if (response.ok) sent += 1;
            // A refusal (not enrolled any more, expired token) will not change by retrying.
            return response.status >= 500 ? item : null;
          },
          function () {
            return item; // still offline: keep it
          }
        );
      })
    ).then(function (left) {
      writeQueue(left.filter(Boolean));
      if (sent && config.sent) announce(config.sent);
      flushing = null;
    });
    return flushing;
  }
  window.addEventListener("online", flush);
  flush();

  // --- Signing out forgets this device's copies -------------------------------------------
  function forget() {
    var timeout = new Promise(function (resolve) { setTimeout(resolve, 3000); });
    return Promise.race([flush(), timeout]).then(function () {
      localStorage.removeItem(QUEUE_KEY);
      if (!hasCaches) return null;
      return Promise.all([PAGES, MEDIA, ONLINE_ONLY, META].map(function (name) {
        return caches.delete(name);
      }));
    });
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!isSignOut(form)) return;
    if (form.dataset.forgotten) return;
    event.preventDefault();
    forget().then(function () {
      form.dataset.forgotten = "1";
      form.submit();
    });
  });

  // --- "Save this course for offline" -----------------------------------------------------
  var saver = document.querySelector("[data-offline-save]");
  if (saver && hasCaches && "serviceWorker" in navigator) {
    var size = saver.querySelector("[data-offline-size]");
    var start = saver.querySelector("[data-offline-start]");
    var bar = saver.querySelector("progress");
    var status = saver.querySelector("[data-offline-status]");
    var bundle = null;
    saver.hidden = false;
    fetch(saver.dataset.offlineSave, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) {
        bundle = data;
        size.textContent = data.summary;
        start.hidden = false;
      })
      .catch(function () {
        size.textContent = saver.dataset.offlineUnavailable;
      });

    var keepOne = function (cacheName, url, mustKeep) {
      return fetch(url, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok || response.redirected) throw new Error(url);
        if (mustKeep && response.headers.get("X-Offline") !== "keep") throw new Error(url);
        return caches.open(cacheName).then(function (cache) {
          return cache.put(cacheName === PAGES ? pageKey(url) : url, response);
        });
      });
    };

    start.addEventListener("click", function () {
      if (!bundle) return;
      start.disabled = true;
      var jobs = bundle.lessons.map(function (lesson) { return [PAGES, lesson.url, true]; })
        .concat(bundle.images.map(function (image) { return [MEDIA, image.url, false]; }));
      var done = 0;
      var failed = 0;
      bar.max = jobs.length;
      bar.value = 0;
      bar.hidden = false;
      // One at a time: a slow connection shares its bandwidth with nothing else.
      jobs.reduce(function (previous, job) {
        return previous.then(function () {
          return keepOne(job[0], job[1], job[2]).catch(function () { failed += 1; }).then(function () {
            done += 1;
            bar.value = done;
            status.textContent = saver.dataset.offlineProgress
              .replace("{done}", done).replace("{total}", jobs.length);
          });
        });
      }, Promise.resolve()).then(function () {
        status.textContent = failed ? saver.dataset.offlineFailed : bundle.saved_message;
        start.disabled = false;
      });
    });
  }

  // --- The offline page: what this device can read now -----------------------------------
  var list = document.querySelector("[data-offline-list]");
  if (list && hasCaches) {
    caches.open(PAGES).then(function (cache) {
      return cache.keys().then(function (requests) {
        return Promise.all(requests.map(function (request) {
          return cache.match(request).then(function (response) { return response.text(); })
            .then(function (html) {
              var match = /<title>([^<]*)<\/title>/.exec(html);
              var title = document.createElement("textarea");
              title.innerHTML = match ? match[1] : request.url;
              // The page's own title, without the site name after it.
              return { url: request.url, title: title.value.replace(/ · [^·]*$/, "") };
            });
        }));
      });
    }).then(function (pages) {
      if (!pages.length) {
        list.outerHTML = "<p>" + list.dataset.empty.replace(/</g, "&lt;") + "</p>";
        return;
      }
      pages.sort(function (a, b) { return a.title.localeCompare(b.title); });
      pages.forEach(function (page) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = page.url;
        link.textContent = page.title;
        item.appendChild(link);
        list.appendChild(item);
      });
    });
  }
  var back = document.querySelector("[data-offline-back]");
  if (back && history.length > 1) {
    back.hidden = false;
    back.addEventListener("click", function () { history.back(); });
  }
})();
