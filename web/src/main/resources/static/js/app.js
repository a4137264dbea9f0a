// Toit Commun: small progressive enhancements. The pages work without this file.
(function () {
  "use strict";

  // An entity's page was split in three (issue 12): a link to one of its former sections opens the page holding it.
  var entityPage = /^\/entities\/\d+$/.exec(window.location.pathname);
  var movedTo = {"#bodies": "/bodies", "#register": "/register", "#members": "/register#members"};
  if (entityPage && movedTo[window.location.hash]) {
    window.location.replace(entityPage[0] + movedTo[window.location.hash]);
  }

  // A table wider than a phone scrolls inside its frame: the frame takes the keyboard focus, so that the arrow keys
  // scroll it too (WCAG 2.1.1). Every such frame of every page, whatever template draws it.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".table-responsive:not([tabindex])").forEach(function (frame) {
      frame.tabIndex = 0;
    });
  });

  // Forms marked data-confirm ask before a destructive action.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);

  // The meeting form names, as soon as a date is chosen, the members whose mandate is over by then.
  document.addEventListener("input", function (event) {
    var warning = document.getElementById("mandates-ending");
    if (!warning || event.target.id !== "date") {
      return;
    }
    var day = event.target.value;
    var shown = 0;
    warning.querySelectorAll("li[data-ends]").forEach(function (item) {
      item.hidden = !day || item.getAttribute("data-ends") >= day;
      shown += item.hidden ? 0 : 1;
    });
    warning.hidden = shown === 0;
  });
})();
