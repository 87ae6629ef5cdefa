// Video embeds load nothing until asked for: the button puts the player's iframe in place.
// Without JavaScript the link opens the video on its own site.
(function () {
  "use strict";
  document.querySelectorAll("[data-video-facade]:not([data-ready])").forEach(function (facade) {
    facade.dataset.ready = "1";
    var button = facade.querySelector("[data-video-play]");
    var embed = facade.querySelector("template[data-video-embed]");
    if (!button || !embed) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      facade.replaceChildren(embed.content.cloneNode(true));
      var frame = facade.querySelector("iframe");
      if (frame) frame.focus();
    });
  });
})();
