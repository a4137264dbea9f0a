// The commitment names the organisation as it is typed: "I sign on behalf of <organisation>".
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var name = document.getElementById("name");
    var target = document.getElementById("commitment-organisation");
    if (!name || !target) {
      return;
    }
    var fallback = target.textContent;
    name.addEventListener("input", function () {
      target.textContent = name.value.trim() || fallback;
    });
  });
})();
